import { jsonLdText, libraryJsonLd, type Branch, type Feed, type Lang } from '@biebkit/feed';

/**
 * Puts a branch's schema.org `Library` JSON-LD into the host page's `<head>`, once per branch however
 * many elements show it (keyed by organisation and branch id), and updates it in place. The script is
 * made with `createElement` and `textContent`: it is data, never executed, so a strict CSP allows it.
 */
export function emitLibraryJsonLd(feed: Feed, branch: Branch, lang: Lang, now: number): HTMLScriptElement | undefined {
  if (typeof document === 'undefined') return undefined;
  const key = `${feed.organization.id}/${branch.id}`;
  const text = jsonLdText(libraryJsonLd(branch, feed.organization, { lang, now }));
  let script = [...document.querySelectorAll<HTMLScriptElement>('script[data-biebkit-jsonld]')].find(
    (s) => s.dataset['biebkitJsonld'] === key,
  );
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['biebkitJsonld'] = key;
    document.head.append(script);
  }
  if (script.textContent !== text) script.textContent = text;
  return script;
}

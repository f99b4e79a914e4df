import { dateOf, isoDate, jsonLdText, libraryJsonLd, type Branch, type Feed, type Lang, type Organization } from '@biebkit/feed';

/** The scripts this copy of Biebkit wrote, by key (a page may hold thousands: no search per branch). */
const scripts = new Map<string, HTMLScriptElement>();
/** Each branch's JSON-LD text, made once per organisation, language and day (special hours count from today). */
const texts = new WeakMap<Branch, { organization: Organization; day: string; text: string }>();

/**
 * Puts a branch's schema.org `Library` JSON-LD into the host page's `<head>`, once per branch however
 * many elements show it (keyed by organisation and branch id), and updates it in place. The script is
 * made with `createElement` and `textContent`: it is data, never executed, so a strict CSP allows it.
 */
export function emitLibraryJsonLd(feed: Feed, branch: Branch, lang: Lang, now: number): HTMLScriptElement | undefined {
  if (typeof document === 'undefined') return undefined;
  const key = `${feed.organization.id}/${branch.id}`;
  const day = `${lang} ${isoDate(dateOf(now))}`;
  let made = texts.get(branch);
  if (made?.organization !== feed.organization || made.day !== day) {
    made = { organization: feed.organization, day, text: jsonLdText(libraryJsonLd(branch, feed.organization, { lang, now })) };
    texts.set(branch, made);
  }
  let script = scripts.get(key);
  if (!script?.isConnected) {
    // Another copy of the bundle on the page may have written it.
    script = document.querySelector<HTMLScriptElement>(`script[data-biebkit-jsonld="${CSS.escape(key)}"]`) ?? undefined;
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset['biebkitJsonld'] = key;
      document.head.append(script);
    }
    scripts.set(key, script);
  }
  if (script.textContent !== made.text) script.textContent = made.text;
  return script;
}

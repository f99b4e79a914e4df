/** Reading the feed's people-facing strings and URLs safely. */
import type { Text } from './generated/feed-types.js';

/** The languages Biebkit speaks. Dutch first. */
export type Lang = 'nl' | 'en';

/** Picks the language from a BCP 47 tag: English for `en*`, Dutch for everything else. */
export function langFrom(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'nl';
}

/**
 * The string to show for a feed text in a language: the text itself, the wanted language, else the
 * other one. Always plain text: callers render it with Lit text bindings, never as HTML.
 */
export function localize(text: Text | undefined | null, lang: Lang): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.nl ?? text.en ?? '';
}

const SAFE_URL = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+0-9 ()-]+)$/i;

/**
 * An http(s) URL already written the way the URL parser writes it: lower-case scheme and host name (not
 * an IP address), no port, a path of plain and percent-escaped characters, an optional query and
 * fragment, nothing the parser would escape or resolve. Its `href` is the URL itself, so it needs no
 * parse: a feed holds thousands of links.
 */
const PLAIN_URL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/(?:[\w\-.~!$&'()*+,;=:@/]|%[0-9A-F]{2})*(?:\?(?:[\w\-.~!$&()*+,;=:@/?]|%[0-9A-F]{2})*)?(?:#(?:[\w\-.~!$&'()*+,;=:@/?]|%[0-9A-F]{2})*)?$/;
/** `.` and `..` path segments (also escaped), which the parser resolves. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)|%2e/i;

/**
 * The URL when it is http(s), mailto: or tel:, else undefined. Feed URLs are untrusted:
 * `javascript:`, `data:` and relative URLs are dropped, whatever the schema let through.
 */
export function safeUrl(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!SAFE_URL.test(trimmed)) return undefined;
  if (/^https?:/i.test(trimmed)) {
    if (PLAIN_URL.test(trimmed) && !DOT_SEGMENT.test(trimmed)) return trimmed;
    try {
      const parsed = new URL(trimmed);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
      return parsed.href;
    } catch {
      return undefined;
    }
  }
  return trimmed;
}

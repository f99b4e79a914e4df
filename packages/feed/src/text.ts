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
 * The URL when it is http(s), mailto: or tel:, else undefined. Feed URLs are untrusted:
 * `javascript:`, `data:` and relative URLs are dropped, whatever the schema let through.
 */
export function safeUrl(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!SAFE_URL.test(trimmed)) return undefined;
  if (/^https?:/i.test(trimmed)) {
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

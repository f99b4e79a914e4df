/** Small text helpers shared by the readers: ids from names, words compared loosely, a stable hash. */
import { slugify } from '@biebkit/feed';

export { slugify };

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** True for a feed id: letters, digits, `-`, `_`, `.`, starting with a letter or digit, at most 80. */
export function isId(text: string): boolean {
  return ID.test(text);
}

/** A word compared loosely: lower case, no accents, single spaces, no dots or quotes around. */
export function loose(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'"“”]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint for ids made from long keys. */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** An id made from any key (a calendar UID, a name): readable where it can be, unique by a hash where it must. */
export function idFrom(key: string): string {
  const direct = key.trim().replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/-+$/g, '');
  if (direct && isId(direct) && direct.length <= 64) return direct;
  const slug = slugify(key, 40) || 'item';
  return `${slug}-${hash8(key)}`;
}

/** Makes `id` unique among `taken` by adding -2, -3, … (and remembers it). */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id.slice(0, 76)}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Dutch number words in messages: 1.234 */
export function nl(n: number): string {
  return n.toLocaleString('nl-NL');
}

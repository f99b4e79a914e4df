import { nothing } from 'lit';
import type { Lang } from '@biebkit/feed';

/** Says when prerendered time-dependent text was true; set on the server by `biebkit publish`. */
export type Stamp = (lang: Lang, nowMs: number, after: string) => unknown;

/**
 * Text that depends on the time ("Nu open", "Vandaag", "bezig") is true only at the moment it was rendered.
 * In the browser the element keeps it current, and `asOf` renders nothing. When `biebkit publish` prerenders the
 * elements on the server it sets `snapshot.stamp`, and `asOf` renders the moment in front of that text
 * ("Stand op 3 december om 14:05: "), so static HTML never shows it as if it were current. The stamp's code
 * stays in the publisher: no byte of it ships to a visitor's browser.
 */
export const snapshot: { stamp?: Stamp } = {};

/** The stamp of the moment `nowMs` (then `after`) on the server; nothing in the browser. */
export const asOf = (lang: Lang, nowMs: number, after = ''): unknown => snapshot.stamp?.(lang, nowMs, after) ?? nothing;

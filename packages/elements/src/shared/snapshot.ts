import { html, isServer, nothing, type TemplateResult } from 'lit';
import { formatClock, formatDayMonth, isoWithOffset, toWall, type Lang } from '@biebkit/feed';

/**
 * When HTML is prerendered on the server (`biebkit publish`), text that depends on the time ("Nu open",
 * "Vandaag", "bezig") is true only at the moment it was made. This says which moment, in front of that text:
 * "Stand op 3 december om 14:05" (then `after`). In the browser it is nothing: there the element keeps the text current.
 */
export function asOf(lang: Lang, nowMs: number, after = ''): TemplateResult | typeof nothing {
  if (!isServer) return nothing;
  const w = toWall(nowMs);
  const date = formatDayMonth(w, lang);
  const time = formatClock(w.hour * 60 + w.minute);
  return html`<time class="bk-as-of" datetime=${isoWithOffset(nowMs)}>${lang === 'en' ? `As of ${date}, ${time}` : `Stand op ${date} om ${time}`}</time>${after}`;
}

/**
 * The seasons of a branch's layers: the one in force ("Nu zomertijden, t/m 31 augustus") and the coming
 * change in the next eight weeks ("Vanaf 1 juli zomertijden: di–vr 10:00–16:00").
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  describeCurrentSeason,
  describeSeasonChange,
  describeWeeklyPattern,
  isoDate,
  layerLabel,
  seasonChanges,
  seasonOn,
  type BranchHours,
  type Lang,
  type PlainDate,
} from '@biebkit/feed';

/** How far ahead a coming season change is announced. */
export const SEASON_NOTICE_DAYS = 56;

export function renderSeasons(hours: BranchHours, today: PlainDate, lang: Lang): TemplateResult | typeof nothing {
  const lines: { layer: string; text: string; date?: string }[] = [];
  const named = hours.layers.length > 1;
  for (const { layer, timeline } of hours.layers) {
    if (!layer.seasons?.length) continue;
    // With more than one layer, each line starts with the layer's name, as a label.
    const name = named ? `${layerLabel(layer, lang)}: ` : '';
    const current = seasonOn(layer, today, timeline.region);
    if (current) lines.push({ layer: name, text: describeCurrentSeason(current, lang) });
    const change = seasonChanges(layer, today, SEASON_NOTICE_DAYS, timeline.region)[0];
    if (change) {
      const pattern = change.season?.season ?? layer;
      lines.push({ layer: name, text: `${describeSeasonChange(change, lang)}: ${describeWeeklyPattern(pattern.weekly, pattern.byAppointment, lang)}`, date: isoDate(change.date) });
    }
  }
  if (!lines.length) return nothing;
  return html`<ul class="seasons" part="season">
    ${lines.map((l) => html`<li data-from=${l.date ?? ''}>${l.layer ? html`<strong>${l.layer}</strong>` : nothing}${l.text}</li>`)}
  </ul>`;
}

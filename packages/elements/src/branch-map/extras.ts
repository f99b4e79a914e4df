/**
 * What `<branch-map>` shows beyond a branch's hours: its facilities (in the list, the map's details and a
 * filter), and for a mobile library one row per stop, with when the bus is next there.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import {
  describeNextHere,
  describeWeeklyPattern,
  facilityName,
  facilityTexts,
  FACILITY_KEYS,
  hasFacility,
  localize,
  type MobileLibraryHours,
  type Branch,
  type BranchStatus,
  type FacilityKey,
  type Lang,
} from '@biebkit/feed';
import { translator } from '../shared/i18n.js';

export const t = translator({
  nl: { facilities: 'Voorzieningen', filter: 'Alleen met', stop: '{bus}: {stop}', timetable: 'Halte: {week}' },
  en: { facilities: 'Facilities', filter: 'Only with', stop: '{bus}: {stop}', timetable: 'Stop: {week}' },
});

/** The facilities a visitor can filter on: those at least one of the branches has. */
export function filterableFacilities(branches: readonly Branch[]): FacilityKey[] {
  return FACILITY_KEYS.filter((key) => key !== 'publicTransport' && branches.some((b) => hasFacility(b.facilities, key)));
}

/** Whether a branch has every facility asked for. */
export function hasAllFacilities(branch: Branch, wanted: readonly string[]): boolean {
  return wanted.every((key) => hasFacility(branch.facilities, key as FacilityKey));
}

/** The checkboxes "Alleen met: Rolstoeltoegankelijk, Wifi, …". */
export function renderFacilityFilter(keys: readonly FacilityKey[], selected: readonly string[], lang: Lang, onChange: (e: Event) => void): TemplateResult | typeof nothing {
  if (!keys.length) return nothing;
  return html`<fieldset class="facility-filter" part="facility-filter" @change=${onChange}>
    <legend>${t(lang, 'filter')}</legend>
    ${keys.map((key) =>
      // On the server (`biebkit publish`) a property binding would be written as checked="false", which ticks the
      // box: there it is the attribute, and the box is disabled (it needs the script), as the other controls are.
      isServer
        ? html`<label><input type="checkbox" value=${key} ?checked=${selected.includes(key)} disabled />${facilityName(key, lang)}</label>`
        : html`<label><input type="checkbox" value=${key} .checked=${selected.includes(key)} />${facilityName(key, lang)}</label>`,
    )}
  </fieldset>`;
}

/** A branch's facilities as a list in its row. */
export function renderFacilities(branch: Branch, lang: Lang): TemplateResult | typeof nothing {
  const items = facilityTexts(branch.facilities, lang);
  const note = localize(branch.facilities?.note, lang);
  if (!items.length && !note) return nothing;
  return html`<ul class="facilities" part="facilities" aria-label=${t(lang, 'facilities')}>
    ${items.map((f) => html`<li class=${f.has ? 'has' : 'not'}>${f.text}</li>`)}${note ? html`<li class="note">${note}</li>` : nothing}
  </ul>`;
}

/** The facilities in one line, for the map's details. */
export function facilitiesLine(branch: Branch, lang: Lang): string {
  return facilityTexts(branch.facilities, lang).map((f) => f.text).join(' · ');
}

/** One stop of a mobile library, as the list and the map show a branch. */
export interface StopRow {
  /** The stop as a place: the bus's facilities, the stop's id (bus--stop), name, address and position. */
  branch: Branch;
  status: BranchStatus;
  text: string;
  today: string;
}

/** The stops of a mobile library as rows ("Bibliobus De Wolden: Ruinerwold, Dorpsstraat · Volgende keer hier: dinsdag om 09:30"). */
export function stopRows(hours: MobileLibraryHours, now: number, lang: Lang, municipality?: string): StopRow[] {
  const bus = hours.branch;
  const current = hours.current(now);
  const busName = localize(bus.name, lang);
  return hours.stops
    .filter((s) => !municipality || (s.stop.municipality ?? bus.municipality) === municipality.toUpperCase())
    .map(({ stop }) => {
      const here = current?.stop.id === stop.id ? current : undefined;
      const place: Branch = { ...bus, id: `${bus.id}--${stop.id}`, name: t(lang, 'stop', { bus: busName, stop: localize(stop.name, lang) }) };
      if (stop.geo) place.geo = stop.geo;
      else delete place.geo;
      if (stop.address) place.address = stop.address;
      else delete place.address;
      return {
        branch: place,
        status: { state: here ? 'open' : 'closed', staffed: here !== undefined, selfService: false },
        text: describeNextHere(here, hours.next(now, stop.id), now, lang),
        today: t(lang, 'timetable', { week: describeWeeklyPattern(stop.weekly, undefined, lang) }),
      };
    });
}

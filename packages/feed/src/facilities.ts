/**
 * Branch facilities and accessibility (`branch.facilities`): their names and how they read in a list,
 * Dutch first ("Rolstoeltoegankelijk", "40 studieplekken", "geen parkeerplaats").
 */
import type { Facilities } from './generated/feed-types.js';
import { localize, type Lang } from './text.js';

/** The facilities a visitor can filter on, in the order they are listed. */
export const FACILITY_KEYS = [
  'wheelchairAccessible',
  'accessibleToilet',
  'hearingLoop',
  'wifi',
  'studyPlaces',
  'computers',
  'printing',
  'parking',
  'publicTransport',
  'childrensCorner',
] as const;

export type FacilityKey = (typeof FACILITY_KEYS)[number];

const NAMES: Record<FacilityKey, [nl: string, en: string]> = {
  wheelchairAccessible: ['Rolstoeltoegankelijk', 'Wheelchair accessible'],
  accessibleToilet: ['Invalidentoilet', 'Accessible toilet'],
  hearingLoop: ['Ringleiding', 'Hearing loop'],
  wifi: ['Wifi', 'Wi-Fi'],
  studyPlaces: ['Studieplekken', 'Study places'],
  computers: ['Computers', 'Computers'],
  printing: ['Printen en kopiëren', 'Printing and copying'],
  parking: ['Parkeren', 'Parking'],
  publicTransport: ['Openbaar vervoer', 'Public transport'],
  childrensCorner: ['Kinderhoek', "Children's corner"],
};

/** How a facility that is not there reads. */
const WITHOUT: Record<FacilityKey, [nl: string, en: string]> = {
  wheelchairAccessible: ['Niet rolstoeltoegankelijk', 'Not wheelchair accessible'],
  accessibleToilet: ['Geen invalidentoilet', 'No accessible toilet'],
  hearingLoop: ['Geen ringleiding', 'No hearing loop'],
  wifi: ['Geen wifi', 'No Wi-Fi'],
  studyPlaces: ['Geen studieplekken', 'No study places'],
  computers: ['Geen computers', 'No computers'],
  printing: ['Geen printer', 'No printing'],
  parking: ['Geen parkeerplaats', 'No parking'],
  publicTransport: ['Geen openbaar vervoer', 'No public transport'],
  childrensCorner: ['Geen kinderhoek', "No children's corner"],
};

/** The name of a facility: "Ringleiding", "Hearing loop". */
export function facilityName(key: FacilityKey, lang: Lang): string {
  return NAMES[key][lang === 'en' ? 1 : 0];
}

/** Whether a branch has a facility (a count above 0, a stop named, or true). */
export function hasFacility(facilities: Facilities | undefined, key: FacilityKey): boolean {
  const v = facilities?.[key];
  return typeof v === 'number' ? v > 0 : typeof v === 'boolean' ? v : v !== undefined;
}

/**
 * The facilities of a branch as short texts, in order: "Rolstoeltoegankelijk", "40 studieplekken", "Geen
 * parkeerplaats", "Openbaar vervoer: Bushalte Raadhuisplein". What the feed does not say is left out.
 */
export function facilityTexts(facilities: Facilities | undefined, lang: Lang): { key: FacilityKey; text: string; has: boolean }[] {
  if (!facilities) return [];
  const out: { key: FacilityKey; text: string; has: boolean }[] = [];
  for (const key of FACILITY_KEYS) {
    const v = facilities[key];
    if (v === undefined) continue;
    const name = facilityName(key, lang);
    const without = WITHOUT[key][lang === 'en' ? 1 : 0];
    let text: string;
    if (typeof v === 'number') text = v > 0 ? `${v} ${name.toLowerCase()}` : without;
    else if (typeof v === 'boolean') text = v ? name : without;
    else text = `${name}: ${localize(v, lang)}`;
    out.push({ key, text, has: hasFacility(facilities, key) });
  }
  return out;
}

/** schema.org `amenityFeature` values: one `LocationFeatureSpecification` per facility the feed names. */
export function amenityFeatures(facilities: Facilities | undefined, lang: Lang): Record<string, unknown>[] {
  if (!facilities) return [];
  return FACILITY_KEYS.filter((key) => facilities[key] !== undefined).map((key) => {
    const v = facilities[key]!;
    return { '@type': 'LocationFeatureSpecification', name: facilityName(key, lang), value: typeof v === 'object' || typeof v === 'string' ? localize(v, lang) : v };
  });
}

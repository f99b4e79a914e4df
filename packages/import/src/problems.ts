/**
 * Problems named by their place, the way a person looks for them: a cell (`Openingstijden!C14`), a sheet, an
 * event in a calendar file (`agenda.ics, UID abc@wise`), an OpenStreetMap object, or a spot in a feed file.
 * Every message is written in English and in Dutch (the CLI prints English unless --lang nl; the studio Dutch).
 */

export type Severity = 'error' | 'warning' | 'info';

export type Place =
  /** A cell or a whole row of a sheet (of a workbook, or a CSV file: then `sheet` is the file name). */
  | { kind: 'cell'; file: string; sheet: string; row: number; col?: number; header?: string }
  /** A whole sheet, or a workbook/CSV file. */
  | { kind: 'sheet'; file: string; sheet?: string }
  /** An event of an iCalendar file, by UID (or by its number and title when it has none). */
  | { kind: 'event'; file: string; uid?: string; index?: number; title?: string }
  /** An object of an OpenStreetMap export (GeoJSON or Overpass JSON). */
  | { kind: 'osm'; file: string; ref: string }
  /** A place in a feed file given with --into, by JSON Pointer. */
  | { kind: 'feed'; file: string; pointer: string }
  /** The import as a whole. */
  | { kind: 'import' };

export interface Message {
  en: string;
  nl: string;
}

export interface ImportProblem extends Message {
  severity: Severity;
  place: Place;
}

export type Lang = 'en' | 'nl';

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `Openingstijden!C14`, `agenda.ics, UID abc@wise`, `feed.json /branches/3`. */
export function formatPlace(place: Place, lang: Lang = 'en'): string {
  switch (place.kind) {
    case 'cell':
      return place.col === undefined ? `${place.sheet}!${place.row}:${place.row}` : `${place.sheet}!${columnLetter(place.col)}${place.row}`;
    case 'sheet':
      return place.sheet ?? place.file;
    case 'event':
      if (place.uid) return `${place.file}, UID ${place.uid}`;
      return `${place.file}, ${lang === 'nl' ? 'afspraak' : 'event'} ${place.index ?? '?'}${place.title ? ` ("${place.title}")` : ''}`;
    case 'osm':
      return `${place.file}, ${place.ref}`;
    case 'feed':
      return `${place.file} ${place.pointer || '/'}`;
    case 'import':
      return '';
  }
}

/** One line: `Openingstijden!C14: "10:00-1730" is not a time range (use 10:00-17:30)`. */
export function formatProblem(p: ImportProblem, lang: Lang = 'en'): string {
  return p.place.kind === 'import' ? p[lang] : `${formatPlace(p.place, lang)}: ${p[lang]}`;
}

/** Builds a bilingual message. */
export function msg(en: string, nl: string): Message {
  return { en, nl };
}

/** Collects problems; remembers whether any is an error. */
export class Problems {
  readonly list: ImportProblem[] = [];

  add(severity: Severity, place: Place, message: Message): void {
    this.list.push({ severity, place, en: message.en, nl: message.nl });
  }
  error(place: Place, message: Message): void {
    this.add('error', place, message);
  }
  warn(place: Place, message: Message): void {
    this.add('warning', place, message);
  }
  info(place: Place, message: Message): void {
    this.add('info', place, message);
  }
  get errors(): number {
    return this.list.filter((p) => p.severity === 'error').length;
  }
}

/** Thrown for a file that cannot be read at all (not a workbook, password, …): the import stops for it. */
export class UnreadableFile extends Error {
  readonly place: Place;
  readonly text: Message;
  constructor(place: Place, text: Message) {
    super(text.en);
    this.name = 'UnreadableFile';
    this.place = place;
    this.text = text;
  }
}

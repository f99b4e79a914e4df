/**
 * Cells in, feed values out, and back: one reader and one writer per kind of value, written for what Dutch
 * spreadsheets hold. Numbers with a decimal comma (38,5) or thousands dots (1.234), "57%", "€ 5,00"; dates
 * as 03-11-2026, 3 november 2026, 2026-11-03 or Excel serial numbers; times as 10:00, 10.00 or "10 uur";
 * "gesloten" for a closed day; ja/nee; Dutch labels for every fixed list. Every refusal says what is wrong
 * and, where it can guess, what to write instead. No DOM, no parser of files: that is workbook.ts.
 */
import { isRealDate, safeUrl, type PlainDate } from '@biebkit/feed';
import { msg, type Message } from './problems.js';
import { ALL_WORDS, BOOLEAN_LABELS, labelsOf, type Column } from './table.js';
import { isId, loose, slugify } from './words.js';
import { dutchFromRRule, readRecurrence } from './recurrence-nl.js';

/** A cell as read from a workbook or CSV. */
export interface Cell {
  /** Text, a number (an Excel number, date serial or time fraction) or a boolean. */
  v: string | number | boolean;
  /** The cell's number format in the workbook (dd-mm-yyyy, 0%, [hh]:mm), when it has one. */
  z?: string;
  /** An Excel error (#DIV/0!, #N/A) or a formula without a computed value (=A1*2), instead of a value. */
  error?: string;
}

/** A cell to write: a string, number (with its format) or boolean. */
export interface OutCell {
  v: string | number | boolean;
  t: 's' | 'n' | 'b';
  z?: string;
}

/** A value read (undefined: the cell says "nothing", such as nee in a column that writes a fixed value), or why not. */
export type Parsed<T = unknown> = { ok: true; value: T; note?: Message } | { ok: false; error: Message };

const ok = <T>(value: T, note?: Message): Parsed<T> => (note ? { ok: true, value, note } : { ok: true, value });
const bad = (en: string, nl: string): Parsed<never> => ({ ok: false, error: msg(en, nl) });

/** Whether the workbook counts dates from 1904 (old Mac Excel). */
export interface ReadOptions {
  date1904?: boolean;
}

/** The text of a cell as a person reads it. */
export function cellText(cell: Cell): string {
  if (typeof cell.v === 'string') return cell.v.replace(/\r\n?/g, '\n').trim();
  if (typeof cell.v === 'boolean') return cell.v ? 'ja' : 'nee';
  return numberText(cell.v);
}

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** A cell as a person sees it in Excel, for showing and editing: 24-12-2026, 10:00, 87%, 38,5, ja. */
export function displayText(cell: Cell | undefined, options: ReadOptions = {}): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (typeof cell.v === 'boolean') return cell.v ? 'ja' : 'nee';
  if (typeof cell.v === 'string') return cell.v;
  const z = cell.z ?? '';
  const dateLike = /[dy]/i.test(z) || (/m/i.test(z) && !/h/i.test(z) && !/[0#]/.test(z));
  const timeLike = /h/i.test(z);
  if (dateLike && cell.v > 0) {
    const date = isoOf(dateFromSerial(cell.v, options.date1904));
    const fraction = cell.v - Math.floor(cell.v);
    const c = timeLike && fraction > 1e-9 ? clockFromNumber(fraction, 'hh:mm') : undefined;
    return `${dutchDate(date)}${c ? ` ${clockText(c)}` : ''}`;
  }
  if (timeLike) {
    const c = clockFromNumber(cell.v, z);
    if (c) return clockText(c);
  }
  if (z.includes('%')) return `${numberText(Number((cell.v * 100).toPrecision(12))).replace('.', ',')}%`;
  return numberText(cell.v).replace('.', ',');
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || (!cell.error && typeof cell.v === 'string' && cell.v.trim() === '');
}

// ---- numbers ---------------------------------------------------------------------------------------

/**
 * A number as Dutch staff write it: 38,5 · 1.234 · 1.234,5 · -3 · 57% · € 5,00 · 38,5 uur. A dot followed
 * by exactly three digits is a thousands separator (1.234 is 1234), as in Dutch; 38.5 is read as 38,5.
 */
export function parseDutchNumber(text: string): number | undefined {
  let t = text
    .trim()
    .replace(/^€\s*/, '')
    .replace(/\s*(?:uur|u|%|euro|eur|€|min|minuten)$/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d*,\d+$/.test(t)) t = t.replace(',', '.');
  else if (/^[+-]?\d+,-$/.test(t)) t = t.replace(',-', ''); // € 5,-
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

function readNumber(cell: Cell): Parsed<number> {
  if (typeof cell.v === 'number') {
    // A cell formatted as a percentage holds 0.57 for 57%: the feed counts percent as 0-100.
    if (cell.z?.includes('%')) return ok(Number((cell.v * 100).toPrecision(12)));
    return ok(cell.v);
  }
  if (typeof cell.v === 'boolean') return bad(`${cell.v ? 'TRUE' : 'FALSE'} is not a number`, `${cell.v ? 'WAAR' : 'ONWAAR'} is geen getal`);
  const text = cellText(cell);
  if (/^gratis$/i.test(text)) return ok(0);
  const n = parseDutchNumber(text);
  if (n === undefined) return bad(`"${text}" is not a number (write 38,5 or 1234)`, `"${text}" is geen getal (schrijf 38,5 of 1234)`);
  return ok(n);
}

// ---- dates and times ---------------------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTH_WORDS: Record<string, number> = {};
['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'].forEach((m, i) => {
  MONTH_WORDS[m] = i + 1;
  MONTH_WORDS[MONTHS[i]!] = i + 1;
  MONTH_WORDS[m.slice(0, 3)] = i + 1;
});
Object.assign(MONTH_WORDS, { mar: 3, may: 5, oct: 10, march: 3, june: 6, july: 7, october: 10 });

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoOf = (d: PlainDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** An Excel serial day number as a date (1900 system, or 1904). */
export function dateFromSerial(serial: number, date1904 = false): PlainDate {
  const days = Math.floor(serial + 1e-9);
  const base = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const t = new Date(base + days * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A date as an Excel serial day number (1900 system). */
export function serialFromDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function realDate(year: number, month: number, day: number): PlainDate | undefined {
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** A date in words or digits: 03-11-2026 · 3/11/2026 · 3.11.26 · 2026-11-03 · 3 november 2026 · di 3 nov. 2026 · 46329 */
export function parseDateText(text: string, options: ReadOptions = {}): PlainDate | 'not-real' | undefined {
  const t = text.trim().toLowerCase().replace(/^(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?,?\s+/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return realDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? 'not-real';
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return realDate(year, Number(m[2]), Number(m[1])) ?? 'not-real';
  }
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(t);
  if (m && MONTH_WORDS[m[2]!]) return realDate(Number(m[3]), MONTH_WORDS[m[2]!]!, Number(m[1])) ?? 'not-real';
  m = /^(\d{5})(?:[.,]0+)?$/.exec(t);
  if (m && Number(m[1]) > 18_000 && Number(m[1]) < 80_000) return dateFromSerial(Number(m[1]), options.date1904);
  return undefined;
}

function readDate(cell: Cell, options: ReadOptions): Parsed<string> {
  if (typeof cell.v === 'number') {
    if (cell.v > 18_000 && cell.v < 80_000) return ok(isoOf(dateFromSerial(cell.v, options.date1904)));
    return bad(`${numberText(cell.v)} is not a date (write dd-mm-jjjj, such as 24-12-2026)`, `${numberText(cell.v)} is geen datum (schrijf dd-mm-jjjj, zoals 24-12-2026)`);
  }
  const text = cellText(cell);
  const d = parseDateText(text, options);
  if (d === 'not-real') return bad(`"${text}" is not a real date`, `"${text}" bestaat niet als datum`);
  if (!d) return bad(`"${text}" is not a date (write dd-mm-jjjj, such as 24-12-2026)`, `"${text}" is geen datum (schrijf dd-mm-jjjj, zoals 24-12-2026)`);
  return ok(isoOf(d));
}

export interface Clock {
  hour: number;
  minute: number;
  second: number;
}

/** A time of day: 10:00 · 10.00 · 9:30 · 10 · 10 uur · 10u · 17:30:15; 24:00 as the end of a day. */
export function parseTimeText(text: string): Clock | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(?:uur|u|h)?$/i.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  if (minute > 59 || second > 59 || hour > 24 || (hour === 24 && (minute || second))) return undefined;
  return { hour, minute, second };
}

export const clockText = (c: Clock) => `${pad(c.hour)}:${pad(c.minute)}${c.second ? `:${pad(c.second)}` : ''}`;

function clockFromNumber(v: number, z: string | undefined): Clock | undefined {
  // A time cell holds a fraction of a day (1 is 24:00 with the [hh]:mm format); a plain whole number is hours.
  const isTime = z !== undefined && /h/i.test(z);
  if (!isTime && Number.isInteger(v) && v >= 0 && v <= 24) return { hour: v, minute: 0, second: 0 };
  const fraction = v > 1 + 1e-9 ? v - Math.floor(v) : v; // a date and time: its time
  if (fraction < 0) return undefined;
  const seconds = Math.round(fraction * 86_400);
  return { hour: Math.floor(seconds / 3600), minute: Math.floor((seconds % 3600) / 60), second: seconds % 60 };
}

function readTime(cell: Cell): Parsed<Clock> {
  if (typeof cell.v === 'number') {
    const c = clockFromNumber(cell.v, cell.z);
    if (c) return ok(c);
    return bad(`${numberText(cell.v)} is not a time (write 10:00)`, `${numberText(cell.v)} is geen tijd (schrijf 10:00)`);
  }
  const text = cellText(cell);
  const c = parseTimeText(text);
  if (!c) {
    const hint = guessTime(text);
    return bad(`"${text}" is not a time (use ${hint ?? '10:00'})`, `"${text}" is geen tijd (schrijf ${hint ?? '10:00'})`);
  }
  return ok(c);
}

/** "1730" → "17:30", "930" → "09:30": what the person probably meant. */
function guessTime(text: string): string | undefined {
  const m = /^(\d{1,2})(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const c = parseTimeText(`${m[1]}:${m[2]}`);
  return c && clockText(c);
}

// ---- opening intervals --------------------------------------------------------------------------------

const CLOSED_WORDS = new Set(['gesloten', 'dicht', 'closed', 'off', '-', 'nvt', 'n.v.t.']);
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export const WEEKDAY_NL = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const WEEKDAY_WORDS: Record<string, number> = {};
[
  ['ma', 'maandag', 'mo', 'mon', 'monday'],
  ['di', 'dinsdag', 'tu', 'tue', 'tuesday'],
  ['wo', 'woensdag', 'we', 'wed', 'wednesday'],
  ['do', 'donderdag', 'th', 'thu', 'thursday'],
  ['vr', 'vrijdag', 'fr', 'fri', 'friday'],
  ['za', 'zaterdag', 'sa', 'sat', 'saturday'],
  ['zo', 'zondag', 'su', 'sun', 'sunday'],
].forEach((words, i) => words.forEach((w) => (WEEKDAY_WORDS[w] = i)));

/** The weekday (0 = Monday) of a word: ma, maandag, mo, Monday. */
export function weekdayOf(text: string): number | undefined {
  return WEEKDAY_WORDS[loose(text).replace(/\.$/, '')];
}

/** The intervals of a day: "10:00-12:30, 13:30-17:30", "gesloten"; optionally after a day: "ma 10:00-12:30". */
export function parseIntervalsText(text: string): Parsed<{ intervals: string[]; day?: number }> {
  let rest = text.trim();
  let day: number | undefined;
  const dayPrefix = /^([a-zA-Z]{2,9})\.?:?\s+(?=\d|gesloten|dicht)/i.exec(rest);
  if (dayPrefix && weekdayOf(dayPrefix[1]!) !== undefined) {
    day = weekdayOf(dayPrefix[1]!);
    rest = rest.slice(dayPrefix[0].length);
  }
  if (CLOSED_WORDS.has(rest.toLowerCase())) return ok(day === undefined ? { intervals: [] } : { intervals: [], day });
  const intervals: string[] = [];
  for (const part of rest.split(/\s*(?:,|;|\n|\ben\b|\/|&)\s*/).filter(Boolean)) {
    const m = /^(.+?)\s*(?:-|–|—|\btot\b)\s*(.+?)(?:\s*uur)?$/i.exec(part);
    const from = m && parseTimeText(m[1]!);
    const to = m && parseTimeText(m[2]!);
    if (!m || !from || !to || from.hour === 24) {
      // What the person probably meant: each side as a time, "1730" as 17:30.
      const side = (t: string) => {
        const c = parseTimeText(t);
        return c && c.hour < 24 ? clockText(c) : guessTime(t) ?? t;
      };
      const fixed = m ? `${side(m[1]!)}-${side(m[2]!)}` : undefined;
      const hint = fixed && /^\d{2}:\d{2}-\d{2}:\d{2}$/.test(fixed) ? fixed : '10:00-17:30';
      return bad(`"${part}" is not a time range (use ${hint})`, `"${part}" is geen tijdvak (schrijf ${hint})`);
    }
    if (from.second || to.second) return bad(`"${part}": opening hours are whole minutes`, `"${part}": openingstijden zijn hele minuten`);
    const a = from.hour * 60 + from.minute;
    const b = to.hour * 60 + to.minute;
    if (b <= a) {
      return bad(
        `"${part}" ends before it starts (a time range cannot run past midnight: split it, ${clockText(from)}-24:00 and 00:00-${clockText(to)} the next day)`,
        `"${part}" eindigt voordat het begint (een tijdvak loopt niet over middernacht: splits het, ${clockText(from)}-24:00 en 00:00-${clockText(to)} de dag erna)`,
      );
    }
    intervals.push(`${clockText(from)}-${clockText(to)}`);
  }
  if (!intervals.length) return bad(`"${text}" holds no times (write 10:00-17:30, or gesloten)`, `"${text}" bevat geen tijden (schrijf 10:00-17:30, of gesloten)`);
  if (intervals.length > 12) return bad(`at most 12 time ranges a day`, `hoogstens 12 tijdvakken per dag`);
  return ok(day === undefined ? { intervals } : { intervals, day });
}

export function formatIntervals(intervals: readonly string[]): string {
  return intervals.length ? intervals.join(', ') : 'gesloten';
}

// ---- periods -------------------------------------------------------------------------------------------

/** A measurement period: 2025 · 2025-Q3 · Q3 2025 · 2025-09 · sep 2025 · 2025-09-14 · 14-09-2025; a date cell by its format. */
function readPeriod(cell: Cell, options: ReadOptions): Parsed<string> {
  if (typeof cell.v === 'number') {
    if (Number.isInteger(cell.v) && cell.v >= 1900 && cell.v <= 2200) return ok(String(cell.v));
    if (cell.v > 18_000 && cell.v < 80_000) {
      const iso = isoOf(dateFromSerial(cell.v, options.date1904));
      // Excel turns a typed "2025-09" into 1 September 2025 shown as a month (mmm-yy): keep it a month.
      return ok(cell.z && /[my]/i.test(cell.z) && !/d/i.test(cell.z) ? iso.slice(0, 7) : iso);
    }
  }
  const text = cellText(cell);
  let m = /^(\d{4})(?:\s*[-/ ]\s*(?:q|k|kw)([1-4]))?$/i.exec(text) ?? /^(?:q|k|kw)([1-4])\s*[-/ ]?\s*(\d{4})$/i.exec(text);
  if (m) {
    const [year, q] = /^\d{4}/.test(text) ? [m[1], m[2]] : [m[2], m[1]];
    return ok(q ? `${year}-Q${q}` : year!);
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return ok(`${m[1]}-${pad(Number(m[2]))}`);
  m = /^(\d{1,2})[-/](\d{4})$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return ok(`${m[2]}-${pad(Number(m[1]))}`);
  m = /^([a-z]+)\.?\s+(\d{4})$/i.exec(text);
  if (m && MONTH_WORDS[m[1]!.toLowerCase()]) return ok(`${m[2]}-${pad(MONTH_WORDS[m[1]!.toLowerCase()]!)}`);
  // "sep-25": a month as Excel shows a date cell formatted mmm-jj (and writes it in a CSV)
  m = /^([a-z]+)\.?[-\s](\d{2})$/i.exec(text);
  if (m && MONTH_WORDS[m[1]!.toLowerCase()]) return ok(`20${m[2]}-${pad(MONTH_WORDS[m[1]!.toLowerCase()]!)}`);
  const d = parseDateText(text, options);
  if (d && d !== 'not-real') return ok(isoOf(d));
  return bad(
    `"${text}" is not a period (write a year 2025, a quarter 2025-Q3, a month 2025-09 or a day 14-09-2025)`,
    `"${text}" is geen periode (schrijf een jaar 2025, een kwartaal 2025-Q3, een maand 2025-09 of een dag 14-09-2025)`,
  );
}

// ---- the codecs ----------------------------------------------------------------------------------------

export interface Codec {
  read(cell: Cell, options: ReadOptions): Parsed;
  write(value: unknown): OutCell | undefined;
  /** For a CSV: the text of a value as Dutch Excel writes it. */
  text?(value: unknown): string;
}

const str = (v: unknown): OutCell => ({ v: String(v), t: 's' });

function splitList(text: string): string[] {
  return text
    .split(/\s*[,;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function enumCodec(column: Column, values: string[]): { read: (text: string) => Parsed<string>; label: (v: string) => string } {
  const labels = labelsOf(column);
  const lookup = new Map<string, string>();
  for (const value of values) {
    lookup.set(loose(value), value);
    for (const word of labels?.[value] ?? []) lookup.set(loose(word), value);
  }
  const shown = values.map((v) => labels?.[v]?.[0] ?? v);
  return {
    read: (text) => {
      const value = lookup.get(loose(text));
      if (value !== undefined) return ok(value);
      return bad(`"${text}" is not one of: ${shown.join(', ')}`, `"${text}" staat niet in de lijst: ${shown.join(', ')}`);
    },
    label: (v) => labels?.[v]?.[0] ?? v,
  };
}

function readBoolean(cell: Cell): Parsed<boolean> {
  if (typeof cell.v === 'boolean') return ok(cell.v);
  if (typeof cell.v === 'number' && (cell.v === 0 || cell.v === 1)) return ok(cell.v === 1);
  const t = loose(cellText(cell));
  if (['ja', 'j', 'yes', 'y', 'true', 'waar', 'x', 'v', '✓'].includes(t)) return ok(true);
  if (['nee', 'n', 'no', 'false', 'onwaar'].includes(t)) return ok(false);
  return bad(`"${cellText(cell)}" is not ja or nee`, `"${cellText(cell)}" is geen ja of nee`);
}

function readText(cell: Cell, max: number): Parsed<string> {
  const text = cellText(cell);
  if (text.length > max) return bad(`the text is ${text.length} characters long; at most ${max}`, `de tekst is ${text.length} tekens lang; hoogstens ${max}`);
  return ok(text);
}

function readId(cell: Cell): Parsed<string> {
  const text = cellText(cell);
  if (isId(text)) return ok(text);
  const hint = slugify(text);
  return bad(
    `"${text}" is not an id (letters, digits, - _ and .${hint ? `; use "${hint}"` : ''})`,
    `"${text}" is geen geldige code (letters, cijfers, - _ en .${hint ? `; schrijf "${hint}"` : ''})`,
  );
}

function readMunicipality(text: string): Parsed<string> {
  const t = text.trim().toUpperCase();
  if (/^GM\d{4}$/.test(t)) return ok(t);
  if (/^\d{1,4}$/.test(t)) return ok(`GM${t.padStart(4, '0')}`);
  // A name: resolved against the Gemeenten sheet by the reader of the workbook.
  return ok(`name:${text.trim()}`);
}

const PHONE = /^[+0-9 ()-]{6,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const POSTAL = /^[1-9][0-9]{3} ?[A-Z]{2}$/;

const codecCache = new WeakMap<Column, Codec>();

/** The codec of a column: from its codec name, else from the schema's kind of field (made once per column). */
export function codecOf(column: Column): Codec {
  let codec = codecCache.get(column);
  if (!codec) {
    codec = makeCodec(column);
    codecCache.set(column, codec);
  }
  return codec;
}

function makeCodec(column: Column): Codec {
  const kind = column.info?.kind;
  switch (column.codec) {
    case 'phone':
      return {
        read: (cell) => {
          let text = cellText(cell);
          let note: Message | undefined;
          // Excel drops the leading 0 of a phone number typed in a number cell: 0235115300 → 235115300 (and
          // writes it so in a CSV). A Dutch number has ten digits.
          if (/^[1-9]\d{8}$/.test(text)) {
            text = `0${text}`;
            note = msg(`read as ${text} (Excel had dropped the 0: format the column as text)`, `gelezen als ${text} (Excel had de 0 weggelaten: maak de kolom tekst)`);
          }
          if (!PHONE.test(text)) {
            return bad(`"${text}" is not a phone number (digits, spaces, + ( ) and -)`, `"${text}" is geen telefoonnummer (cijfers, spaties, + ( ) en -)`);
          }
          return ok(text, note);
        },
        write: str,
      };
    case 'email':
      return {
        read: (cell) => {
          const text = cellText(cell).replace(/^mailto:/i, '');
          if (!EMAIL.test(text) || text.length > 254) return bad(`"${text}" is not an e-mail address`, `"${text}" is geen e-mailadres`);
          return ok(text);
        },
        write: str,
      };
    case 'postalCode':
      return {
        read: (cell) => {
          const text = cellText(cell).toUpperCase().replace(/\s+/g, ' ');
          if (!POSTAL.test(text)) return bad(`"${cellText(cell)}" is not a Dutch postal code (1234 AB)`, `"${cellText(cell)}" is geen postcode (1234 AB)`);
          return ok(text);
        },
        write: str,
      };
    case 'rrule':
      return {
        read: (cell) => {
          try {
            return ok(readRecurrence(cellText(cell)));
          } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            return bad(`${reason}`, `${reason.replace(/ is not supported/, ' kan niet').replace(/is not a recurrence \(write, for example,/, 'is geen herhaling (schrijf bijvoorbeeld').replace(/ or /, ' of ')}`);
          }
        },
        write: (v) => str(dutchFromRRule(String(v)) ?? String(v)),
      };
  }
  switch (kind) {
    case 'text':
      return { read: (cell) => readText(cell, 20_000), write: str };
    case 'id':
      // An id or a name of the item referred to: resolved when the whole feed is known.
      if (column.refersTo) return { read: (cell) => ok(cellText(cell)), write: str };
      return { read: (cell) => readId(cell), write: str };
    case 'url':
      return {
        read: (cell) => {
          let text = cellText(cell);
          let note: Message | undefined;
          if (/^www\./i.test(text)) {
            text = `https://${text}`;
            note = msg(`read as ${text}`, `gelezen als ${text}`);
          }
          if (!/^(https?:\/\/|mailto:|tel:)\S+$/i.test(text) || text.length > 2000 || !safeUrl(text)) {
            return bad(`"${cellText(cell)}" is not a web address (start with https://)`, `"${cellText(cell)}" is geen webadres (begin met https://)`);
          }
          return ok(text, note);
        },
        write: str,
      };
    case 'date':
      return {
        read: (cell, o) => readDate(cell, o),
        write: (v) => ({ v: serialFromDate(String(v)), t: 'n', z: 'dd-mm-yyyy' }),
        text: (v) => dutchDate(String(v)),
      };
    case 'intervals':
      return {
        read: (cell) => {
          const r = parseIntervalsText(cellText(cell));
          return r.ok ? ok(r.value.intervals) : r;
        },
        write: (v) => str(formatIntervals(v as string[])),
      };
    case 'municipality':
      return { read: (cell) => readMunicipality(cellText(cell)), write: str };
    case 'municipalityList':
      return {
        read: (cell) => {
          const values: string[] = [];
          for (const part of splitList(cellText(cell))) {
            const r = readMunicipality(part);
            if (!r.ok) return r;
            values.push(r.value);
          }
          return ok(values);
        },
        write: (v) => str((v as string[]).join(', ')),
      };
    case 'idList':
      return { read: (cell) => ok(splitList(cellText(cell))), write: (v) => str((v as string[]).join(', ')) };
    case 'period':
      return { read: (cell, o) => readPeriod(cell, o), write: str };
    case 'boolean':
      return { read: (cell) => readBoolean(cell), write: (v) => str(v ? BOOLEAN_LABELS[0] : BOOLEAN_LABELS[1]) };
    case 'number':
    case 'integer': {
      const min = column.info?.minimum;
      const max = column.info?.maximum;
      return {
        read: (cell) => {
          const r = readNumber(cell);
          if (!r.ok) return r;
          if (kind === 'integer' && !Number.isInteger(r.value)) return bad(`${numberText(r.value)} is not a whole number`, `${numberText(r.value).replace('.', ',')} is geen heel getal`);
          if (min !== undefined && r.value < min) return bad(`${numberText(r.value)} is below ${min}`, `${numberText(r.value).replace('.', ',')} is lager dan ${min}`);
          if (max !== undefined && r.value > max) return bad(`${numberText(r.value)} is above ${max}`, `${numberText(r.value).replace('.', ',')} is hoger dan ${max}`);
          return r;
        },
        write: (v) => ({ v: Number(v), t: 'n' }),
        text: (v) => numberText(Number(v)).replace('.', ','),
      };
    }
    case 'enum': {
      const e = enumCodec(column, column.info!.enumValues!);
      return { read: (cell) => e.read(cellText(cell)), write: (v) => str(e.label(String(v))) };
    }
    case 'enumList':
    case 'enumListOrAll': {
      const e = enumCodec(column, column.info!.enumValues!);
      const all = kind === 'enumListOrAll' ? new Set(ALL_WORDS.map(loose)) : undefined;
      return {
        read: (cell) => {
          if (all && (all.has(loose(cellText(cell))) || cell.v === true)) return ok(true);
          const values: string[] = [];
          for (const part of cellText(cell).split(/\s*(?:[,;/\n]|\ben\b)\s*/).filter(Boolean)) {
            const r = e.read(part);
            if (!r.ok) return all ? bad(`${r.error.en}, or ${ALL_WORDS[0]}`, `${r.error.nl}, of ${ALL_WORDS[0]}`) : r;
            if (!values.includes(r.value)) values.push(r.value);
          }
          return ok(values);
        },
        write: (v) => str(v === true ? ALL_WORDS[0] : (v as string[]).map(e.label).join(', ')),
      };
    }
    case 'const': {
      // A yes writes the fixed value ("Geteld uit de agenda: ja" is "from": "activities"); a no leaves it out.
      const value = column.info!.constValue!;
      return {
        read: (cell) => {
          if (loose(cellText(cell)) === loose(value)) return ok(value);
          const r = readBoolean(cell);
          return r.ok ? ok(r.value ? value : undefined) : r;
        },
        write: () => str(BOOLEAN_LABELS[0]),
      };
    }
    case 'dateOrDateTimeList':
      return {
        read: (cell, o) => {
          const values: string[] = [];
          const parts = typeof cell.v === 'number' ? [cell] : splitList(cellText(cell)).map((v) => ({ v }) as Cell);
          for (const part of parts) {
            const r = readDateOrDateTime(part, o);
            if (!r.ok) return r;
            values.push(r.value);
          }
          return ok(values);
        },
        write: (v) => str((v as string[]).map(dutchDateOrDateTime).join(', ')),
      };
    case 'dateTime':
      // A date alone is the start of that day ("Aanmelden vanaf 25-01-2027").
      return {
        read: (cell, o) => {
          const r = readDateOrDateTime(cell, o);
          return r.ok && r.value.length === 10 ? ok(`${r.value}T00:00`) : r;
        },
        write: (v) => str(dutchDateOrDateTime(String(v))),
      };
    case 'dateOrDateTime':
      return { read: (cell, o) => readDateOrDateTime(cell, o), write: (v) => str(dutchDateOrDateTime(String(v))) };
    default:
      return { read: (cell) => readText(cell, 2000), write: str };
  }
}

/** 2026-12-22 → 22-12-2026; 2026-12-22T10:00 → 22-12-2026 10:00 (seconds kept when written). */
export function dutchDateOrDateTime(iso: string): string {
  return iso.length === 10 ? dutchDate(iso) : `${dutchDate(iso.slice(0, 10))} ${iso.slice(11)}`;
}

/** A date, or a date and time: 22-12-2026 · 22-12-2026 10:00 · 2026-12-22T10:00 · an Excel serial with a fraction. */
export function readDateOrDateTime(cell: Cell, options: ReadOptions = {}): Parsed<string> {
  if (typeof cell.v === 'number') {
    const date = readDate({ v: Math.floor(cell.v) }, options);
    if (!date.ok) return date;
    const fraction = cell.v - Math.floor(cell.v);
    if (fraction < 1e-9) return date;
    const c = clockFromNumber(fraction, 'hh:mm')!;
    return ok(`${date.value}T${pad(c.hour)}:${pad(c.minute)}${c.second ? `:${pad(c.second)}` : ''}`);
  }
  const text = cellText(cell);
  const m = /^(.+?)(?:[T ]+|\s+om\s+)(\d{1,2}[:.]\d{2}(?::\d{2})?)\s*(?:uur|u)?$/i.exec(text);
  const date = readDate({ v: m ? m[1]! : text }, options);
  if (!date.ok) return date;
  if (!m) return date;
  const c = parseTimeText(m[2]!);
  if (!c || c.hour === 24) return bad(`"${m[2]}" is not a time of day`, `"${m[2]}" is geen tijdstip`);
  return ok(`${date.value}T${pad(c.hour)}:${pad(c.minute)}${c.second ? `:${pad(c.second)}` : ''}`);
}

/** Reads a time cell (Van, Tot) into HH:MM[:SS]. */
export function readClock(cell: Cell): Parsed<Clock> {
  return readTime(cell);
}

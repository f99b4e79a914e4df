/**
 * OpenStreetMap `opening_hours` (what OSM and many websites hold: `Mo-Fr 10:00-17:30; Sa 10:00-14:00; PH off`)
 * to one hours layer of a branch: a weekly pattern, dated exceptions and a holiday rule.
 *
 * The subset the feed can say: weekdays, ranges and lists (`Mo-We,Fr`, `Sa-Mo`), times and lists of times
 * (`09:00-12:00,13:00-17:00`), times past midnight (`Fr 20:00-02:00`: split over two days), `off`/`closed`,
 * `24/7`, normal (`;`) and additional (`,`) rules, `PH off`, dated rules with a year (`2026 Dec 24
 * 10:00-16:00 "Kerstavond"`, `2026 Jul 27-2026 Aug 02 off`: exceptions), and seasons: weekdays within dates
 * (`2027 Jan 11-2027 Mar 31 Mo-Sa 09:00-20:00`) and month ranges that come back every year (`Jul-Aug Mo-Fr
 * 10:00-16:00 "zomertijden"`, `Nov 01-Mar 31 Sa off`; written as seasons with dates for this year and the
 * next, and said so). Rules are read in order, as OSM reads them: a later rule wins over an earlier one on
 * the days both name, holidays and dated exceptions included. Everything else (school holidays, a single
 * yearly date, week numbers, the n-th weekday of a month, sunrise, open ends, fallback rules, unknown weekly
 * hours) is named in a clear error. Syntax itself is checked by the `opening_hours` package (loaded only
 * when an OSM value is read), so its message is the one for a typo.
 */
import type { HolidayRule, HoursException, Season, WeeklyPattern } from '@biebkit/feed';
import { dateOf, dayNumber, daysInMonth, fromDayNumber, holidayOn, isoDate, isRealDate, weekdayOf } from '@biebkit/feed';
import { msg, type Message } from './problems.js';

const WD = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const KEYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface OsmHours {
  weekly: WeeklyPattern;
  exceptions: HoursException[];
  /** Periods with other weekly hours (`Jul-Aug Mo-Fr 10:00-16:00`, `2027 Jan 11-2027 Mar 31 Mo-Sa 09:00-20:00`). */
  seasons?: Season[];
  /** From `PH off`; undefined when the value says nothing about public holidays. */
  holidays?: HolidayRule;
  /** Things to tell the person (not errors): what Biebkit does differently, what the value left unsaid. */
  notes: Message[];
}

export class OsmError extends Error {
  readonly text: Message;
  /** A typo (the opening_hours package's message is better), or valid OSM the feed cannot say. */
  readonly syntax: boolean;
  constructor(text: Message, syntax = false) {
    super(text.en);
    this.name = 'OsmError';
    this.text = text;
    this.syntax = syntax;
  }
}

type Tok = { t: 'year' | 'month' | 'num' | 'wd' | 'ph' | 'sh' | 'time' | 'sym' | 'mod' | 'comment' | 'word' | 'always'; v: string };

const fail = (en: string, nl: string): never => {
  throw new OsmError(msg(en, nl));
};
const syntax = (en: string, nl: string): never => {
  throw new OsmError(msg(en, nl), true);
};

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const re =
    /\s+|("[^"]*")|(24\/7)|(\d{1,2}:\d{2})|(\d{4})|(\d{1,2})|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b(Mo|Tu|We|Th|Fr|Sa|Su)\b|\b(PH)\b|\b(SH)\b|\b(off|closed|open|unknown)\b|\b(week|easter|sunrise|sunset|dawn|dusk)\b|(\|\||[-,;:[\]+/])/giy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    m = re.exec(text);
    if (!m || m.index !== pos) {
      const rest = text.slice(pos, pos + 12);
      syntax(`"${rest}" is not opening_hours syntax`, `"${rest}" is geen opening_hours-schrijfwijze`);
    }
    pos = re.lastIndex;
    const [, comment, always, time, year, num, month, wd, ph, sh, mod, word, sym] = m!;
    if (comment) toks.push({ t: 'comment', v: comment.slice(1, -1) });
    else if (always) toks.push({ t: 'always', v: always });
    else if (time) toks.push({ t: 'time', v: time });
    else if (year) toks.push({ t: 'year', v: year });
    else if (num) toks.push({ t: 'num', v: num });
    else if (month) toks.push({ t: 'month', v: month });
    else if (wd) toks.push({ t: 'wd', v: wd });
    else if (ph) toks.push({ t: 'ph', v: ph });
    else if (sh) toks.push({ t: 'sh', v: sh });
    else if (mod) toks.push({ t: 'mod', v: mod.toLowerCase() });
    else if (word) toks.push({ t: 'word', v: word.toLowerCase() });
    else if (sym) toks.push({ t: 'sym', v: sym });
  }
  return toks;
}

interface DateRange {
  from: number;
  to: number;
}

/** Month and day of a date that comes back every year. */
interface MonthDay {
  month: number;
  day: number;
}

interface Rule {
  additional: boolean;
  dates?: DateRange;
  /** A period that comes back every year (`Jul-Aug`, `Nov 01-Mar 31`), as written. */
  yearly?: { from: MonthDay; to: MonthDay; text: string };
  weekdays?: number[];
  ph?: boolean;
  times?: [number, number][];
  mod?: string;
  comment?: string;
}

const minutes = (t: string) => {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

function parseRules(toks: Tok[]): Rule[] {
  const rules: Rule[] = [];
  let i = 0;
  const peek = (k = 0) => toks[i + k];
  const isSym = (tok: Tok | undefined, v: string) => tok?.t === 'sym' && tok.v === v;
  let additional = false;

  /** One end of a date selector: a year (or not), a month, a day (or not: the whole month). */
  const parsePoint = (): { year?: number; month: number; day?: number; text: string } => {
    let year: number | undefined;
    if (peek()?.t === 'year') year = Number(toks[i++]!.v);
    const month = peek();
    if (month?.t !== 'month') {
      return fail(
        year !== undefined ? `${year} alone (a whole year) cannot be said in the feed: give a month and day (2026 Dec 24)` : 'a date needs a month',
        year !== undefined ? `${year} alleen (een heel jaar) kan niet in de feed: geef maand en dag (2026 Dec 24)` : 'een datum heeft een maand nodig',
      );
    }
    i++;
    const m = MONTHS.indexOf(month.v.slice(0, 1).toUpperCase() + month.v.slice(1).toLowerCase()) + 1;
    const day = peek()?.t === 'num' ? Number(toks[i++]!.v) : undefined;
    return { ...(year === undefined ? {} : { year }), month: m, ...(day === undefined ? {} : { day }), text: `${month.v}${day === undefined ? '' : ` ${String(day).padStart(2, '0')}`}` };
  };

  /** A date selector: exact dates (with a year) or a period that comes back every year (without). */
  const parseDates = (rule: Rule): void => {
    const from = parsePoint();
    let to = from;
    if (isSym(peek(), '-')) {
      i++;
      // "2026 Dec 24-26", "2026 Dec 24-2027 Jan 02", "2026 Jul 27-Aug 02", "Jul-Aug", "Nov 01-Mar 31"
      if (peek()?.t === 'num') to = { ...from, day: Number(toks[i++]!.v), text: `${MONTHS[from.month - 1]} ${toks[i - 1]!.v}` };
      else {
        const point = parsePoint();
        to = { ...point, ...(point.year === undefined && from.year !== undefined ? { year: from.year } : {}) };
      }
    }
    if ((from.year === undefined) !== (to.year === undefined)) syntax('a date range with a year on one side only', 'een periode met een jaar aan één kant');
    const first: MonthDay = { month: from.month, day: from.day ?? 1 };
    const last: MonthDay = { month: to.month, day: to.day ?? daysInMonth(to.year ?? 2024, to.month) };
    if (from.year === undefined) {
      if (!isRealDate(2024, first.month, first.day) || !isRealDate(2024, last.month, last.day)) syntax(`${from.text}-${to.text} is not a real date range`, `${from.text}-${to.text} bestaat niet`);
      if (first.month === last.month && first.day === last.day) {
        fail(
          `a date that comes back every year (${from.text}) cannot be said in the feed: give the year (2026 ${from.text}), or add it to Uitzonderingen`,
          `een datum die elk jaar terugkomt (${from.text}) kan niet in de feed: geef het jaar (2026 ${from.text}), of zet hem in Uitzonderingen`,
        );
      }
      rule.yearly = { from: first, to: last, text: from === to ? from.text : `${from.text}-${to.text}` };
      return;
    }
    for (const [p, d] of [[from, first], [to, last]] as const) {
      if (!isRealDate(p.year!, d.month, d.day)) fail(`${p.year} ${p.text} is not a real date`, `${p.year} ${p.text} bestaat niet`);
    }
    const a = dayNumber({ year: from.year, month: first.month, day: first.day });
    const b = dayNumber({ year: to.year!, month: last.month, day: last.day });
    if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) syntax('a date range that ends before it starts', 'een periode die eindigt voordat hij begint');
    if (b - a > 800) fail('a dated rule longer than two years', 'een regel met data van meer dan twee jaar');
    rule.dates = { from: a, to: b };
  };

  while (i < toks.length) {
    const rule: Rule = { additional };
    const tok = peek()!;
    if (tok.t === 'always') {
      i++;
      rule.times = [[0, 1440]];
    } else {
      if (tok.t === 'year' || tok.t === 'month') {
        parseDates(rule);
        if (isSym(peek(), ':')) i++;
      }
      // weekdays and PH
      const days: number[] = [];
      while (peek()?.t === 'wd' || peek()?.t === 'ph' || peek()?.t === 'sh') {
        const w = toks[i++]!;
        if (w.t === 'sh') fail('school holidays (SH) cannot be said in an OSM value for the feed: give them as a season with Schoolvakanties (sheet Seizoenen)', 'schoolvakanties (SH) kunnen niet in een OSM-waarde voor de feed: geef ze als seizoen met Schoolvakanties (blad Seizoenen)');
        if (w.t === 'ph') rule.ph = true;
        else {
          if (isSym(peek(), '[')) {
            fail(
              `a weekday of the month (${w.v}[…]) cannot be said in the weekly hours`,
              `een weekdag van de maand (${w.v}[…]) kan niet in de weektijden`,
            );
          }
          const start = WD.indexOf(w.v.slice(0, 1).toUpperCase() + w.v.slice(1).toLowerCase());
          let end = start;
          if (isSym(peek(), '-') && peek(1)?.t === 'wd') {
            i++;
            end = WD.indexOf(toks[i++]!.v.slice(0, 1).toUpperCase() + toks[i - 1]!.v.slice(1).toLowerCase());
          }
          for (let d = start; ; d = (d + 1) % 7) {
            if (!days.includes(d)) days.push(d);
            if (d === end) break;
          }
        }
        if (isSym(peek(), ',') && (peek(1)?.t === 'wd' || peek(1)?.t === 'ph' || peek(1)?.t === 'sh')) i++;
        else break;
      }
      if (days.length) rule.weekdays = days;
      if (peek()?.t === 'word') {
        const w = toks[i]!.v;
        if (w === 'week') fail('week numbers (week …) cannot be said in the feed', 'weeknummers (week …) kunnen niet in de feed');
        if (w === 'easter') fail('dates from Easter (easter) cannot be said in the feed: give dated exceptions', 'datums vanaf Pasen (easter) kunnen niet in de feed: geef uitzonderingen met datum');
        fail(`times from the sun (${w}) cannot be said in the feed: give clock times`, `tijden naar de zon (${w}) kunnen niet in de feed: geef kloktijden`);
      }
      if (peek()?.t === 'time') {
        const times: [number, number][] = [];
        for (;;) {
          const from = toks[i++]!;
          if (isSym(peek(), '+')) fail(`an open end (${from.v}+) cannot be said in the feed`, `een open einde (${from.v}+) kan niet in de feed`);
          if (!isSym(peek(), '-')) syntax(`${from.v} needs an end time (${from.v}-17:00)`, `${from.v} heeft een eindtijd nodig (${from.v}-17:00)`);
          i++;
          const to = peek();
          if (to?.t === 'word') fail(`times from the sun (${to.v}) cannot be said in the feed: give clock times`, `tijden naar de zon (${to.v}) kunnen niet in de feed: geef kloktijden`);
          if (to?.t !== 'time') syntax(`${from.v}- needs an end time`, `${from.v}- heeft een eindtijd nodig`);
          i++;
          if (isSym(peek(), '+') || isSym(peek(), '/')) fail(`"${from.v}-${to!.v}${peek()!.v}…" cannot be said in the feed`, `"${from.v}-${to!.v}${peek()!.v}…" kan niet in de feed`);
          const a = minutes(from.v);
          let b = minutes(to!.v);
          if (a >= 1440 || b > 48 * 60) syntax(`${from.v}-${to!.v} is not a time range`, `${from.v}-${to!.v} is geen tijdvak`);
          if (b <= a) b += 1440; // past midnight
          times.push([a, b]);
          if (isSym(peek(), ',') && peek(1)?.t === 'time') i++;
          else break;
        }
        rule.times = times;
      }
    }
    if (peek()?.t === 'mod') rule.mod = toks[i++]!.v;
    if (peek()?.t === 'comment') rule.comment = toks[i++]!.v;
    if (!rule.dates && !rule.yearly && !rule.weekdays && !rule.ph && !rule.times && !rule.mod) {
      const t = peek();
      syntax(`"${t?.v ?? ''}" is not where a rule can start`, `"${t?.v ?? ''}" kan geen regel beginnen`);
    }
    rules.push(rule);
    const next = peek();
    if (!next) break;
    if (isSym(next, ';')) additional = false;
    else if (isSym(next, ',')) additional = true;
    else if (isSym(next, '||')) fail('fallback rules (||) cannot be said in the feed', 'terugvalregels (||) kunnen niet in de feed');
    else syntax(`"${next.v}" was not expected here`, `"${next.v}" hoort hier niet`);
    i++;
    if (i >= toks.length) break; // a trailing ";" is allowed
  }
  return rules;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

interface DayRule {
  status: HoursException['status'];
  ranges: [number, number][];
  note?: string;
}

export interface OsmOptions {
  /** When the value is read: yearly seasons are written for this year and the next. Default: now. */
  now?: number;
}

/** A rule that gives other weekly hours for a period: weekdays within dates, or a period that comes back every year. */
const isSeason = (rule: Rule) => Boolean(rule.yearly || (rule.dates && rule.weekdays));
/** A rule of whole dated days (an exception): dates without weekdays. */
const isDated = (rule: Rule) => Boolean(rule.dates && !rule.weekdays);
const closesOf = (rule: Rule) => rule.mod === 'off' || rule.mod === 'closed';

/** Whether a rule's date selector holds on a day (a rule without one holds on every day). */
function inDates(rule: Rule, d: number): boolean {
  if (rule.dates) return d >= rule.dates.from && d <= rule.dates.to;
  if (!rule.yearly) return true;
  const date = fromDayNumber(d);
  const md = date.month * 100 + date.day;
  const a = rule.yearly.from.month * 100 + rule.yearly.from.day;
  const b = rule.yearly.to.month * 100 + rule.yearly.to.day;
  return a <= b ? md >= a && md <= b : md >= a || md <= b;
}

/** Reads an OSM opening_hours value into a layer's hours. Throws OsmError with what the feed cannot say. */
export function osmToHours(text: string, options: OsmOptions = {}): OsmHours {
  const value = text.trim();
  if (!value) syntax('the opening_hours value is empty', 'de opening_hours-waarde is leeg');
  const rules = parseRules(tokenize(value));
  let phRuleIndex = -1;
  const notes: Message[] = [];
  // What the feed cannot say, rule by rule.
  rules.forEach((rule, index) => {
    const closes = closesOf(rule);
    if (rule.ph && (rule.dates || rule.yearly)) fail('public holidays inside a dated rule cannot be said in the feed: give each date', 'feestdagen binnen een regel met datum kunnen niet in de feed: geef elke datum');
    if (isDated(rule)) {
      if ((rule.times ?? []).some(([, b]) => b > 1440)) fail('a dated rule past midnight cannot be said in the feed', 'een regel met datum over middernacht kan niet in de feed');
      return;
    }
    if (isSeason(rule)) {
      if ((rule.times ?? []).some(([, b]) => b > 1440)) fail('a season past midnight cannot be said in the feed', 'een seizoen over middernacht kan niet in de feed');
      // In OSM a comment without "open" makes the hours unknown; a season's weekly hours are known.
      if (rule.comment && !closes && rule.mod !== 'open') {
        fail(
          `a comment ("${rule.comment}") without "open" makes the season's hours unknown in OSM, which weekly hours cannot be: write … open "${rule.comment}"`,
          `een opmerking ("${rule.comment}") zonder "open" maakt de tijden van het seizoen onbekend in OSM, en dat kunnen weektijden niet zijn: schrijf … open "${rule.comment}"`,
        );
      }
    } else if (rule.comment) {
      fail(`a comment ("${rule.comment}") on the weekly hours cannot be said in the feed: put it in the Label`, `een opmerking ("${rule.comment}") bij de weektijden kan niet in de feed: zet hem in het Label`);
    }
    if (rule.ph) {
      if (!closes || rule.times) fail('only "PH off" can be said for public holidays (closed); special holiday hours go in Uitzonderingen', 'voor feestdagen kan alleen "PH off" (gesloten); bijzondere tijden op feestdagen horen in Uitzonderingen');
      phRuleIndex = index;
    }
    if (rule.mod === 'unknown') fail('weekly hours cannot be "unknown" in the feed (only dated exceptions can)', 'weektijden kunnen niet "unknown" zijn in de feed (alleen uitzonderingen met datum)');
  });

  /** The weekly pattern the rules give, with the season rules that `inSeason` says hold (in order, as OSM reads). */
  const weekOf = (inSeason: (index: number) => boolean): WeeklyPattern => {
    const weekly: ([number, number][] | undefined)[] = Array.from({ length: 7 }, () => undefined);
    const spills: [number, number][][] = Array.from({ length: 7 }, () => []);
    rules.forEach((rule, index) => {
      if (isDated(rule) || (isSeason(rule) && !inSeason(index)) || (rule.ph && !rule.weekdays)) return;
      const closes = closesOf(rule);
      for (const d of rule.weekdays ?? [0, 1, 2, 3, 4, 5, 6]) {
        // A normal rule for a day replaces all that earlier rules said of it, the hours past midnight too.
        if (!rule.additional) spills[d] = [];
        if (closes) {
          weekly[d] = [];
          continue;
        }
        const own: [number, number][] = [];
        for (const [a, b] of rule.times ?? [[0, 1440]]) {
          own.push([a, Math.min(b, 1440)]);
          if (b > 1440) spills[(d + 1) % 7]!.push([0, b - 1440]);
        }
        weekly[d] = rule.additional && weekly[d] ? mergeRanges([...weekly[d]!, ...own]) : own;
      }
    });
    const pattern: WeeklyPattern = {};
    for (let d = 0; d < 7; d++) {
      const ranges = mergeRanges([...(weekly[d] ?? []), ...spills[d]!]).filter(([a, b]) => b > a);
      if (ranges.length) pattern[KEYS[d]!] = ranges.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`);
    }
    return pattern;
  };
  const pattern = weekOf(() => false);

  /** What OSM says of one day: every rule that holds on it, in order (times past midnight left to the weekly hours). */
  const evaluate = (d: number): DayRule => {
    const date = fromDayNumber(d);
    const weekday = weekdayOf(date);
    const holiday = Boolean(holidayOn(date));
    let state: DayRule = { status: 'closed', ranges: [] };
    for (const rule of rules) {
      if (!inDates(rule, d)) continue;
      if ((rule.weekdays || rule.ph) && !rule.weekdays?.includes(weekday) && !(rule.ph && holiday)) continue;
      const closes = closesOf(rule);
      // As in OSM, a comment without "open" makes dated hours unknown ("2026 Dec 31 10:00-15:00 "ring aan"").
      const dated = isDated(rule);
      const status: DayRule['status'] = closes ? 'closed' : rule.mod === 'unknown' || (dated && rule.comment && rule.mod !== 'open') ? 'unknown' : 'open';
      const ranges = closes ? [] : (rule.times ?? [[0, 1440]]).map(([a, b]): [number, number] => [a, Math.min(b, 1440)]);
      if (rule.additional && !closes && state.status !== 'closed') state = { ...state, ranges: mergeRanges([...state.ranges, ...ranges]) };
      else state = { status, ranges, ...(dated && rule.comment ? { note: rule.comment } : {}) };
    }
    return state;
  };

  // Seasons: the periods of the season rules (a yearly one for this year and the next), cut where they meet,
  // each piece with the weekly hours of the rules that hold in all of it.
  const year = dateOf(options.now ?? Date.now()).year;
  const windowFrom = dayNumber({ year, month: 1, day: 1 });
  const windowTo = dayNumber({ year: year + 1, month: 12, day: 31 });
  const periods: { rule: number; from: number; to: number }[] = [];
  const yearly: string[] = [];
  rules.forEach((rule, index) => {
    if (!isSeason(rule)) return;
    if (rule.dates) {
      periods.push({ rule: index, ...rule.dates });
      return;
    }
    const { from, to } = rule.yearly!;
    const wraps = to.month * 100 + to.day < from.month * 100 + from.day;
    for (let y = year - 1; y <= year + 1; y++) {
      const end = wraps ? y + 1 : y;
      const a = dayNumber({ year: y, month: from.month, day: Math.min(from.day, daysInMonth(y, from.month)) });
      const b = dayNumber({ year: end, month: to.month, day: Math.min(to.day, daysInMonth(end, to.month)) });
      if (b >= windowFrom && a <= windowTo) periods.push({ rule: index, from: a, to: b });
    }
    yearly.push(rule.yearly!.text);
  });
  const cuts = [...new Set(periods.flatMap((p) => [p.from, p.to + 1]))].sort((a, b) => a - b);
  const pieces: { from: number; to: number; rules: number[] }[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, next] = [cuts[k]!, cuts[k + 1]!];
    const holding = [...new Set(periods.filter((p) => p.from <= from && p.to >= next - 1).map((p) => p.rule))].sort((a, b) => a - b);
    if (!holding.length) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.to === from - 1 && last.rules.join() === holding.join()) last.to = next - 1;
    else pieces.push({ from, to: next - 1, rules: holding });
  }
  const seasons: Season[] = [];
  const inSeasons: { from: number; to: number; weekly: WeeklyPattern }[] = [];
  for (const piece of pieces) {
    const weekly = weekOf((index) => piece.rules.includes(index));
    if (JSON.stringify(weekly) === JSON.stringify(pattern)) continue;
    const label = piece.rules.map((index) => rules[index]!.comment).filter(Boolean).pop();
    seasons.push({ ...(label ? { label } : {}), validFrom: isoDate(fromDayNumber(piece.from)), validThrough: isoDate(fromDayNumber(piece.to)), weekly });
    inSeasons.push({ from: piece.from, to: piece.to, weekly });
  }
  if (yearly.length && seasons.length) {
    notes.push(msg(
      `${yearly.map((t) => `"${t}"`).join(', ')} comes back every year; the feed gives a season its dates: written for ${year} and ${year + 1} (import it again next year, or add the years after in Seizoenen)`,
      `${yearly.map((t) => `"${t}"`).join(', ')} komt elk jaar terug; de feed geeft een seizoen zijn data: geschreven voor ${year} en ${year + 1} (importeer het volgend jaar opnieuw, of zet de jaren daarna in Seizoenen)`,
    ));
  }

  // Exceptions: every day of a dated rule, as OSM reads it with all the rules; and a public holiday in a season
  // on which a later rule opens where the feed would close ("PH off; Jul-Aug Mo-Su 10:00-16:00").
  const days = new Set<number>();
  for (const rule of rules) if (isDated(rule)) for (let d = rule.dates!.from; d <= rule.dates!.to; d++) days.add(d);
  if (phRuleIndex >= 0) {
    for (const season of inSeasons) {
      for (let d = season.from; d <= season.to; d++) if (!days.has(d) && holidayOn(fromDayNumber(d)) && evaluate(d).status !== 'closed') days.add(d);
    }
  }
  const exceptionsByDay = [...days].sort((a, b) => a - b).map((d): [number, DayRule] => [d, evaluate(d)]);
  const exceptions: HoursException[] = [];
  let run: { from: number; to: number; rule: DayRule } | undefined;
  const same = (a: DayRule, b: DayRule) => a.status === b.status && a.note === b.note && JSON.stringify(a.ranges) === JSON.stringify(b.ranges);
  const flush = () => {
    if (!run) return;
    const ex: HoursException = { date: isoDate(fromDayNumber(run.from)), status: run.rule.status };
    if (run.to !== run.from) ex.until = isoDate(fromDayNumber(run.to));
    if (run.rule.status !== 'closed' && !(run.rule.ranges.length === 1 && run.rule.ranges[0]![0] === 0 && run.rule.ranges[0]![1] === 1440 && run.rule.status !== 'open')) {
      ex.hours = run.rule.ranges.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`);
    }
    if (run.rule.note) ex.note = run.rule.note;
    exceptions.push(ex);
  };
  for (const [d, rule] of exceptionsByDay) {
    if (run && run.to === d - 1 && same(run.rule, rule)) run.to = d;
    else {
      flush();
      run = { from: d, to: d, rule };
    }
  }
  flush();
  const out: OsmHours = { weekly: pattern, exceptions, ...(seasons.length ? { seasons } : {}), notes };
  if (phRuleIndex >= 0) {
    // OSM's Dutch public holidays are Biebkit's, Good Friday and Liberation Day included, but not Easter Sunday
    // and Whit Sunday (Sundays): Biebkit closes on those two as well.
    out.holidays = { rule: 'closed', goodFriday: true, liberationDay: true };
    if (pattern.su?.length) {
      notes.push(
        msg(
          'Biebkit also closes on Easter Sunday and Whit Sunday under "PH off" (OSM does not count them): add an exception with status open to open on them',
          'Biebkit sluit met "PH off" ook op Eerste Paasdag en Eerste Pinksterdag (OSM telt die niet): voeg een uitzondering met status open toe om dan open te zijn',
        ),
      );
    }
  } else {
    notes.push(
      msg(
        'the value says nothing about public holidays (no "PH off"): the holiday rule of the organisation applies',
        'de waarde zegt niets over feestdagen (geen "PH off"): de feestdagenregel van de organisatie geldt',
      ),
    );
  }
  return out;
}

// ---- syntax check by the opening_hours package ------------------------------------------------------------

type OpeningHoursCtor = new (value: string, nominatim: unknown, options?: unknown) => { getWarnings(): string[]; prettifyValue(): string };
let ohModule: Promise<OpeningHoursCtor> | undefined;

/** Loads the opening_hours package (about 1 MB): only when an OSM value is read. */
export function loadOpeningHours(): Promise<OpeningHoursCtor> {
  ohModule ??= import('opening_hours').then((m) => ((m as { default?: unknown }).default ?? m) as OpeningHoursCtor);
  return ohModule;
}

/** Where the Dutch public holidays come from for the opening_hours package. */
export const NOMINATIM_NL = { lat: 52.37, lon: 4.89, address: { country_code: 'nl', state: 'Noord-Holland' } };

/** The opening_hours package's reading of a value: its complaint (a typo), or the value as it writes it. */
export async function osmPackageReading(value: string): Promise<{ error: string } | { pretty: string }> {
  const OpeningHours = await loadOpeningHours();
  try {
    return { pretty: new OpeningHours(value, NOMINATIM_NL, { mode: 0, tag_key: 'opening_hours' }).prettifyValue() };
  } catch (e) {
    return { error: String(e instanceof Error ? e.message : e).split('\n')[0]!.trim() };
  }
}

/**
 * Reads an OSM value. Valid OSM that the feed cannot say gets that message; a typo gets the opening_hours
 * package's message; a value the package reads in its own way ("mo-fr 10-17") is read as the package writes it.
 */
export async function readOsm(value: string, options: OsmOptions = {}): Promise<{ ok: true; hours: OsmHours } | { ok: false; error: Message }> {
  const fromMine = (e: OsmError) => ({ ok: false as const, error: msg(`"${value}": ${e.text.en}`, `"${value}": ${e.text.nl}`) });
  let mine: OsmError;
  try {
    const hours = osmToHours(value, options);
    const reading = await osmPackageReading(value);
    if ('error' in reading) return { ok: false, error: msg(`"${value}" is not valid opening_hours: ${reading.error}`, `"${value}" is geen geldige opening_hours: ${reading.error}`) };
    return { ok: true, hours };
  } catch (e) {
    if (!(e instanceof OsmError)) throw e;
    mine = e;
  }
  if (!mine.syntax) return fromMine(mine);
  const reading = await osmPackageReading(value);
  if ('error' in reading) return { ok: false, error: msg(`"${value}" is not valid opening_hours: ${reading.error}`, `"${value}" is geen geldige opening_hours: ${reading.error}`) };
  try {
    const hours = osmToHours(reading.pretty, options);
    hours.notes.unshift(msg(`read as "${reading.pretty}"`, `gelezen als "${reading.pretty}"`));
    return { ok: true, hours };
  } catch (e) {
    if (e instanceof OsmError) return fromMine(e.syntax ? mine : e);
    throw e;
  }
}

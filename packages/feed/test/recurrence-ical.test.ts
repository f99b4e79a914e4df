/**
 * The recurrence expansion against an independent implementation: ical.js (Mozilla's, a dev dependency)
 * on hundreds of generated rules across 2026-2028, DST weekends included, compared both as Amsterdam
 * wall-clock times and as instants (ical.js converts through the VTIMEZONE).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { expandRule, parseRRule, type SeriesStart } from '../src/recurrence/index.js';
import { AMSTERDAM_VTIMEZONE } from '../src/ical/index.js';
import { fromWall, toWall, dayNumber, fromDayNumber, isoDate as formatDate, type PlainDate } from '../src/time/amsterdam.js';

/** A small seeded PRNG (mulberry32), so a failing case can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WINDOW_FROM = fromWall(2026, 1, 1);
const WINDOW_TO = fromWall(2029, 1, 1);
const pad = (n: number) => String(n).padStart(2, '0');
const wallText = (ms: number) => {
  const w = toWall(ms);
  return `${formatDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
};

interface Case {
  rrule: string;
  start: SeriesStart;
  exdates: string[];
}

function generate(random: () => number): Case {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY'] as const);
  const parts = [`FREQ=${freq}`];
  if (random() < 0.5) parts.push(`INTERVAL=${int(2, freq === 'DAILY' ? 10 : 4)}`);
  const weekdays = () => [...new Set(Array.from({ length: int(1, 3) }, () => pick(DAYS)))];
  if (freq === 'DAILY') {
    if (random() < 0.3) parts.push(`BYDAY=${weekdays().join(',')}`);
    // (ical.js 2.2 never returns from DAILY with a negative BYMONTHDAY: that one is hand-tested.)
    else if (random() < 0.2) parts.push(`BYMONTHDAY=${pick([1, 13, 28, 31])}`);
  } else if (freq === 'WEEKLY') {
    if (random() < 0.75) parts.push(`BYDAY=${weekdays().join(',')}`);
    if (random() < 0.2) parts.push('WKST=SU');
  } else {
    const r = random();
    if (r < 0.4) parts.push(`BYDAY=${[...new Set(Array.from({ length: int(1, 2) }, () => `${pick([1, 2, 3, 4, 5, -1, -2])}${pick(DAYS)}`))].join(',')}`);
    else if (r < 0.55) parts.push(`BYDAY=${weekdays().join(',')}`);
    else if (r < 0.75) parts.push(`BYMONTHDAY=${pick([1, 5, 15, 28, 29, 30, 31, -1, -3])}`);
    else if (r < 0.85) parts.push(`BYDAY=${pick(DAYS)};BYMONTHDAY=${pick([13, 1, 7])}`);
  }
  // Times that matter: ordinary ones, midnight, and 02:30, which does not exist on the spring-forward
  // Sunday and exists twice on the fall-back Sunday.
  const [hour, minute] = pick([[10, 0], [14, 30], [19, 30], [0, 0], [23, 45], [2, 30], [9, 15]] as const);
  // DTSTART synchronised with the rule (RFC 5545 leaves an unsynchronised one undefined, and ical.js
  // then differs by design): the first day after a random anchor that the rule picks.
  const anchor = fromDayNumber(dayNumber({ year: 2026, month: 1, day: 1 }) + int(0, 900));
  const synced = expandRule({ date: anchor, time: hour * 3600 + minute * 60 }, parts.join(';'), [], { fromMs: -Infinity, toMs: Infinity, limit: 2 });
  const date = synced[1]?.date ?? anchor;
  const dayNo = dayNumber(date);
  const limit = random();
  if (limit < 0.4) parts.push(`COUNT=${int(1, 80)}`);
  else if (limit < 0.7) {
    const until = fromDayNumber(dayNo + int(0, 500));
    parts.push(`UNTIL=${until.year}${pad(until.month)}${pad(until.day)}T${pad(int(0, 23))}${pad(pick([0, 30]))}00Z`);
  }
  const start: SeriesStart = { date, time: hour * 3600 + minute * 60 };
  // EXDATEs that hit real occurrences (taken from a plain expansion), and sometimes a whole day.
  const base = expandRule(start, parts.join(';'), [], { fromMs: WINDOW_FROM, toMs: WINDOW_TO, limit: 40 });
  const exdates: string[] = [];
  for (let i = int(0, 3); i > 0 && base.length; i--) {
    const hit = base[int(0, base.length - 1)]!;
    exdates.push(random() < 0.25 ? formatDate(hit.date) : `${formatDate(hit.date)}T${pad(hour)}:${pad(minute)}`);
  }
  // Distinct values only: ical.js 2.2 skips just one occurrence for a repeated EXDATE and then stalls.
  return { rrule: parts.join(';'), start, exdates: exdates.filter((e, j) => !exdates.slice(0, j).some((f) => f.slice(0, 10) === e.slice(0, 10))) };
}

/** The same series through ical.js: a VEVENT with DTSTART;TZID=Europe/Amsterdam, RRULE and EXDATE. */
function viaIcalJs(c: Case): { wall: string; ms: number }[] {
  const t = c.start.time!;
  const local = (d: PlainDate, secs: number) =>
    `${d.year}${pad(d.month)}${pad(d.day)}T${pad(Math.floor(secs / 3600))}${pad(Math.floor((secs % 3600) / 60))}00`;
  const ex = c.exdates.map((e) => (e.length === 10 ? local({ year: +e.slice(0, 4), month: +e.slice(5, 7), day: +e.slice(8, 10) }, t) : local({ year: +e.slice(0, 4), month: +e.slice(5, 7), day: +e.slice(8, 10) }, +e.slice(11, 13) * 3600 + +e.slice(14, 16) * 60)));
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//test//EN',
    ...AMSTERDAM_VTIMEZONE,
    'BEGIN:VEVENT',
    'UID:case',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=Europe/Amsterdam:${local(c.start.date, t)}`,
    `RRULE:${c.rrule}`,
    ...(ex.length ? [`EXDATE;TZID=Europe/Amsterdam:${ex.join(',')}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const cal = new ICAL.Component(ICAL.parse(text));
  const tz = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
  ICAL.TimezoneService.register(tz, 'Europe/Amsterdam');
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  const it = event.iterator();
  const out: { wall: string; ms: number }[] = [];
  for (let next = it.next(); next; next = it.next()) {
    const ms = next.toUnixTime() * 1000;
    if (ms >= WINDOW_TO) break;
    if (ms >= WINDOW_FROM) out.push({ wall: next.toString(), ms });
  }
  return out;
}

/** Whether a wall-clock start falls in the hour that Amsterdam skips in spring. */
function inGap(wall: string): boolean {
  const w = toWall(fromWall(+wall.slice(0, 4), +wall.slice(5, 7), +wall.slice(8, 10), +wall.slice(11, 13), +wall.slice(14, 16)));
  return pad(w.hour) !== wall.slice(11, 13);
}

test('500 generated rules over 2026-2028 give the same occurrences as ical.js', () => {
  const random = rng(20261121);
  let compared = 0;
  let occurrences = 0;
  let dstCrossings = 0;
  let ambiguous = 0;
  let gap = 0;
  for (let i = 0; i < 500; i++) {
    const c = generate(random);
    const ours = expandRule(c.start, c.rrule, c.exdates, { fromMs: WINDOW_FROM, toMs: WINDOW_TO });
    let theirs: ReturnType<typeof viaIcalJs>;
    try {
      theirs = viaIcalJs(c);
    } catch (e) {
      throw new Error(`ical.js failed on ${c.rrule} from ${formatDate(c.start.date)}: ${String(e)}`);
    }
    const label = `case ${i}: DTSTART ${formatDate(c.start.date)} ${c.start.time! / 3600}h RRULE:${c.rrule} EXDATE:${c.exdates.join(',')}`;
    const ourWalls = ours.map((o) => `${formatDate(o.date)}T${pad(Math.floor(o.time! / 3600))}:${pad((o.time! % 3600) / 60)}:00`);
    const theirWalls = theirs.map((o) => o.wall);
    assert.equal(ourWalls.length, theirWalls.length, `${label}: count ${ourWalls.length} vs ical.js ${theirWalls.length}`);
    for (let k = 0; k < ourWalls.length; k++) {
      if (inGap(ourWalls[k]!)) {
        // Both must still land on the same day, one hour after the gap starts (03:30 CEST).
        assert.equal(ours[k]!.startMs, fromWall(+ourWalls[k]!.slice(0, 4), +ourWalls[k]!.slice(5, 7), +ourWalls[k]!.slice(8, 10), 3, 30), label);
        // RFC 5545 3.3.5: a time in the gap uses the offset before it (+01:00, so 03:30 CEST); ical.js
        // uses the one after it (+02:00, so 01:30 CET). The written wall-clock time is the same.
        assert.equal(theirWalls[k], ourWalls[k], `${label}: occurrence ${k}`);
        assert.equal(ours[k]!.startMs, theirs[k]!.ms + 3_600_000, `${label}: instant of ${ourWalls[k]} (in the gap)`);
        gap++;
        continue;
      }
      assert.equal(ourWalls[k], theirWalls[k], `${label}: occurrence ${k}`);
      if (toWall(ours[k]!.startMs + 3_600_000).hour === toWall(ours[k]!.startMs).hour) {
        // 02:30 on the fall-back Sunday happens twice. RFC 5545 3.3.5 says the first one (CEST); ical.js
        // takes the second (CET). Ours must be exactly the hour before theirs.
        assert.equal(ours[k]!.startMs, theirs[k]!.ms - 3_600_000, `${label}: ambiguous ${ourWalls[k]}`);
        ambiguous++;
        continue;
      }
      assert.equal(ours[k]!.startMs, theirs[k]!.ms, `${label}: instant of ${ourWalls[k]}`);
    }
    const offsets = new Set(ours.map((o) => o.startMs - Date.UTC(o.date.year, o.date.month - 1, o.date.day, Math.floor(o.time! / 3600), (o.time! % 3600) / 60)));
    if (offsets.size > 1) dstCrossings++;
    compared++;
    occurrences += ours.length;
  }
  assert.equal(compared, 500);
  // The generated cases must really exercise something: many occurrences and many DST crossings.
  assert.ok(occurrences > 5000, `only ${occurrences} occurrences compared`);
  assert.ok(dstCrossings > 100, `only ${dstCrossings} series cross a DST change`);
  assert.ok(gap > 0 && ambiguous > 0, `gap ${gap}, ambiguous ${ambiguous}: the DST Sundays themselves were not hit`);
  console.log(`compared ${occurrences} occurrences of 500 rules; ${dstCrossings} cross DST; ${gap} in the spring gap; ${ambiguous} in the autumn overlap`);
});

test('any window of a generated series is the matching slice of the whole series', () => {
  const random = rng(42);
  for (let i = 0; i < 300; i++) {
    const c = generate(random);
    const all = expandRule(c.start, c.rrule, c.exdates, { fromMs: WINDOW_FROM, toMs: WINDOW_TO });
    const a = WINDOW_FROM + Math.floor(random() * (WINDOW_TO - WINDOW_FROM));
    const b = Math.min(WINDOW_TO, a + Math.floor(random() * 120 * 86_400_000));
    const part = expandRule(c.start, c.rrule, c.exdates, { fromMs: a, toMs: b });
    assert.deepEqual(
      part.map((o) => o.startMs),
      all.filter((o) => o.startMs >= a && o.startMs < b).map((o) => o.startMs),
      `case ${i}: ${c.rrule} from ${wallText(a)} to ${wallText(b)}`,
    );
  }
});

test('parseRRule accepts every generated rule and ical.js reads them the same way', () => {
  const random = rng(7);
  for (let i = 0; i < 200; i++) {
    const c = generate(random);
    const ours = parseRRule(c.rrule);
    const theirs = ICAL.Recur.fromString(c.rrule);
    assert.equal(ours.freq, theirs.freq);
    assert.equal(ours.interval, theirs.interval);
    assert.equal(ours.count ?? null, theirs.count ?? null);
  }
});

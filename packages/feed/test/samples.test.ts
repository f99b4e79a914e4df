/**
 * The sample feeds in demo/feeds are the demo's default content: they must read without a single
 * problem, and their numbers must say what the source documents and docs/feed.md say they do.
 *
 * They are written by `npm run samples` (scripts/samples/) for the day they are built, so every check of
 * dates is relative to the feed's `generated` day; the committed feeds must be exactly what the templates
 * give for that day, and the checks of a current agenda also hold for feeds generated months later.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../src/validate.js';
import { scopeFeed } from '../src/scope.js';
import { readGoal } from '../src/kpi/goal.js';
import { activityInstances, parseRRule } from '../src/recurrence/index.js';
import { addDays, dateOf, dayNumber, fromWall, isoDate, parseDate, parseLocalDateTime, startOfDay, toWall, type PlainDate } from '../src/time/amsterdam.js';
import { BranchHours, MobileLibraryHours, weeklyPatternHours } from '../src/hours/index.js';
import { schoolHolidayOn } from '../src/school-holidays/index.js';
import { activityCountTable } from '../src/kpi/derived.js';
import { listOccurrences } from '../src/activities/index.js';
import type { Branch, Feed, Goal, HoursLayer, Kpi } from '../src/types.js';
// @ts-expect-error: the generator is a script of the repository, run with tsx
import { CALENDAR, compactJson, generateSample } from '../../../scripts/samples/generate.ts';

const TODAY = '2026-11-21';
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
const NAMES = ['kopgroep', 'mijn-streek', 'zuid-kennemerland', 'bind'] as const;
type Name = (typeof NAMES)[number];

const text = (name: string) => readFileSync(new URL(`../../../demo/feeds/${name}.json`, import.meta.url), 'utf8');
const template = (name: string) => JSON.parse(readFileSync(new URL(`../../../scripts/samples/templates/${name}.json`, import.meta.url), 'utf8')) as Feed;
const generatedDay = (f: Feed): PlainDate => dateOf(atGenerated(f));
const atGenerated = (f: Feed): number => {
  const g = parseLocalDateTime(f.generated!)!;
  return fromWall(g.year, g.month, g.day, g.hour, g.minute);
};

/** Reads a feed as the product does on the day it was made: without a single problem. */
function read(name: string, source: string | Feed): Feed {
  const raw = (typeof source === 'string' ? JSON.parse(source) : source) as Feed;
  const r = parseFeed(source, { url: `demo/feeds/${name}.json`, now: atGenerated(raw) });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.deepEqual(r.model.problems, [], `${name}: no errors and no warnings`);
  return r.model.feed;
}

const feeds: Record<Name, Feed> = {
  kopgroep: read('kopgroep', text('kopgroep')),
  'mijn-streek': read('mijn-streek', text('mijn-streek')),
  'zuid-kennemerland': read('zuid-kennemerland', text('zuid-kennemerland')),
  bind: read('bind', text('bind')),
};

// ---- helpers -------------------------------------------------------------------------------------
const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const span = (iv: string): [number, number] => [toMin(iv.slice(0, 5)), toMin(iv.slice(6, 11))];
/** Hours per week of a layer's weekly pattern, summed from its intervals. */
const weeklyHours = (layer: HoursLayer) =>
  DAYS.flatMap((d) => layer.weekly[d] ?? []).reduce((sum, iv) => sum + (span(iv)[1] - span(iv)[0]), 0) / 60;
const layer = (b: Branch, kind: HoursLayer['kind']) => b.hours?.find((l) => l.kind === kind);
/** The layer that says when the doors are open: the building layer, else the staffed one. */
const doorLayer = (b: Branch) => layer(b, 'building') ?? layer(b, 'staffed');
function branch(f: Feed, id: string): Branch {
  return f.branches?.find((b) => b.id === id) ?? assert.fail(`no branch ${id}`);
}
const kpi = (f: Feed, id: string): Kpi => f.kpis?.find((k) => k.id === id) ?? assert.fail(`no KPI ${id}`);
const goal = (f: Feed, id: string): Goal => f.goals?.find((g) => g.id === id) ?? assert.fail(`no goal ${id}`);
const latest = (k: Kpi) => k.series[k.series.length - 1]!;
const codes = (f: Feed) => f.organization.municipalities.map((m) => m.id).sort();

/** Whether every interval of `inner` on a day lies inside an interval of `outer` on that day. */
function within(inner: HoursLayer, outer: HoursLayer): string[] {
  const misfits: string[] = [];
  for (const d of DAYS) {
    for (const iv of inner.weekly[d] ?? []) {
      const [a, b] = span(iv);
      if (!(outer.weekly[d] ?? []).some((o) => span(o)[0] <= a && b <= span(o)[1])) misfits.push(`${d} ${iv}`);
    }
  }
  return misfits;
}

// ---- all four ------------------------------------------------------------------------------------
/** What every sample feed must have on the day it was made (also for feeds made months later). */
function checkCurrent(name: string, f: Feed): void {
  const today = generatedDay(f);
  const acts = f.activities ?? [];
  assert.ok(acts.length >= 30 && acts.length <= 80, `${name}: ${acts.length} activities`);
  // One-offs and courses around the build day (calendar ones up to a year ahead); series without end may start earlier.
  const from = isoDate(addDays(today, -25));
  const through = isoDate(addDays(today, 372));
  for (const a of acts) {
    const open = a.recurrence && !/COUNT=|UNTIL=/.test(a.recurrence.rrule);
    assert.ok(open || (a.start >= from && a.start <= through), `${name}/${a.id}: ${a.start} near ${isoDate(today)}`);
  }
  // A full agenda: one-offs in the coming six weeks, and many sessions in the coming fortnight.
  const soon = acts.filter((a) => a.start.slice(0, 10) >= isoDate(today) && a.start.slice(0, 10) <= isoDate(addDays(today, 42)) && !a.recurrence);
  assert.ok(soon.length >= 1, `${name}: ${soon.length} one-offs in the coming six weeks`);
  const fortnight = listOccurrences(f, { fromMs: startOfDay(today), toMs: startOfDay(addDays(today, 14)), nowMs: startOfDay(today) });
  assert.ok(fortnight.length >= 5, `${name}: ${fortnight.length} sessions in the coming fortnight`);
  for (const b of f.branches ?? []) {
    assert.ok(codes(f).includes(b.municipality), `${name}/${b.id} in one of the organisation's municipalities`);
    if (b.geo) assert.ok(b.geo.lat > 50.7 && b.geo.lat < 53.6 && b.geo.lon > 3.3 && b.geo.lon < 7.3, `${name}/${b.id} lies in the Netherlands`);
    if (b.url) assert.match(b.url, /^https:\/\//);
    const building = layer(b, 'building');
    const staffed = layer(b, 'staffed');
    if (building && staffed) {
      assert.equal(building.selfService, true, `${name}/${b.id}: a building layer wider than staffed hours is self-service`);
      assert.deepEqual(within(staffed, building), [], `${name}/${b.id}: staffed hours inside building hours`);
      assert.ok(weeklyHours(building) > weeklyHours(staffed), `${name}/${b.id}: self-service widens the hours`);
    }
    const door = doorLayer(b);
    for (const desk of b.hours?.filter((l) => l.kind === 'desk') ?? []) {
      assert.ok(desk.service, `${name}/${b.id}/${desk.id} names its service`);
      assert.deepEqual(within(desk, door!), [], `${name}/${b.id}/${desk.id}: desk hours inside opening hours`);
    }
  }
  // The first occurrence of a recurring activity is its start: BYDAY must include the start's weekday.
  for (const a of acts.filter((x) => x.recurrence)) {
    const byday = /BYDAY=([^;]+)/.exec(a.recurrence!.rrule)?.[1];
    if (!byday) continue;
    const weekday = DAYS[(new Date(`${a.start.slice(0, 10)}T12:00:00Z`).getUTCDay() + 6) % 7]!.toUpperCase();
    assert.ok(byday.split(',').some((d) => d.endsWith(weekday)), `${name}/${a.id}: ${a.start} is a ${weekday}, BYDAY=${byday}`);
  }
  assert.ok(acts.some((a) => a.status === 'cancelled' && a.statusNote), `${name}: a cancelled activity with a note`);
  assert.ok(acts.some((a) => a.status === 'moved' && a.statusNote && (a.previousStart || a.previousPlace)), `${name}: a moved activity with its previous date or place`);
  assert.ok(acts.some((a) => a.registration?.full), `${name}: a fully booked activity`);
  assert.ok(acts.some((a) => (a.registration?.placesLeft ?? 0) > 0 && a.registration?.capacity), `${name}: an activity with places left`);
  assert.ok(acts.some((a) => (a.price?.amount ?? 0) > 0) && acts.some((a) => a.price?.amount === 0), `${name}: free and paid`);
  assert.ok(acts.some((a) => a.location && !a.branch), `${name}: an off-site activity`);
  assert.ok(acts.some((a) => a.image && a.organizer ? true : a.performers?.length), `${name}: an activity with an image, organizer or performers`);
  assert.ok(acts.some((a) => /FREQ=MONTHLY;BYDAY=2TU/.test(a.recurrence?.rrule ?? '')), `${name}: a second-Tuesday series`);
  // The weekly language café does not meet in the school holidays, nor on days its branch is closed.
  const taalcafe = acts.find((a) => a.recurrence?.rrule.startsWith('FREQ=WEEKLY') && /taalcaf|taalsoos/i.test(JSON.stringify(a.title)) && a.schoolHolidays === 'except')!;
  assert.ok(taalcafe, `${name}: a weekly language café with "schoolHolidays": "except"`);
  const window = { fromMs: startOfDay(today), toMs: startOfDay(addDays(today, 182)) };
  const cafe = branch(f, taalcafe.branch!);
  const doors = new BranchHours(cafe, f.organization).doors!;
  const region = f.organization.municipalities.find((m) => m.id === cafe.municipality)?.schoolHolidayRegion ?? f.organization.schoolHolidayRegion!;
  for (const i of activityInstances(taalcafe, window)) {
    assert.ok(doors.day(i.date).segments.length, `${name}/${taalcafe.id}: not on ${isoDate(i.date)}, a closed day`);
  }
  const all = activityInstances({ start: taalcafe.start, recurrence: { rrule: taalcafe.recurrence!.rrule } }, window);
  assert.ok(all.some((i) => schoolHolidayOn(i.date, region)), `${name}/${taalcafe.id}: the coming half year has school holidays on its day`);
  const shown = listOccurrences(f, { ...window, nowMs: window.fromMs }).filter((o) => o.activity === taalcafe);
  assert.ok(shown.length > 10, `${name}/${taalcafe.id}: ${shown.length} sessions in half a year`);
  assert.deepEqual(shown.filter((o) => schoolHolidayOn(o.date, region)).map((o) => isoDate(o.date)), [], `${name}/${taalcafe.id}: none in the school holidays`);
  for (const g of f.goals ?? []) {
    if (g.target?.kpi) assert.ok(f.kpis?.some((k) => k.id === g.target!.kpi), `${name}/${g.id} links an existing KPI`);
  }
  assert.ok((f.kpis ?? []).some((k) => k.direction === 'lower') || name.startsWith('zuid-kennemerland'), `${name}: a lower-is-better KPI`);
  // Activity counts derived from the agenda, per Wsob function or per municipality: what the table says.
  const derived = (f.kpis ?? []).filter((k) => k.derived);
  assert.ok(derived.length >= 4, `${name}: ${derived.length} derived KPIs`);
  const table = activityCountTable(f, atGenerated(f));
  for (const k of derived) {
    const year = String(today.year);
    const expected = table
      .filter((c) => c.period === year && (!k.derived!.function || c.function === k.derived!.function) && (!k.scope?.municipalities || k.scope.municipalities.includes(c.municipality!)))
      .reduce((sum, c) => sum + c.count, 0);
    assert.equal(k.series.find((m) => m.period === year)?.value ?? 0, expected, `${name}/${k.id} in ${year}`);
  }
  // The Plein 1 promise of 38.5 staffed hours holds every normal week, summer included.
  if (name.startsWith('zuid-kennemerland')) {
    const staffed = layer(branch(f, 'plein-1'), 'staffed')!;
    assert.equal(weeklyPatternHours(staffed), 38.5);
    assert.equal(staffed.seasons, undefined, 'no season changes the staffed hours');
  }
}

test('every sample feed is complete, consistent, realistic and current', () => {
  for (const [name, f] of Object.entries(feeds)) checkCurrent(name, f);
});

test('the committed sample feeds are exactly what `npm run samples` writes for their day', () => {
  for (const name of NAMES) {
    const day = generatedDay(JSON.parse(text(name)) as Feed);
    assert.equal(compactJson(generateSample(template(name), name, day)) + '\n', text(name), `${name}: run npm run samples -- --today ${isoDate(day)}`);
  }
});

test('made months later, the sample feeds are still current, valid and keep their promises', () => {
  for (const months of [2, 4]) {
    for (const name of NAMES) {
      const day = addDays(generatedDay(feeds[name]), months * 30);
      const made = generateSample(template(name), name, day);
      const r = parseFeed(compactJson(made), { now: atGenerated(made) });
      assert.ok(r.ok);
      // Only the school-holiday data may run out: then the validator says so (and the data needs updating).
      const other = r.model.problems.filter((p) => !/school-holiday data of this Biebkit covers/.test(p.message));
      assert.deepEqual(other, [], `${name} made on ${isoDate(day)}`);
      checkCurrent(`${name} (${isoDate(day)})`, r.model.feed);
    }
  }
});

test('the texts of what moves by weeks name no date (it would be wrong once the feed is made on another day)', () => {
  const MONTH = /\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
  const texts = (value: unknown): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value as Record<string, string>));
  for (const name of NAMES) {
    const t = template(name);
    const moving: [string, unknown][] = [];
    // Activities bound to the calendar (Sinterklaas, "from 1 March") keep their day of the year.
    for (const a of (t.activities ?? []).filter((x) => !(CALENDAR as Record<string, Record<string, string>>)[name]?.[x.id])) moving.push([`activity ${a.id}`, a.title], [`activity ${a.id}`, a.statusNote], [`activity ${a.id}`, a.description]);
    for (const c of t.organization.closures ?? []) moving.push([`closure ${c.date}`, c.note]);
    for (const b of t.branches ?? []) {
      for (const l of b.hours ?? []) for (const e of l.exceptions ?? []) moving.push([`${b.id} exception ${e.date}`, e.note]);
      for (const s of b.stops ?? []) for (const e of s.exceptions ?? []) moving.push([`${b.id} stop ${s.id} exception ${e.date}`, e.note]);
    }
    for (const [where, value] of moving) for (const s of texts(value)) assert.doesNotMatch(s, MONTH, `${name}: ${where}`);
  }
});

test('every recurrence is in the supported subset and every exdate removes a real occurrence', () => {
  let dstSeries = 0;
  for (const [name, f] of Object.entries(feeds)) {
    const today = generatedDay(f);
    // Seven months: the next change to or from summer time always falls in it.
    const window = { fromMs: startOfDay(addDays(today, -21)), toMs: startOfDay(addDays(today, 215)) };
    // The next change to or from summer time: the last Sunday of March or October after the build day.
    let dst = today;
    while (!((dst.month === 3 || dst.month === 10) && dst.day > 24 && new Date(Date.UTC(dst.year, dst.month - 1, dst.day)).getUTCDay() === 0)) dst = addDays(dst, 1);
    for (const a of (f.activities ?? []).filter((x) => x.recurrence)) {
      assert.doesNotThrow(() => parseRRule(a.recurrence!.rrule), `${name}/${a.id}`);
      const all = activityInstances({ start: a.start, recurrence: { rrule: a.recurrence!.rrule } }, { fromMs: -Infinity, toMs: window.toMs });
      const kept = activityInstances(a, { fromMs: -Infinity, toMs: window.toMs });
      assert.equal(all.length - kept.length, a.recurrence!.exdates?.length ?? 0, `${name}/${a.id}: each exdate matches an occurrence`);
      assert.ok(kept.length >= 2, `${name}/${a.id} recurs`);
      // Wall-clock time stays the same on both sides of a change of summer time.
      const hours = new Set(kept.map((i) => `${toWall(i.startMs).hour}:${toWall(i.startMs).minute}`));
      assert.equal(hours.size, 1, `${name}/${a.id}: ${[...hours]}`);
      if (kept.some((i) => i.startMs < startOfDay(dst)) && kept.some((i) => i.startMs > startOfDay(addDays(dst, 1)))) dstSeries++;
    }
  }
  assert.ok(dstSeries >= 2, `${dstSeries} series run across the DST change`);
});

test('the holiday rules differ between the organisations', () => {
  const rules = Object.values(feeds).map((f) => JSON.stringify(f.organization.holidays));
  assert.ok(Object.values(feeds).every((f) => f.organization.holidays?.rule === 'closed'));
  assert.ok(new Set(rules).size >= 3, rules.join(' '));
});

test('each municipality of a multi-municipality organisation gets its own figures on its own site', () => {
  for (const [name, f] of Object.entries(feeds)) {
    if (f.organization.municipalities.length < 2) continue;
    for (const m of f.organization.municipalities) {
      const local = scopeFeed(f, m.id);
      const labels = (local.kpis ?? []).map((k) => k.id);
      assert.ok(local.branches!.length >= 1, `${name} ${m.id}: a branch`);
      assert.ok(labels.some((id) => id.startsWith('bezoeken-')) && labels.some((id) => id.startsWith('leden-')), `${name} ${m.id}: visits and members (${labels})`);
      assert.ok(local.activities!.length >= 1, `${name} ${m.id}: activities`);
      assert.ok(m.inhabitants! > 10_000, `${name} ${m.id}: inhabitants`);
    }
  }
});

test('on 21 November 2026 the goals show every state: reached, on track, behind, missed', () => {
  const today = { year: 2026, month: 11, day: 21 };
  const status = (name: keyof typeof feeds, id: string) => {
    const r = readGoal(goal(feeds[name], id), feeds[name].kpis, today);
    return r?.kind === 'numeric' ? r.progress.status : r?.status;
  };
  assert.equal(status('zuid-kennemerland', 'zomerlezen'), 'reached');
  assert.equal(status('mijn-streek', 'ido-uren-uitbreiden'), 'reached');
  assert.equal(status('mijn-streek', 'verbonden-gebruikers-26000'), 'on-track');
  assert.equal(status('zuid-kennemerland', 'jeugdcollectie'), 'on-track');
  assert.equal(status('zuid-kennemerland', 'soob-100-procent'), 'behind');
  assert.equal(status('kopgroep', 'subsidiegat'), 'behind');
  assert.equal(status('kopgroep', 'taalhuis-plus-25'), 'missed');
  assert.equal(status('kopgroep', 'schoolwise'), 'behind');
  assert.equal(status('mijn-streek', 'taalhuizen-gecertificeerd'), 'reached');
  // Only one goal waits for its first measurement after the baseline: low digital skills in Drenthe.
  const all = Object.keys(feeds).flatMap((name) =>
    (feeds[name as keyof typeof feeds].goals ?? []).map((g) => [g.id, status(name as keyof typeof feeds, g.id)]),
  );
  assert.deepEqual(all.filter(([, s]) => s === 'no-data' || s === undefined), [['digitale-vaardigheden', 'no-data']]);
  for (const theme of ['literate-society', 'information-society', 'lifelong-development', 'robust-library']) {
    for (const [name, f] of Object.entries(feeds)) assert.ok(f.goals?.some((g) => g.theme === theme), `${name}: a goal for ${theme}`);
  }
});

test('the complete example in docs/feed.md passes without errors or warnings', () => {
  const guide = readFileSync(new URL('../../../docs/feed.md', import.meta.url), 'utf8');
  const section = guide.slice(guide.indexOf('## A complete example'));
  const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  assert.ok(json, 'the guide has an example');
  const r = parseFeed(json);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.deepEqual(r.model.problems, []);
  assert.equal(r.model.feed.branches?.length, 2);
  assert.equal(r.model.feed.activities?.length, 3);
  // Every value the guide lists for an enum is one the schema allows, and the other way round.
  const schema = JSON.parse(readFileSync(new URL('../schema/feed-v1.schema.json', import.meta.url), 'utf8'));
  const defs = schema.$defs;
  const enums: string[][] = [
    defs.theme.enum,
    defs.wsobFunction.enum,
    defs.audience.enum,
    defs.branch.properties.kind.enum,
    defs.hoursLayer.properties.kind.enum,
    defs.hoursLayer.properties.service.enum,
    defs.hoursException.properties.status.enum,
    defs.kpi.properties.unit.enum,
    defs.kpi.properties.level.enum,
    defs.activity.properties.status.enum,
    defs.schoolHolidayRegion.enum,
    defs.schoolHolidayKind.enum,
    defs.closure.properties.layers.items.enum,
    defs.stop.properties.weeks.enum,
    defs.activity.properties.attendanceMode.enum,
    defs.activity.properties.schoolHolidays.enum,
    defs.agent.properties.kind.enum,
    defs.kpi.properties.derived.properties.per.enum,
    Object.keys(defs.facilities.properties),
  ];
  for (const value of enums.flat()) assert.ok(guide.includes(`\`${value}\``), `the guide explains "${value}"`);
});

// ---- Zuid-Kennemerland (Heemstede) ---------------------------------------------------------------
test('Zuid-Kennemerland: Plein 1 is staffed exactly 38.5 hours a week and open wider by self-service', () => {
  const f = feeds['zuid-kennemerland'];
  assert.deepEqual(codes(f), ['GM0397']);
  const plein1 = branch(f, 'plein-1');
  const staffed = layer(plein1, 'staffed')!;
  const building = layer(plein1, 'building')!;
  assert.equal(weeklyHours(staffed), 38.5);
  assert.equal(weeklyHours(building), 70.5);
  assert.equal(latest(kpi(f, 'bemande-uren-plein-1')).value, weeklyHours(staffed));
  assert.equal(latest(kpi(f, 'open-uren-plein-1')).value, weeklyHours(building));
  assert.deepEqual(plein1.hours?.filter((l) => l.kind === 'desk').map((l) => l.service), ['ido', 'taalhuis']);
  // The staff day closes the staffed layer only: the building stays open for self-service.
  const teamdag = staffed.exceptions?.find((e) => /Teamdag/.test(JSON.stringify(e.note)));
  assert.equal(teamdag?.status, 'closed');
  assert.equal(building.exceptions?.find((e) => e.date === teamdag!.date), undefined);
  assert.match(layer(plein1, 'desk')!.exceptions![0]!.date, /-12-24$/);
  assert.equal(plein1.hours?.find((l) => l.service === 'taalhuis')?.exceptions?.[0]?.status, 'appointment');
  // Summer hours for self-service, the school library closed in the school holidays.
  assert.deepEqual(building.seasons?.map((x) => [x.validFrom!.slice(5), x.validThrough!.slice(5)]), [['07-01', '08-31']]);
  assert.equal(branch(f, 'haemstede-barger').hours![0]!.seasons![0]!.schoolHolidays, true);
  assert.equal(plein1.facilities?.studyPlaces, 40);
});

test('Zuid-Kennemerland: the SOOB goal of 100% active reach of 0-18 year olds, behind schedule', () => {
  const f = feeds['zuid-kennemerland'];
  const soob = kpi(f, 'actief-bereik-0-18');
  assert.equal(soob.target?.value, 100);
  assert.equal(soob.unit, 'percent');
  assert.equal(goal(f, 'soob-100-procent').target?.kpi, soob.id);
  // Halfway through (2017 → 2027) the straight line would be far above 68%.
  assert.equal(latest(soob).value, 68);
  // The summer reading goal is reached, before its deadline.
  const zomer = goal(f, 'zomerlezen').target!;
  assert.ok(latest(kpi(f, 'zomerlezers')).value >= zomer.value);
  // Measured at the start and the end of the year, as agreed with the municipality.
  assert.deepEqual(kpi(f, 'jeugdleden').series.map((m) => m.period), ['2024-01', '2024-12', '2025-01', '2025-12', '2026-01']);
  // A sole municipality sees the organisation-wide KPIs on its own site.
  assert.equal(scopeFeed(f, 'GM0397').kpis?.length, f.kpis?.length);
});

// ---- KopGroep ------------------------------------------------------------------------------------
test('KopGroep serves the four municipalities of the Noordkop', () => {
  const f = feeds.kopgroep;
  assert.deepEqual(codes(f), ['GM0400', 'GM0441', 'GM0448', 'GM1911']);
  assert.deepEqual(
    f.organization.municipalities.map((m) => m.name),
    ['Den Helder', 'Hollands Kroon', 'Schagen', 'Texel'],
  );
  assert.equal(kpi(f, 'laaggeletterdheid-noordkop').series[0]?.value, 12);
  assert.equal(kpi(f, 'laaggeletterdheid-noordkop').direction, 'lower');
  const kinds = new Set(f.branches?.map((b) => b.kind));
  for (const k of ['branch', 'service-point', 'school-library', 'pickup-point']) assert.ok(kinds.has(k as Branch['kind']), k);
});

test('KopGroep: +25% Taalhuis visits by low-literate adults was due end 2025 and missed', () => {
  const f = feeds.kopgroep;
  const g = goal(f, 'taalhuis-plus-25').target!;
  assert.equal(g.value, g.baseline.value * 1.25);
  assert.ok(g.deadline < TODAY);
  const k = kpi(f, g.kpi!);
  const atDeadline = k.series.find((m) => m.period === '2025')!.value;
  assert.ok(atDeadline < g.value, `${atDeadline} < ${g.value}`);
  assert.equal(Math.round(((atDeadline - g.baseline.value) / g.baseline.value) * 100), 18);
  // The SchoolWise milestone is overdue: not done, due before today.
  const overdue = goal(f, 'schoolwise').milestones!.filter((m) => !m.done && m.due < TODAY);
  assert.equal(overdue.length, 1);
  // The funding-gap goal's current value is the gap between the municipalities' 2025 figures.
  const per = (slug: string) => kpi(f, `subsidie-per-inwoner-${slug}`).series.find((m) => m.period === '2025')!.value;
  const gap = Math.max(per('texel'), per('den-helder')) - Math.min(per('schagen'), per('hollands-kroon'));
  assert.equal(goal(f, 'subsidiegat').target?.current?.value, Math.round(gap * 100) / 100);
});

// ---- Mijn Streek ---------------------------------------------------------------------------------
test('Mijn Streek: the opening-hours KPIs add up to the hours in the feed', () => {
  const f = feeds['mijn-streek'];
  assert.deepEqual(codes(f), ['GM0899', 'GM0928', 'GM0965', 'GM0986']);
  const open = f.branches!.reduce((sum, b) => sum + weeklyHours(doorLayer(b)!), 0);
  const ido = f.branches!.flatMap((b) => b.hours ?? []).filter((l) => l.service === 'ido').reduce((s, l) => s + weeklyHours(l), 0);
  assert.equal(open, 329.5);
  assert.equal(latest(kpi(f, 'openingsuren-per-week')).value, open);
  assert.equal(latest(kpi(f, 'ido-uren-per-week')).value, ido);
  // Opening hours went up since the 2024 SPUK grant, and the goal runs to the end of the plan.
  const series = kpi(f, 'openingsuren-per-week').series.map((m) => m.value);
  assert.deepEqual([...series].sort((a, b) => a - b), series);
  assert.equal(goal(f, 'ruimere-openingstijden').target?.deadline, '2028-12-31');
  // The IDO-hours goal is reached: the target equals what the feed's desks offer now.
  assert.equal(goal(f, 'ido-uren-uitbreiden').target?.value, ido);
  // Every branch closes for carnival, set once for the organisation: the Monday and Tuesday after carnival Sunday.
  const carnival = f.organization.closures!.find((c) => /carnaval/i.test(JSON.stringify(c.note)))!;
  const monday = parseDate(carnival.date)!;
  assert.equal(new Date(Date.UTC(monday.year, monday.month - 1, monday.day)).getUTCDay(), 1, 'carnival Monday');
  assert.equal(carnival.until, isoDate(addDays(monday, 1)));
  const closed = f.branches!.filter((b) => b.hours?.length && new BranchHours(b, f.organization).doors!.day(monday).segments.length === 0);
  assert.equal(closed.length, f.branches!.filter((b) => b.hours?.length).length);
  // The regional figures are about Parkstad Limburg, seven municipalities, and shown on each of the four sites.
  assert.deepEqual(kpi(f, 'eenzaamheid-parkstad').scope, { region: 'Parkstad Limburg', municipalities: ['GM0917', 'GM0928', 'GM0882', 'GM0899', 'GM0965', 'GM0986', 'GM1954'] });
  for (const m of codes(f)) assert.ok(scopeFeed(f, m).kpis!.some((k) => k.id === 'eenzaamheid-parkstad'), m);
  // Appointment hours of the Informatiepunt as part of its week.
  assert.ok(branch(f, 'hub-kerkrade').hours!.some((l) => l.service === 'ido' && l.byAppointment));
  // The SPUK-funded wider hours at the HuB: a season from a date on, after which the week is longer.
  const hub = layer(branch(f, 'hub-kerkrade'), 'building')!;
  assert.ok(weeklyHours({ ...hub, weekly: hub.seasons![0]!.weekly }) > weeklyHours(hub));
  assert.ok(f.branches!.some((b) => b.hours?.some((l) => l.service === 'digitaalhuis')));
});

test('Mijn Streek: Empowerment 40+, 13,000 to 26,000 users, the Informatiepunt overdue in Simpelveld', () => {
  const f = feeds['mijn-streek'];
  const empowerment = kpi(f, 'empowerment-deelnemers');
  assert.ok(empowerment.series.find((m) => m.period === '2024')!.value > 40);
  const users = goal(f, 'verbonden-gebruikers-26000').target!;
  assert.deepEqual([users.baseline.value, users.value], [13000, 26000]);
  assert.equal(goal(f, 'taalhuizen-gecertificeerd').milestones?.every((m) => m.done && m.doneOn! <= '2025-12-31'), true);
  const ido = goal(f, 'informatiepunt-elke-gemeente').milestones!;
  assert.deepEqual(ido.filter((m) => !m.done && m.due < TODAY).map((m) => m.title), ['Simpelveld']);
  assert.ok(f.activities!.some((a) => /Parkstad in Gesprek/.test(JSON.stringify(a.title))));
  assert.equal(kpi(f, 'eenzaamheid-parkstad').series[0]?.value, 47);
  assert.equal(kpi(f, 'laaggeletterdheid-kerkrade').scope?.municipalities?.[0], 'GM0928');
});

// ---- Bind (Biblionet Drenthe) --------------------------------------------------------------------
test('Bind serves nine municipalities and publishes the Drenthe figures of its strategy', () => {
  const f = feeds.bind;
  assert.deepEqual(codes(f), ['GM0109', 'GM0119', 'GM1680', 'GM1681', 'GM1690', 'GM1699', 'GM1701', 'GM1730', 'GM1731']);
  assert.equal(kpi(f, 'leesplezier-6-jaar').series[0]?.value, 81);
  assert.equal(kpi(f, 'leesplezier-12-jaar').series[0]?.value, 57);
  const lower = (id: string) => {
    const k = kpi(f, id);
    assert.equal(k.direction, 'lower', id);
    return k.series[0]?.value;
  };
  assert.deepEqual([lower('laaggeletterdheid-drenthe'), lower('lage-digitale-vaardigheden'), lower('eenzaamheid-drenthe')], [12, 20, 40]);
  const impact = goal(f, 'impact-monitoring').milestones!;
  assert.ok(impact.some((m) => /impactreflectie/.test(JSON.stringify(m.title)) && m.due === '2026-12-31' && !m.done));
  // Every hours-exception status appears in the feed.
  const statuses = new Set(f.branches!.flatMap((b) => b.hours ?? []).flatMap((l) => l.exceptions ?? []).map((e) => e.status));
  assert.deepEqual([...statuses].sort(), ['appointment', 'closed', 'open', 'unknown']);
  assert.ok(f.activities!.some((a) => a.location?.online && a.attendanceMode === 'online' && a.onlineUrl));
  // The bibliobus: stops in three municipalities, with their timetable, one every other week.
  const bus = branch(f, 'bibliobus');
  assert.equal(bus.kind, 'mobile-library');
  assert.ok(bus.stops!.length >= 5 && bus.stops!.every((s) => s.geo && Object.keys(s.weekly).length));
  assert.deepEqual([...new Set(bus.stops!.map((s) => s.municipality))].sort(), ['GM1690', 'GM1701', 'GM1731']);
  assert.ok(bus.stops!.some((s) => s.weeks));
  const visits = new MobileLibraryHours(bus, f.organization).visits(atGenerated(f), { days: 14 });
  assert.ok(visits.length >= 8, `${visits.length} visits in two weeks`);
  // The new service point opens on a date after the build day: closed before, open after.
  const westerbork = new BranchHours(branch(f, 'westerbork'), f.organization);
  const opening = parseDate(branch(f, 'westerbork').hours![0]!.seasons![0]!.validFrom!)!;
  assert.ok(dayNumber(opening) > dayNumber(generatedDay(f)));
  assert.equal(westerbork.hoursInWeek(addDays(opening, -7)).reduce((s, x) => s + x.hours, 0), 0);
  assert.ok(westerbork.hoursInWeek(addDays(opening, 7))[0]!.hours > 0);
  // The Bind staff day, once for every branch, closes only the staffed layers and desks.
  assert.deepEqual(f.organization.closures!.map((c) => c.layers), [['staffed', 'desk']]);
});

/**
 * The "open now" precompute (src/hours/precompute.ts) against the plain evaluation of the engine, minute by
 * minute over whole years: for every minute of 2026 (and 2027 for the branch built to hit the edges), the
 * precomputed status equals `BranchHours.status` at that minute, and so does the sentence residents read.
 * Meanwhile the engine is asked only when a change is due: a few times a day, not 525,600 times a year.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Branch, Feed } from '../src/generated/feed-types.js';
import { BranchHours, PrecomputedStatus, StatusBoard, describeStatus, statusUntil, type BranchStatus } from '../src/hours/index.js';
import { fromWall } from '../src/time/amsterdam.js';

const feed = JSON.parse(readFileSync(new URL('../../../test/fixtures/hours-feed.json', import.meta.url), 'utf8')) as Feed;
const MINUTE = 60_000;

/** A branch made to hit the edges: staff before the doors open and after they close, hours touching
 * midnight, the DST nights inside opening hours, appointment and unknown stretches, a closed week and a
 * holiday rule of its own. */
const EDGES: Branch = {
  id: 'randen',
  name: 'Randgevallen',
  kind: 'branch',
  municipality: 'GM0397',
  hours: [
    {
      id: 'gebouw',
      kind: 'building',
      selfService: true,
      weekly: {
        mo: ['07:00-24:00'],
        tu: ['00:00-02:00', '07:00-12:00', '12:00-22:00'],
        we: ['09:00-17:00'],
        th: ['09:00-12:00', '13:00-21:00'],
        fr: ['09:00-17:00'],
        sa: ['01:00-04:00', '10:00-16:00'],
        su: ['00:00-24:00'],
      },
      holidays: { rule: 'open' },
      exceptions: [
        { date: '2026-03-29', status: 'open', hours: ['01:30-03:30'], note: 'Zomertijd' },
        { date: '2026-10-25', status: 'open', hours: ['01:30-03:30'], note: 'Wintertijd' },
        { date: '2026-06-01', until: '2026-06-07', status: 'closed', note: 'Verbouwing' },
        { date: '2026-06-03', status: 'unknown', note: 'Misschien open' },
        { date: '2026-09-15', status: 'appointment', hours: ['10:00-12:00', '14:00-16:00'], note: 'Alleen op afspraak' },
        { date: '2027-03-28', status: 'open', hours: ['02:00-03:00'] },
      ],
    },
    {
      id: 'bemand',
      kind: 'staffed',
      weekly: { mo: ['06:00-09:00', '14:00-17:00'], tu: ['10:00-23:00'], we: ['09:00-17:00'], th: ['12:00-14:00'], fr: ['16:00-18:00'], sa: ['10:00-12:00'] },
      exceptions: [{ date: '2026-12-24', status: 'appointment', hours: ['09:00-11:00'] }],
    },
    { id: 'ido', kind: 'desk', service: 'ido', weekly: { we: ['10:00-12:00'] } },
  ],
};

/** What a status says, as plain values (today's day by value: the two evaluations cache days apart). */
function plain(s: BranchStatus): unknown {
  return {
    state: s.state,
    staffed: s.staffed,
    selfService: s.selfService,
    change: s.change && [s.change.at, s.change.state],
    nextOpen: s.nextOpen,
    nextOpenState: s.nextOpenState,
    staffedUntil: s.staffedUntil,
    staffedFrom: s.staffedFrom,
    today: s.today && [s.today.date, s.today.source, s.today.segments, s.today.exception, s.today.holiday?.id],
  };
}

/** The same as comparing `plain()`, fast (a year has 525,600 minutes); `plain()` explains a difference. */
function same(a: BranchStatus, b: BranchStatus): boolean {
  if (
    a.state !== b.state ||
    a.staffed !== b.staffed ||
    a.selfService !== b.selfService ||
    a.change?.at !== b.change?.at ||
    a.change?.state !== b.change?.state ||
    a.nextOpen !== b.nextOpen ||
    a.nextOpenState !== b.nextOpenState ||
    a.staffedUntil !== b.staffedUntil ||
    a.staffedFrom !== b.staffedFrom
  ) {
    return false;
  }
  const x = a.today;
  const y = b.today;
  if (x === y) return true;
  if (!x || !y || x.source !== y.source || x.exception !== y.exception || x.holiday?.id !== y.holiday?.id) return false;
  if (x.date.year !== y.date.year || x.date.month !== y.date.month || x.date.day !== y.date.day) return false;
  return x.segments.length === y.segments.length && x.segments.every((s, i) => s.from === y.segments[i]!.from && s.to === y.segments[i]!.to && s.state === y.segments[i]!.state);
}

/** Counts the engine's evaluations. */
class CountingHours extends BranchHours {
  calls = 0;
  override status(t: number): BranchStatus {
    this.calls++;
    return super.status(t);
  }
}

function walkYear(branch: Branch, year: number, organization = feed.organization): { minutes: number; evaluations: number } {
  const reference = new BranchHours(branch, organization);
  const counting = new CountingHours(branch, organization);
  const precomputed = new PrecomputedStatus(counting);
  const from = fromWall(year, 1, 1);
  const to = fromWall(year + 1, 1, 1);
  let minutes = 0;
  let checked: BranchStatus | undefined;
  let day = -1;
  for (let t = from; t < to; t += MINUTE, minutes++) {
    const expected = reference.status(t);
    const got = precomputed.at(t);
    if (!(t >= got.from && t < got.until)) assert.fail(`${branch.id} at ${new Date(t).toISOString()}: outside its stretch`);
    if (!same(got.status, expected)) assert.deepEqual(plain(got.status), plain(expected), `${branch.id} at ${new Date(t).toISOString()}`);
    // The sentence residents read: for each stretch and each day (within both it is a function of the two).
    const today = Math.floor((t - from) / 86_400_000);
    if (got.status !== checked || today !== day) {
      assert.equal(describeStatus(got.status, t, 'nl'), describeStatus(expected, t, 'nl'), `${branch.id} at ${new Date(t).toISOString()}: the sentence`);
      checked = got.status;
      day = today;
    }
    // Prepare the next stretch now and then, as a page does when idle.
    if (minutes % 7 === 0) precomputed.prepare();
  }
  return { minutes, evaluations: counting.calls };
}

const withHours = [...feed.branches!.filter((b) => b.hours?.length), EDGES];

for (const branch of withHours) {
  test(`precomputed "open now" of ${branch.id} equals the plain evaluation every minute of 2026`, () => {
    const { minutes, evaluations } = walkYear(branch, 2026);
    assert.equal(minutes, 525_600);
    // A few evaluations a day (each change, each midnight, each prepared stretch), not one a minute.
    assert.ok(evaluations < 365 * 16, `${evaluations} evaluations`);
    assert.ok(evaluations >= 365, `${evaluations} evaluations: at least one a day`);
  });
}

test('precomputed "open now" of the edge branch equals the plain evaluation every minute of 2027', () => {
  const { minutes } = walkYear(EDGES, 2027);
  assert.equal(minutes, 525_600);
});

// Seasons (summer hours, new hours from a date), appointment hours in the week, closures for every branch
// and the school holidays (test/fixtures/additions-feed.json): the precompute asks the same engine.
const additions = JSON.parse(readFileSync(new URL('../../../test/fixtures/additions-feed.json', import.meta.url), 'utf8')) as Feed;
for (const branch of additions.branches!.filter((b) => b.hours?.some((l) => l.seasons || l.byAppointment))) {
  test(`precomputed "open now" of ${branch.id} (seasons, appointments, closures) equals the plain evaluation every minute of 2027`, () => {
    const { minutes } = walkYear(branch, 2027, additions.organization);
    assert.equal(minutes, 525_600);
  });
}

test('a clock that jumps back, or far ahead, gets a fresh status', () => {
  const hours = new BranchHours(EDGES, feed.organization);
  const p = new PrecomputedStatus(hours);
  const noon = fromWall(2026, 11, 25, 12, 0);
  const a = p.at(noon);
  assert.equal(p.at(noon + 5 * MINUTE), a, 'reused within its stretch');
  const before = p.at(noon - 4 * 3_600_000);
  assert.notEqual(before, a);
  assert.deepEqual(plain(before.status), plain(hours.status(noon - 4 * 3_600_000)));
  const later = p.at(noon + 40 * 86_400_000);
  assert.deepEqual(plain(later.status), plain(hours.status(noon + 40 * 86_400_000)));
});

test('a prepared stretch starts exactly at the change and is used when it is due', () => {
  const hours = new CountingHours(EDGES, feed.organization);
  const p = new PrecomputedStatus(hours);
  // Wednesday 2026-11-25 09:30: open and staffed until 17:00, when the doors close.
  const t = fromWall(2026, 11, 25, 9, 30);
  const now = p.at(t);
  assert.equal(now.status.state, 'open');
  assert.equal(now.until, fromWall(2026, 11, 25, 17, 0));
  const prepared = p.prepare();
  assert.equal(prepared?.from, now.until);
  assert.equal(p.prepare(), undefined, 'prepared once');
  const calls = hours.calls;
  const next = p.at(now.until + MINUTE);
  assert.equal(hours.calls, calls, 'no evaluation when the change is due');
  assert.equal(next.from, now.until);
  assert.equal(next.status.state, 'closed');
  assert.equal(describeStatus(next.status, now.until + MINUTE, 'nl'), 'Gesloten · opent morgen om 09:00');
});

test('statusUntil: the next midnight bounds every stretch', () => {
  const hours = new BranchHours(feed.branches!.find((b) => b.id === 'noord')!, feed.organization);
  const t = fromWall(2026, 3, 28, 15, 0);
  assert.equal(statusUntil(hours.status(t), t), fromWall(2026, 3, 29, 0, 0));
});

test('a board of 1,300 branches: statuses in order, the first change due, preparing in slices', () => {
  const templates = feed.branches!;
  const branches = Array.from({ length: 1300 }, (_, i) => ({ ...(i % 7 === 6 ? EDGES : templates[i % templates.length]!), id: `b${i}` }));
  const board = new StatusBoard(branches.map((b) => new BranchHours(b, feed.organization)));
  const t = fromWall(2026, 11, 23, 9, 55);
  const first = board.at(t);
  assert.equal(first.length, 1300);
  assert.deepEqual(first.map((s) => s.status.state), branches.map((b) => new BranchHours(b, feed.organization).status(t).state));
  assert.equal(board.nextDue, Math.min(...first.map((s) => s.until)));
  const due = board.nextDue!;
  assert.ok(due > t && due <= fromWall(2026, 11, 24, 0, 0), 'due today');
  let slices = 0;
  let budget = 0;
  const heard = new Set<number>();
  while (!board.prepare(() => budget++ % 200 !== 199, (i, stretch) => {
    heard.add(i);
    assert.equal(stretch.from, first[i]!.until);
  })) slices++;
  assert.equal(slices, 6, 'prepared 200 at a time');
  assert.equal(heard.size, 1300, "each branch's next stretch made once");
  const again = board.at(t + MINUTE);
  assert.ok(again.every((s, i) => s === first[i]), 'nothing changed a minute later');
  const after = board.at(due);
  assert.ok(after.some((s, i) => s !== first[i]), 'a branch changed when due');
  assert.ok(after.every((s) => s.from === due || s.until > due));
  assert.deepEqual(after.map((s) => plain(s.status)), branches.map((b) => plain(new BranchHours(b, feed.organization).status(due))));
});

test('a board makes each branch\'s hours only when its status is first asked for', () => {
  const templates = feed.branches!;
  const made: number[] = [];
  const board = new StatusBoard(templates.map((b, i) => () => (made.push(i), new BranchHours(b, feed.organization))));
  assert.deepEqual(made, [], 'nothing made up front');
  const t = fromWall(2026, 11, 23, 9, 55);
  const second = board.branches[1]!.at(t);
  assert.deepEqual(made, [1]);
  assert.deepEqual(plain(second.status), plain(new BranchHours(templates[1]!, feed.organization).status(t)));
  board.branches[1]!.at(t + MINUTE);
  assert.deepEqual(made, [1], 'made once');
  board.at(t);
  assert.deepEqual([...made].sort((a, b) => a - b), templates.map((_, i) => i));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed, parseFeedInSlices } from '../src/validate.js';
import { safeUrl } from '../src/text.js';
import { buildCorpus } from '../../../test/bad-feeds/corpus.js';
import type { FeedModel, FeedProblem } from '../src/types.js';

const mini = () => JSON.parse(readFileSync(new URL('../../../test/fixtures/mini-feed.json', import.meta.url), 'utf8'));

function ok(input: unknown): FeedModel {
  const r = parseFeed(input);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.model;
}
const at = (problems: FeedProblem[], path: string) => problems.find((p) => p.path === path);

test('a valid feed passes without problems and is not changed in place', () => {
  const input = mini();
  const before = JSON.stringify(input);
  const model = ok(input);
  assert.deepEqual(model.problems, []);
  assert.equal(model.feed.branches?.length, 2);
  assert.equal(JSON.stringify(input), before);
});

test('JSON text, a byte-order mark and whitespace are read', () => {
  const model = ok('\uFEFF  ' + JSON.stringify(mini()));
  assert.equal(model.feed.organization.id, 'bieb-test');
});

test('what is not a feed is refused with the reason', () => {
  const cases: [unknown, string, RegExp][] = [
    ['{"version": 1, "organization": ', 'not-json', /not valid JSON/],
    ['<!doctype html><title>404</title>', 'html', /HTML page/],
    ['[]', 'not-a-feed', /JSON array/],
    [[mini()], 'not-a-feed', /JSON array/],
    ['null', 'not-a-feed', /null/],
    [42, 'not-a-feed', /number/],
    [{ version: 2, organization: mini().organization }, 'version', /version 2/],
    [{ version: 1 }, 'not-a-feed', /missing required field "organization"/],
    [{ version: 1, organization: { id: 'x', name: 'X', municipalities: [] } }, 'not-a-feed', /municipalities must have at least 1/],
    [{ ...mini(), branches: {} }, 'not-a-feed', /\/branches must be an array/],
  ];
  for (const [input, kind, message] of cases) {
    const r = parseFeed(input, { url: 'https://bieb.example.nl/feed.json' });
    assert.equal(r.ok, false, `${JSON.stringify(input).slice(0, 60)} should be refused`);
    if (!r.ok) {
      assert.equal(r.error.kind, kind);
      assert.match(r.error.message, message);
      assert.match(r.error.message, /bieb\.example\.nl\/feed\.json/);
    }
  }
});

test('an invalid item is dropped and named by its JSON Pointer; the rest is kept', () => {
  const feed = mini();
  feed.kpis[0].series[1].value = 'NaN';
  feed.activities[1].start = 'morgen';
  feed.branches[1].kind = 'castle';
  const model = ok(feed);
  assert.deepEqual(model.feed.kpis?.map((k) => k.id), ['bezoek-haarlem']);
  assert.deepEqual(model.feed.activities?.map((a) => a.id), ['taalcafe']);
  assert.deepEqual(model.feed.branches?.map((b) => b.id), ['plein-1']);
  assert.match(at(model.problems, '/kpis/0/series/1/value')!.message, /must be a number; KPI "bezoek-heemstede" left out/);
  assert.match(at(model.problems, '/activities/1/start')!.message, /left out/);
  assert.match(at(model.problems, '/branches/1/kind')!.message, /must be one of "branch"/);
  assert.ok(model.problems.every((p) => p.severity === 'error'));
});

test('unknown fields and unsafe links are removed with a warning, the item kept', () => {
  const feed = mini();
  Object.assign(feed.activities[0], { url: 'javascript:alert(1)', colour: 'red' });
  feed.activities[0].registration = { required: true, url: 'data:text/html,<script>alert(1)</script>' };
  feed.organization.website = 'ftp://bieb.example.nl';
  feed.extra = true;
  const model = ok(feed);
  const a = model.feed.activities?.[0] as unknown as Record<string, unknown>;
  assert.equal(a['url'], undefined);
  assert.equal(a['colour'], undefined);
  assert.deepEqual(a['registration'], { required: true });
  assert.equal(model.feed.organization.website, undefined);
  for (const path of ['/activities/0/url', '/activities/0/colour', '/activities/0/registration/url', '/organization/website', '/extra']) {
    assert.equal(at(model.problems, path)?.severity, 'warning', path);
  }
});

test('a mistyped phone number or e-mail address is removed, not the organisation or branch that has it', () => {
  const feed = mini();
  feed.organization.contact = { phone: 'bel ons!', email: 'info@bieb.example.nl' };
  feed.branches[0].contact = { email: 'geen adres' };
  const model = ok(feed);
  assert.deepEqual(model.feed.organization.contact, { email: 'info@bieb.example.nl' });
  assert.deepEqual(model.feed.branches?.[0]?.contact, {});
  assert.match(at(model.problems, '/organization/contact/phone')!.message, /the phone was removed/);
  assert.match(at(model.problems, '/branches/0/contact/email')!.message, /the email was removed/);
});

test('a recurrence rule outside the supported subset is named, and the activity kept as a single one', () => {
  const feed = mini();
  feed.activities[0].recurrence = { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=5;UNTIL=20270101' };
  feed.activities[1].recurrence = { rrule: 'FREQ=WEEKLY;BYDAY=2TU' };
  const model = ok(feed);
  assert.equal(model.feed.activities?.length, 2);
  assert.match(at(model.problems, '/activities/0/recurrence/rrule')!.message, /COUNT and UNTIL cannot both be set; the activity is shown once/);
  assert.match(at(model.problems, '/activities/1/recurrence/rrule')!.message, /needs FREQ=MONTHLY/);
});

test('markup in text stays text: the validator keeps it verbatim for safe rendering', () => {
  const feed = mini();
  feed.activities[0].title = '<img src=x onerror=alert(1)>';
  const model = ok(feed);
  assert.equal(model.feed.activities?.[0]?.title, '<img src=x onerror=alert(1)>');
});

test('checks the schema cannot make', () => {
  const feed = mini();
  feed.activities.push({ id: 'taalcafe', title: 'Dubbel', start: '2026-12-01T10:00' });
  feed.activities.push({ id: 'feb30', title: 'Bestaat niet', start: '2027-02-30' });
  feed.activities.push({ id: 'gap', title: 'Zomertijd', start: '2026-03-29T02:30', end: '2026-03-29T04:00' });
  feed.activities.push({ id: 'back', title: 'Achteruit', start: '2026-12-01T10:00', end: '2026-12-01T09:00' });
  feed.activities.push({ id: 'mixed', title: 'Gemengd', start: '2026-12-01', end: '2026-12-01T09:00' });
  feed.activities.push({ id: 'nowhere', title: 'Waar?', start: '2026-12-01T10:00', branch: 'atlantis' });
  feed.kpis[0].series.push({ period: '2025', value: 1 });
  feed.kpis[1].scope = { branches: ['atlantis'] };
  feed.branches[0].hours[1].weekly.we = ['17:00-09:00', '10:00-12:00'];
  feed.branches[0].hours[1].exceptions = [{ date: '2026-02-29', status: 'closed' }, { date: '2026-12-24', status: 'open', hours: ['10:00-16:00'] }];
  feed.goals = [
    { id: 'g1', title: 'Beide', theme: 'literate-society', target: { baseline: { value: 1, date: '2025-01-01' }, value: 2, deadline: '2026-01-01' }, milestones: [{ title: 'm', due: '2026-01-01' }] },
    { id: 'g2', title: 'Geen KPI', theme: 'literate-society', target: { kpi: 'onbekend', baseline: { value: 1, date: '2025-01-01' }, value: 2, deadline: '2026-01-01' } },
    { id: 'g3', title: 'Terug in de tijd', theme: 'literate-society', target: { baseline: { value: 1, date: '2026-01-01' }, value: 2, deadline: '2025-01-01' } },
  ];
  const model = ok(feed);
  const ids = model.feed.activities?.map((a) => a.id);
  assert.deepEqual(ids, ['taalcafe', 'lezing', 'gap', 'nowhere']);
  assert.match(at(model.problems, '/activities/2/id')!.message, /duplicate id "taalcafe"/);
  assert.match(at(model.problems, '/activities/3/start')!.message, /2027-02-30 is not a real date/);
  assert.match(at(model.problems, '/activities/4/start')!.message, /does not exist in Amsterdam/);
  assert.match(at(model.problems, '/activities/5/end')!.message, /ends \(2026-12-01T09:00\) before it starts/);
  assert.match(at(model.problems, '/activities/6/end')!.message, /both be dates or both be date-times/);
  assert.equal(model.feed.activities?.[3]?.branch, undefined);
  assert.match(at(model.problems, '/activities/7/branch')!.message, /branch "atlantis" does not exist/);
  assert.deepEqual(model.feed.kpis?.[0]?.series.map((m) => m.value), [101000, 108250]);
  assert.match(at(model.problems, '/kpis/0/series/2')!.message, /second measurement for 2025/);
  assert.equal(at(model.problems, '/kpis/1/scope/branches/0')?.severity, 'warning');
  assert.deepEqual(model.feed.branches?.[0]?.hours?.[1]?.weekly.we, ['10:00-12:00']);
  assert.equal(model.feed.branches?.[0]?.hours?.[1]?.exceptions?.length, 1);
  assert.deepEqual(model.feed.goals?.map((g) => g.id), ['g2']);
  assert.match(at(model.problems, '/goals/0')!.message, /not both/);
  assert.equal(model.feed.goals?.[0]?.target?.kpi, undefined);
  assert.match(at(model.problems, '/goals/2/target/deadline')!.message, /not after the baseline/);
});

test('absurd numbers are refused, not shown', () => {
  const feed = mini();
  feed.kpis[0].series[0].value = 1e308;
  feed.activities[0].price = { amount: -5 };
  const model = ok(feed);
  assert.deepEqual(model.feed.kpis?.map((k) => k.id), ['bezoek-haarlem']);
  assert.match(at(model.problems, '/kpis/0/series/0/value')!.message, /must be <= 1000000000000/);
  assert.match(at(model.problems, '/activities/0/price/amount')!.message, /must be >= 0/);
});

test('a 10 MB feed validates in reasonable time', () => {
  const feed = mini();
  const template = feed.activities[1];
  feed.activities = Array.from({ length: 40_000 }, (_, i) => ({
    ...template,
    id: `a${i}`,
    title: `Activiteit ${i} met een wat langere titel zodat het bestand groot wordt`,
    description: 'Beschrijving '.repeat(12),
  }));
  const text = JSON.stringify(feed);
  assert.ok(text.length > 10_000_000, `size ${text.length}`);
  const model = ok(text);
  assert.equal(model.feed.activities?.length, 40_000);
  assert.deepEqual(model.problems, []);
});

test('links come out as the URL parser writes them, whether or not they needed a parse', () => {
  const links = [
    'https://www.bibliotheek.nl/agenda/taalcafe?x=1&y=2#top',
    'http://example.nl/',
    'https://Example.nl/a',
    'https://example.nl',
    'https://example.nl:443/a',
    'https://example.nl/a/../b',
    'https://example.nl/a/./b',
    'https://example.nl/%2e%2e/b',
    'https://127.0.0.1/a',
    'https://1.2/a',
    'https://a.b.c/a%20b',
    "https://x.nl/a?b='c'",
    "https://x.nl/a#'b'",
    'https://x.nl/a%2fb',
    'https://x.nl/é',
    'https://xn--bcher-kva.example/',
    'https://x.nl/a|b',
    'https://x.nl/{a}',
    'https://x.nl/a?q=<b>',
    'https://x.nl/..',
    'https://x.nl/a/..',
    'https://x.nl/a#..',
  ];
  const mini = JSON.parse(readFileSync(new URL('../../../test/fixtures/mini-feed.json', import.meta.url), 'utf8')) as { activities: Record<string, unknown>[] };
  mini.activities = links.map((url, i) => ({ ...mini.activities[0], id: `link-${i}`, url }));
  const r = parseFeed(JSON.stringify(mini));
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.deepEqual(r.model.feed.activities!.map((a) => a.url), links.map((l) => new URL(l).href));
  for (const link of [...links, 'HTTPS://X.NL/A']) assert.equal(safeUrl(link), new URL(link).href, link);
});

test('validating in slices gives the same model and problems as at once, and hands the thread back between slices', async () => {
  const base = JSON.parse(readFileSync(new URL('../../../demo/feeds/kopgroep.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const texts = [JSON.stringify(base), ...buildCorpus(base).map((c) => (typeof c.feed === 'string' ? c.feed : JSON.stringify(c.feed)))];
  let turns = 0;
  const count = setInterval(() => turns++, 0);
  try {
    for (const text of texts) {
      const whole = parseFeed(text, { now: 1 });
      const sliced = await parseFeedInSlices(text, { now: 1 }, 0);
      assert.deepEqual(sliced, whole);
    }
  } finally {
    clearInterval(count);
  }
  assert.ok(turns > 0, 'other tasks ran meanwhile');
});

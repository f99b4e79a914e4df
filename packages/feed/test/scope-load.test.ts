import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scopeFeed } from '../src/scope.js';
import { FeedResource, type FeedState } from '../src/load.js';
import { parseFeed } from '../src/validate.js';
import type { Feed } from '../src/types.js';

const text = readFileSync(new URL('../../../test/fixtures/mini-feed.json', import.meta.url), 'utf8');
const feed = (): Feed => {
  const r = parseFeed(text);
  assert.ok(r.ok);
  return r.model.feed;
};

test('scoping to a municipality keeps its branches, KPIs and activities only', () => {
  const s = scopeFeed(feed(), 'gm0397');
  assert.deepEqual(s.branches?.map((b) => b.id), ['plein-1']);
  assert.deepEqual(s.kpis?.map((k) => k.id), ['bezoek-heemstede']);
  assert.deepEqual(s.activities?.map((a) => a.id), ['taalcafe']);
  const none = scopeFeed(feed(), 'GM0001');
  assert.deepEqual([none.branches?.length, none.kpis?.length, none.activities?.length], [0, 0, 0]);
  assert.equal(scopeFeed(feed(), undefined).branches?.length, 2);
});

test('organisation-wide KPIs and goals belong to every municipality the organisation serves', () => {
  const f = feed();
  f.kpis = [...(f.kpis ?? []), { ...f.kpis![0]!, id: 'heel', scope: undefined }];
  f.goals = [{ id: 'doel', title: 'Taalhuis gecertificeerd', theme: 'literate-society', milestones: [{ title: 'Audit', due: '2025-06-01' }] }];
  assert.deepEqual(scopeFeed(f, 'GM0397').kpis?.map((k) => k.id), ['bezoek-heemstede', 'heel']);
  assert.deepEqual(scopeFeed(f, 'GM0392').kpis?.map((k) => k.id), ['bezoek-haarlem', 'heel']);
  assert.deepEqual(scopeFeed(f, 'GM0397').goals?.map((g) => g.id), ['doel']);
  assert.deepEqual(scopeFeed(f, 'GM0001').kpis, []);
  assert.deepEqual(scopeFeed(f, 'GM0001').goals, []);
});

function fakeFetch(responses: (() => Promise<Response>)[]) {
  const calls: RequestInit[] = [];
  const impl = ((_url: string, init: RequestInit) => {
    calls.push(init);
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next();
  }) as unknown as typeof fetch;
  return { impl, calls };
}

test('a resource fetches once for any number of subscribers, without cookies', async () => {
  const { impl, calls } = fakeFetch([async () => new Response(text, { status: 200 })]);
  const r = new FeedResource('https://bieb.example.nl/feed.json', impl);
  const seen: FeedState['status'][][] = [[], [], []];
  const offs = seen.map((list) => r.subscribe((s) => list.push(s.status)));
  await r.refresh();
  assert.equal(calls.length, 1);
  assert.equal(calls[0]?.credentials, 'omit');
  for (const list of seen) assert.deepEqual(list, ['loading', 'ready']);
  offs.forEach((off) => off());
});

test('HTTP errors and network failures become errors; a later failure keeps the last good feed', async () => {
  const { impl } = fakeFetch([
    async () => new Response('nope', { status: 500, statusText: 'Internal Server Error' }),
    async () => new Response(text, { status: 200 }),
    async () => {
      throw new TypeError('Failed to fetch');
    },
  ]);
  const r = new FeedResource('https://bieb.example.nl/feed.json', impl);
  const states: FeedState[] = [];
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...a: unknown[]) => errors.push(a.join(' '));
  try {
    r.subscribe((s) => states.push(s));
    await r.refresh();
    const first = r.state;
    assert.equal(first.status, 'error');
    if (first.status === 'error') {
      assert.equal(first.error.kind, 'http');
      assert.equal(first.error.status, 500);
    }
    await r.refresh();
    assert.equal(r.state.status, 'ready');
    await r.refresh();
    const last = r.state;
    assert.equal(last.status, 'ready');
    if (last.status === 'ready') assert.equal(last.refreshError?.kind, 'network');
    assert.match(String(errors[0]), /HTTP 500/);
    assert.match(String(errors[1]), /Failed to fetch/);
  } finally {
    console.error = original;
  }
});

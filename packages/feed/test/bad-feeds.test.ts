import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../src/validate.js';
import { bigFeed, buildCorpus } from '../../../test/bad-feeds/corpus.js';

const base = JSON.parse(readFileSync(new URL('../../../test/fixtures/mini-feed.json', import.meta.url), 'utf8'));

for (const c of buildCorpus(base)) {
  test(`bad feed: ${c.name}`, () => {
    const r = parseFeed(c.feed, { url: 'https://bieb.example.nl/feed.json' });
    if (c.refused) {
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.error.kind, c.refused);
        assert.match(r.error.message, /bieb\.example\.nl\/feed\.json/);
      }
      return;
    }
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    if (!r.ok) return;
    const paths = r.model.problems.map((p) => p.path);
    for (const p of c.problemPaths ?? []) assert.ok(paths.includes(p), `${p} not named in ${paths.join(', ')}`);
    assert.ok((r.model.feed.branches?.length ?? 0) >= 1, 'the valid branches are kept');
    const text = JSON.stringify(r.model.feed);
    assert.doesNotMatch(text, /"(url|website)":"(javascript|data):/i, 'no unsafe URL survives');
  });
}

test('a 10 MB feed is read whole', () => {
  const text = bigFeed(base, 10);
  assert.ok(text.length >= 10_000_000);
  const r = parseFeed(text);
  assert.ok(r.ok);
  if (r.ok) {
    assert.ok((r.model.feed.activities?.length ?? 0) > 30_000);
    assert.deepEqual(r.model.problems, []);
  }
});

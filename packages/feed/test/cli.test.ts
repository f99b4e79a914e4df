import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { main } from '../src/cli.js';

const fixture = (name: string) => new URL(`../../../test/fixtures/${name}`, import.meta.url).pathname;

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      readFile: async (p: string) => files[p] ?? readFileSync(p, 'utf8'),
      fetchText: async (url: string) => {
        if (files[url] === undefined) throw new Error('HTTP 404 Not Found');
        return files[url];
      },
    },
  };
}

test('biebkit validate: a clean feed exits 0 with a summary', async () => {
  const t = io();
  assert.equal(await main(['validate', fixture('mini-feed.json')], t.io), 0);
  assert.match(t.out.at(-1)!, /0 error\(s\), 0 warning\(s\); 2 branches, 2 KPIs, 0 goals, 2 activities kept/);
});

test('biebkit validate: every problem with its JSON Pointer, exit 1 on errors', async () => {
  const feed = JSON.parse(readFileSync(fixture('mini-feed.json'), 'utf8'));
  feed.activities[0].start = '2026-02-30T10:00';
  feed.kpis[0].url = 'https://x.nl';
  const t = io({ 'bad.json': JSON.stringify(feed) });
  assert.equal(await main(['validate', 'bad.json'], t.io), 1);
  assert.ok(t.out.some((l) => /^error +\/activities\/0\/start +2026-02-30T10:00 is not a real date/.test(l)), t.out.join('\n'));
  assert.ok(t.out.some((l) => /^warning \/kpis\/0\/url +unknown field "url" ignored/.test(l)), t.out.join('\n'));
});

test('biebkit validate: unusable feeds, URLs, JSON output and usage', async () => {
  let t = io();
  assert.equal(await main(['validate', fixture('not-a-feed.html')], t.io), 1);
  assert.match(t.err[0]!, /not usable: .*HTML page/);
  t = io({ 'https://bieb.example.nl/feed.json': readFileSync(fixture('mini-feed.json'), 'utf8') });
  assert.equal(await main(['validate', 'https://bieb.example.nl/feed.json', '--json'], t.io), 0);
  assert.deepEqual(JSON.parse(t.out.join('\n')), { ok: true, problems: [] });
  t = io();
  assert.equal(await main(['validate', 'https://bieb.example.nl/missing.json'], t.io), 1);
  assert.match(t.err[0]!, /cannot read: HTTP 404/);
  t = io();
  assert.equal(await main([], t.io), 2);
  assert.match(t.err[0]!, /Usage: biebkit validate/);
});

test('the installed bin runs the built CLI (npm test builds first)', async () => {
  const { spawnSync } = await import('node:child_process');
  const bin = new URL('../bin/biebkit.js', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [bin, 'validate', fixture('mini-feed.json')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || 'run npm run build first');
  assert.match(r.stdout, /0 error\(s\)/);
});

/**
 * `biebkit publish`: what it writes (feeds and slices, prerendered views, embeds, calendars, CDN files with SRI,
 * the record), and what it refuses (a feed with errors, overwriting files it did not write). Needs the build
 * (`npm run build`: the elements' dist and the CDN bundle's manifest), as `npm test` makes it first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { scopeFeed, type Feed } from '@biebkit/feed';
import { parseFeed } from '@biebkit/feed/validate';
import { main as feedCli, validationReport } from '@biebkit/feed/cli';
import { publish, type PublishResult } from '../src/index.js';
import { cdnFiles } from '../src/cdn.js';
import { main as publishCli } from '../src/cli.js';

const SAMPLE = new URL('../../../demo/feeds/kopgroep.json', import.meta.url).pathname;
const sampleText = readFileSync(SAMPLE, 'utf8');
const sample = JSON.parse(sampleText) as Feed;
/** Thursday 3 December 2026, 14:05 in Amsterdam. */
const NOW = Date.parse('2026-12-03T14:05:00+01:00');

const temp = () => mkdtempSync(join(tmpdir(), 'biebkit-publish-test-'));
/** Runs `test` with a new empty folder, removed afterwards. */
async function inTemp(test: (dir: string) => Promise<void> | void): Promise<void> {
  const dir = temp();
  try {
    await test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const record = (dir: string) => JSON.parse(read(dir, 'site.json'));

async function published(options: Partial<Parameters<typeof publish>[0]> & { outDir: string }): Promise<Extract<PublishResult, { ok: true }>> {
  const result = await publish({ feedText: sampleText, source: 'kopgroep.json', now: NOW, ...options });
  assert.equal(result.ok, true, result.ok ? '' : result.report.err.join('\n'));
  return result as Extract<PublishResult, { ok: true }>;
}

/** Every file below a folder, as paths relative to it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

test('writes the feed, a slice per municipality, views per scope and language, embeds, calendars and the record', async () => {
  const out = join(temp(), 'site');
  try {
    const result = await published({ outDir: out, baseUrl: 'https://bieb.example.nl/biebkit' });
    assert.deepEqual(result.warnings, []);
    const written = files(out);
    const municipalities = sample.organization.municipalities.map((m) => m.id);
    for (const path of ['feed.json', ...municipalities.map((m) => `feed.${m}.json`), 'index.html', 'site.json']) assert.ok(written.includes(path), path);
    for (const lang of ['nl', 'en']) {
      for (const scope of ['all', ...municipalities]) assert.ok(written.includes(`${lang}/${scope}/index.html`), `${lang}/${scope}`);
      assert.ok(written.includes(`${lang}/all/branches.html`));
      assert.ok(written.includes(`${lang}/all/activities.html`));
      assert.ok(written.includes(`${lang}/all/goals.html`));
      for (const branch of sample.branches ?? []) assert.ok(written.includes(`${lang}/${branch.municipality}/opening-hours/${branch.id}.html`), branch.id);
      for (const theme of new Set((sample.kpis ?? []).map((k) => k.theme))) assert.ok(written.includes(`${lang}/all/kpis/${theme}.html`), `${theme}`);
    }
    for (const tag of ['opening-hours', 'branch-map', 'kpi-tile', 'kpi-tile-group', 'goal-progress', 'activity-calendar']) {
      assert.ok(written.includes(`embed/${tag}.html`), tag);
    }
    assert.ok(written.includes('ics/agenda.ics') && written.includes('ics/agenda.en.ics'));
    // The record lists every file it wrote with its hash, and nothing else.
    const site = record(out);
    assert.equal(site.generator, 'biebkit publish');
    // Each view's iframe: its element's embed page with the view's attributes, scope and language.
    const iframe = (id: string, scope: string) => site.views.find((v: { id: string; scope: string; lang: string }) => v.id === id && v.scope === scope && v.lang === 'nl').iframe;
    assert.equal(iframe('opening-hours/den-helder', 'GM0400'), 'https://bieb.example.nl/biebkit/embed/opening-hours.html?branch=den-helder&municipality=GM0400&lang=nl');
    assert.equal(iframe('activities', 'all'), 'https://bieb.example.nl/biebkit/embed/activity-calendar.html?subscribe=https%3A%2F%2Fbieb.example.nl%2Fbiebkit%2Fics%2Fagenda.ics&lang=nl');
    assert.equal(site.baseUrl, 'https://bieb.example.nl/biebkit/');
    assert.deepEqual(Object.keys(site.files).sort(), written.filter((p) => p !== 'site.json').sort());
    for (const [path, hash] of Object.entries(site.files)) assert.equal(createHash('sha256').update(readFileSync(join(out, path))).digest('hex'), hash, path);
    // Nothing is left of the staging folder.
    assert.deepEqual(readdirSync(join(out, '..')), ['site']);
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
});

test('a slice holds what that municipality’s elements show, and is a valid feed', async () => {
  await inTemp(async (out) => {
  await published({ outDir: out });
  const full = parseFeed(read(out, 'feed.json'));
  assert.ok(full.ok && full.model.problems.length === 0);
  for (const m of sample.organization.municipalities) {
    const slice = parseFeed(read(out, `feed.${m.id}.json`));
    assert.ok(slice.ok, m.id);
    assert.deepEqual(slice.model.problems, [], m.id);
    const feed = slice.model.feed;
    assert.deepEqual(feed.organization.municipalities.map((x) => x.id), [m.id]);
    assert.ok(feed.branches!.every((b) => b.municipality === m.id));
    const scoped = scopeFeed(full.model.feed, m.id);
    assert.deepEqual(feed.branches, scoped.branches);
    assert.deepEqual(feed.activities, scoped.activities);
    assert.deepEqual(feed.kpis, scoped.kpis);
    assert.deepEqual(feed.goals, scoped.goals);
    assert.ok(read(out, `feed.${m.id}.json`).length < read(out, 'feed.json').length);
  }
  });
});

test('prerendered views: the real elements in declarative shadow DOM, time-dependent text stamped, JSON-LD, no hydration markers', async () => {
  await inTemp(async (out) => {
  await published({ outDir: out, baseUrl: 'https://bieb.example.nl/biebkit/' });
  const hours = read(out, 'nl/GM0400/opening-hours/den-helder.html');
  assert.match(hours, /^<!-- Biebkit: Openingstijden /);
  assert.match(hours, /<library-feed src="https:\/\/bieb\.example\.nl\/biebkit\/feed\.GM0400\.json" lang="nl"[^>]*><template shadowroot(mode)?="open"/);
  assert.match(hours, /<opening-hours branch="den-helder" prerendered[^>]*><template shadowroot="open" shadowrootmode="open"><style>:host \{/);
  assert.match(hours, /<time class="bk-as-of" datetime="2026-12-03T14:05:00\+01:00">Stand op 3 december om 14:05<\/time>: /);
  assert.match(hours, /<caption id="[^"]+">\nOpeningstijden [^<]+, week van 30 november/);
  assert.doesNotMatch(hours, /lit-part|lit-node|<\?>/);
  const ld = JSON.parse(/<script type="application\/ld\+json" data-biebkit-jsonld="kopgroep\/den-helder">(.*?)<\/script>/s.exec(hours)![1]!);
  assert.equal(ld['@type'], 'Library');
  assert.ok(ld.openingHoursSpecification.length > 0);

  const en = read(out, 'en/GM0400/opening-hours/den-helder.html');
  assert.match(en, /As of 3 December, 14:05/);
  assert.match(en, /Opening hours of /);

  const agenda = read(out, 'nl/all/activities.html');
  assert.match(agenda, /<activity-calendar subscribe="https:\/\/bieb\.example\.nl\/biebkit\/ics\/agenda\.ics" no-structured-data prerendered/);
  assert.match(agenda, /<summary class="button">Abonneren<\/summary>/);
  assert.match(agenda, /href="webcal:\/\/bieb\.example\.nl\/biebkit\/ics\/agenda\.ics"/);
  // Controls that need the script are disabled in the static HTML.
  assert.match(agenda, /<button type="button" class="download" part="download"\s+disabled>/);
  // The facility filter too, and unticked: a property binding would come out as checked="false", which ticks it.
  const branches = read(out, 'nl/all/branches.html');
  const boxes = branches.match(/<input type="checkbox"[^>]*>/g) ?? [];
  assert.ok(boxes.length >= 3, `facility checkboxes: ${boxes.length}`);
  for (const box of boxes) {
    assert.match(box, /\sdisabled[\s/>]/, box);
    assert.doesNotMatch(box, /checked/, box);
  }
  const events = JSON.parse(/<script type="application\/ld\+json" data-biebkit="activity-calendar">(.*?)<\/script>/s.exec(agenda)![1]!);
  assert.ok(JSON.stringify(events).includes('"Event"'));

  const goals = read(out, 'nl/all/goals.html');
  assert.match(goals, /<div class="fill" part="bar-fill" style="inline-size:\d+%;"><\/div>/);
  assert.match(goals, /role="progressbar"[^>]*aria-valuetext="\d+% van doel/s);
  });
});

test('CDN files in a content-hashed folder; script tags, preloads and embeds carry their SRI hash; the preview page’s CSP allows its styles', async () => {
  await inTemp(async (out) => {
  await published({ outDir: out });
  const site = record(out);
  assert.match(site.cdn.dir, /^cdn\/[0-9a-f]{12}$/);
  const entry = readFileSync(join(out, site.cdn.entry.path));
  assert.equal(site.cdn.entry.integrity, `sha384-${createHash('sha384').update(entry).digest('base64')}`);
  const page = read(out, 'nl/GM0400/index.html');
  const scripts = [...page.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)" integrity="([^"]+)"/g)];
  assert.ok(scripts.length >= 2, 'the bundle and the chunks of the elements on the page');
  for (const [, src, integrity] of scripts) {
    const file = readFileSync(join(out, 'nl/GM0400', src!));
    assert.equal(integrity, `sha384-${createHash('sha384').update(file).digest('base64')}`, src);
  }
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replace(/&#39;|&quot;/g, "'");
  for (const [, css] of page.matchAll(/<style>([^<]*)<\/style>/g)) {
    assert.ok(csp.includes(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`), 'every style element by its hash');
  }
  assert.match(csp, /script-src 'self';/);
  const embed = read(out, 'embed/opening-hours.html');
  assert.match(embed, /<script type="module" src="\.\.\/cdn\/[0-9a-f]{12}\/embed\/embed\.js" integrity="sha384-/);
  assert.match(embed, /data-attributes="[^"]*\bbranch\b[^"]*"/);
  assert.ok(read(out, 'index.html').includes(`integrity=&quot;${site.cdn.entry.integrity}&quot;`), 'the snippet on the index page');
  });
});

test('the CDN files are found through the manifest, whatever the layout of the build', async () => {
  await inTemp(async (dist) => {
  // A versioned layout: dist/1.2.3/ with a hashed entry and chunks.
  const root = join(dist, '1.2.3');
  mkdirSync(join(root, '.vite'), { recursive: true });
  mkdirSync(join(root, 'chunks'), { recursive: true });
  writeFileSync(join(root, 'biebkit-a1b2c3.js'), 'import("./chunks/define-x.js")');
  writeFileSync(join(root, 'chunks/define-x.js'), 'import "./shared-y.js"');
  writeFileSync(join(root, 'chunks/shared-y.js'), 'export {}');
  writeFileSync(
    join(root, '.vite/manifest.json'),
    JSON.stringify({
      'packages/elements/cdn/biebkit.ts': { file: 'biebkit-a1b2c3.js', isEntry: true, dynamicImports: ['packages/elements/src/opening-hours/define.ts'] },
      'packages/elements/src/opening-hours/define.ts': { file: 'chunks/define-x.js', src: 'packages/elements/src/opening-hours/define.ts', imports: ['_shared-y.js'] },
      '_shared-y.js': { file: 'chunks/shared-y.js' },
    }),
  );
  const cdn = cdnFiles(root);
  assert.equal(cdn.entry.path, `${cdn.dir}/biebkit-a1b2c3.js`);
  assert.deepEqual(cdn.elements.get('opening-hours')!.map((p) => p.path), [`${cdn.dir}/chunks/define-x.js`, `${cdn.dir}/chunks/shared-y.js`]);
  assert.ok(cdn.files.has(`${cdn.dir}/embed/embed.js`));
  assert.throws(() => cdnFiles(join(dist, 'nothing')), /no Vite manifest/);
  });
});

test('calendars: RFC 5545 that ical.js reads, stable UIDs, SEQUENCE raised only for an activity that changed', async () => {
  await inTemp(async (out) => {
  await published({ outDir: out });
  const events = (path: string) =>
    new Map(
      new ICAL.Component(ICAL.parse(read(out, path))).getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('uid')), e]),
    );
  const first = events('ics/agenda.ics');
  assert.ok(first.size > 10);
  for (const e of first.values()) assert.equal(e.getFirstPropertyValue('sequence'), 0);
  const branchCal = events('ics/branch/den-helder.ics');
  assert.ok(branchCal.size > 0 && [...branchCal.keys()].every((uid) => first.has(uid)));
  const cal = new ICAL.Component(ICAL.parse(read(out, 'ics/municipality/GM0400.en.ics')));
  assert.match(String(cal.getFirstPropertyValue('x-wr-calname')), /^Activities KopGroep/);
  assert.equal(cal.getFirstPropertyValue('refresh-interval')?.toString(), 'PT12H');

  // Publish again with one activity changed: its SEQUENCE goes up, every other stays.
  const changed = structuredClone(sample);
  const target = changed.activities![0]!;
  target.title = `${typeof target.title === 'string' ? target.title : target.title.nl} (verplaatst)`;
  const result = await publish({ feedText: JSON.stringify(changed), outDir: out, now: NOW + 86_400_000 });
  assert.equal(result.ok, true);
  const second = events('ics/agenda.ics');
  assert.deepEqual([...second.keys()].sort(), [...first.keys()].sort(), 'the same UIDs');
  for (const [uid, e] of second) assert.equal(e.getFirstPropertyValue('sequence'), uid.startsWith(`${target.id}@`) ? 1 : 0, uid);
  // A third publish of the same feed changes no SEQUENCE.
  await publish({ feedText: JSON.stringify(changed), outDir: out, now: NOW + 2 * 86_400_000 });
  assert.equal(events('ics/agenda.ics').get(`${target.id}@kopgroep.biebkit`)!.getFirstPropertyValue('sequence'), 1);
  });
});

test('a feed with errors is refused with the words of biebkit validate, and nothing is written', async () => {
  const parent = temp();
  const out = join(parent, 'site');
  try {
    const bad = structuredClone(sample) as Feed & { activities: { start: string }[] };
    bad.activities[0]!.start = '2026-02-30T10:00';
    const text = JSON.stringify(bad);
    const result = await publish({ feedText: text, source: 'bad.json', outDir: out, now: NOW });
    assert.equal(result.ok, false);
    const expected = validationReport('bad.json', parseFeed(text, { url: 'bad.json' }));
    assert.deepEqual(!result.ok && result.report, expected);
    assert.ok(expected.out.some((l) => /^error +\/activities\/0\/start +2026-02-30T10:00 is not a real date/.test(l)));
    assert.equal(existsSync(out), false);
    assert.deepEqual(readdirSync(parent), [], 'no staging folder left');

    // The command line prints exactly what `biebkit validate` prints, and exits 1.
    const io = (lines: string[], errors: string[]) => ({
      out: (l: string) => lines.push(l),
      err: (l: string) => errors.push(l),
      readFile: async () => text,
      fetchText: async () => text,
    });
    const vOut: string[] = [];
    const vErr: string[] = [];
    const pOut: string[] = [];
    const pErr: string[] = [];
    assert.equal(await feedCli(['validate', 'bad.json'], io(vOut, vErr)), 1);
    assert.equal(await publishCli('publish', ['bad.json', '--out', out], io(pOut, pErr)), 1);
    assert.deepEqual(pOut, vOut);
    assert.match(pErr.at(-1)!, /refused: the feed has errors .* Nothing was written/);
    assert.equal(existsSync(out), false);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('files publish did not write are never removed or overwritten; its own old files are removed', async () => {
  await inTemp(async (out) => {
  writeFileSync(join(out, 'eigen.html'), 'van de bibliotheek');
  mkdirSync(join(out, 'nl'));
  writeFileSync(join(out, 'nl', 'notities.txt'), 'ook van ons');
  await published({ outDir: out });
  assert.equal(read(out, 'eigen.html'), 'van de bibliotheek');
  assert.equal(read(out, 'nl/notities.txt'), 'ook van ons');
  assert.ok(existsSync(join(out, 'en/all/index.html')));

  // Again in Dutch only: the English files of the last publish go, the library's own files stay.
  const again = await published({ outDir: out, langs: ['nl'] });
  assert.ok(again.removed.includes('en/all/index.html'));
  assert.equal(existsSync(join(out, 'en')), false, 'folders left empty go too');
  assert.equal(read(out, 'eigen.html'), 'van de bibliotheek');
  assert.equal(read(out, 'nl/notities.txt'), 'ook van ons');

  // A file publish would write but did not write before: refused, and nothing changes.
  const before = read(out, 'site.json');
  rmSync(join(out, 'nl/all/branches.html'));
  writeFileSync(join(out, 'nl/all/branches.html'), '<p>met de hand gemaakt</p>');
  const record = JSON.parse(before);
  delete record.files['nl/all/branches.html'];
  writeFileSync(join(out, 'site.json'), JSON.stringify(record));
  await assert.rejects(publish({ feedText: sampleText, outDir: out, now: NOW }), /did not write and would overwrite: nl\/all\/branches\.html/);
  assert.equal(read(out, 'nl/all/branches.html'), '<p>met de hand gemaakt</p>');
  assert.equal(existsSync(join(out, 'en')), false);
  assert.deepEqual(readdirSync(join(out, '..')).filter((n) => n.includes('.publish-')), [], 'no staging folder left');
  });
});

test('base URL: none or http gives a warning, https none, nonsense is an error', async () => {
  await inTemp(async (out) => {
  assert.match((await published({ outDir: out })).warnings.join('\n'), /no --base-url: addresses in the site are relative/);
  assert.match((await published({ outDir: out, baseUrl: 'http://bieb.example.nl/' })).warnings.join('\n'), /is not https/);
  assert.deepEqual((await published({ outDir: out, baseUrl: 'https://bieb.example.nl/' })).warnings, []);
  await assert.rejects(publish({ feedText: sampleText, outDir: out, baseUrl: 'ftp://x', now: NOW }), /not an http\(s\) address/);
  });
});

test('the command line: usage, a summary, the warning on stderr', async () => {
  const out = join(temp(), 'site');
  try {
    const lines: string[] = [];
    const errors: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => errors.push(l), readFile: async (p: string) => readFileSync(p, 'utf8'), fetchText: async () => '' };
    assert.equal(await publishCli('publish', [], io), 2);
    assert.match(errors.pop()!, /^Usage: biebkit publish/);
    assert.equal(await publishCli('publish', [SAMPLE, '--out', out, '--frobnicate', 'x'], io), 2);
    assert.equal(await publishCli('publish', [SAMPLE, '--out', out, '--now', 'gisteren'], io), 2);
    assert.equal(await publishCli('publish', [SAMPLE, '--out', out, '--base-url', 'http://bieb.example.nl', '--now', '2026-12-03T14:05', '--lang', 'nl'], io), 0);
    assert.match(lines.at(-1)!, /files \(\d+ prerendered views in 5 scopes, 6 iframe pages, \d+ calendars, 5 feeds\)/);
    assert.match(errors.at(-1)!, /^warning: --base-url http:\/\/bieb\.example\.nl is not https/);
    assert.match(read(out, 'nl/all/branches.html'), /Stand op 3 december om 14:05/);
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
});

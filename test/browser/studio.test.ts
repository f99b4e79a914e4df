// The feed studio as staff use it, built (packages/studio/dist) and in Chromium: drop a workbook with an error,
// go to the cell the error names, fix it there, and download a feed that passes validation; the sheets by
// keyboard; previews of every element for the organisation and for one municipality; no CSP violation (the
// page allows no connections at all); and axe (WCAG 2.1 AA) on every state.
import { expect } from '@open-wc/testing';
import * as XLSX from '@e965/xlsx';
import { parseFeed } from '@biebkit/feed/validate';
import type { FeedStudio } from '../../packages/studio/src/feed-studio.js';

const STUDIO = '/packages/studio/dist/index.html';

interface AxeResult {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
type StudioWindow = Window & typeof globalThis & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> } };

async function until(check: () => boolean, what: string, timeout = 20_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A workbook as a script or another program writes it, with one mistake in Openingstijden. */
function workbook(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const sheet = (name: string, rows: (string | number)[][]) => XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  sheet('Organisatie', [['Id', 'Naam'], ['bieb-duinstreek', 'Bibliotheek Duinstreek']]);
  sheet('Gemeenten', [['Naam', 'CBS-code'], ['Bloemendaal', 'GM0377'], ['Zandvoort', 'GM0473']]);
  sheet('Vestigingen', [
    ['Id', 'Naam', 'Soort', 'Gemeente', 'Breedtegraad', 'Lengtegraad'],
    ['zandvoort', 'Bibliotheek Zandvoort', 'vestiging', 'Zandvoort', '52,3731', '4,5334'],
    ['bloemendaal', 'Servicepunt Bloemendaal', 'servicepunt', 'Bloemendaal', '52,4047', '4,6291'],
  ]);
  sheet('Openingstijden', [
    ['Vestiging', 'Laag', 'Soort laag', 'Dag', 'Tijden'],
    ['zandvoort', 'open', 'bemand', 'di', '10:00-17:00'],
    ['zandvoort', 'open', 'bemand', 'do', '10:00-1730'],
    ['bloemendaal', 'open', 'bemand', 'OSM', 'We 13:30-16:30; Sa 10:00-12:00; PH off'],
  ]);
  sheet('Kengetallen', [['Id', 'Label', 'Eenheid', 'Richting', 'Opgave', 'Niveau', 'Voor gemeenten'], ['leden-zandvoort', 'Leden in Zandvoort', 'aantal', 'hoger is beter', 'robuuste bibliotheek', 'output', 'Zandvoort']]);
  sheet('Metingen', [['Kengetal', 'Periode', 'Waarde'], ['leden-zandvoort', '2024', 3120], ['leden-zandvoort', '2025', 3260]]);
  sheet('Doelen', [['Id', 'Titel', 'Opgave', 'Kengetal', 'Nulmeting waarde', 'Nulmeting datum', 'Streefwaarde', 'Streefdatum'], ['meer-leden', '3.500 leden in Zandvoort', 'robuuste bibliotheek', 'leden-zandvoort', 3120, '31-12-2024', 3500, '31-12-2027']]);
  sheet('Activiteiten', [['Id', 'Titel', 'Datum', 'Van', 'Tot', 'Vestiging', 'Herhaling'], ['taalcafe', 'Taalcafé', '03-11-2026', '10:00', '11:30', 'zandvoort', 'elke week op dinsdag']]);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

interface Opened {
  frame: HTMLIFrameElement;
  win: StudioWindow;
  studio: FeedStudio;
  root: ShadowRoot;
  violations: string[];
}

/** Opens the built studio in a frame; `withoutCsp` loads a copy without its CSP meta, for axe (which needs eval). */
async function open({ withoutCsp = false } = {}): Promise<Opened> {
  const response = await fetch(STUDIO);
  expect(response.status, 'the studio is built (npm run build)').to.equal(200);
  const frame = document.createElement('iframe');
  frame.title = 'Biebkit feedstudio';
  frame.style.width = '1300px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (withoutCsp) {
    const html = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[\s\S]*?\/>/i, '').replace('<head>', '<head><base href="/packages/studio/dist/" />');
    frame.srcdoc = html;
  } else frame.src = STUDIO;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as StudioWindow;
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  await until(() => Boolean(win.customElements.get('biebkit-studio')), 'the studio to be defined');
  const studio = win.document.querySelector('biebkit-studio') as FeedStudio;
  await studio.updateComplete;
  return { frame, win, studio, root: studio.shadowRoot!, violations };
}

/** Drops files on the drop zone, as a person drags them from the desktop; resolves when the previews show. */
async function drop(o: Opened, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const shown = new Promise((resolve) => o.studio.addEventListener('studio-preview', resolve, { once: true }));
  const dt = new o.win.DataTransfer();
  for (const f of files) dt.items.add(new o.win.File([f.bytes as BlobPart], f.name));
  o.root.querySelector('.drop')!.dispatchEvent(new o.win.DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  await shown;
}

function nextState(o: Opened): Promise<{ errors: number; problems: { severity: string; en: string; place: { kind: string; row?: number; col?: number } }[] }> {
  return new Promise((resolve) => o.studio.addEventListener('studio-state', (e) => resolve((e as CustomEvent).detail), { once: true }));
}

async function axe(o: Opened): Promise<AxeResult[]> {
  if (!o.win.axe) {
    const script = o.win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load axe-core'));
    });
    o.win.document.head.append(script);
    await ready;
  }
  const results = await o.win.axe!.run(o.win.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  return results.violations;
}

const describeViolations = (vs: AxeResult[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');

describe('feed studio', function () {
  this.timeout(90_000);

  it('drop a workbook, go to the error, fix it in its cell, download a feed that validates (under a CSP that allows no connection)', async () => {
    const o = await open();
    try {
      const first = nextState(o);
      await drop(o, [{ name: 'biebkit.xlsx', bytes: workbook() }]);
      const state = await first;
      expect(state.errors).to.equal(1);
      const status = o.root.querySelector('[role="status"]')!.textContent!;
      expect(status).to.contain('biebkit.xlsx gelezen: 1 fout');
      // The problem, in the list and beside its cell.
      const button = [...o.root.querySelectorAll<HTMLButtonElement>('.problems button.place')].find((b) => b.textContent === 'Openingstijden!E3')!;
      expect(button, 'a link to Openingstijden!E3').to.exist;
      expect(button.closest('li')!.textContent).to.contain('"10:00-1730" is geen tijdvak (schrijf 10:00-17:30)');
      button.click();
      await o.studio.updateComplete;
      await o.studio.updateComplete;
      const input = o.root.activeElement as HTMLInputElement;
      expect(input?.dataset['row']).to.equal('3');
      expect(input.dataset['col']).to.equal('4');
      expect(input.value).to.equal('10:00-1730');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const described = o.root.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(described.textContent).to.contain('is geen tijdvak');
      expect(o.root.querySelector('[role="tab"][aria-selected="true"]')!.textContent).to.contain('Openingstijden');
      // Fix it there.
      const fixed = nextState(o);
      input.value = '10:00-17:30';
      input.dispatchEvent(new o.win.Event('change', { bubbles: true }));
      const after = await fixed;
      expect(after.errors, JSON.stringify(after.problems)).to.equal(0);
      await o.studio.updateComplete;
      expect(o.root.querySelector('[role="status"]')!.textContent).to.contain('Openingstijden!E3 aangepast');
      expect(o.root.querySelector<HTMLInputElement>('input[data-row="3"][data-col="4"]')!.getAttribute('aria-invalid')).to.equal('false');
      // Download feed.json: it passes validation, with the fix in it.
      const download = new Promise<{ name: string; blob: Blob }>((resolve) => o.studio.addEventListener('studio-download', (e) => resolve((e as CustomEvent).detail), { once: true }));
      [...o.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Download feed.json')!.click();
      const file = await download;
      expect(file.name).to.equal('feed.json');
      const parsed = parseFeed(await file.blob.text());
      expect(parsed.ok).to.equal(true);
      if (!parsed.ok) return;
      expect(parsed.model.problems).to.deep.equal([]);
      const zandvoort = parsed.model.feed.branches!.find((b) => b.id === 'zandvoort')!;
      expect(zandvoort.hours![0]!.weekly).to.deep.equal({ tu: ['10:00-17:00'], th: ['10:00-17:30'] });
      // And the workbook: the template with the data.
      const book = new Promise<{ name: string; blob: Blob }>((resolve) => o.studio.addEventListener('studio-download', (e) => resolve((e as CustomEvent).detail), { once: true }));
      [...o.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Download werkmap (.xlsx)')!.click();
      const xlsx = XLSX.read(new Uint8Array(await (await book).blob.arrayBuffer()), { type: 'array' });
      expect(xlsx.SheetNames).to.include('Openingstijden');
      expect(o.violations, o.violations.join('\n')).to.deep.equal([]);
    } finally {
      o.frame.remove();
    }
  });

  it('previews every element for the organisation and for one municipality; sheets by keyboard', async () => {
    const o = await open();
    try {
      await drop(o, [{ name: 'biebkit.xlsx', bytes: workbook() }]);
      const feed = o.root.querySelector('library-feed')!;
      for (const tag of ['kpi-tile-group', 'goal-progress', 'opening-hours', 'branch-map', 'activity-calendar']) {
        const el = feed.querySelector(tag);
        expect(el, tag).to.exist;
        await until(() => (el!.shadowRoot?.textContent ?? '').trim().length > 20, `${tag} to show content`);
      }
      expect(feed.querySelector('kpi-tile-group')!.shadowRoot!.textContent).to.contain('Leden in Zandvoort');
      expect(feed.querySelector('branch-map')!.shadowRoot!.textContent).to.contain('Servicepunt Bloemendaal');
      // Another day: every preview, and the feed read as of that day (its counted KPIs), show Thursday 4 March 2027 at noon.
      const day = o.root.querySelector<HTMLInputElement>('section[aria-labelledby="s3"] input[type="date"]')!;
      expect(o.root.getElementById(day.getAttribute('aria-describedby')!)!.textContent).to.contain('Leeg: vandaag');
      day.value = '2027-03-04';
      day.dispatchEvent(new o.win.Event('change'));
      await o.studio.updateComplete;
      expect(feed.getAttribute('now')).to.equal('2027-03-04T12:00');
      for (const tag of ['kpi-tile-group', 'goal-progress', 'opening-hours', 'branch-map', 'activity-calendar']) expect(feed.querySelector(tag)!.getAttribute('now'), tag).to.equal('2027-03-04T12:00');
      await until(() => (feed.querySelector('opening-hours')!.shadowRoot!.textContent ?? '').includes('week van 1 maart'), 'the hours of the week of 1 March 2027');
      // One municipality: Bloemendaal has no KPI of its own and only its own branch.
      const select = o.root.querySelector<HTMLSelectElement>('section[aria-labelledby="s3"] select')!;
      select.value = 'GM0377';
      select.dispatchEvent(new o.win.Event('change'));
      await o.studio.updateComplete;
      expect(feed.getAttribute('municipality')).to.equal('GM0377');
      await until(() => !(feed.querySelector('branch-map')!.shadowRoot!.textContent ?? '').includes('Bibliotheek Zandvoort'), 'the map list to show only Bloemendaal');
      expect(feed.querySelector('branch-map')!.shadowRoot!.textContent).to.contain('Servicepunt Bloemendaal');
      // The sheets are tabs: arrow keys move between them.
      const tabs = () => [...o.root.querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(tabs().map((t) => t.textContent!.trim().split(/\s/)[0])).to.deep.equal(['Organisatie', 'Gemeenten', 'Vestigingen', 'Openingstijden', 'Kengetallen', 'Metingen', 'Doelen', 'Activiteiten']);
      tabs()[0]!.focus();
      tabs()[0]!.dispatchEvent(new o.win.KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await o.studio.updateComplete;
      await o.studio.updateComplete;
      expect(o.root.activeElement).to.equal(tabs()[1]);
      expect(tabs()[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(o.root.querySelector('#panel-heading')!.textContent).to.contain('Gemeenten');
      expect(o.violations).to.deep.equal([]);
    } finally {
      o.frame.remove();
    }
  });

  it('axe finds nothing: empty, with an error shown beside its cell, from the template, and in English', async () => {
    const o = await open({ withoutCsp: true });
    try {
      let violations = await axe(o);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      await drop(o, [{ name: 'biebkit.xlsx', bytes: workbook() }]);
      [...o.root.querySelectorAll<HTMLButtonElement>('.problems button.place')].find((b) => b.textContent === 'Openingstijden!E3')!.click();
      await o.studio.updateComplete;
      violations = await axe(o);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      const template = nextState(o);
      await o.studio.startFromTemplate('Bibliotheek Duinstreek');
      const state = await template;
      expect(state.problems.map((p) => p.en)).to.include('Gemeenten has no municipality: the organisation needs at least one (name and CBS code)');
      await o.studio.updateComplete;
      violations = await axe(o);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      o.studio.lang = 'en';
      await o.studio.updateComplete;
      expect(o.root.querySelector('h1')!.textContent).to.equal('Biebkit feed studio');
      violations = await axe(o);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    } finally {
      o.frame.remove();
    }
  });
});

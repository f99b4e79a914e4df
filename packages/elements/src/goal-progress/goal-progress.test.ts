import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { GoalProgress } from './goal-progress.js';

const FEED = '/test/fixtures/kpi-feed.json';
const NOW = '2026-11-21T12:00';
const root = (el: Element) => el.shadowRoot!;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element, selector: string) => clean(root(el).querySelector(selector)?.textContent);
const all = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => clean(n.textContent));

async function goal(template: ReturnType<typeof html>): Promise<GoalProgress> {
  const el = await fixture<GoalProgress>(template);
  await waitUntil(() => root(el).querySelector('.goal, .bk-notice, .bk-error'), 'rendered', { timeout: 5000 });
  return el;
}

describe('<goal-progress>', () => {
  it('a numeric goal behind schedule: bar, expected marker, by how much, share of the way, time left', async () => {
    const el = await goal(html`<goal-progress src=${FEED} now=${NOW} goal="bereik-jeugd"></goal-progress>`);
    const bar = root(el).querySelector('[role=progressbar]')!;
    // 50% (end 2023) to 100% (end 2027); 62% at end 2025, where the line is at 75%.
    expect(bar.getAttribute('aria-valuenow')).to.equal('24');
    expect(bar.getAttribute('aria-valuetext')).to.equal('24% van doel, achter op schema');
    expect(bar.getAttribute('aria-labelledby')).to.equal(root(el).querySelector('[part~=title]')!.id);
    expect((root(el).querySelector('.fill') as HTMLElement).style.inlineSize).to.equal('24%');
    expect((root(el).querySelector('[part~=expected]') as HTMLElement).style.insetInlineStart).to.equal('50%');
    expect(text(el, '[part~=scale]')).to.equal('50% (31 dec 2023) 100% (31 dec 2027)');
    expect(text(el, '.status-line')).to.equal('! achter op schema 13 procentpunten achter op de lijn naar het doel');
    expect(all(el, '.facts > div')).to.deep.equal([
      'Nu 62% (31 dec 2025)',
      'Verwacht 75%',
      'Van de weg 24%',
      'Tijd nog 1 jaar en 1 maand, 72% van de tijd verstreken',
    ]);
    expect(root(el).querySelector('.goal')!.classList.contains('status-behind')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('on track from the linked KPI; lower is better, from the goal’s own newer value', async () => {
    const reading = await goal(html`<goal-progress src=${FEED} now=${NOW} goal="leesplezier"></goal-progress>`);
    expect(root(reading).querySelector('[role=progressbar]')!.getAttribute('aria-valuetext')).to.equal('25% van doel, op schema');
    expect(all(reading, '.facts > div')[0]).to.equal('Nu 59% (2025)');
    expect(text(reading, '.status-line')).to.equal('✓ op schema');
    const digital = await goal(html`<goal-progress src=${FEED} now=${NOW} goal="digitaal" lang="en"></goal-progress>`);
    // 20% (end 2025) down to 15% (end 2029, 1461 days): on 30 Sep 2026 (day 273) the line is at 19,07%.
    expect(root(digital).querySelector('[role=progressbar]')!.getAttribute('aria-valuetext')).to.equal('16% of target, behind schedule');
    expect(text(digital, '.status-line')).to.equal('! behind schedule 0.1 percentage points behind the line to the target');
    expect(all(digital, '.facts > div').slice(0, 2)).to.deep.equal(['Now 19.2% (30 Sep 2026)', 'Expected 19.1%']);
    expect(text(digital, '[part~=scale]')).to.equal('20.0% (31 Dec 2025) 15.0% (31 Dec 2029)');
    await expect(digital).to.be.accessible();
  });

  it('past the deadline: missed, or reached (also early)', async () => {
    const missed = await goal(html`<goal-progress src=${FEED} now=${NOW} goal="bezoek-laaggeletterden"></goal-progress>`);
    expect(root(missed).querySelector('[role=progressbar]')!.getAttribute('aria-valuetext')).to.equal('70% van doel, doel niet gehaald');
    expect(root(missed).querySelector('[part~=expected]')).to.equal(null);
    expect(all(missed, '.facts > div').at(-1)).to.equal('Tijd deadline verstreken (31 dec 2025)');
    expect(root(missed).querySelector('.goal')!.classList.contains('status-missed')).to.be.true;
    await expect(missed).to.be.accessible();
    const reached = await goal(html`<goal-progress src=${FEED} now=${NOW} goal="vrijwilligers"></goal-progress>`);
    const bar = root(reached).querySelector('[role=progressbar]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('100');
    expect(bar.getAttribute('aria-valuetext')).to.equal('107% van doel, doel bereikt');
    expect(text(reached, '.status-line')).to.equal('✓ doel bereikt');
  });

  it('a milestone goal: done count, next due, overdue marked', async () => {
    const el = await goal(html`<goal-progress src=${FEED} now=${NOW} goal="taalhuis"></goal-progress>`);
    const bar = root(el).querySelector('[role=progressbar]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('50');
    expect(bar.getAttribute('aria-valuetext')).to.equal('2 van 4 mijlpalen klaar, achter op schema');
    expect(text(el, '.status-line')).to.equal('! achter op schema 2 van 4 mijlpalen klaar, 1 te laat');
    expect(text(el, '.next')).to.equal('Volgende: Taalhuis Schagen, 1 sep 2026');
    expect(all(el, '.milestones li')).to.deep.equal([
      '✓Taalhuis Den Helder — klaar, 28 aug 2025',
      '✓Taalhuis Texel — klaar, 20 feb 2026',
      '!Taalhuis Schagen — te laat, gepland 1 sep 2026',
      '○Taalhuis Hollands Kroon — gepland 1 mrt 2027',
    ]);
    expect(root(el).querySelector('.milestones li.overdue')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('all goals grouped under the convenant tasks, with headings', async () => {
    const el = await goal(html`<goal-progress src=${FEED} now=${NOW} heading-level="3"></goal-progress>`);
    const headings = [...root(el).querySelectorAll('[part~=heading]')];
    expect(headings.map((h) => clean(h.textContent))).to.deep.equal([
      'Geletterde samenleving',
      'Participatie in de informatiesamenleving',
      'Leven lang ontwikkelen',
      'Robuuste bibliotheekvoorziening',
    ]);
    expect(headings[0]!.getAttribute('aria-level')).to.equal('3');
    const titles = [...root(el).querySelectorAll('section')].map((s) => [...s.querySelectorAll('[part~=title]')].map((n) => clean(n.textContent)));
    expect(titles).to.deep.equal([
      ['Actief bereik 0-18 jarigen naar 100%', 'Meer leesplezier bij 12-jarigen', 'Een Taalhuis in elke gemeente'],
      ['Minder inwoners met lage digitale vaardigheden'],
      ['25% meer bezoek van laaggeletterde volwassenen'],
      ['150 vrijwilligers'],
    ]);
    expect(root(el).querySelector('[part~=title]')!.getAttribute('aria-level')).to.equal('4');
    expect(new Set([...root(el).querySelectorAll('[part~=title]')].map((n) => n.id)).size).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('a list for one theme', async () => {
    const el = await goal(html`<goal-progress src=${FEED} now=${NOW} theme="literate-society" lang="en"></goal-progress>`);
    expect(root(el).querySelector('[part~=heading]')).to.equal(null);
    expect(all(el, '[part~=title]')).to.deep.equal(['Active reach of 0-18 year olds to 100%', 'Meer leesplezier bij 12-jarigen', 'Een Taalhuis in elke gemeente']);
    expect(root(el).querySelector('ul')!.getAttribute('aria-label')).to.equal('Literate society');
    await expect(el).to.be.accessible();
  });

  it('names an unknown goal, says when a selection is empty, and shows feed errors', async () => {
    const unknown = await goal(html`<goal-progress src=${FEED} now=${NOW} goal="bestaat-niet"></goal-progress>`);
    expect(text(unknown, '[part~=notice]')).to.equal('Er staat geen doel met id “bestaat-niet” in deze feed.');
    await expect(unknown).to.be.accessible();
    // A municipality the organisation does not serve: nothing of the feed is about it.
    const scoped = await goal(html`<goal-progress src=${FEED} now=${NOW} municipality="GM0001"></goal-progress>`);
    expect(text(scoped, '[part~=notice]')).to.equal('Er staan geen doelen voor deze selectie in de feed.');
    const error = await goal(html`<goal-progress src="/test/fixtures/kpi-missing.json"></goal-progress>`);
    expect(text(error, '[role=alert]')).to.contain('HTTP 404');
    await expect(error).to.be.accessible();
  });

  it('reserves space while loading', async () => {
    const el = await fixture<GoalProgress>(html`<goal-progress src="${FEED}?loading" now=${NOW} goal="taalhuis"></goal-progress>`);
    expect(root(el).querySelector('.bk-loading')).to.exist;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(el.getBoundingClientRect().height).to.equal(9 * rem);
    await expect(el).to.be.accessible();
  });
});

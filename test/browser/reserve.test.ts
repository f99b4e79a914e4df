/**
 * The loading space the CDN loader reserves for undefined Biebkit tags (packages/elements/cdn/reserve.ts):
 * each reserved box is as tall as the element's own loading state, so nothing moves when the chunk arrives,
 * and the stylesheet touches nothing but undefined Biebkit tags.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../packages/elements/src/kpi-tile/define.js';
import '../../packages/elements/src/kpi-tile-group/define.js';
import '../../packages/elements/src/goal-progress/define.js';
import '../../packages/elements/src/opening-hours/define.js';
import '../../packages/elements/src/branch-map/define.js';
import '../../packages/elements/src/activity-calendar/define.js';
import { reserveCss, reserveLoadingSpace } from '../../packages/elements/cdn/reserve.js';

const TAGS = ['kpi-tile', 'kpi-tile-group', 'goal-progress', 'opening-hours', 'branch-map', 'activity-calendar'];
const CASES = [
  '<kpi-tile kpi="k"></kpi-tile>',
  '<kpi-tile kpi="k" variant="compact"></kpi-tile>',
  '<kpi-tile kpi="k" variant="chart"></kpi-tile>',
  '<kpi-tile-group theme="leesvaardigheid"></kpi-tile-group>',
  '<goal-progress></goal-progress>',
  '<goal-progress goal="g"></goal-progress>',
  '<opening-hours branch="b"></opening-hours>',
  '<opening-hours branch="b" compact></opening-hours>',
  '<branch-map></branch-map>',
  '<activity-calendar></activity-calendar>',
  '<opening-hours branch="b" style="--opening-hours-loading-size: 7rem"></opening-hours>',
];

/** A same-origin frame in which no Biebkit tag is defined, with the reserving stylesheet adopted (or not). */
async function undefinedFrame(markup: string, reserve: boolean, rootStyle = ''): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '640px';
  frame.style.blockSize = '900px';
  frame.srcdoc = `<!doctype html><html lang="nl" style="${rootStyle}"><body style="margin:0"><div style="inline-size:600px">${markup}</div><p id="after">Na</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  if (reserve) reserveLoadingSpace(doc, TAGS);
  return { frame, doc };
}

describe('loading space for undefined Biebkit tags', () => {
  for (const markup of CASES) {
    it(`reserves the loading height of ${markup}`, async () => {
      const { frame, doc } = await undefinedFrame(markup, true);
      try {
        const reserved = doc.querySelector('div > *')!;
        expect(doc.defaultView!.customElements.get(reserved.localName)).to.equal(undefined);
        const reservedHeight = reserved.getBoundingClientRect().height;
        // The same tag defined, in its loading state (inside a provider that has no feed yet).
        const wrapper = await fixture(html`<div style="inline-size:600px"><library-feed>${unsafeHTML(markup)}</library-feed></div>`);
        const el = wrapper.querySelector('library-feed > *')!;
        await waitUntil(() => el.shadowRoot?.querySelector('[part~="loading"]'), 'loading state shown', { timeout: 5000 });
        const loadingHeight = el.getBoundingClientRect().height;
        expect(loadingHeight, 'the element has a loading size').to.be.greaterThan(20);
        expect(Math.abs(reservedHeight - loadingHeight), `reserved ${reservedHeight} px, loading state ${loadingHeight} px`).to.be.at.most(1);
      } finally {
        frame.remove();
      }
    });
  }

  it('reserves nothing for a prerendered element (biebkit publish): it already has its size', async () => {
    const shadow = '<template shadowrootmode="open"><style>:host{display:block}</style><p style="margin:0;block-size:50px">Vooraf gemaakt</p></template>';
    const { frame, doc } = await undefinedFrame(`<goal-progress prerendered>${shadow}</goal-progress><opening-hours branch="b" prerendered>${shadow}</opening-hours>`, true);
    try {
      for (const el of doc.querySelectorAll('div > *')) {
        expect(el.shadowRoot, 'the declarative shadow root').to.not.equal(null);
        expect(el.getBoundingClientRect().height, el.localName).to.equal(50);
      }
    } finally {
      frame.remove();
    }
  });

  it('keeps room in the element\'s own font size, also on a page that shrinks its root font (62.5%)', async () => {
    // As on the hostile demo page: rem is 10px, the text (and so what the element shows) 13px.
    const { frame, doc } = await undefinedFrame('<goal-progress style="font-size: 13px"></goal-progress><kpi-tile kpi="k" variant="chart" style="font-size: 13px"></kpi-tile>', true, 'font-size: 62.5%');
    try {
      const [goals, tile] = [...doc.querySelectorAll('div > *')];
      expect(goals!.getBoundingClientRect().height, '40em of 13px, not 40rem').to.equal(520);
      expect(tile!.getBoundingClientRect().height, '15em of 13px, not 15rem').to.equal(195);
    } finally {
      frame.remove();
    }
  });

  it('touches nothing but undefined Biebkit tags', async () => {
    const css = reserveCss(TAGS);
    for (const rule of css.split('}').filter(Boolean)) {
      // Commas between selectors, not the one inside :not(…).
      for (const selector of rule.slice(0, rule.indexOf('{')).split(/,(?![^(]*\))/)) {
        expect(selector, 'every selector').to.match(/^(kpi-tile|kpi-tile-group|goal-progress|opening-hours|branch-map|activity-calendar)(\[[a-z=]+\])?:not\(:defined,\[prerendered\]\)$/);
      }
    }
    const plain = '<section><h2>Kop</h2><p>Tekst</p><div class="kpi-tile">x</div></section>';
    const without = await undefinedFrame(plain, false);
    const withSheet = await undefinedFrame(plain, true);
    try {
      expect(withSheet.doc.getElementById('after')!.getBoundingClientRect().top).to.equal(without.doc.getElementById('after')!.getBoundingClientRect().top);
      expect(withSheet.doc.adoptedStyleSheets.length).to.equal(1);
      reserveLoadingSpace(withSheet.doc, TAGS);
      expect(withSheet.doc.adoptedStyleSheets.length, 'adopted once, however many copies of the bundle run').to.equal(1);
    } finally {
      without.frame.remove();
      withSheet.frame.remove();
    }
  });
});

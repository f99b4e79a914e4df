/**
 * Loading space for Biebkit tags that are on the page but not defined yet.
 *
 * An undefined custom element is an empty inline box: when its chunk arrives and it shows its loading state,
 * the page below it moves. From the moment the CDN bundle runs, it knows every Biebkit tag, so it reserves
 * each one's loading size at once, with one constructable stylesheet on the document (no `<style>` element,
 * so a strict CSP allows it). Every rule is for a Biebkit tag that is `:not(:defined)`: nothing of the host
 * page is touched, and a defined element is styled by its own shadow styles only.
 *
 * An element prerendered by `biebkit publish` (marked `prerendered`) already shows its content at its own size
 * from a declarative shadow root: it gets no reserved space (which would move the page around it).
 *
 * The sizes are the elements' own loading sizes (`--<tag>-loading-size` or `--<tag>-min-height` and the same
 * defaults), in `em`: what they keep room for is set in the element's own font size, so a page that shrinks
 * its root font (`html { font-size: 62.5% }`) still keeps enough room; test/browser/reserve.test.ts checks that each reserved box is as tall as the element's loading
 * state, so the two cannot drift apart.
 */
// [selectors, the element's size property, its default]: kpi-tile-group has kpi-tile's sizes.
const SIZES: readonly (readonly [selectors: string, property: string, size: string])[] = [
  ['kpi-tile,kpi-tile-group', 'kpi-tile-min-height', '9.5em'],
  ['kpi-tile[variant=compact],kpi-tile-group[variant=compact]', 'kpi-tile-min-height', '6.5em'],
  ['kpi-tile[variant=chart],kpi-tile-group[variant=chart]', 'kpi-tile-min-height', '15em'],
  ['goal-progress', 'goal-progress-loading-size', '40em'],
  ['goal-progress[goal]', 'goal-progress-min-height', '9em'],
  ['opening-hours', 'opening-hours-loading-size', '24em'],
  ['opening-hours[compact]', 'opening-hours-loading-size', '3em'],
  ['branch-map', 'branch-map-loading-size', '40em'],
  ['activity-calendar', 'activity-calendar-loading-size', '30em'],
];

/** The stylesheet's text: display and loading size for each undefined tag of `tags` that is not prerendered. */
export function reserveCss(tags: Iterable<string>): string {
  const known = [...tags];
  const only = (selectors: string[]) => selectors.map((s) => `${s}:not(:defined,[prerendered])`).join();
  let css = `${only(known)}{display:block}`;
  for (const [selectors, property, size] of SIZES) {
    const mine = selectors.split(',').filter((s) => known.includes(s.replace(/\[.*/, '')));
    if (mine.length) css += `${only(mine)}{min-block-size:var(--${property},${size})}`;
  }
  return css;
}

/** Adopts the reserving stylesheet into `doc` once (a second copy of the bundle finds it there). */
export function reserveLoadingSpace(doc: Document, tags: Iterable<string>): void {
  const marker = Symbol.for('biebkit.reserve.v1');
  const holder = doc as unknown as Record<symbol, boolean | undefined>;
  // The document's own realm: a sheet made in another window cannot be adopted.
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (holder[marker] || !Sheet || !('adoptedStyleSheets' in doc)) return;
  try {
    const sheet = new Sheet();
    sheet.replaceSync(reserveCss(tags));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    holder[marker] = true;
  } catch {
    // An old browser without constructable stylesheets: the editor's own CSS (README) still works.
  }
}

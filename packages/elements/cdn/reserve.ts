/**
 * Loading space for Biebkit tags that are on the page but not defined yet.
 *
 * An undefined custom element is an empty inline box: when its chunk arrives and it shows its loading state,
 * the page below it moves. From the moment `dist/biebkit.js` runs, it knows every Biebkit tag, so it reserves
 * each one's loading size at once, with one constructable stylesheet on the document (no `<style>` element,
 * so a strict CSP allows it). Every rule is for a Biebkit tag that is `:not(:defined)`: nothing of the host
 * page is touched, and a defined element is styled by its own shadow styles only.
 *
 * The sizes are the elements' own loading sizes (`--<tag>-loading-size` or `--<tag>-min-height` and the same
 * defaults); test/browser/reserve.test.ts checks that each reserved box is as tall as the element's loading
 * state, so the two cannot drift apart.
 */
const SIZES: readonly (readonly [selector: string, size: string])[] = [
  ['kpi-tile,kpi-tile-group', 'var(--kpi-tile-min-height,9.5rem)'],
  ['kpi-tile[variant=compact],kpi-tile-group[variant=compact]', 'var(--kpi-tile-min-height,6.5rem)'],
  ['kpi-tile[variant=chart],kpi-tile-group[variant=chart]', 'var(--kpi-tile-min-height,15rem)'],
  ['goal-progress', 'var(--goal-progress-loading-size,40rem)'],
  ['goal-progress[goal]', 'var(--goal-progress-min-height,9rem)'],
  ['opening-hours', 'var(--opening-hours-loading-size,24rem)'],
  ['opening-hours[compact]', 'var(--opening-hours-loading-size,3rem)'],
  ['branch-map', 'var(--branch-map-loading-size,40rem)'],
  ['activity-calendar', 'var(--activity-calendar-loading-size,30rem)'],
];

const undefinedOnly = (selectors: string) =>
  selectors
    .split(',')
    .map((s) => `${s}:not(:defined)`)
    .join(',');

/** The stylesheet's text: display and loading size for each undefined tag of `tags`. */
export function reserveCss(tags: Iterable<string>): string {
  const known = new Set(tags);
  const rules = [`${undefinedOnly([...known].join(','))}{display:block}`];
  for (const [selector, size] of SIZES) {
    const parts = selector.split(',').filter((s) => known.has(/^[a-z0-9-]+/.exec(s)?.[0] ?? ''));
    if (parts.length) rules.push(`${undefinedOnly(parts.join(','))}{min-block-size:${size}}`);
  }
  return rules.join('');
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

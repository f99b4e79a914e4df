/**
 * All text of a node through open shadow roots, as a visitor reads it: whitespace collapsed, a space between
 * elements, styles, scripts and templates left out. With `closedDetails: 'summary'` a closed <details> counts
 * only with its summary (what is on screen). Works on nodes of other frames (node types, not `instanceof`).
 */
export function deepText(node: Node, { closedDetails = 'all' }: { closedDetails?: 'all' | 'summary' } = {}): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return;
      if (closedDetails === 'summary' && el.localName === 'details' && !el.hasAttribute('open')) {
        const summary = el.querySelector(':scope > summary');
        if (summary) walk(summary);
        return;
      }
      if (el.shadowRoot) walk(el.shadowRoot);
      parts.push(' ');
    }
    for (const child of Array.from(n.childNodes)) walk(child);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

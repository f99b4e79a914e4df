import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/**
 * Sets inline style properties through CSSOM (`element.style.setProperty`), never through a `style`
 * attribute: a strict CSP (`style-src 'self'`) blocks style attributes, including the one Lit's
 * `styleMap` writes on first render, but not CSSOM. Bind it to the style attribute:
 * `<div style=${cspStyle({ 'inline-size': '34%' })}></div>` (only there). Keys are CSS property names (kebab-case or custom).
 *
 * In the browser the attribute is never written. On the server (`biebkit publish`) there is no CSSOM: the
 * prerendered HTML gets the declarations as its `style` attribute, so it shows right without JavaScript (a
 * page with a strict CSP allows it with `'unsafe-hashes'` and the hashes `biebkit publish` lists).
 */
class CspStyleDirective extends Directive {
  #previous = new Set<string>();

  render(styles: Record<string, string>): string {
    let text = '';
    for (const name in styles) text += `${name}:${styles[name]};`;
    return text;
  }

  override update(part: AttributePart, [styles]: [Record<string, string>]): typeof noChange {
    const style = part.element.style;
    for (const name of this.#previous) if (styles[name] === undefined) style.removeProperty(name);
    this.#previous.clear();
    for (const [name, value] of Object.entries(styles)) {
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return noChange;
  }
}

export const cspStyle = directive(CspStyleDirective);

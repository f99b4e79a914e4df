import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Sets inline style properties through CSSOM (`element.style.setProperty`), never through a `style`
 * attribute: a strict CSP (`style-src 'self'`) blocks style attributes, including the one Lit's
 * `styleMap` writes on first render, but not CSSOM. Use on an element:
 * `<div ${cspStyle({ 'inline-size': '34%' })}></div>` (an element part only). Keys are CSS property names (kebab-case or custom).
 */
class CspStyleDirective extends Directive {
  #previous = new Set<string>();

  render(_styles: Record<string, string | undefined>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Record<string, string | undefined>]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (styles[name] === undefined) style.removeProperty(name);
    this.#previous.clear();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return nothing;
  }
}

export const cspStyle = directive(CspStyleDirective);

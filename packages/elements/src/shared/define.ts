import { ContextRoot } from '@lit/context';

let rootAttached = false;

/**
 * Defines a custom element unless a tag of that name exists already (the bundle loaded twice, or two
 * versions on one page): never throws. Also attaches a `ContextRoot` to the document once, so elements
 * that ask for the feed before their `<library-feed>` upgrades are answered when it does.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (!rootAttached && typeof document !== 'undefined') {
    rootAttached = true;
    const marker = Symbol.for('biebkit.context-root');
    const doc = document as Document & { [key: symbol]: unknown };
    if (!doc[marker]) {
      Object.defineProperty(doc, marker, { value: true });
      new ContextRoot().attach(document.documentElement);
    }
  }
  if (!customElements.get(name)) customElements.define(name, ctor);
}

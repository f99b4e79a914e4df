// The shared runtime every element needs, measured on its own by scripts/sizes.mjs.
export { LitElement, html, css, nothing } from 'lit';
export { property, state } from 'lit/decorators.js';
export { ContextProvider, ContextRoot, consume, createContext } from '@lit/context';

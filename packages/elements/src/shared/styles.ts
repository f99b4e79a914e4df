import { css } from 'lit';

/**
 * Styles every element shares. Colours and spacing come from the element's own custom properties,
 * falling back to NL Design System `--basis-*` tokens, then to defaults; the font is the page's.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--biebkit-color, var(--basis-color-default-color-document, CanvasText));
    --_bk-accent: var(--biebkit-accent-color, var(--basis-color-accent-1-color-default, light-dark(#1a5fb4, #8ab4f8)));
    --_bk-subtle: var(--biebkit-subtle-color, var(--basis-color-default-color-subtle, light-dark(#4f5660, #b9bec6)));
    --_bk-border: var(--biebkit-border-color, var(--basis-color-default-border-subtle, light-dark(#c6cad1, #5b616b)));
    --_bk-bg: var(--biebkit-background-color, var(--basis-color-default-bg-document, Canvas));
    --_bk-surface: var(--biebkit-surface-color, var(--basis-color-default-bg-subtle, light-dark(#f3f4f6, #2a2d33)));
    --_bk-positive: var(--biebkit-positive-color, var(--basis-color-positive-color-default, light-dark(#1e7b34, #7fd69a)));
    --_bk-negative: var(--biebkit-negative-color, var(--basis-color-negative-color-default, light-dark(#b3261e, #ff9b92)));
    --_bk-warning: var(--biebkit-warning-color, var(--basis-color-warning-color-default, light-dark(#8a5300, #f2c073)));
    --_bk-radius: var(--biebkit-border-radius, var(--basis-border-radius-md, 0.5rem));
    --_bk-space: var(--biebkit-space, var(--basis-space-block-md, 0.75rem));
    --_bk-focus: var(--biebkit-focus-color, var(--basis-focus-outline-color, light-dark(#1a5fb4, #8ab4f8)));
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(reserve)) {
    min-block-size: var(--_bk-loading-size, 4em);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_bk-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .bk-loading {
    min-block-size: var(--_bk-loading-size, 4em);
    color: var(--_bk-subtle);
  }
  .bk-error,
  .bk-notice {
    border: 1px solid var(--_bk-border);
    border-inline-start: 4px solid var(--_bk-negative);
    border-radius: var(--_bk-radius);
    padding: var(--_bk-space);
    margin: 0;
  }
  .bk-notice {
    border-inline-start-color: var(--_bk-warning);
  }
  .bk-error p,
  .bk-notice p {
    margin: 0;
  }
  .bk-error p + p {
    margin-block-start: 0.25em;
    color: var(--_bk-subtle);
  }
  .bk-stale {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_bk-subtle);
  }
  @media (forced-colors: active) {
    .bk-error,
    .bk-notice {
      border-color: CanvasText;
    }
  }
`;

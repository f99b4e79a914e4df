import { css } from 'lit';

/** The studio's look: the page's font, NL Design System tokens where the page has them, AA contrast. */
export const studioStyles = css`
  :host {
    --_fg: var(--basis-color-default-color-document, #1a1a1a);
    --_bg: var(--basis-color-default-bg-document, #ffffff);
    --_subtle: var(--basis-color-default-color-subtle, #595959);
    --_border: var(--basis-color-default-border-subtle, #b3b3b3);
    --_accent: var(--basis-color-accent-1-color-default, #1f3864);
    --_surface: var(--basis-color-default-bg-subtle, #f2f5fa);
    --_error: #a4161a;
    --_error-bg: #fdecea;
    --_warning: #7a4d00;
    --_warning-bg: #fff4d6;
    --_focus: var(--basis-focus-outline-color, #1f3864);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font: inherit;
    line-height: 1.45;
    max-inline-size: 90rem;
    margin-inline: auto;
    padding: 0 1rem 3rem;
  }
  h1 {
    font-size: 1.75rem;
    margin: 0.5rem 0;
  }
  h2 {
    font-size: 1.3rem;
    margin: 2rem 0 0.75rem;
    border-block-end: 2px solid var(--_accent);
    padding-block-end: 0.25rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.5rem;
  }
  .bar {
    display: flex;
    justify-content: space-between;
    align-items: center;
    border-block-end: 1px solid var(--_border);
    padding-block: 0.5rem;
  }
  .bar p {
    margin: 0;
  }
  .intro {
    max-inline-size: 60rem;
  }
  .drop {
    border: 2px dashed var(--_accent);
    border-radius: 0.5rem;
    padding: 1.25rem;
    background: var(--_surface);
  }
  .drop.over {
    background: #dbe6f7;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  button,
  .button,
  select,
  input[type='text'] {
    font: inherit;
  }
  button,
  .button {
    display: inline-block;
    border: 1px solid var(--_accent);
    border-radius: 0.25rem;
    background: var(--_bg);
    color: var(--_accent);
    padding: 0.4rem 0.9rem;
    cursor: pointer;
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    color: #ffffff;
  }
  button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.link {
    border: 0;
    padding: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  button.icon {
    border: 0;
    padding: 0 0.3rem;
    background: none;
    color: var(--_subtle);
    font-size: 1.1rem;
    line-height: 1;
  }
  :is(button, .button, a, input, select, summary, [tabindex]):focus-visible,
  input[type='file']:focus-visible + label,
  #files:focus-visible ~ * {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .actions:has(#files:focus-visible) label[for='files'] {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .status {
    min-block-size: 1.5em;
    font-weight: 600;
  }
  .failure {
    color: var(--_error);
  }
  .badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 700;
    padding: 0 0.35em;
    border-radius: 0.2em;
    border: 1px solid currentColor;
  }
  li.error .badge,
  td.error input,
  tr.error > th {
    color: var(--_error);
  }
  li.warning .badge {
    color: var(--_warning);
  }
  li.info .badge {
    color: var(--_subtle);
  }
  .problems ul,
  .other,
  .sheet-problems {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
  }
  .problems li,
  .other li,
  .sheet-problems li {
    padding: 0.2rem 0;
  }
  .place {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    margin-inline: 0.25rem;
  }
  .problems {
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.5rem 0.75rem;
    max-block-size: 24rem;
    overflow: auto;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-start: 1rem;
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    border-radius: 0.25rem 0.25rem 0 0;
    border-block-end: 0;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: #ffffff;
  }
  [role='tab'].has-errors:not([aria-selected='true']) {
    color: var(--_error);
    border-color: var(--_error);
  }
  .count {
    font-size: 0.85em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .tools .hint {
    flex-basis: 100%;
    color: var(--_subtle);
    font-size: 0.9em;
  }
  .pager {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  .spec {
    color: var(--_subtle);
    font-weight: 400;
  }
  .scroll {
    overflow: auto;
    max-block-size: 36rem;
    border: 1px solid var(--_border);
  }
  table.grid {
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  .grid th,
  .grid td {
    border: 1px solid var(--_border);
    padding: 0;
    vertical-align: top;
  }
  .grid thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_surface);
    padding: 0.3rem 0.4rem;
    text-align: start;
    white-space: nowrap;
    z-index: 1;
  }
  .grid tbody th {
    padding: 0.25rem 0.3rem;
    white-space: nowrap;
    background: var(--_surface);
    font-weight: 600;
  }
  /* The row numbers stay in view when the sheet scrolls sideways. */
  .grid tr > :first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
  }
  .grid thead tr > :first-child {
    z-index: 2;
  }
  .grid input {
    border: 0;
    padding: 0.3rem 0.4rem;
    min-inline-size: 9rem;
    background: transparent;
    color: inherit;
  }
  .grid td.error {
    background: var(--_error-bg);
    box-shadow: inset 0 0 0 2px var(--_error);
  }
  .grid td.warning {
    background: var(--_warning-bg);
  }
  tr.example {
    color: var(--_subtle);
    font-style: italic;
  }
  .tag {
    font-size: 0.75em;
    font-weight: 400;
  }
  td.messages {
    min-inline-size: 24rem;
    padding: 0.25rem 0.4rem;
  }
  td.messages ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .preview {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 36rem), 1fr));
  }
  .preview .wide {
    grid-column: 1 / -1;
  }
  .preview > section {
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    padding: 0 1rem 1rem;
  }
`;

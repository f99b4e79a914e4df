import { css } from 'lit';

export const calendarStyles = css`
  :host {
    container-type: inline-size;
    --_ac-accent: var(--activity-calendar-accent, var(--_bk-accent));
    --_ac-cancelled: var(--activity-calendar-cancelled, var(--_bk-negative));
    --_ac-moved: var(--activity-calendar-moved, var(--_bk-warning));
    --_ac-now: var(--activity-calendar-now, var(--_bk-positive));
    --_bk-loading-size: var(--activity-calendar-loading-size, 30em);
  }
  button,
  input,
  select,
  .button {
    font: inherit;
    color: inherit;
  }
  button,
  .button {
    cursor: pointer;
    border: 1px solid var(--_bk-border);
    border-radius: var(--_bk-radius);
    background: var(--_bk-bg);
    padding: 0.35em 0.75em;
    min-block-size: 2.75rem;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .button.primary,
  button[aria-pressed='true'] {
    background: var(--_ac-accent);
    border-color: var(--_ac-accent);
    color: var(--_bk-bg);
  }
  .toolbar,
  .filters,
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    margin-block-end: var(--_bk-space);
  }
  .toolbar {
    justify-content: space-between;
  }
  .views {
    display: flex;
    gap: 0.25rem;
  }
  .download {
    margin-inline-start: auto;
  }
  .bk-as-of {
    align-self: center;
    color: var(--_bk-subtle);
  }
  .subscribe {
    position: relative;
  }
  /* A summary inherits through the details element's own slot, so not box-sizing from here. */
  .subscribe > summary {
    display: flex;
    box-sizing: border-box;
  }
  .subscribe > summary::-webkit-details-marker {
    display: none;
  }
  .subscribe-panel {
    position: absolute;
    inset-inline-end: 0;
    z-index: 1;
    inline-size: min(24rem, 80vw);
    padding: var(--_bk-space);
    border: 1px solid var(--_bk-border);
    border-radius: var(--_bk-radius);
    background: var(--_bk-bg);
    overflow-wrap: anywhere;
  }
  .subscribe-panel p {
    margin: 0.25em 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-inline-size: 9rem;
  }
  .field.grow {
    flex: 1 1 12rem;
  }
  input,
  select {
    border: 1px solid var(--_bk-subtle);
    border-radius: var(--_bk-radius);
    padding: 0.35em 0.5em;
    min-block-size: 2.75rem;
    background: var(--_bk-bg);
  }
  .subtle {
    color: var(--_bk-subtle);
  }
  .day-heading {
    font-weight: 700;
    font-size: 1.1em;
    margin-block: var(--_bk-space) 0.25rem;
    border-block-end: 1px solid var(--_bk-border);
    padding-block-end: 0.25rem;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: 7.5em 1fr;
    gap: 0.25rem 0.75rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_bk-border);
  }
  .time {
    font-variant-numeric: tabular-nums;
    color: var(--_bk-subtle);
  }
  .body {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    min-inline-size: 0;
  }
  .title {
    all: unset;
    cursor: pointer;
    font-weight: 600;
    color: var(--_ac-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .title:focus-visible {
    outline: 3px solid var(--_bk-focus);
    outline-offset: 2px;
  }
  .cancelled .title {
    text-decoration-line: underline line-through;
    color: var(--_bk-subtle);
  }
  .meta {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    color: var(--_bk-subtle);
    font-size: 0.9em;
  }
  .label {
    border: 1px solid var(--_bk-border);
    border-radius: 1em;
    padding: 0 0.5em;
  }
  .badge {
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    border-radius: 0.25em;
    padding: 0.05em 0.4em;
    border: 1px solid currentColor;
  }
  .badge.now {
    color: var(--_ac-now);
  }
  .badge.past {
    color: var(--_bk-subtle);
  }
  .item.past .title {
    color: var(--_bk-subtle);
  }
  .badge.cancelled {
    color: var(--_ac-cancelled);
  }
  .badge.moved,
  .badge.full {
    color: var(--_ac-moved);
  }
  .note {
    flex-basis: 100%;
    font-style: italic;
  }
  .link {
    color: var(--_ac-accent);
  }
  .more {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .empty {
    border: 1px dashed var(--_bk-border);
    border-radius: var(--_bk-radius);
    padding: var(--_bk-space);
  }
  .empty p {
    margin-block: 0 0.5rem;
  }
  .nav {
    justify-content: space-between;
    align-items: center;
  }
  .period-title {
    font-weight: 700;
    font-size: 1.2em;
  }
  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th {
    font-weight: 600;
    padding: 0.25rem;
    text-align: start;
    color: var(--_bk-subtle);
  }
  .cell {
    vertical-align: top;
    border: 1px solid var(--_bk-border);
    padding: 0.25rem;
    block-size: var(--activity-calendar-cell-min-height, 5.5rem);
    cursor: pointer;
    overflow: hidden;
  }
  .cell.outside {
    background: var(--_bk-surface);
    color: var(--_bk-subtle);
  }
  .cell.today .num {
    background: var(--_ac-accent);
    color: var(--_bk-bg);
    border-radius: 1em;
    padding: 0 0.4em;
  }
  .cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_ac-accent);
  }
  .cell:focus-visible {
    outline: 3px solid var(--_bk-focus);
    outline-offset: -3px;
  }
  .num {
    display: inline-block;
    font-weight: 600;
    margin-block-end: 0.15rem;
  }
  .chip {
    display: block;
    font-size: 0.8em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip.cancelled {
    text-decoration: line-through;
  }
  .chip.more-n {
    font-weight: 600;
  }
  .day-list {
    margin-block-start: var(--_bk-space);
  }
  .week-days {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 0.5rem;
  }
  .week-day.today .day-heading {
    color: var(--_ac-accent);
  }
  .week-day .item {
    grid-template-columns: 1fr;
  }
  @container (max-width: 45rem) {
    .week-days {
      grid-template-columns: 1fr;
    }
    .week-day .item {
      grid-template-columns: 7.5em 1fr;
    }
  }
  @container (max-width: 30rem) {
    .item,
    .week-day .item {
      grid-template-columns: 1fr;
    }
  }
  dialog {
    inline-size: min(40rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    border: 1px solid var(--_bk-border);
    border-radius: var(--_bk-radius);
    padding: calc(var(--_bk-space) * 1.5);
    color: inherit;
    background: var(--_bk-bg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .close {
    float: inline-end;
  }
  .detail-title {
    font-size: 1.3em;
    font-weight: 700;
    margin-block-end: 0.5rem;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35rem 1rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .badges {
    display: flex;
    gap: 0.5rem;
    margin: 0;
  }
  @media (forced-colors: active) {
    .badge,
    .cell[aria-selected='true'] {
      border: 1px solid CanvasText;
    }
    button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .toolbar,
    .filters {
      display: none;
    }
  }
`;

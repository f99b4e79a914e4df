import { css } from 'lit';

export const openingHoursStyles = css`
  :host {
    --_oh-open: var(--opening-hours-open-color, var(--_bk-positive));
    --_oh-closed: var(--opening-hours-closed-color, var(--_bk-negative));
    --_oh-other: var(--opening-hours-other-color, var(--_bk-warning));
    --_oh-today: var(--opening-hours-today-background, var(--_bk-surface));
    --_bk-loading-size: var(--opening-hours-loading-size, 24em);
    container-type: inline-size;
  }
  :host([compact]) {
    --_bk-loading-size: var(--opening-hours-loading-size, 3em);
  }
  .scroll {
    overflow-x: auto;
  }
  .day-short {
    display: none;
  }
  .iv {
    white-space: nowrap;
  }
  /* Narrow places (a sidebar, a phone): short day names, tighter cells, times may wrap. */
  @container (max-width: 44rem) {
    .day-long {
      display: none;
    }
    .day-short {
      display: inline;
    }
    th,
    td {
      padding: 0.25em 0.3em;
    }
    thead th {
      font-size: 0.85em;
      hyphens: auto;
    }
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 var(--_bk-space);
    font-weight: 600;
  }
  .shape {
    flex: none;
    inline-size: 0.8em;
    block-size: 0.8em;
    background: var(--_oh-closed);
    border: 1px solid transparent;
  }
  .shape.open {
    border-radius: 50%;
    background: var(--_oh-open);
  }
  .shape.unknown {
    transform: rotate(45deg) scale(0.85);
    background: var(--_bk-subtle);
  }
  .shape.appointment {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    background: var(--_oh-other);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.5em;
    border-block-end: 1px solid var(--_bk-border);
  }
  thead th {
    font-weight: 600;
    color: var(--_bk-subtle);
  }
  tbody th {
    font-weight: normal;
    white-space: nowrap;
  }
  tr.today {
    background: var(--_oh-today);
    font-weight: 600;
  }
  tr.today th {
    font-weight: 600;
  }
  .note {
    display: block;
    font-size: 0.9em;
    color: var(--_bk-subtle);
  }
  .special {
    margin-block-start: var(--_bk-space);
  }
  .special p {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .special ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  @media (forced-colors: active) {
    .shape {
      border: 0.4em solid CanvasText;
    }
    tr.today {
      outline: 2px solid CanvasText;
    }
  }
`;

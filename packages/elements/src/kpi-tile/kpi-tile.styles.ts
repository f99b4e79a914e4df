import { css } from 'lit';

/**
 * Styles of a KPI tile, shared by `<kpi-tile>` and `<kpi-tile-group>`. Colours: `--kpi-tile-*`, then
 * `--biebkit-*`, then NL Design System `--basis-*` tokens, then defaults that switch with the page's
 * color-scheme (light-dark), so a page that offers dark mode gets readable colours and a light page
 * never gets light text. Text colours meet 4.5:1 on the page background, the sparkline 3:1.
 */
export const kpiTileStyles = css`
  :host {
    --_kt-good: var(--kpi-tile-good-color, var(--_bk-positive));
    --_kt-bad: var(--kpi-tile-bad-color, var(--_bk-negative));
    --_kt-warning: var(--kpi-tile-warning-color, var(--_bk-warning));
    --_kt-subtle: var(--kpi-tile-subtle-color, var(--_bk-subtle));
    --_kt-line: var(--kpi-tile-line-color, var(--_bk-accent));
    --_kt-border: var(--kpi-tile-border-color, var(--_bk-border));
    --_bk-loading-size: var(--kpi-tile-min-height, 9.5em);
  }
  :host([variant='compact']) {
    --_bk-loading-size: var(--kpi-tile-min-height, 6.5em);
  }
  :host([variant='chart']) {
    --_bk-loading-size: var(--kpi-tile-min-height, 15em);
  }
  .bk-loading,
  .bk-error,
  .bk-notice,
  .tile {
    min-block-size: var(--_bk-loading-size);
  }
  .tile {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    block-size: 100%;
    padding: var(--kpi-tile-padding, var(--_bk-space));
    border: var(--kpi-tile-border-width, 1px) solid var(--_kt-border);
    border-radius: var(--kpi-tile-border-radius, var(--_bk-radius));
    background: var(--kpi-tile-background, transparent);
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: var(--kpi-tile-label-font-weight, 600);
    font-size: var(--kpi-tile-label-font-size, 1em);
  }
  .reading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
  }
  .value {
    font-size: var(--kpi-tile-value-font-size, 2em);
    font-weight: var(--kpi-tile-value-font-weight, 700);
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .compact .value {
    font-size: var(--kpi-tile-value-font-size, 1.5em);
  }
  .period,
  .description,
  .source,
  .no-data {
    color: var(--_kt-subtle);
  }
  .description,
  .source {
    font-size: 0.875em;
  }
  .deltas {
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.9375em;
  }
  .delta.good,
  .status-reached .badge,
  .status-on-track .badge {
    color: var(--_kt-good);
  }
  .delta.bad,
  .status-missed .badge {
    color: var(--_kt-bad);
  }
  .status-behind .badge {
    color: var(--_kt-warning);
  }
  .delta.flat {
    color: var(--_kt-subtle);
  }
  .arrow,
  .amount {
    font-weight: 600;
  }
  .target {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.6em;
    row-gap: 0.2em;
    font-size: 0.9375em;
  }
  .badge {
    font-weight: 600;
  }
  .target-detail {
    color: var(--_kt-subtle);
  }
  .trend {
    margin-block-start: auto;
  }
  kpi-sparkline {
    color: var(--_kt-line);
  }
  details {
    margin-block-start: 0.25rem;
    font-size: 0.875em;
  }
  summary {
    cursor: pointer;
    color: var(--_kt-line);
    inline-size: fit-content;
  }
  table {
    border-collapse: collapse;
    margin-block-start: 0.25rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.15rem 0.75rem 0.15rem 0;
    text-align: start;
    border-block-end: 1px solid var(--_kt-border);
  }
  td {
    text-align: end;
  }
  @media (forced-colors: active) {
    .tile {
      border-color: CanvasText;
    }
    .delta,
    .badge,
    .period,
    .no-data,
    .description,
    .source,
    .target-detail {
      color: CanvasText;
    }
    kpi-sparkline {
      color: CanvasText;
    }
    summary {
      color: LinkText;
    }
  }
`;

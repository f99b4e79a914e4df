import { css } from 'lit';

export const branchMapStyles = css`
  :host {
    --_bm-open: var(--branch-map-open-color, var(--_bk-positive));
    --_bm-closed: var(--branch-map-closed-color, var(--_bk-negative));
    --_bm-other: var(--branch-map-other-color, var(--_bk-warning));
    --_bm-height: var(--branch-map-height, 22rem);
    --_bk-loading-size: var(--branch-map-loading-size, 40em);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin-block-end: var(--_bk-space);
  }
  select,
  button {
    font: inherit;
  }
  .list {
    list-style: none;
    margin: 0 0 var(--_bk-space);
    padding: 0;
  }
  .list > li {
    /* Off-screen rows of a long list skip layout and paint, and stay in the page for find and screen readers. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    padding: 0.6em 0;
    border-block-end: 1px solid var(--_bk-border);
  }
  .address,
  .today {
    color: var(--_bk-subtle);
  }
  .state {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .to-map {
    align-self: flex-start;
    margin-block-start: 0.25em;
  }
  .mark {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    font-size: 0.8em;
    font-weight: 700;
    color: #fff;
    background: var(--_bm-closed);
  }
  .mark.open {
    border-radius: 50%;
    background: var(--_bm-open);
  }
  .mark.unknown {
    /* A dashed ring with a question mark: unlike the other marks, hollow. */
    background: transparent;
    color: inherit;
    border: 2px dashed var(--_bk-subtle);
    border-radius: 50%;
  }
  .mark.appointment {
    background: var(--_bm-other);
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    align-items: end;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }
  .legend > span {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .map-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0.5em 0 0;
  }
  .privacy {
    font-size: 0.9em;
    color: var(--_bk-subtle);
  }
  .overview,
  .leaflet-host {
    display: block;
    inline-size: 100%;
    block-size: var(--_bm-height);
    border: 1px solid var(--_bk-border);
    border-radius: var(--_bk-radius);
  }
  .overview .ground {
    fill: var(--_bk-surface);
  }
  .overview .pin circle,
  .overview .pin rect,
  .overview .pin polygon {
    stroke: var(--_bk-bg);
    stroke-width: 2;
    fill: var(--_bm-closed);
  }
  .overview .pin.open circle {
    fill: var(--_bm-open);
  }
  .overview .pin.unknown circle {
    fill: var(--_bk-bg);
    stroke: var(--_bk-subtle);
    stroke-dasharray: 4 3;
  }
  .overview .pin.unknown .glyph {
    fill: currentColor;
  }
  .overview .pin.appointment polygon {
    fill: var(--_bm-other);
  }
  .overview .marks {
    stroke: var(--_bk-bg);
    stroke-width: 1;
    fill: var(--_bm-closed);
  }
  .overview .marks.open {
    fill: var(--_bm-open);
  }
  .overview .marks.unknown {
    fill: var(--_bk-bg);
    stroke: var(--_bk-subtle);
    stroke-dasharray: 2 2;
  }
  .overview .marks.appointment {
    fill: var(--_bm-other);
  }
  .overview .glyph {
    fill: #fff;
    font-size: 11px;
    font-weight: 700;
  }
  .overview .label {
    fill: currentColor;
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--_bk-surface);
    stroke-width: 3px;
  }
  .bk-pin {
    display: grid;
    place-items: center;
    color: #fff;
    font-weight: 700;
    border: 2px solid #fff;
    background: var(--_bm-closed);
    box-shadow: 0 1px 3px rgb(0 0 0 / 40%);
  }
  .bk-pin--open {
    border-radius: 50%;
    background: var(--_bm-open);
  }
  .bk-pin--unknown {
    background: var(--_bk-bg);
    color: inherit;
    border: 2px dashed var(--_bk-subtle);
    border-radius: 50%;
  }
  .bk-pin--appointment {
    background: var(--_bm-other);
    border-radius: 4px 4px 50% 50%;
  }
  .bk-pin:focus-visible {
    outline: 3px solid var(--_bk-focus);
    outline-offset: 2px;
  }
  .bk-popup p {
    margin: 0.25em 0;
  }
  .bk-popup button {
    margin-block-start: 0.25em;
  }
  @media (forced-colors: active) {
    .mark,
    .bk-pin {
      border: 1px solid CanvasText;
    }
  }
`;

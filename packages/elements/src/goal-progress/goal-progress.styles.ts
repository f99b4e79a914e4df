import { css } from 'lit';

/**
 * Colours: `--goal-progress-*`, then `--biebkit-*`, then NL Design System `--basis-*`, then defaults that
 * follow the page's color-scheme (light-dark). Bar fills have at least 3:1 against the track, text 4.5:1.
 */
export const goalProgressStyles = css`
  :host {
    --_gp-good: var(--goal-progress-good-color, var(--_bk-positive));
    --_gp-bad: var(--goal-progress-bad-color, var(--_bk-negative));
    --_gp-warning: var(--goal-progress-warning-color, var(--_bk-warning));
    --_gp-subtle: var(--goal-progress-subtle-color, var(--_bk-subtle));
    --_gp-track: var(--goal-progress-track-color, light-dark(#e3e6ea, #3a3f47));
    --_gp-track-border: var(--goal-progress-track-border-color, light-dark(#6b7280, #9aa0a6));
    --_gp-marker: var(--goal-progress-marker-color, var(--biebkit-color, var(--basis-color-default-color-document, CanvasText)));
    --_gp-border: var(--goal-progress-border-color, var(--_bk-border));
    --_bk-loading-size: var(--goal-progress-min-height, 9em);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .list,
  .milestones {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list {
    display: grid;
    gap: var(--goal-progress-gap, var(--_bk-space));
  }
  .theme + .theme {
    margin-block-start: calc(2 * var(--_bk-space));
  }
  .theme-heading {
    font-size: var(--goal-progress-heading-font-size, 1.25em);
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  .goal {
    display: grid;
    gap: 0.4rem;
    min-block-size: var(--_bk-loading-size);
    padding: var(--goal-progress-padding, var(--_bk-space));
    border: var(--goal-progress-border-width, 1px) solid var(--_gp-border);
    border-radius: var(--goal-progress-border-radius, var(--_bk-radius));
    background: var(--goal-progress-background, transparent);
  }
  .bk-loading,
  .bk-error,
  .bk-notice {
    min-block-size: var(--_bk-loading-size);
  }
  /* A list of goals: room for several while the feed loads. */
  :host(:not([goal])) .bk-loading {
    min-block-size: var(--goal-progress-loading-size, 40em);
  }
  .title {
    font-weight: 600;
    font-size: var(--goal-progress-title-font-size, 1em);
  }
  .description,
  .scale,
  .facts dt,
  .when,
  .detail {
    color: var(--_gp-subtle);
  }
  .description {
    font-size: 0.9375em;
  }
  .bar {
    position: relative;
    block-size: var(--goal-progress-bar-height, 0.75rem);
    background: var(--_gp-track);
    border: 1px solid var(--_gp-track-border);
    border-radius: var(--goal-progress-bar-radius, 999px);
    margin-block: 0.35rem 0.1rem;
  }
  .fill {
    block-size: 100%;
    border-radius: inherit;
    background: var(--_gp-fill, var(--_gp-good));
  }
  .expected {
    position: absolute;
    inset-block: -0.3rem;
    inline-size: 3px;
    margin-inline-start: -1.5px;
    background: var(--_gp-marker);
    box-shadow: 0 0 0 1px var(--_bk-bg);
  }
  .scale {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    font-size: 0.875em;
  }
  .status-reached,
  .status-on-track {
    --_gp-fill: var(--_gp-good);
    --_gp-tone: var(--_gp-good);
  }
  .status-behind {
    --_gp-fill: var(--_gp-warning);
    --_gp-tone: var(--_gp-warning);
  }
  .status-missed {
    --_gp-fill: var(--_gp-bad);
    --_gp-tone: var(--_gp-bad);
  }
  .badge {
    font-weight: 600;
    color: var(--_gp-tone, inherit);
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.6em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.25rem;
    row-gap: 0.25rem;
    font-size: 0.9375em;
  }
  .facts div {
    display: flex;
    gap: 0.35em;
  }
  .facts dd {
    font-variant-numeric: tabular-nums;
  }
  .marker-key {
    display: inline-block;
    inline-size: 3px;
    block-size: 0.9em;
    vertical-align: -0.1em;
    background: var(--_gp-marker);
  }
  .milestones {
    display: grid;
    gap: 0.2rem;
    font-size: 0.9375em;
  }
  .milestones .icon {
    display: inline-block;
    inline-size: 1.25em;
    font-weight: 700;
  }
  .milestones .done .icon {
    color: var(--_gp-good);
  }
  .milestones .overdue .icon,
  .milestones .overdue .when {
    color: var(--_gp-warning);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .goal {
      border-color: CanvasText;
    }
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    .fill {
      background: Highlight;
    }
    .expected,
    .marker-key {
      forced-color-adjust: none;
      background: CanvasText;
      box-shadow: 0 0 0 1px Canvas;
    }
    .badge,
    .description,
    .scale,
    .facts dt,
    .when,
    .detail,
    .milestones .icon {
      color: CanvasText;
    }
  }
`;

import { css } from 'lit';

/** Styles of the facilities in the list and their filter. */
export const extraStyles = css`
  .facilities {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.4em;
    margin: 0.3em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .facilities li {
    padding: 0 0.4em;
    border: 1px solid var(--_bk-border);
    border-radius: var(--_bk-radius);
  }
  .facilities li.not,
  .facilities li.note {
    color: var(--_bk-subtle);
  }
  .facilities li.note {
    border: 0;
    padding: 0;
    flex-basis: 100%;
  }
  .facility-filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .facility-filter legend {
    float: left;
    margin-inline-end: 0.5em;
    font-weight: 600;
  }
  .facility-filter label {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    white-space: nowrap;
  }
`;

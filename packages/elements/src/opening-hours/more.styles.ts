import { css } from 'lit';

/** Styles of the season notice and the mobile-library stops. */
export const moreStyles = css`
  .seasons {
    margin: 0 0 var(--_bk-space);
    padding: 0.4em 0.6em;
    list-style: none;
    border-inline-start: 0.25em solid var(--_oh-other);
    background: var(--_oh-today);
  }
  .seasons li + li {
    margin-block-start: 0.2em;
  }
`;

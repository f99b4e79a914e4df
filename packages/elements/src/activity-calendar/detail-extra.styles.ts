import { css } from 'lit';

/** Styles of the image and the places badge. */
export const extraStyles = css`
  .badge.places {
    color: var(--_ac-moved);
  }
  .image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    /* A picture, not the page: the facts stay in view on a phone. */
    max-block-size: 14rem;
    object-fit: cover;
    margin-block: 0.5rem;
    border-radius: var(--_bk-radius);
  }
`;

// A React 19 app that uses Biebkit's elements in JSX, typed by @biebkit/elements/react.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@biebkit/elements/all.js';
import type {} from '@biebkit/elements/react';
import type { FeedLoadDetail } from '@biebkit/elements';

const NOW = '2026-11-23T11:00';

export function App() {
  const [loaded, setLoaded] = useState<FeedLoadDetail>();
  const [opened, setOpened] = useState<string>();
  return (
    <library-feed src="./feed.json" municipality="GM0397" onfeed-load={(event) => setLoaded(event.detail)}>
      <p id="status">{loaded ? `Feed geladen: ${loaded.problems.length} meldingen` : 'Laden…'}</p>
      <p id="opened">{opened ? `Geopend: ${opened}` : 'Nog niets geopend'}</p>
      <kpi-tile kpi="actief-bereik-0-18" variant="default" showTarget compare="both" now={NOW} />
      <opening-hours branch="plein-1" now={NOW} special-days={3} className="hours" />
      <activity-calendar view="agenda" days={120} hide-filters now={NOW} onactivity-open={(event) => setOpened(event.detail.id)} />
    </library-feed>
  );
}

/** Misuse that the types must refuse (tsc fails if any line below is accepted). */
export function Refused() {
  return (
    <>
      {/* @ts-expect-error: not a variant of <kpi-tile> */}
      <kpi-tile variant="huge" />
      {/* @ts-expect-error: <opening-hours> has no such property */}
      <opening-hours brnach="plein-1" />
      {/* @ts-expect-error: a number is not a feed URL */}
      <library-feed src={42} />
      {/* @ts-expect-error: the event's detail is a FeedLoadDetail, not a number */}
      <library-feed onfeed-load={(event: CustomEvent<number>) => event.detail.toFixed()} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  src: string;
  municipality: string;
  kind: string;
  sort: 'name' | 'open';
  map: 'click' | 'eager' | 'none';
  tiles: string;
  now: string;
  lang: string;
  facilities?: string;
}

const FIXTURE = '/test/fixtures/hours-feed.json';
const ADDITIONS = '/test/fixtures/additions-feed.json';

const meta: Meta<Args> = {
  title: 'Elements/branch-map',
  component: 'branch-map',
  tags: ['autodocs'],
  args: { src: '/demo/feeds/kopgroep.json', municipality: '', kind: '', sort: 'name', map: 'click', tiles: '', now: '2026-11-23T11:00', lang: 'nl' },
  argTypes: {
    sort: { control: 'inline-radio', options: ['name', 'open'] },
    map: { control: 'inline-radio', options: ['click', 'eager', 'none'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (a) => html`<branch-map
    src=${a.src}
    municipality=${ifDefined(a.municipality || undefined)}
    kind=${ifDefined(a.kind || undefined)}
    sort=${a.sort}
    map=${a.map}
    tiles=${ifDefined(a.tiles || undefined)}
    facilities=${ifDefined(a.facilities || undefined)}
    now=${a.now}
    lang=${a.lang}
  ></branch-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** KopGroep's branches (sample feed): the list and the drawn overview; the tiled map loads on "Toon kaart". */
export const Default: Story = {};

/** Open now first. */
export const SortedByOpenNow: Story = { args: { src: FIXTURE, sort: 'open', now: '2026-11-23T09:00' } };

/** One municipality. */
export const Municipality: Story = { args: { src: FIXTURE, municipality: 'GM0392', now: '2026-11-23T09:00' } };

/** Service points only. */
export const ServicePoints: Story = { args: { src: FIXTURE, kind: 'service-point', now: '2026-11-25T15:00' } };

/** The tiled map at once (PDOK BRT-Achtergrondkaart). */
export const MapEager: Story = { args: { src: FIXTURE, map: 'eager', now: '2026-11-23T09:00' } };

/** Without tiles: markers on a plain background. */
export const NoTiles: Story = { args: { src: FIXTURE, map: 'eager', tiles: 'none', now: '2026-11-23T09:00' } };

/** List and overview only, no map library at all. */
export const ListOnly: Story = { args: { src: FIXTURE, map: 'none', now: '2026-11-23T09:00' } };

/** King's Day: everything closed but the self-service branch. */
export const KingsDay: Story = { args: { src: FIXTURE, now: '2026-04-27T11:00' } };

/** English. */
export const English: Story = { args: { src: FIXTURE, lang: 'en', now: '2026-12-24T14:00' } };

/** Facilities and accessibility per branch, a filter on them, and a bibliobus as its stops ("Volgende keer hier"). */
export const FacilitiesAndBibliobus: Story = { args: { src: ADDITIONS, map: 'none', now: '2027-06-15T10:00' } };

/** Only branches with a hearing loop and wifi. */
export const FilteredByFacility: Story = { args: { src: ADDITIONS, map: 'none', facilities: 'hearingLoop wifi', now: '2027-06-15T10:00' } };

/** Only the bibliobus stops. */
export const BibliobusStops: Story = { args: { src: ADDITIONS, map: 'none', kind: 'mobile-library', now: '2027-06-15T10:00' } };

/** Bind's sample feed (Drenthe): branches, service and pickup points and the bibliobus's stops, with their facilities. */
export const BindWithBibliobus: Story = { args: { src: '/demo/feeds/bind.json', map: 'none', now: '2026-12-08T10:00' } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementStories } from '../../../../stories/element-story.js';
import './define.js';

const FIXTURE = '/test/fixtures/hours-feed.json';
const ADDITIONS = '/test/fixtures/additions-feed.json';

const meta = {
  title: 'Elements/branch-map',
  component: 'branch-map',
  ...elementStories('branch-map', { options: { sort: ['name', 'open'], map: ['click', 'eager', 'none'] } }),
  args: { src: '/demo/feeds/kopgroep.json', now: '2026-11-23T11:00' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

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

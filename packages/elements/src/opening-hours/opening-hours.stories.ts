import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementStories } from '../../../../stories/element-story.js';
import './define.js';

const FIXTURE = '/test/fixtures/hours-feed.json';
const ADDITIONS = '/test/fixtures/additions-feed.json';

const meta = {
  title: 'Elements/opening-hours',
  component: 'opening-hours',
  ...elementStories('opening-hours'),
  args: { src: '/demo/feeds/zuid-kennemerland.json', branch: 'plein-1', now: '2026-11-23T11:00' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Plein 1 in Heemstede (sample feed) on a Monday morning. */
export const Default: Story = {};

/** Open without staff, with staff coming at 14:00. */
export const SelfServiceThenStaffed: Story = { args: { src: FIXTURE, branch: 'plein-1', now: '2026-11-23T09:00' } };

/** Open and staffed. */
export const OpenStaffed: Story = { args: { src: FIXTURE, branch: 'plein-1', now: '2026-11-23T15:00' } };

/** Self-service only: a building open without staff, no staffed hours at all. */
export const SelfServiceOnly: Story = { args: { src: FIXTURE, branch: 'schalkwijk', now: '2026-11-23T09:00' } };

/** Closed, opening tomorrow. */
export const Closed: Story = { args: { src: FIXTURE, branch: 'centrum', now: '2026-11-22T15:00' } };

/** King's Day: closed for the holiday. */
export const KingsDay: Story = { args: { src: FIXTURE, branch: 'centrum', now: '2026-04-27T11:00' } };

/** Christmas Eve: early closing, from an exception in the feed, with the coming special days. */
export const ChristmasEve: Story = { args: { src: FIXTURE, branch: 'plein-1', now: '2026-12-24T14:00' } };

/** Closed for a renovation (a dated range). */
export const Renovation: Story = { args: { src: FIXTURE, branch: 'zuid', now: '2026-11-23T11:00' } };

/** By appointment. */
export const Appointment: Story = { args: { src: FIXTURE, branch: 'servicepunt-bos', now: '2026-11-25T15:00' } };

/** No hours in the feed. */
export const Unknown: Story = { args: { src: FIXTURE, branch: 'noord', now: '2026-11-23T09:00' } };

/** English. */
export const English: Story = { args: { src: FIXTURE, branch: 'plein-1', now: '2026-12-24T14:00', lang: 'en' } };

/** Only the status line. */
export const Compact: Story = { args: { src: FIXTURE, branch: 'plein-1', now: '2026-11-23T09:00', compact: true } };

/** A branch id that is not in the feed. */
export const UnknownBranch: Story = { args: { src: FIXTURE, branch: 'nergens' } };

/** Summer hours coming: "Vanaf 1 juli zomertijden", with the hours of that season; appointment hours at the IDO desk. */
export const SeasonComing: Story = { args: { src: ADDITIONS, branch: 'plein-1', now: '2027-06-14T11:00' } };

/** In the summer hours, and the way back to the normal week. */
export const InSeason: Story = { args: { src: ADDITIONS, branch: 'plein-1', now: '2027-07-13T11:00' } };

/** New, longer hours from a date on (an open-ended season). */
export const NewHoursFromADate: Story = { args: { src: ADDITIONS, branch: 'kerkrade', now: '2027-06-28T11:00' } };

/** A staff day the organisation set once for every branch: self-service goes on. */
export const StaffDayForAllBranches: Story = { args: { src: ADDITIONS, branch: 'plein-1', now: '2027-06-24T11:00' } };

/** A mobile library (bibliobus): where it is now, where next, its stops with their timetable. */
export const MobileLibrary: Story = { args: { src: ADDITIONS, branch: 'bibliobus', now: '2027-06-15T10:00' } };

/** One stop of the bibliobus: "Volgende keer hier". */
export const NextStopHere: Story = { args: { src: ADDITIONS, branch: 'bibliobus', stop: 'koekange', now: '2027-06-15T10:00' } };

/**
 * Mijn Streek's HuB Kerkrade (sample feed) on the day the feed was made: the longer SPUK hours coming five
 * weeks later. The clock is the feed's own `generated`, so the story holds whenever `npm run samples` ran.
 */
export const SampleSpukHoursComing: Story = {
  args: { src: '/demo/feeds/mijn-streek.json', branch: 'hub-kerkrade' },
  loaders: [async () => ({ generated: ((await (await fetch('/demo/feeds/mijn-streek.json')).json()) as { generated: string }).generated })],
  render: (a, { loaded }) => html`<opening-hours src=${a.src} branch=${a.branch} now=${loaded['generated'] as string}></opening-hours>`,
};

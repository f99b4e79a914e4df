import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { elementStories } from '../../../../stories/element-story.js';
import './define.js';
import { generatedFeed } from './activity-calendar.generate.js';

const BASIC = '/test/fixtures/activities-basic.json';
const ADDITIONS = '/test/fixtures/additions-feed.json';

const meta = {
  title: 'Elements/activity-calendar',
  component: 'activity-calendar',
  ...elementStories('activity-calendar', { options: { view: ['agenda', 'month', 'week'] } }),
  args: { src: '/demo/feeds/mijn-streek.json', now: '2026-11-26T14:00', width: '60rem' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The agenda of the Mijn Streek sample feed. */
export const Agenda: Story = {};

/** Test fixture: Vandaag (one activity "bezig"), Morgen (full), Saturday with a cancelled lecture, a changed one. */
export const Statuses: Story = { args: { src: BASIC } };

/** The month grid. Arrow keys, Home/End, PageUp/PageDown and Enter. */
export const Month: Story = { args: { src: BASIC, view: 'month' } };

/** The month view in a narrow container falls back to the agenda. */
export const MonthNarrow: Story = { args: { src: BASIC, view: 'month', width: '20rem' } };

/** The week: days as columns, as rows when narrow. */
export const Week: Story = { args: { src: BASIC, view: 'week' } };

/** Week in a narrow container: days as rows. */
export const WeekNarrow: Story = { args: { src: BASIC, view: 'week', width: '22rem' } };

/** An editor's embed: youth activities in Brunssum, without visitor filters. */
export const EmbeddedFilter: Story = { args: { src: BASIC, branch: 'brunssum', audience: 'youth', hideFilters: true } };

/** No activities at all. */
export const Empty: Story = { args: { src: '/test/fixtures/activities-empty.json' } };

/** Filters that match nothing: says so and offers to clear them. */
export const EmptyFiltered: Story = { args: { src: BASIC, audience: 'youth', theme: 'robust-library' } };

/** Recurring activities across the end of DST (25 October 2026): still 10:00 every Tuesday. */
export const RecurringAcrossDstAutumn: Story = { args: { src: '/test/fixtures/activities-dst.json', now: '2026-10-19T09:00', view: 'week' } };

/** Across the start of DST (28 March 2027); a 02:30 start that does not exist that night shows 03:30. */
export const RecurringAcrossDstSpring: Story = { args: { src: '/test/fixtures/activities-dst.json', now: '2027-03-15T09:00', view: 'month' } };

/** Long titles and descriptions, wrapped and never overflowing. */
export const LongTitles: Story = { args: { src: '/test/fixtures/activities-long.json', width: '24rem' } };

/** English. */
export const English: Story = { args: { src: BASIC, lang: 'en' } };

/** English month view. */
export const EnglishMonth: Story = { args: { src: BASIC, lang: 'en', view: 'month' } };

/** 10,000 generated activities: the agenda pages, the month shows "+N meer". */
export const Many: Story = {
  render: (a) => html`<div style="max-inline-size: 60rem">
    <activity-calendar .feed=${generatedFeed(10_000)} now=${a.now} lang=${ifDefined(a.lang)} view=${ifDefined(a.view)}></activity-calendar>
  </div>`,
};

/** Many, as a month. */
export const ManyMonth: Story = { ...Many, args: { view: 'month' } };

/**
 * Richer events: an image with its alt text (in the details), organizer and performer, in the library and
 * online, a few places left, full, registration that opens later, a moved lecture with its previous date and
 * place, and activities only in (or not in) the school holidays. The feed is handed over as an object
 * here, so it has no site of its own: `images="all"` lets the one picture (from this Storybook) load.
 */
export const RichEvents: Story = {
  args: { now: '2027-06-14T11:00' },
  loaders: [
    async () => {
      const feed = await (await fetch(ADDITIONS)).json();
      feed.activities[2].image.url = new URL('/demo/assets/activity-sample.svg', location.href).href;
      return { feed };
    },
  ],
  render: (a, { loaded }) => html`<div style="max-inline-size: 60rem">
    <activity-calendar .feed=${loaded['feed']} now=${a.now} lang=${ifDefined(a.lang)} view=${ifDefined(a.view)} days="60" images="all"></activity-calendar>
  </div>`,
};

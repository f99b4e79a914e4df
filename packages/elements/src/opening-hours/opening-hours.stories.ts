import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementStories } from '../../../../stories/element-story.js';
import './define.js';

const FIXTURE = '/test/fixtures/hours-feed.json';

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

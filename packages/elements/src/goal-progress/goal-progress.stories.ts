import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { THEMES, elementStories } from '../../../../stories/element-story.js';
import './define.js';
import '../library-feed/define.js';

const FIXTURE = '/test/fixtures/kpi-feed.json';

const meta = {
  title: 'Elements/goal-progress',
  component: 'goal-progress',
  ...elementStories('goal-progress', { options: { theme: THEMES } }),
  args: { src: '/demo/feeds/zuid-kennemerland.json', goal: 'soob-100-procent', now: '2026-11-21T12:00', width: '40rem' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Behind schedule: 100% active reach of 0-18 year olds (Zuid-Kennemerland). */
export const Behind: Story = {};

/** On track, with the current value from the linked KPI. */
export const OnTrack: Story = { args: { src: '/demo/feeds/mijn-streek.json', goal: 'verbonden-gebruikers-26000' } };

/** Lower is better. */
export const LowerIsBetter: Story = { args: { src: FIXTURE, goal: 'digitaal' } };

/** Reached before the deadline. */
export const Reached: Story = { args: { src: FIXTURE, goal: 'vrijwilligers' } };

/** Past the deadline and not reached. */
export const Missed: Story = { args: { src: '/demo/feeds/kopgroep.json', goal: 'taalhuis-plus-25' } };

/** Milestones, one overdue. */
export const Milestones: Story = { args: { src: '/demo/feeds/mijn-streek.json', goal: 'informatiepunt-elke-gemeente' } };

/** Every goal of one convenant task. */
export const ThemeList: Story = { args: { src: '/demo/feeds/kopgroep.json', goal: '', theme: 'literate-society' } };

/** Every goal, grouped by the convenant tasks, as a municipality page shows them. */
export const Grouped: Story = { args: { src: '/demo/feeds/mijn-streek.json', goal: '' } };

/** An id that is not in the feed. */
export const UnknownGoal: Story = { args: { src: FIXTURE, goal: 'bestaat-niet' } };

/** No goals for this municipality. */
export const NoGoals: Story = { args: { src: FIXTURE, goal: '', municipality: 'GM0392' } };

/** The feed could not be loaded. */
export const FeedError: Story = { args: { src: '/test/fixtures/does-not-exist.json' } };

/** Loading: the space is reserved (inside a `<library-feed>` that has no feed yet). */
export const Loading: Story = { render: () => html`<library-feed><goal-progress goal="x"></goal-progress></library-feed>` };

/** In English. */
export const English: Story = { args: { src: '/demo/feeds/mijn-streek.json', goal: '', lang: 'en' } };

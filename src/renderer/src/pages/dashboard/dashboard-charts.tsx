import {
  DistributionByPractice,
  DistributionByPracticeTable,
  practiceRows,
} from '@renderer/charts/DistributionByPractice';
import { DistributionChart } from '@renderer/charts/DistributionChart';
import { FollowThroughChart, FollowThroughTable } from '@renderer/charts/FollowThroughChart';
import { KudosChart, KudosTable } from '@renderer/charts/KudosChart';
import {
  LatestVsPreviousChart,
  LatestVsPreviousTable,
} from '@renderer/charts/LatestVsPreviousChart';
import { ParticipationChart, ParticipationTable } from '@renderer/charts/ParticipationChart';
import { PulseTrendChart, PulseTrendTable } from '@renderer/charts/PulseTrendChart';
import { RotiChart, RotiTable } from '@renderer/charts/RotiChart';
import type { ChartHeight, ChartTheme } from '@renderer/charts/theme';
import type { DashboardChartId, TeamDashboard } from '@shared/dashboard';
import { PRACTICES } from '@shared/practices';
import type { SlideId } from '@shared/screen';
import { ROTI_LABELS } from '@shared/stages';
import type { ReactNode } from 'react';

/** A chart of the team dashboard: drawn on the page, on the projector, and as a table. */
export interface DashboardChart {
  id: DashboardChartId;
  title: string;
  /** How to read it, in one sentence. */
  description: string;
  /** Takes the full width of the page. */
  wide: boolean;
  /** Draws a point per retro (per period of a long history), rather than comparing two. */
  perRetro: boolean;
  /** About how tall it draws on the page, to hold its place until it is drawn. */
  height: number;
  /** `height` is what to fill on screen (the projector passes '100%'). */
  chart: (dashboard: TeamDashboard, theme: ChartTheme, height?: ChartHeight) => ReactNode;
  table: (dashboard: TeamDashboard) => ReactNode;
}

export const DASHBOARD_CHARTS: DashboardChart[] = [
  {
    id: 'pulse-trend',
    title: 'Pulse trend',
    description: 'Mean rating per retro, the spread of ratings, and the actions agreed.',
    wide: true,
    perRetro: true,
    height: 560,
    chart: (d, theme, height) => (
      <PulseTrendChart sessions={d.sessions} theme={theme} height={height} />
    ),
    table: (d) => <PulseTrendTable sessions={d.sessions} />,
  },
  {
    id: 'latest-vs-previous',
    title: 'Latest versus previous retro',
    description: 'Each practice’s mean in the latest rated retro beside the one before it.',
    wide: true,
    perRetro: false,
    height: 340,
    chart: (d, theme, height) => (
      <LatestVsPreviousChart
        comparison={d.latestVsPrevious}
        sessions={d.sessions}
        theme={theme}
        height={height}
      />
    ),
    table: (d) => <LatestVsPreviousTable comparison={d.latestVsPrevious} sessions={d.sessions} />,
  },
  {
    id: 'distribution',
    title: 'How the ratings split',
    description: 'Share of people who rated each practice 1, 2, 3, 4 or 5, per retro.',
    wide: true,
    perRetro: true,
    height: 620,
    chart: (d, theme) => <DistributionByPractice sessions={d.sessions} theme={theme} />,
    table: (d) => <DistributionByPracticeTable sessions={d.sessions} />,
  },
  {
    id: 'follow-through',
    title: 'Follow-through',
    description:
      'Share of each retro’s actions and commitments that the next review found done. The newest retro waits for its review.',
    wide: false,
    perRetro: true,
    height: 240,
    chart: (d, theme, height) => (
      <FollowThroughChart sessions={d.sessions} theme={theme} height={height} />
    ),
    table: (d) => <FollowThroughTable sessions={d.sessions} />,
  },
  {
    id: 'kudos',
    title: 'Kudos',
    description: 'How many times the team thanked someone for stepping up, per retro.',
    wide: false,
    perRetro: true,
    height: 240,
    chart: (d, theme, height) => <KudosChart sessions={d.sessions} theme={theme} height={height} />,
    table: (d) => <KudosTable sessions={d.sessions} />,
  },
  {
    id: 'participation',
    title: 'Participation',
    description: 'How many people took part in each retro.',
    wide: false,
    perRetro: true,
    height: 240,
    chart: (d, theme, height) => (
      <ParticipationChart sessions={d.sessions} theme={theme} height={height} />
    ),
    table: (d) => <ParticipationTable sessions={d.sessions} />,
  },
  {
    id: 'roti',
    title: 'Return on time invested',
    description: `How worthwhile people found each retro, from 1 (${ROTI_LABELS[0].toLowerCase()}) to 5 (${ROTI_LABELS[4].toLowerCase()}).`,
    wide: false,
    perRetro: true,
    height: 240,
    chart: (d, theme, height) => <RotiChart sessions={d.sessions} theme={theme} height={height} />,
    table: (d) => <RotiTable sessions={d.sessions} />,
  },
];

/** One chart per slide, in the order of SLIDE_IDS: the rating split gets one per practice. */
export type Slide = Pick<DashboardChart, 'title' | 'description' | 'chart'> & { id: SlideId };

export const PRESENTATION_SLIDES: Slide[] = DASHBOARD_CHARTS.flatMap<Slide>(({ id, ...chart }) =>
  id !== 'distribution'
    ? [{ ...chart, id }]
    : PRACTICES.map((practice) => ({
        id: `distribution-${practice.id}` as const,
        title: `How the ratings split: ${practice.shortName}`,
        description: `Share of people who rated “${practice.name}” 1, 2, 3, 4 or 5, per retro.`,
        chart: (d: TeamDashboard, theme: ChartTheme, height?: ChartHeight) => (
          <DistributionChart
            rows={practiceRows(d.sessions, practice.id)}
            theme={theme}
            height={height}
          />
        ),
      })),
);

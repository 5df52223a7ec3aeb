import type { DashboardChartId } from './dashboard';
import { formatDecimal, formatPercent, roundTo } from './format';
import type { PracticeId } from './practices';

// "What the trend says": plain sentences derived on this computer by explainable rules from a
// team's stored retros. Each insight speaks of the team, never of a person: sentences are built
// only from practice names, numbers and dates, never from anything a person typed.
// The thresholds the rules use live in `insight-rules.ts`.

/** The rules, in the order their insights are listed within a level. */
export const INSIGHT_RULE_IDS = [
  'lowest-streak',
  'practice-falling',
  'follow-through-falling',
  'actions-stalling',
  'overdue-actions',
  'no-kudos',
  'participation-falling',
  'roti-falling',
  'practice-disagreement',
  'practice-rising',
] as const;
export type InsightRuleId = (typeof INSIGHT_RULE_IDS)[number];

/**
 * `attention`: something is slipping or stuck (leads' overview counts these).
 * `discuss`: worth a conversation, not necessarily a problem. `good`: a clear improvement.
 */
export type InsightLevel = 'attention' | 'discuss' | 'good';
export const INSIGHT_LEVELS: readonly InsightLevel[] = ['attention', 'discuss', 'good'];
export const INSIGHT_LEVEL_LABELS: Record<InsightLevel, string> = {
  attention: 'Needs attention',
  discuss: 'Worth discussing',
  good: 'Going well',
};

export interface InsightRule {
  id: InsightRuleId;
  level: InsightLevel;
  title: string;
  /** How the rule decides, in one sentence (help text). */
  explanation: string;
}

export const INSIGHT_RULES: readonly InsightRule[] = [
  {
    id: 'lowest-streak',
    level: 'attention',
    title: 'Stuck at the bottom',
    explanation: 'One practice has been the team’s lowest-rated for several rated retros in a row.',
  },
  {
    id: 'practice-falling',
    level: 'attention',
    title: 'A practice falls',
    explanation:
      'A practice’s mean in the latest retro is clearly below its mean over the retros before, by more than the usual move between retros.',
  },
  {
    id: 'follow-through-falling',
    level: 'attention',
    title: 'Follow-through falls',
    explanation:
      'Fewer of the latest reviewed retro’s actions and commitments were done by the next review than in the retros before.',
  },
  {
    id: 'actions-stalling',
    level: 'attention',
    title: 'Actions on one practice stall',
    explanation: 'Actions on the same practice are repeatedly not done by their next review.',
  },
  {
    id: 'overdue-actions',
    level: 'attention',
    title: 'Overdue actions',
    explanation: 'Actions are past their due date and still open or in progress.',
  },
  {
    id: 'no-kudos',
    level: 'attention',
    title: 'No kudos',
    explanation:
      'No kudos were recorded for several retros, though noticing initiative is the first practice.',
  },
  {
    id: 'participation-falling',
    level: 'attention',
    title: 'Participation drops',
    explanation: 'Clearly fewer people took part in the latest retro than in the retros before.',
  },
  {
    id: 'roti-falling',
    level: 'attention',
    title: 'ROTI drops',
    explanation:
      'People found the latest retro clearly less worth their time than the retros before, by more than the usual move.',
  },
  {
    id: 'practice-disagreement',
    level: 'discuss',
    title: 'The team disagrees',
    explanation:
      'Ratings of a practice split between low and high in the latest retro, so its mean hides a disagreement.',
  },
  {
    id: 'practice-rising',
    level: 'good',
    title: 'A practice rises',
    explanation:
      'A practice’s mean in the latest retro is clearly above its mean over the retros before, by more than the usual move between retros.',
  },
];

export function insightRule(id: InsightRuleId): InsightRule {
  const rule = INSIGHT_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown insight rule: ${id}`);
  return rule;
}

/**
 * A number an insight rests on. `mean`: a mean (ratings, people), two decimals; `points`: a
 * distance on the 1–5 scale; `change`: a signed difference of means; `share`: 0..1; `count`: a
 * whole number of people, ratings, retros, actions or days.
 */
export interface InsightFigure {
  /** Stable within the rule, e.g. `latestMean`. */
  key: string;
  label: string;
  value: number;
  format: 'mean' | 'points' | 'change' | 'share' | 'count';
}

/** A retro an insight rests on. */
export interface InsightSession {
  id: string;
  date: string;
  title: string;
}

export interface Insight {
  ruleId: InsightRuleId;
  level: InsightLevel;
  /** About the team, never a person; carries its key numbers. */
  sentence: string;
  figures: InsightFigure[];
  /** The retros it rests on, oldest first. */
  sessions: InsightSession[];
  practiceId: PracticeId | null;
  /** The dashboard chart that shows it. */
  chartId: DashboardChartId;
}

/** The practice the insights point to: its Reflect prompts come first in the next retro. */
export interface SuggestedFocus {
  practiceId: PracticeId;
  ruleId: InsightRuleId;
  /** The sentence of the insight that points to it. */
  reason: string;
}

export interface TeamInsights {
  teamId: string;
  /** Overdue actions are judged against this day (YYYY-MM-DD). */
  asOf: string;
  /** How many retros the rules read, and how many of them had enough ratings. */
  retrosRead: number;
  ratedRetros: number;
  /** Why nothing is said yet; null once there is enough history. */
  notEnoughData: string | null;
  /** Needs attention first, then worth discussing, then going well. */
  insights: Insight[];
  focus: SuggestedFocus | null;
}

/** A team in the leads' overview, with what needs attention there. */
export interface TeamInsightsRow {
  teamId: string;
  name: string;
  isSample: boolean;
  archived: boolean;
  /** How many insights need attention. */
  attention: number;
  insights: Insight[];
}

// ---------- Formatting, shared by every place insights show ----------

const signed = (value: number) => {
  const rounded = roundTo(value, 2);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${formatDecimal(Math.abs(rounded), 2)}`;
};

export function formatFigure(figure: InsightFigure): string {
  switch (figure.format) {
    case 'mean':
    case 'points':
      return formatDecimal(figure.value, 2);
    case 'change':
      return signed(figure.value);
    case 'share':
      return formatPercent(figure.value);
    case 'count':
      return String(figure.value);
  }
}

/**
 * An insight's sentence as the second half of a longer one ("…, because ratings for …"): its
 * first letter in lower case, unless the first word is an abbreviation such as ROTI.
 */
export function asClause(sentence: string): string {
  const [first = '', second = ''] = sentence;
  return second === second.toUpperCase()
    ? sentence
    : first.toLowerCase() + sentence.slice(first.length);
}

// The rules behind "What the trend says" and every threshold they use, named once. Each
// explanation is help text: the README's "What the trend says" section lists them word for word
// (a unit test keeps the two in step).

export interface Threshold {
  value: number;
  /** One sentence a lead can read. */
  explanation: string;
}

export const INSIGHT_THRESHOLDS = {
  minRatedRetros: {
    value: 3,
    explanation:
      'Nothing is said until the team has at least 3 closed retros in which a practice was rated by enough people.',
  },
  minRatings: {
    value: 3,
    explanation:
      'A practice (or the ROTI) counts in a retro only when at least 3 people rated it; fewer could be one person’s mood.',
  },
  window: {
    value: 12,
    explanation: 'The rules read the newest 12 closed retros; older history stays in the charts.',
  },
  lowestStreak: {
    value: 3,
    explanation:
      'A practice is called stuck when it was the lowest-rated of the four in at least 3 rated retros in a row.',
  },
  baselineRetros: {
    value: 3,
    explanation:
      'A rise or fall compares the latest retro with the mean of up to 3 retros before it (at least 2).',
  },
  minShift: {
    value: 0.5,
    explanation: 'A rise or fall must be at least 0.5 points on the 1–5 scale.',
  },
  noiseFactor: {
    value: 2,
    explanation:
      'A rise or fall must also be at least 2 times the usual move between retros (the mean step between consecutive retros before the latest), so noise is not read as a trend.',
  },
  splitShare: {
    value: 0.25,
    explanation:
      'The team disagrees on a practice when, in the latest retro, at least 25% of the ratings were 1 or 2 and at least 25% were 4 or 5.',
  },
  followThroughDrop: {
    value: 0.2,
    explanation:
      'Follow-through is falling when the latest reviewed retro’s share done by the next review is at least 20 points below the mean of up to 3 retros before it.',
  },
  minReviewed: {
    value: 3,
    explanation:
      'Follow-through of a retro counts only when at least 3 of its actions and commitments were reviewed.',
  },
  stalledActions: {
    value: 3,
    explanation:
      'Actions on a practice are stalling when at least 3 of them were not done by their next review, and they are more than half of that practice’s reviewed actions.',
  },
  kudosGap: {
    value: 3,
    explanation:
      'Kudos are missing when none were recorded in the latest 3 retros that ran the Recognize stage.',
  },
  participationDrop: {
    value: 0.25,
    explanation:
      'Participation is dropping when the latest retro had at least 25% fewer people than the mean of up to 3 retros before it.',
  },
  minPeopleDrop: {
    value: 2,
    explanation: 'A drop in participation must also be at least 2 people.',
  },
} as const satisfies Record<string, Threshold>;

export type ThresholdName = keyof typeof INSIGHT_THRESHOLDS;

/** The threshold's value, for the rules. */
export const threshold = (name: ThresholdName): number => INSIGHT_THRESHOLDS[name].value;

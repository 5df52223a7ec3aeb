import type { PracticeId } from '@shared/practices';
import type { CardKind, KudosOutcome, ReviewStatus } from '@shared/sessions';

// What the sample team's history is made of: 13 fortnightly retros (index 0 is the first). The
// story, which every rule of "What the trend says" finds somewhere in it:
// - influence climbs slowly, then jumps in the latest retro, when the platform team takes up the
//   team's proposal;
// - information sharing dips after a reorg, and the actions on it stall for three sprints before
//   it recovers; it slips again in the latest retro, and an action on it is overdue;
// - retro 8 is small and flat (two people on an incident);
// - a launch crunch in retros 10–12: follow-through falls, nobody is thanked, a few voices decide,
//   and humility sinks to the bottom;
// - in the latest retro the team splits on whether initiative is rewarded.

/** The latest retro was this many days before the sample is loaded; dates count back from it. */
export const LATEST_DAYS_AGO = 5;
export const DAYS_BETWEEN = 14;
export const SEED = 20260519;
export const DOTS = 3;

export const ROSTER = [
  'Amara Osei',
  'Bao Tran',
  'Carmen Ruiz',
  'Dmitri Volkov',
  'Esi Mensah',
  'Farid Haddad',
  'Greta Lind',
];

/** Mean pulse the team aims at in each retro, per practice (met to the nearest point total). */
export const PULSE_TARGETS: Record<PracticeId, number[]> = {
  'reward-initiative': [3.0, 3.0, 3.2, 3.0, 3.4, 3.2, 3.4, 3.6, 3.8, 3.6, 3.4, 3.4, 3.2],
  'share-information': [3.4, 3.2, 3.0, 2.6, 2.4, 2.2, 2.6, 3.0, 3.6, 3.8, 4.0, 3.8, 3.0],
  'model-humility': [2.8, 2.8, 3.0, 3.2, 3.2, 3.4, 3.4, 3.6, 3.4, 3.2, 2.8, 2.6, 2.6],
  'influence-not-control': [2.4, 2.4, 2.6, 2.8, 2.8, 3.0, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 4.2],
};
/** Ratings given exactly, one per person, where the story needs their spread and not just a mean. */
export const EXACT_SCORES: Record<number, Partial<Record<PracticeId, number[]>>> = {
  12: {
    'reward-initiative': [1, 2, 3, 4, 4, 5],
    'share-information': [3, 3, 2, 3, 4, 3],
    'model-humility': [3, 2, 3, 3, 2, 3],
    'influence-not-control': [4, 5, 4, 4, 4, 4],
  },
};
/** A practice's mean in a retro: exact where its ratings are given, else its target. */
export function targetMean(practiceId: PracticeId, index: number): number {
  const exact = EXACT_SCORES[index]?.[practiceId];
  if (exact) return exact.reduce((sum, score) => sum + score, 0) / exact.length;
  return PULSE_TARGETS[practiceId][index] ?? 3;
}
export const ROTI_TARGETS = [3.4, 3.6, 3.4, 3.8, 4.0, 4.2, 4.0, 3.2, 3.6, 3.8, 3.6, 3.8, 4.0];
export const SESSION_COUNT = ROTI_TARGETS.length;
/** How many of the roster missed each retro: 5 to 7 people take part. */
export const ABSENT = [1, 0, 2, 1, 0, 0, 0, 2, 1, 1, 0, 1, 1];
/** Retros run with a show of hands: ratings and dots are tallied, nobody is named. */
export const TALLIED = new Set([2, 7]);
/** Kudos recorded in each retro. */
export const KUDOS_GIVEN = [1, 1, 2, 1, 2, 1, 3, 1, 2, 0, 0, 0, 2];
/**
 * How many of each retro's actions and commitments the next retro's review finds not done (the
 * rest are done). The latest retro has not been reviewed yet.
 */
export const MISSED_AT_REVIEW = [2, 2, 2, 2, 2, 2, 1, 0, 1, 3, 1, 2];
/** Retros whose actions on this practice stall: they are among the ones not done. */
export const STALLING: Record<number, PracticeId> = {
  3: 'share-information',
  4: 'share-information',
  5: 'share-information',
  11: 'share-information',
};

export const SUMMARIES: Record<number, string> = {
  0: 'First retro on the four practices. Influence is where we start lowest: plans reach us as instructions.',
  4: 'Information sharing dipped after the reorg: release notes stopped and only one person knows the deploy pipeline. Our actions on it keep slipping.',
  6: 'Release notes go out again with a rotating writer, after three sprints of slipping.',
  7: 'Two people were pulled into the payments incident, so only five of us met. Short and a bit flat.',
  9: 'Launch crunch. Information is back above where we started, but nobody had time to thank anyone.',
  10: 'Only one of the four things we agreed last time got done: the launch ate everything.',
  11: 'Third retro in a row without a single kudos, and the launch calls were made by the same two voices.',
  12: 'The platform team took up the shared CI config after Greta’s one-pager. The database freeze reached us late again, and we split on whether trying things is really rewarded here.',
};

export const CARDS: Record<PracticeId, Record<CardKind, string[]>> = {
  'reward-initiative': {
    went_well: [
      'Bao fixed the flaky checkout test on a Friday without being asked, and we said thanks in stand-up.',
      'Carmen tried a canary release for the cache change; it failed safely and showed us which alarms were missing.',
      'Esi picked up the orphaned on-call runbook and rewrote it.',
      'We celebrated the auto-scaling attempt even though we rolled it back.',
      'Farid set up the dependency bot on his own initiative.',
    ],
    to_improve: [
      'Greta’s migration script saved days, but nobody mentioned it in the demo.',
      'We only praised the launch, not the people who unblocked it at midnight.',
      'People waited for a ticket before fixing an obvious bug in the build.',
      'The failed load-test experiment got a “told you so” instead of a thank-you.',
      'Nobody volunteered for the alert clean-up: last time it went wrong it was held against Dmitri.',
    ],
  },
  'share-information': {
    went_well: [
      'Release notes went out the same day for every deploy.',
      'Amara’s ten-minute demo of the new tracing saved everyone a day of digging.',
      'The incident write-up reached the support team before they had to ask.',
      'Decisions from the architecture sync now land in the team channel within the hour.',
      'Pairing rotation spread the billing-service knowledge to three people.',
    ],
    to_improve: [
      'Only Dmitri knows how the deploy pipeline is wired.',
      'We heard about the database freeze from another team, two days late.',
      'Release notes stopped going out after the reorg.',
      'The API change was discussed in a private chat; the mobile team found out from a broken build.',
      'Roadmap changes wait for the monthly all-hands.',
    ],
  },
  'model-humility': {
    went_well: [
      'Carmen changed the rollout plan after Bao pointed out the migration risk.',
      'Dmitri owned the outage in the incident review without hedging.',
      'The quieter half of the team shaped the queue design this sprint.',
      'The launch shout-out named all six people who built it.',
      'Farid asked for a review on a change he was sure of, and it caught a bug.',
    ],
    to_improve: [
      'Design reviews are dominated by the same two voices.',
      'A config mistake was quietly reverted and never mentioned.',
      'Esi’s idea came up again a week later as someone else’s.',
      'We argued about naming for an hour instead of asking the newest person.',
      'Credit for the latency win went to the lead alone in the newsletter.',
    ],
  },
  'influence-not-control': {
    went_well: [
      'Greta won the platform team over to the shared CI config with a one-page why.',
      'We fixed our own flaky tests instead of waiting for the QA budget.',
      'Amara coached Bao through the first on-call rather than taking over.',
      'We explained the reasons for the freeze and the other teams planned around it.',
      'The team agreed the new branching rules after a short trial rather than a mandate.',
    ],
    to_improve: [
      'Tasks were assigned in planning without asking who wanted them.',
      'We spent half a retro on the hiring freeze, which is outside our influence.',
      'The code-owner rule was imposed by a bot with no explanation.',
      'Deadlines were handed down without the reasons behind them.',
      'We assumed the on-call schedule was not our call and never proposed a change.',
    ],
  },
};

export const GROUP_TITLES: Record<PracticeId, string> = {
  'reward-initiative': 'Thanking people who step up',
  'share-information': 'Knowledge stuck in one head',
  'model-humility': 'Making room for every voice',
  'influence-not-control': 'Reasons, not orders',
};

export const ACTIONS: Record<PracticeId, string[]> = {
  'reward-initiative': [
    'Open stand-up with one thank-you for someone who stepped up',
    'Add a “brave attempts” slot to the sprint demo',
    'Tell the product lead what Greta’s migration script saved us',
    'Keep a kudos thread in the team channel',
  ],
  'share-information': [
    'Record a 15-minute walkthrough of the deploy pipeline',
    'Restart same-day release notes with a rotating writer',
    'Post architecture-sync decisions in the team channel within the hour',
    'Pair on the billing service so three people can deploy it',
  ],
  'model-humility': [
    'Rotate who speaks first in design reviews',
    'Add a “what I got wrong” line to incident reviews',
    'Name every contributor in launch announcements',
    'Ask the newest person for their view before deciding',
  ],
  'influence-not-control': [
    'Explain the why in every planning ticket',
    'Let people pick tasks in planning before anything is assigned',
    'Propose an on-call rota change to the platform lead',
    'Share a one-page case for the shared CI config',
  ],
};

export const COMMITMENTS = [
  'I will thank one person a week for something they tried.',
  'I will write up what I learn from each on-call shift.',
  'I will ask a quieter teammate for their view in every design review.',
  'I will pair with someone on the deploy pipeline.',
  'I will give my reasons before asking for a change in code review.',
  'I will post notes from every meeting I attend for the team.',
  'I will say so when I get something wrong.',
  'I will offer help instead of taking over.',
];

export const KUDOS: { act: string; outcome: KudosOutcome }[] = [
  { act: 'Fixed the flaky checkout test before the release', outcome: 'worked' },
  {
    act: 'Tried a canary release for the cache change; it rolled back safely',
    outcome: 'did_not_work',
  },
  { act: 'Rewrote the on-call runbook without being asked', outcome: 'worked' },
  { act: 'Tried pairing rotation across two squads', outcome: 'partly' },
  { act: 'Ran a lunch-and-learn on the new tracing', outcome: 'worked' },
  {
    act: 'Experimented with auto-scaling the workers; reverted after a noisy night',
    outcome: 'did_not_work',
  },
  { act: 'Started a shared glossary of service names', outcome: 'partly' },
  { act: 'Set up the dependency bot', outcome: 'worked' },
  { act: 'Prototyped a bot to draft release notes; nobody used it', outcome: 'did_not_work' },
  { act: 'Mentored a teammate through the first on-call week', outcome: 'worked' },
  { act: 'Proposed a shorter stand-up format', outcome: 'partly' },
  { act: 'Untangled the billing-service deploy and wrote it down', outcome: 'worked' },
];

export const REVIEW_NOTES: Record<ReviewStatus, string[]> = {
  done: ['Done and in use.', 'Finished; we already see the difference.', 'Done a week early.'],
  in_progress: [
    'About half done; needs one more sprint.',
    'Started, waiting on the platform team.',
  ],
  dropped: ['Dropped: priorities changed after the reorg.', 'Dropped: it did not help as hoped.'],
};

export const CHECK_IN_WORDS = [
  'focused',
  'tired',
  'curious',
  'busy',
  'calm',
  'stretched',
  'hopeful',
  'proud',
  'scattered',
  'rested',
];

// The stages of a guided Threadline retro, plus the fixed text used around them.
// Pure data and helpers: safe to use from main, preload and renderer alike.

import { CIRCLE_LABELS } from './format';

export const STAGE_IDS = [
  'check-in',
  'review',
  'pulse',
  'reflect',
  'recognize',
  'group-vote',
  'act',
  'close',
] as const;

export type StageId = (typeof STAGE_IDS)[number];

export interface StageDefinition {
  id: StageId;
  title: string;
  /** One short sentence for the facilitator: what this stage is for. */
  purpose: string;
  /** Default timebox in minutes. */
  defaultMinutes: number;
  /** Two to four short lines: what the facilitator says and does. */
  facilitatorCue: readonly string[];
  /** Large one-line text on the shared screen, addressed to the team. */
  presentationPrompt: string;
  /** Smaller line under the prompt on the shared screen. */
  presentationHint: string;
}

export const STAGES: readonly StageDefinition[] = [
  {
    id: 'check-in',
    title: 'Check-in',
    purpose: 'Arrive together, see who is here, and hear every voice once.',
    defaultMinutes: 5,
    facilitatorCue: [
      'Count who is here, and add names if the team wants them.',
      'Ask each person for one word that sums up the last few weeks.',
      'Go around quickly. No discussion yet, just listen.',
    ],
    presentationPrompt: 'In one word: how did the last stretch of work feel?',
    presentationHint: 'One word each. We will go around the room.',
  },
  {
    id: 'review',
    title: 'Review',
    purpose: 'Check what became of the actions and commitments from earlier retros.',
    defaultMinutes: 8,
    facilitatorCue: [
      'Read out each open action or commitment and ask its owner how it went.',
      'Mark it done, in progress, or dropped, and add a short note.',
      'Dropping something is fine. Just ask why, so the team learns from it.',
      'If nothing is open, Threadline skips this stage for you.',
    ],
    presentationPrompt: 'What became of what we promised last time?',
    presentationHint: 'Done, in progress, or dropped: each one gets a quick note.',
  },
  {
    id: 'pulse',
    title: 'Pulse',
    purpose: 'Rate each practice privately to see where the team really stands.',
    defaultMinutes: 7,
    facilitatorCue: [
      'Ask everyone to rate each of the four practices from 1 to 5, on their own.',
      'Keep the ratings hidden until everyone is done, so nobody is swayed by others.',
      'Reveal them all at once, then ask what stands out, especially where scores differ.',
    ],
    presentationPrompt: 'How did we do on each practice? Rate it from 1 to 5.',
    presentationHint: "Rate on your own. Everyone's scores appear together at the end.",
  },
  {
    id: 'reflect',
    title: 'Reflect',
    purpose: 'Collect what went well and what to improve for each practice.',
    defaultMinutes: 15,
    facilitatorCue: [
      'Read the prompts for each practice aloud, then give a few quiet minutes to write.',
      'One idea per card, marked "went well" or "to improve".',
      'When everyone is done, reveal the cards and let each author read theirs briefly.',
    ],
    presentationPrompt: 'What went well, and what could be better?',
    presentationHint: 'One idea per card. A real moment beats a general opinion.',
  },
  {
    id: 'recognize',
    title: 'Recognize',
    purpose: 'Thank people for stepping up, whether or not it worked out.',
    defaultMinutes: 7,
    facilitatorCue: [
      'Invite anyone to name a moment when a teammate took the initiative.',
      'Note what they did, who it was, and whether it worked out.',
      'Remind the room that a bold try that fell short deserves thanks too.',
    ],
    presentationPrompt: 'Who stepped up without being asked?',
    presentationHint:
      'Tries that did not work out count too. We thank the effort, not just the result.',
  },
  {
    id: 'group-vote',
    title: 'Group & vote',
    purpose: 'Merge similar cards, then vote on what matters most.',
    defaultMinutes: 10,
    facilitatorCue: [
      'Ask the team which cards say the same thing, and merge them into groups.',
      'Give everyone their dots (3 each unless you changed it) to place on what matters most.',
      'Sort by votes and pick the top few items to work on.',
    ],
    presentationPrompt: 'Which of these matter most to us right now?',
    presentationHint: 'Spend your dots where a change would help the most.',
  },
  {
    id: 'act',
    title: 'Act',
    purpose: 'Turn the top items into owned actions, and let each person make a commitment.',
    defaultMinutes: 15,
    facilitatorCue: [
      'For each top item ask: is it in our control, can we influence it, or is it only a concern?',
      'Turn control and influence items into actions, each with one owner and a due date.',
      'Name the concern-only items, then let them go for now.',
      'Invite everyone to add a personal commitment: one place to lead without waiting.',
    ],
    presentationPrompt: 'What will we do about it, and who owns it?',
    presentationHint:
      'Start with what we control or can influence. Every action gets an owner and a date.',
  },
  {
    id: 'close',
    title: 'Close',
    purpose: 'Check that the time was well spent, and wrap up the session.',
    defaultMinutes: 5,
    facilitatorCue: [
      'Ask everyone to rate this retro from 1 to 5: was it worth the time?',
      'Read back the actions and commitments so everyone knows who does what.',
      'Thank the team and close the session. It becomes read-only, and you can reopen it later.',
    ],
    presentationPrompt: 'Was this retro worth your time?',
    presentationHint: 'Rate it from 1 to 5, then we will read back what we agreed.',
  },
];

export function stageById(id: StageId): StageDefinition {
  const stage = STAGES.find((s) => s.id === id);
  if (!stage) {
    throw new Error(`Unknown stage: ${id}`);
  }
  return stage;
}

/** The closing question, turned into each participant's personal commitment. */
export const COMMITMENT_QUESTION: string =
  'Name one thing you will take the lead on before our next retro, ' +
  'without waiting to be asked or given the go-ahead.';

export const CIRCLES: readonly {
  id: 'control' | 'influence' | 'concern';
  label: string;
  hint: string;
}[] = [
  {
    id: 'control',
    label: CIRCLE_LABELS.control,
    hint: 'We can act on this ourselves, starting now.',
  },
  {
    id: 'influence',
    label: CIRCLE_LABELS.influence,
    hint: 'Someone else decides, but we can make the case or offer help.',
  },
  {
    id: 'concern',
    label: CIRCLE_LABELS.concern,
    hint: 'It matters to us, but we cannot change it. Name it and let it go.',
  },
];

/** Return on time invested, for ratings 1..5. */
export const ROTI_LABELS: readonly [string, string, string, string, string] = [
  'Waste of time',
  'Not quite worth it',
  'Broke even',
  'Worth it',
  'Time well spent',
];

// The four practices of micro-leadership that every Threadline retro walks through.
// Pure data and helpers: no imports, safe to use from main, preload and renderer alike.

export const PRACTICE_IDS = [
  'reward-initiative',
  'share-information',
  'model-humility',
  'influence-not-control',
] as const;

export type PracticeId = (typeof PRACTICE_IDS)[number];

export interface Practice {
  id: PracticeId;
  /** Full name, shown in headings. */
  name: string;
  /** One or two words for chart axes and legends. */
  shortName: string;
  /** One sentence: what the team looks at for this practice. */
  summary: string;
  /** The question participants rate from 1 to 5. */
  pulseQuestion: string;
  /** Short anchors for ratings 1..5. */
  scaleLabels: readonly [string, string, string, string, string];
  /** Questions a facilitator reads aloud during Reflect. */
  reflectPrompts: { wentWell: readonly string[]; toImprove: readonly string[] };
}

export const PRACTICES: readonly Practice[] = [
  {
    id: 'reward-initiative',
    name: 'Reward initiative, not just outcomes',
    shortName: 'Initiative',
    summary:
      'Who stepped in without being asked, and whether we thanked them for it, ' +
      'counting brave attempts that did not work out just as much as the wins.',
    pulseQuestion:
      'How well did we notice and thank people for stepping up, even when it did not work out?',
    scaleLabels: [
      'Went unnoticed',
      'Rarely noticed',
      'Sometimes',
      'Usually noticed',
      'Always thanked',
    ],
    reflectPrompts: {
      wentWell: [
        'Who spotted a problem since our last retro and fixed it before anyone asked?',
        'Which attempt did not pan out but still taught us something worth keeping?',
        'When did someone get a real thank-you for stepping up, not only for the end result?',
      ],
      toImprove: [
        'Was there a moment when someone stepped up and nobody noticed or said thanks?',
        'Did anyone hold back from trying something because a miss might count against them?',
        'Where did we praise only the result and overlook the effort and risk behind it?',
      ],
    },
  },
  {
    id: 'share-information',
    name: 'Share information freely',
    shortName: 'Information',
    summary: 'Who knew what, who needed to know it, and what stayed stuck in one head or one silo.',
    pulseQuestion: 'How freely did we share what we knew with the people who needed it?',
    scaleLabels: ['Kept in silos', 'Hard to get', 'Patchy', 'Mostly open', 'Freely shared'],
    reflectPrompts: {
      wentWell: [
        'When did someone pass on something useful before anyone had to ask for it?',
        'Which decision went better because the right people had the facts early?',
        'Where did a quick note, demo, or message save someone else time?',
      ],
      toImprove: [
        'When did you find out something late that someone else already knew?',
        'What does only one person on this team know how to do right now?',
        'Where did news wait for a meeting or a manager when we could have passed it on ourselves?',
      ],
    },
  },
  {
    id: 'model-humility',
    name: 'Model humility',
    shortName: 'Humility',
    summary:
      'Whether we made room for other voices, owned our mistakes openly, and shared the credit.',
    pulseQuestion: 'How well did we make room for others, own our mistakes, and share the credit?',
    scaleLabels: ['Closed off', 'Rarely open', 'Sometimes', 'Mostly open', 'Truly open'],
    reflectPrompts: {
      wentWell: [
        'When did someone change their mind because a teammate had a better idea?',
        'Who owned up to a mistake openly, and how did that help us fix it sooner?',
        'Which quieter voice shaped a decision since our last retro?',
      ],
      toImprove: [
        'Whose ideas did we talk over, or never ask for?',
        'Was there a mistake we hid, played down, or pinned on someone else?',
        'When did one person get the credit for work that many people did?',
      ],
    },
  },
  {
    id: 'influence-not-control',
    name: 'Focus on influence, not control',
    shortName: 'Influence',
    summary:
      'Whether ideas moved people more than instructions did, and what sits in our control, ' +
      'in our influence, or only in our concern.',
    pulseQuestion:
      'How much did we move each other with ideas and reasons rather than instructions?',
    scaleLabels: ['All commands', 'Mostly commands', 'A mix', 'Mostly influence', 'All influence'],
    reflectPrompts: {
      wentWell: [
        'When did someone win people over with a good reason instead of an order?',
        'What did we change that was fully in our control, without waiting for anyone?',
        'Where did we help a teammate succeed rather than tell them what to do?',
      ],
      toImprove: [
        'Where did we hand out instructions when explaining the why would have worked better?',
        'What did we spend energy on that sits outside both our control and our influence?',
        'What could we have influenced but left alone because we assumed it was not our call?',
      ],
    },
  },
];

export function practiceById(id: PracticeId): Practice {
  const practice = PRACTICES.find((p) => p.id === id);
  if (!practice) {
    throw new Error(`Unknown practice: ${id}`);
  }
  return practice;
}

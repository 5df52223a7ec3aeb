import { pluralWord } from '@shared/format';
import { threshold } from '@shared/insight-rules';
import {
  INSIGHT_LEVELS,
  INSIGHT_RULE_IDS,
  type Insight,
  type SuggestedFocus,
  type TeamInsights,
} from '@shared/insights';
import { isRated } from './common';
import { actionsStalling, followThroughFalling, overdueActions } from './follow-up-rules';
import type { History } from './history';
import { disagreements, lowestStreak, practiceShifts } from './pulse-rules';
import { noKudos, participationFalling, rotiFalling } from './team-rules';

const RULES: ((history: History) => Insight[])[] = [
  lowestStreak,
  practiceShifts,
  disagreements,
  followThroughFalling,
  actionsStalling,
  overdueActions,
  noKudos,
  participationFalling,
  rotiFalling,
];

const rank = (item: Insight) =>
  INSIGHT_LEVELS.indexOf(item.level) * INSIGHT_RULE_IDS.length +
  INSIGHT_RULE_IDS.indexOf(item.ruleId);

/** The first insight that points to a practice and is not good news. */
export function focusOf(insights: Insight[]): SuggestedFocus | null {
  const found = insights.find((item) => item.practiceId !== null && item.level !== 'good');
  if (!found?.practiceId) return null;
  return { practiceId: found.practiceId, ruleId: found.ruleId, reason: found.sentence };
}

/** Every rule over the history, needs-attention first; silence until there is enough of it. */
export function deriveInsights(history: History): TeamInsights {
  const ratedRetros = history.sessions.filter(isRated).length;
  const base = {
    teamId: history.teamId,
    asOf: history.asOf,
    retrosRead: history.sessions.length,
    ratedRetros,
  };
  const needed = threshold('minRatedRetros');
  if (ratedRetros < needed) {
    return {
      ...base,
      notEnoughData:
        `Insights need at least ${needed} closed retros in which at least ` +
        `${threshold('minRatings')} people rated the practices; so far there ` +
        `${pluralWord(ratedRetros, 'is')} ${ratedRetros} such ${pluralWord(ratedRetros, 'retro')}.`,
      insights: [],
      focus: null,
    };
  }
  // A stable sort keeps each rule's insights in practice order.
  const insights = RULES.flatMap((rule) => rule(history)).sort((a, b) => rank(a) - rank(b));
  return { ...base, notEnoughData: null, insights, focus: focusOf(insights) };
}

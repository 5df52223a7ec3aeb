import type { ParsedInput } from '@shared/contract';
import type { SuggestedFocus, TeamInsights, TeamInsightsRow } from '@shared/insights';
import { PRACTICE_IDS, type PracticeId } from '@shared/practices';
import type { Database } from 'better-sqlite3';
import { localDate } from './ids';
import { deriveInsights } from './insights/derive';
import { rememberedFocus } from './insights/focus-memo';
import { loadHistories, loadHistory } from './insights/history';
import { sessionRow } from './session-guards';
import { getTeam, listTeams } from './teams';

// "What the trend says": explainable rules over a team's closed retros (see insights/ and
// @shared/insight-rules). A retro still in progress is left out, as its ratings may be half
// entered, except in its own Close stage, which shows the insights as of that retro.

/** The insights over the closed retros among those the dashboard filter picks. */
export function teamInsights(
  db: Database,
  input: ParsedInput<'insights.team'>,
  today = localDate(),
): TeamInsights {
  return db.transaction(() => {
    const team = getTeam(db, input);
    const scope = {
      kind: 'team' as const,
      teamId: team.id,
      from: input.from ?? null,
      to: input.to ?? null,
      lastN: input.lastN ?? null,
    };
    return deriveInsights(loadHistory(db, scope, today));
  })();
}

/**
 * The insights as of a retro, for its Close stage: the closed retros up to it plus the retro
 * itself. Overdue actions are judged against the retro's date.
 */
export function sessionInsights(
  db: Database,
  input: ParsedInput<'insights.session'>,
): TeamInsights {
  return db.transaction(() => {
    const row = sessionRow(db, input.sessionId);
    const scope = { kind: 'through' as const, teamId: row.team_id, sessionId: row.id };
    return deriveInsights(loadHistory(db, scope, row.date));
  })();
}

/**
 * What the insights before a retro point to: its Reflect prompts come first. Read from the closed
 * retros before it, so the focus holds still while the retro's own ratings come in.
 */
export function suggestedFocus(db: Database, sessionId: string): SuggestedFocus | null {
  return rememberedFocus(db, sessionId, () => {
    const row = sessionRow(db, sessionId);
    const scope = { kind: 'before' as const, teamId: row.team_id, sessionId: row.id };
    return deriveInsights(loadHistory(db, scope, row.date)).focus;
  });
}

/** The four practices in Reflect order: the focus first, the others as usual. */
export function reflectOrder(focus: SuggestedFocus | null): PracticeId[] {
  if (!focus) return [...PRACTICE_IDS];
  return [focus.practiceId, ...PRACTICE_IDS.filter((id) => id !== focus.practiceId)];
}

/**
 * Every team with its insights, the teams with the most needing attention first. Every team's
 * history is read at once, so a workspace of thousands of teams answers in a few queries.
 */
export function insightsOverview(
  db: Database,
  input: ParsedInput<'insights.overview'>,
  today = localDate(),
): TeamInsightsRow[] {
  return db.transaction(() => {
    const rows = loadHistories(db, listTeams(db, input), today).map(
      ([team, history]): TeamInsightsRow => {
        const { insights } = deriveInsights(history);
        return {
          teamId: team.id,
          name: team.name,
          isSample: team.isSample,
          archived: team.archived,
          attention: insights.filter((item) => item.level === 'attention').length,
          insights,
        };
      },
    );
    // Among equals, as on the overview: active before archived, real teams before the sample,
    // then by name (the order teams.list gives, kept by the stable sort).
    return rows.sort(
      (a, b) =>
        b.attention - a.attention ||
        Number(a.archived) - Number(b.archived) ||
        Number(a.isSample) - Number(b.isSample),
    );
  })();
}

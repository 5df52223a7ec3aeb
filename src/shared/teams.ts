import { z } from 'zod';
import { singleLine } from './text';

export const TEAM_NAME_MAX = 80;
export const MEMBER_NAME_MAX = 80;

export interface TeamMember {
  id: string;
  name: string;
}

export interface Team {
  id: string;
  name: string;
  archived: boolean;
  /** The demo team loaded from the empty state (`sample.load`); not real data. */
  isSample: boolean;
  createdAt: string;
  members: TeamMember[];
}

export const Id = z
  .string({ error: 'An id is required.' })
  .min(1, 'An id is required.')
  .max(64, 'That id is too long.');

export const TeamName = singleLine({
  what: 'The team name',
  max: TEAM_NAME_MAX,
  empty: 'Give the team a name.',
  tooLong: `Team names can be at most ${TEAM_NAME_MAX} characters.`,
});

export const MemberName = singleLine({
  what: 'A member name',
  max: MEMBER_NAME_MAX,
  empty: 'Type a name for the team member.',
  tooLong: `Member names can be at most ${MEMBER_NAME_MAX} characters.`,
});

export const ListTeamsInput = z.object({ includeArchived: z.boolean().default(false) });
export const TeamRef = z.object({ teamId: Id });
export const CreateTeamInput = z.object({
  name: TeamName,
  members: z.array(MemberName).max(100, 'A team can list at most 100 members.').default([]),
});
export const RenameTeamInput = z.object({
  teamId: Id,
  name: TeamName,
  /** The name the rename started from; see EditBase in sessions.ts. */
  expected: z.object({ name: z.string().max(TEAM_NAME_MAX * 4) }).optional(),
});
export const SetTeamArchivedInput = z.object({ teamId: Id, archived: z.boolean() });
export const AddMemberInput = z.object({ teamId: Id, name: MemberName });
export const RemoveMemberInput = z.object({ teamId: Id, memberId: Id });

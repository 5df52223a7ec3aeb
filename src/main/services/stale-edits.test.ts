import { describe, expect, it } from 'vitest';
import { ok, refused, sessionWith } from '../test/dispatch-helpers';
import { tempWorkspaceForTest } from '../test/temp-workspace';
import { checksum } from '../test/workspace-state';

// Two windows, each with its own copy of the text: the console saves first, then the second
// window saves an edit it started before the console's save.

describe('text edited in two windows at once', () => {
  it('refuses a save of notes or summary based on an older copy, with the saved text', async () => {
    const ws = await tempWorkspaceForTest();
    const { sessionId } = sessionWith(ws);
    ok(ws, 'sessions.update', { sessionId, notes: 'From the console', expected: { notes: '' } });
    const before = checksum(ws.db);

    const error = refused(ws, 'sessions.update', {
      sessionId,
      notes: 'From the second window',
      expected: { notes: '' },
    });
    expect(error).toMatchObject({ code: 'stale', field: 'notes', current: 'From the console' });
    expect(error.message).toMatch(/changed in another window.*“From the console”/);
    expect(checksum(ws.db)).toBe(before);

    // Having seen the saved text, the second window may replace it knowingly.
    ok(ws, 'sessions.update', {
      sessionId,
      notes: 'From the second window',
      expected: { notes: 'From the console' },
    });
    expect(ok(ws, 'sessions.get', { sessionId }).session.notes).toBe('From the second window');

    ok(ws, 'sessions.update', { sessionId, summary: 'Console summary', expected: { summary: '' } });
    expect(
      refused(ws, 'sessions.update', { sessionId, summary: 'Other', expected: { summary: '' } }),
    ).toMatchObject({ code: 'stale', field: 'summary', current: 'Console summary' });
  });

  it('lets a save through that changes nothing, or writes what is already saved', async () => {
    const ws = await tempWorkspaceForTest();
    const { sessionId } = sessionWith(ws);
    ok(ws, 'sessions.update', { sessionId, notes: 'Same words' });
    ok(ws, 'sessions.update', { sessionId, notes: 'Same words', expected: { notes: '' } });
    ok(ws, 'sessions.update', { sessionId, summary: 'New', expected: { notes: 'stale copy' } });
    expect(ok(ws, 'sessions.get', { sessionId }).session.summary).toBe('New');
  });

  it('guards card text, group titles, session titles and team names the same way', async () => {
    const ws = await tempWorkspaceForTest();
    const { team, sessionId } = sessionWith(ws);
    const card = (text: string) =>
      ok(ws, 'cards.add', { sessionId, practiceId: 'model-humility', kind: 'went_well', text });
    const [a, b] = [card('First'), card('Second')];
    const group = ok(ws, 'groups.create', { sessionId, title: 'Pair', cardIds: [a.id, b.id] });

    ok(ws, 'cards.update', { cardId: a.id, text: 'First, edited', expected: { text: 'First' } });
    ok(ws, 'groups.rename', { groupId: group.id, title: 'Duo', expected: { title: 'Pair' } });
    ok(ws, 'sessions.update', {
      sessionId,
      title: 'Renamed',
      expected: { title: 'Sprint 12 retro' },
    });
    ok(ws, 'teams.rename', { teamId: team.id, name: 'Payments', expected: { name: team.name } });
    const before = checksum(ws.db);

    expect(
      refused(ws, 'cards.update', { cardId: a.id, text: 'Mine', expected: { text: 'First' } }),
    ).toMatchObject({ code: 'stale', field: 'text', current: 'First, edited' });
    expect(
      refused(ws, 'groups.rename', {
        groupId: group.id,
        title: 'Mine',
        expected: { title: 'Pair' },
      }),
    ).toMatchObject({ code: 'stale', field: 'title', current: 'Duo' });
    expect(
      refused(ws, 'sessions.update', {
        sessionId,
        title: 'Mine',
        expected: { title: 'Sprint 12 retro' },
      }),
    ).toMatchObject({ code: 'stale', field: 'title', current: 'Renamed' });
    expect(
      refused(ws, 'teams.rename', { teamId: team.id, name: 'Mine', expected: { name: team.name } }),
    ).toMatchObject({ code: 'stale', field: 'name', current: 'Payments' });
    expect(checksum(ws.db)).toBe(before);
  });

  it('guards a retro template saved from a form loaded before another window saved it', async () => {
    const ws = await tempWorkspaceForTest();
    const { team } = sessionWith(ws);
    const loaded = ok(ws, 'templates.get', { teamId: team.id });
    ok(ws, 'templates.update', { ...loaded, dotsPerParticipant: 5, expected: loaded });
    const before = checksum(ws.db);

    const error = refused(ws, 'templates.update', {
      ...loaded,
      hideCardsUntilReveal: !loaded.hideCardsUntilReveal,
      expected: loaded,
    });
    expect(error).toMatchObject({ code: 'stale', field: 'template' });
    expect(error.message).toMatch(/changed in another window/);
    expect(checksum(ws.db)).toBe(before);

    const newer = ok(ws, 'templates.get', { teamId: team.id });
    ok(ws, 'templates.update', { ...loaded, hideCardsUntilReveal: false, expected: newer });
    expect(ok(ws, 'templates.get', { teamId: team.id })).toMatchObject({
      dotsPerParticipant: loaded.dotsPerParticipant,
      hideCardsUntilReveal: false,
    });
  });
});

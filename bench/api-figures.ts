// Figures of the main process alone: contract methods called in-process on a copy of a seeded
// workspace, without a transport, so they show what the services cost.
import type { AppInfo, MethodName, MethodResult } from '@shared/contract';
import { PRACTICE_IDS } from '@shared/practices';
import type { Database } from 'better-sqlite3';
import { createDispatch, type Dispatch } from '../src/main/api/dispatch';
import { openDatabase } from '../src/main/db/open';
import { newId, now } from '../src/main/services/ids';
import { median, perCall, timeRounds } from './stats';

export interface Api {
  db: Database;
  call<M extends MethodName>(method: M, input: unknown): MethodResult<M>;
  close(): void;
}

export async function openApi(dir: string): Promise<Api> {
  const db = await openDatabase(dir);
  const info: AppInfo = {
    version: 'bench',
    mode: 'browser',
    dataDir: dir,
    databaseFile: dir,
    backupDir: dir,
    recovery: null,
  };
  const dispatch: Dispatch = createDispatch({ db, info }, () => {});
  return {
    db,
    call(method, input) {
      const envelope = dispatch(method, input);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return envelope.value as never;
    },
    close: () => db.close(),
  };
}

/** Median milliseconds of a read, over `rounds` calls after a warm-up. */
export function timeQuery(api: Api, method: MethodName, input: unknown, rounds = 15): number {
  return median(timeRounds(rounds, () => api.call(method, input)));
}

/** A retro in progress at Reflect, with six people checked in: what the console works on. */
export function openRetro(api: Api, teamId: string): string {
  const { id } = api.call('sessions.create', { teamId, title: 'Benchmark retro' });
  api.call('participants.set', { sessionId: id, mode: 'anonymous', count: 6 });
  api.call('sessions.goToStage', { sessionId: id, stageId: 'reflect' });
  return id;
}

export interface WriteFigures {
  /** cards.add's service function, per call. */
  service: number;
  /** The same through the contract: validation, file check and transaction. */
  dispatched: number;
  /** A prepared INSERT of the same row in its own transaction, per call. */
  raw: number;
}

/** cards.add against the bare INSERT it comes down to. */
export async function cardWrite(api: Api, sessionId: string): Promise<WriteFigures> {
  const { addCard } = await import('../src/main/services/cards');
  const input = (index: number) => ({
    sessionId,
    practiceId: PRACTICE_IDS[index % 4] ?? 'reward-initiative',
    kind: 'went_well' as const,
    text: `Card ${index}`,
  });
  const insert = api.db.prepare(
    `INSERT INTO cards (id, session_id, practice_id, kind, text, hidden, group_id, circle,
       created_at) VALUES (?, ?, ?, ?, ?, 1, NULL, NULL, ?)`,
  );
  const raw = api.db.transaction((index: number) => {
    const row = input(index);
    insert.run(newId(), sessionId, row.practiceId, row.kind, row.text, now());
  });
  const rounds = 9;
  const batch = 200;
  return {
    raw: perCall(rounds, batch, raw),
    service: perCall(rounds, batch, (index) => addCard(api.db, input(index))),
    dispatched: perCall(rounds, batch, (index) => api.call('cards.add', input(index))),
  };
}

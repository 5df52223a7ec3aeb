import { tempWorkspaceForTest } from '@main/test/temp-workspace';
import type { WorkspaceOptions } from '@main/workspace';
import { createClient } from '@renderer/api/client';
import { DataProvider } from '@renderer/api/DataProvider';
import type { MethodName, ThreadlineBridge } from '@shared/contract';
import { type RenderOptions, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';

type Match = (method: MethodName, input: Record<string, unknown>) => boolean;

/**
 * The renderer on a real workspace: a real SQLite file behind the app's own API client, with
 * `data.changed` events as the main process sends them. Calls can be held back, to look at the
 * screen while an answer is on its way.
 */
export async function workspaceApp(options: Partial<WorkspaceOptions> = {}) {
  const ws = await tempWorkspaceForTest(options);
  const calls: MethodName[] = [];
  const holds: { match: Match; released: Promise<void> }[] = [];
  const bridge: ThreadlineBridge = {
    async call(method, input) {
      calls.push(method);
      for (const hold of holds) {
        if (hold.match(method, (input ?? {}) as Record<string, unknown>)) await hold.released;
      }
      return ws.call(method, input);
    },
    onEvent: (listener) => ws.subscribe(listener),
  };
  const api = createClient(bridge);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DataProvider api={api}>{children}</DataProvider>
  );
  return {
    ws,
    api,
    /** How often a method was called so far. */
    count: (method: MethodName) => calls.filter((called) => called === method).length,
    /** Holds back every call that matches until the returned function is called. */
    hold(match: Match): () => void {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.push({ match, released });
      return () => release();
    },
    render: (ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) =>
      render(ui, { ...options, wrapper }),
  };
}

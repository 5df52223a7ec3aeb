import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../workspace';

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'threadline-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A real workspace on a real SQLite file in a throwaway folder. */
export async function tempWorkspace(
  options: Partial<WorkspaceOptions> = {},
): Promise<Workspace & { dir: string; dispose: () => void }> {
  const dir = tempDir();
  const workspace = await openWorkspace({
    dataDir: dir.path,
    mode: 'browser',
    version: 'test',
    ...options,
  });
  return {
    ...workspace,
    dir: dir.path,
    dispose() {
      workspace.close();
      dir.remove();
    },
  };
}

/** A temp workspace that is disposed of when the running test finishes; call it inside a test. */
export async function tempWorkspaceForTest(
  options: Partial<WorkspaceOptions> = {},
): ReturnType<typeof tempWorkspace> {
  const workspace = await tempWorkspace(options);
  onTestFinished(workspace.dispose);
  return workspace;
}

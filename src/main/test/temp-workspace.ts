import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../workspace';

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'threadline-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A real workspace on a real SQLite file in a throwaway folder. */
export async function tempWorkspace(): Promise<Workspace & { dir: string; dispose: () => void }> {
  const dir = tempDir();
  const workspace = await openWorkspace({ dataDir: dir.path, mode: 'browser', version: 'test' });
  return {
    ...workspace,
    dir: dir.path,
    dispose() {
      workspace.close();
      dir.remove();
    },
  };
}

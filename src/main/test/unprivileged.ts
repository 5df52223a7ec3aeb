import { chmodSync, chownSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// File permissions do not stop root, and tests may run as root (CI does). To meet a read-only
// file for real, root hands the folder to an unprivileged user and acts as that user meanwhile.
const NOBODY = 65534;

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) chownTree(join(path, entry), uid, gid);
  }
}

/**
 * Runs `use` unable to write `readOnly` (files or folders inside `dir`), as a user that owns
 * `dir`; the permissions are put back afterwards.
 */
export async function withReadOnly<T>(
  dir: string,
  readOnly: string[],
  use: () => Promise<T> | T,
): Promise<T> {
  const root = process.getuid?.() === 0 && process.seteuid !== undefined;
  const modes = readOnly.map((path) => statSync(path).mode & 0o777);
  if (root) chownTree(dir, NOBODY, NOBODY);
  for (const path of readOnly) chmodSync(path, statSync(path).isDirectory() ? 0o555 : 0o444);
  if (root) process.seteuid?.(NOBODY);
  try {
    return await use();
  } finally {
    if (root) process.seteuid?.(0);
    readOnly.forEach((path, index) => {
      chmodSync(path, modes[index] ?? 0o644);
    });
    if (root) chownTree(dir, 0, 0);
  }
}

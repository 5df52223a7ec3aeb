import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** The Cache-Control header to answer it with. */
  cache: string;
}

// The build names every file under assets/ by a hash of its content, so a name always means the
// same bytes: a window keeps them (and the browser its compiled scripts) instead of loading and
// compiling them again each time it opens. The page itself, and files named as they are, are
// checked every time.
const ASSETS = `${sep}assets${sep}`;
const cacheOf = (relative: string) =>
  normalize(relative).startsWith(ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache';

/** Reads a file of the built renderer; paths that escape its folder, or are missing, give null. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, relative));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const body = await readFile(file);
    return {
      body,
      type: TYPES[extname(file)] ?? 'application/octet-stream',
      cache: cacheOf(relative),
    };
  } catch {
    return null;
  }
}

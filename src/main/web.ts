import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { defaultDataDir } from './data-dir';
import { DatabaseTooNewError } from './db/migrate';
import { startHttpHost } from './host/http-host';
import { forcedRoomAddress } from './room/addresses';
import { openWorkspace } from './workspace';

export const DEFAULT_PORT = 4780;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'room-address': { type: 'string' },
    },
  });
  const requestedPort = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    fail(`“${values.port}” is not a port number. Use a whole number such as ${DEFAULT_PORT}.`);
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  let roomAddress: string | null;
  try {
    roomAddress = forcedRoomAddress(values['room-address'] ?? process.env.THREADLINE_ROOM_ADDRESS);
  } catch (error) {
    fail((error as Error).message);
  }
  const workspace = await openWorkspace({
    dataDir,
    mode: 'browser',
    version,
    rendererDir,
    roomAddress,
  });
  const token = randomBytes(18).toString('base64url');
  const host = await startHttpHost({ workspace, rendererDir, token, port: requestedPort }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' || values.port !== undefined) throw error;
      console.log(`Port ${requestedPort} is busy, so Threadline picked a free one.`);
      return startHttpHost({ workspace, rendererDir, token, port: 0 });
    },
  );
  console.log(`Threadline is running in browser mode. Open this address: ${host.url}`);
  console.log(`Workspace: ${workspace.info.databaseFile}`);
  if (roomAddress) console.log(`People who join from their own devices use ${roomAddress}.`);
  if (workspace.info.recovery) {
    console.log(
      `${workspace.info.recovery.problem} Open the address to restore a backup or start fresh.`,
    );
  }
  console.log('Press Ctrl+C to stop.');

  const stop = () => {
    host.close().finally(() => {
      workspace.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseTooNewError) fail(error.message);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    fail('That port is already in use. Choose another with --port <number>.');
  }
  console.error('Threadline could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});

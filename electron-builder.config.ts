import type { Configuration } from 'electron-builder';
import { electronSqliteBinary } from './scripts/electron-native.mjs';
import { PACKAGED_SQLITE_BINDING } from './src/main/sqlite-binding';

/**
 * Installers for `npm run dist`: AppImage and deb on Linux, dmg on macOS, NSIS on Windows.
 * The app ships as one ASAR archive of the built `out/` folder plus the production
 * dependencies, with Electron's fuses set so the installed app runs nothing but that archive.
 */
const config: Configuration = {
  appId: 'app.threadline.desktop',
  productName: 'Threadline',
  directories: { output: 'dist', buildResources: 'resources' },
  icon: 'resources/icon.png',
  asar: true,
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    // Browser mode is started from a terminal with Node, never by the installed app.
    '!out/main/web.js',
    // The driver's sources and its Node build; the Electron build ships as a resource below.
    '!node_modules/better-sqlite3/{build,deps,src}/**',
  ],
  // The Electron build of the SQLite driver that `npm run dist` prepares (the same one
  // `npm start` uses). Native code cannot load from inside the archive, so it stays outside.
  // electron-builder's own rebuild is off: it would rebuild the project's node_modules in place
  // for Electron and leave the tests without their Node build.
  extraResources: [{ from: electronSqliteBinary(), to: PACKAGED_SQLITE_BINDING }],
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app loads its pages over app://, so file:// keeps no extra powers.
    grantFileProtocolExtraPrivileges: false,
    // Unsigned Apple Silicon builds must be re-signed ad hoc after the fuses change.
    resetAdHocDarwinSignature: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Threadline maintainers',
    synopsis: 'Team retrospectives on ownership culture',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
  },
  publish: null,
};

export default config;

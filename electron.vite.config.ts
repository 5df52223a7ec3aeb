import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';

// zod ships comments that Rollup reports as misplaced annotations; they are harmless.
const onwarn = (warning: { code?: string }, warn: (warning: never) => void) => {
  if (warning.code !== 'INVALID_ANNOTATION') warn(warning as never);
};

// Recharts and what only it uses: one chunk, loaded by the pages that draw charts, never by the
// home screen. React gets its own chunk, or Rollup would pull it into the charts chunk (recharts
// imports it too) and the home screen would load the charts with it.
const REACT_PACKAGES = /node_modules\/(react|react-dom|scheduler|use-sync-external-store)\//;
const CHART_PACKAGES =
  /node_modules\/(recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs\/toolkit|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|clsx)\//;

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
};

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    resolve: { alias },
    build: {
      rollupOptions: {
        onwarn,
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      rollupOptions: {
        onwarn,
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    publicDir: resolve(__dirname, 'resources'),
    plugins: [react()],
    resolve: { alias },
    build: {
      minify: true,
      rollupOptions: {
        onwarn,
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          participant: resolve(__dirname, 'src/renderer/participant.html'),
        },
        output: {
          manualChunks: (id: string) => {
            if (REACT_PACKAGES.test(id)) return 'react';
            return CHART_PACKAGES.test(id) ? 'charts' : undefined;
          },
        },
      },
    },
  },
});

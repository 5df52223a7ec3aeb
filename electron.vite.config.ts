import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';

// zod ships comments that Rollup reports as misplaced annotations; they are harmless.
const onwarn = (warning: { code?: string }, warn: (warning: never) => void) => {
  if (warning.code !== 'INVALID_ANNOTATION') warn(warning as never);
};

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
      rollupOptions: {
        onwarn,
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          participant: resolve(__dirname, 'src/renderer/participant.html'),
        },
      },
    },
  },
});

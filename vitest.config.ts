import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The design tokens' test reads the renderer's stylesheets as text (`?raw`).
    css: { include: [/src\/renderer\/.+\.css/] },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});

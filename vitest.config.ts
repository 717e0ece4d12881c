import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{unit,lsp,cli,grade,client,web}/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'forks',
  },
});

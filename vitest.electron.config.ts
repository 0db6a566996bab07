import { defineConfig } from 'vitest/config'

// The Electron suite: run through `npm run test:electron`, which checks for the binary first.
export default defineConfig({
  test: {
    include: ['tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})

import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // `npm run coverage` (not run in CI): line and branch coverage of src/ by the tests, as text and in coverage/.
    coverage: {provider: 'v8', include: ['src/**/*.ts'], reporter: ['text-summary', 'html']}
  }
})

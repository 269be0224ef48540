import jestConfig from './jest.config.js'

// The browser specs start `next start`, not a spec app: no database templates to build.
const { globalSetup: _setup, globalTeardown: _teardown, ...base } = jestConfig

/** The admin panel in Chromium against `next start` (run `npm run build` first: npm run test:browser does). */
const config = {
  ...base,
  testMatch: ['**/test/browser/**/*.browser.spec.ts'],
  testPathIgnorePatterns: [],
  testTimeout: 180000,
  maxWorkers: 1,
}

export default config

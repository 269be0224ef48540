import base from './jest.config.js'

/** The admin panel in Chromium against `next start` (run `npm run build` first: npm run test:browser does). */
const config = {
  ...base,
  testMatch: ['**/test/browser/**/*.browser.spec.ts'],
  testPathIgnorePatterns: [],
  testTimeout: 180000,
  maxWorkers: 1,
}

export default config

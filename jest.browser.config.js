import base from './jest.config.js'

/** The admin panel in Chromium against `next start` (run `npm run build` first: npm run test:browser does). */
export default {
  ...base,
  testMatch: ['**/test/browser/**/*.browser.spec.ts'],
  testPathIgnorePatterns: [],
  testTimeout: 180000,
  maxWorkers: 1,
}

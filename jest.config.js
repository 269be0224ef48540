/** Payload 3 is ESM-only: jest runs in ESM mode (NODE_OPTIONS=--experimental-vm-modules). */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  // test/browser needs the production build: npm run test:browser
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
  },
  // One directory of database templates per run: test/helpers/templates.ts
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  // Password keys derived once are remembered per process: test/helpers/pbkdf2Memo.cjs
  setupFiles: ['<rootDir>/test/setupPbkdf2Memo.cjs'],
  testTimeout: 120000,
  maxWorkers: 2,
}

export default config

// jest setupFiles: see test/helpers/pbkdf2Memo.cjs
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded as CommonJS on purpose
require('./helpers/pbkdf2Memo.cjs').install()

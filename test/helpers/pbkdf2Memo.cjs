// Remembers what crypto.pbkdf2 derived, per (password, salt, iterations, key length, digest), for
// the test processes: a pure function, so a repeated call answers the same bytes without the
// 600,000 iterations again (a member's every login and sign-off re-derives one key). Every new
// password or salt is still derived in full, and every check still compares the real derived key.
// CommonJS on purpose: jest's setupFiles load it before any module takes `pbkdf2` from node:crypto.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, see above
const crypto = require('node:crypto')

const MEMO = Symbol.for('medreview.test.pbkdf2Memo')

const part = (value) =>
  typeof value === 'string'
    ? `s${value}`
    : Buffer.isBuffer(value)
      ? `b${value.toString('hex')}`
      : undefined

const keyOf = (password, salt, iterations, keyLength, digest) => {
  const passwordPart = part(password)
  const saltPart = part(salt)
  if (passwordPart === undefined || saltPart === undefined) return undefined
  return JSON.stringify([passwordPart, saltPart, iterations, keyLength, digest])
}

const install = () => {
  if (crypto[MEMO]) return crypto[MEMO]
  const memo = new Map()
  const derive = crypto.pbkdf2
  crypto.pbkdf2 = function pbkdf2(password, salt, iterations, keyLength, digest, callback) {
    const key = keyOf(password, salt, iterations, keyLength, digest)
    const known = key === undefined ? undefined : memo.get(key)
    if (known) {
      process.nextTick(callback, null, Buffer.from(known, 'hex'))
      return
    }
    derive(password, salt, iterations, keyLength, digest, (error, derived) => {
      if (!error && key !== undefined) memo.set(key, derived.toString('hex'))
      callback(error, derived)
    })
  }
  crypto[MEMO] = memo
  return memo
}

module.exports = {
  install,
  /** What was derived so far, to hand to another process (a template's builder to the specs). */
  entries: () => [...install().entries()],
  remember: (entries) => {
    const memo = install()
    for (const [key, derived] of entries) memo.set(key, derived)
  },
}

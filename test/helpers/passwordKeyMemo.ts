import { createRequire } from 'node:module'

export type Pbkdf2MemoEntries = [string, string][]

/** Typed access to test/helpers/pbkdf2Memo.cjs (jest's setupFiles installs it in every worker). */
export const pbkdf2Memo = createRequire(import.meta.url)('./pbkdf2Memo.cjs') as {
  install: () => void
  entries: () => Pbkdf2MemoEntries
  remember: (entries: Pbkdf2MemoEntries) => void
}

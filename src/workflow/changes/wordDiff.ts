import { commonSubsequence } from './sequenceMatch'

export type WordChange = { op: 'same' | 'added' | 'removed'; text: string }

/** Beyond this many words on a side, a change is shown whole rather than word by word. */
const MAX_WORDS = 3000

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean)

const push = (out: WordChange[], op: WordChange['op'], text: string): void => {
  const last = out[out.length - 1]
  if (last?.op === op) last.text = `${last.text} ${text}`
  else out.push({ op, text })
}

/** Two texts word by word: what stayed, what was removed and what was added, in reading order. */
export const wordDiff = (before: string, after: string): WordChange[] => {
  const a = words(before)
  const b = words(after)
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    return [
      ...(a.length ? [{ op: 'removed' as const, text: a.join(' ') }] : []),
      ...(b.length ? [{ op: 'added' as const, text: b.join(' ') }] : []),
    ]
  }
  const out: WordChange[] = []
  let i = 0
  let j = 0
  for (const [ai, bj] of [...commonSubsequence(a, b), [a.length, b.length] as [number, number]]) {
    for (; i < ai; i++) push(out, 'removed', a[i])
    for (; j < bj; j++) push(out, 'added', b[j])
    if (ai < a.length) push(out, 'same', a[ai])
    i = ai + 1
    j = bj + 1
  }
  return out
}

import type { ChangeKindOfEdit, FieldChange } from './types'

import { plainText } from './fieldText'
import { wordDiff } from './wordDiff'

type Described = {
  path: string
  label: string
  kind: ChangeKindOfEdit
  before: unknown
  after: unknown
  clinical: boolean
  /** The texts a reader sees, where the stored values do not say it themselves. */
  beforeText?: string | null
  afterText?: string | null
}

/** One change, with its texts and, where text was rewritten, its words marked. */
export const fieldChange = ({ beforeText, afterText, ...change }: Described): FieldChange => {
  const was = beforeText === undefined ? plainText(change.before) : beforeText
  const now = afterText === undefined ? plainText(change.after) : afterText
  return {
    path: change.path,
    label: change.label,
    kind: change.kind,
    before: change.before,
    after: change.after,
    beforeText: was,
    afterText: now,
    clinical: change.clinical,
    ...(change.kind === 'changed' && was !== null && now !== null
      ? { words: wordDiff(was, now) }
      : {}),
  }
}

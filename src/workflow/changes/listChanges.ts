import type { FieldChange } from './types'

import { commonSubsequence } from './sequenceMatch'

type ListDiff<T> = {
  path: string
  before: readonly T[]
  after: readonly T[]
  /** What identifies an item across versions (a row id, a related document's id, a value). */
  identity: (item: T) => string
  /** How an added or removed item is shown. */
  show: (item: T) => unknown
  clinical: boolean
  /** Changes inside an item kept in both versions, at its path in the new version. */
  inner?: (before: T, after: T, path: string) => FieldChange[]
}

/**
 * Lists compared by item identity: an item in only one version is added or removed, an item that
 * changed place (beyond what insertions and removals explain) is moved, not removed and added.
 */
export const listChanges = <T>({
  path,
  before,
  after,
  identity,
  show,
  clinical,
  inner,
}: ListDiff<T>): FieldChange[] => {
  const changes: FieldChange[] = []
  const beforeIndex = new Map(before.map((item, index) => [identity(item), index]))
  const afterIds = new Set(after.map(identity))
  before.forEach((item, index) => {
    if (!afterIds.has(identity(item)))
      changes.push({
        path: `${path}[${index}]`,
        kind: 'removed',
        before: show(item),
        after: null,
        clinical,
      })
  })
  const kept = new Set(
    commonSubsequence(before, after, identity).map(([, afterAt]) => identity(after[afterAt])),
  )
  after.forEach((item, index) => {
    const id = identity(item)
    const was = beforeIndex.get(id)
    const itemPath = `${path}[${index}]`
    if (was === undefined) {
      changes.push({ path: itemPath, kind: 'added', before: null, after: show(item), clinical })
      return
    }
    if (!kept.has(id))
      changes.push({ path: itemPath, kind: 'moved', before: was + 1, after: index + 1, clinical })
    if (inner) changes.push(...inner(before[was], item, itemPath))
  })
  return changes
}

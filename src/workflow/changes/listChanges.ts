import type { ChangeKindOfEdit, FieldChange } from './types'

import { fieldChange } from './fieldChange'
import { positionInWords } from './labels'
import { commonSubsequence } from './sequenceMatch'

type ListDiff<T> = {
  path: string
  before: readonly T[]
  after: readonly T[]
  /** What identifies an item across versions (a row id, a related document's id, a value). */
  identity: (item: T) => string
  /** How an added or removed item is shown in `before`/`after`. */
  show: (item: T) => unknown
  /** How an added or removed item reads. */
  text: (item: T) => string | null
  /** The change in words, from the item and its 1-based position in the version it is in. */
  label: (kind: Exclude<ChangeKindOfEdit, 'changed'>, item: T, position: number) => string
  clinical: boolean
  /** Changes inside an item kept in both versions, at its path and position in the new version. */
  inner?: (before: T, after: T, path: string, position: number) => FieldChange[]
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
  text,
  label,
  clinical,
  inner,
}: ListDiff<T>): FieldChange[] => {
  const changes: FieldChange[] = []
  const beforeIndex = new Map(before.map((item, index) => [identity(item), index]))
  const afterIds = new Set(after.map(identity))
  before.forEach((item, index) => {
    if (!afterIds.has(identity(item)))
      changes.push(
        fieldChange({
          path: `${path}[${index}]`,
          label: label('removed', item, index + 1),
          kind: 'removed',
          before: show(item),
          after: null,
          beforeText: text(item),
          afterText: null,
          clinical,
        }),
      )
  })
  const kept = new Set(
    commonSubsequence(before, after, identity).map(([, afterAt]) => identity(after[afterAt])),
  )
  after.forEach((item, index) => {
    const id = identity(item)
    const was = beforeIndex.get(id)
    const itemPath = `${path}[${index}]`
    if (was === undefined) {
      changes.push(
        fieldChange({
          path: itemPath,
          label: label('added', item, index + 1),
          kind: 'added',
          before: null,
          after: show(item),
          beforeText: null,
          afterText: text(item),
          clinical,
        }),
      )
      return
    }
    if (!kept.has(id))
      changes.push(
        fieldChange({
          path: itemPath,
          label: label('moved', item, index + 1),
          kind: 'moved',
          before: was + 1,
          after: index + 1,
          beforeText: positionInWords(was + 1),
          afterText: positionInWords(index + 1),
          clinical,
        }),
      )
    if (inner) changes.push(...inner(before[was], item, itemPath, index + 1))
  })
  return changes
}

import type { FieldChange } from './types'

import { fieldChange } from './fieldChange'
import { itemEvent, within } from './labels'
import { blockNames, richTextBlocks } from './richTextBlocks'
import { commonSubsequence } from './sequenceMatch'

type Where = { path: string; label: string; clinical: boolean }

/**
 * Rich text block by block, as plain text: kept blocks anchor; between them, rewrites pair up
 * ("Body – paragraph 4"), and what is left over was added or removed. A block is named by its
 * kind and number in the version it is in.
 */
export const richTextChanges = (
  { path, label, clinical }: Where,
  before: unknown,
  after: unknown,
): FieldChange[] => {
  const a = richTextBlocks(before)
  const b = richTextBlocks(after)
  const aNames = blockNames(a)
  const bNames = blockNames(b)
  const aTexts = a.map((block) => block.text)
  const bTexts = b.map((block) => block.text)
  const changes: FieldChange[] = []
  let i = 0
  let j = 0
  const anchors = [...commonSubsequence(aTexts, bTexts), [a.length, b.length] as [number, number]]
  for (const [ai, bj] of anchors) {
    for (; i < ai && j < bj; i++, j++)
      changes.push(
        fieldChange({
          path: `${path}[${j}]`,
          label: within(label, bNames[j]),
          kind: 'changed',
          before: aTexts[i],
          after: bTexts[j],
          clinical,
        }),
      )
    for (; i < ai; i++)
      changes.push(
        fieldChange({
          path: `${path}[${i}]`,
          label: itemEvent(within(label, aNames[i]), 'removed', null),
          kind: 'removed',
          before: aTexts[i],
          after: null,
          clinical,
        }),
      )
    for (; j < bj; j++)
      changes.push(
        fieldChange({
          path: `${path}[${j}]`,
          label: itemEvent(within(label, bNames[j]), 'added', null),
          kind: 'added',
          before: null,
          after: bTexts[j],
          clinical,
        }),
      )
    i = ai + 1
    j = bj + 1
  }
  return changes
}

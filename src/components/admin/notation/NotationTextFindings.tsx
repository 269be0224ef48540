'use client'

import { useField } from '@payloadcms/ui'
import { useMemo } from 'react'

import { lintText } from '../../../clinical/notation/lintText'
import { type ListedHit, NotationHitList } from './NotationHitList'
import { useDebounced } from './useDebounced'

const textsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string')
    : typeof value === 'string'
      ? [value]
      : []

/** The notation findings of a text or textarea field (or each text of a hasMany one). */
export const NotationTextFindings = ({ path }: { path: string }) => {
  const { value } = useField<unknown>({ path })
  const settled = useDebounced(value)
  const hits = useMemo<ListedHit[]>(
    () =>
      textsOf(settled).flatMap((text, index) =>
        lintText(text).map((hit) => ({ ...hit, key: `${index}-${hit.start}-${hit.rule}` })),
      ),
    [settled],
  )
  return <NotationHitList hits={hits} />
}

import type { RelationshipFieldManyValidation } from 'payload'

import { relationship } from 'payload/shared'

import type { Article } from '../../payload-types'

import { describeMismatch, treatmentMismatch } from '../../validation/comparison'

const rowId = (row: unknown): string =>
  String(typeof row === 'object' && row !== null ? (row as { id: string }).id : row)

/** Every row must have exactly one cell per column of the article's table, no more. */
export const validateComparisonRows: RelationshipFieldManyValidation = async (value, options) => {
  const basic = await relationship(value, options)
  if (basic !== true || !value?.length) return basic
  const { data, req } = options
  const columns = (data as Partial<Article>).comparisonColumns ?? []
  if (!columns.length) return 'Add the treatment columns before adding comparison rows'
  const ids = value.map(rowId)
  const { docs } = await req.payload.find({
    collection: 'comparison-rows',
    where: { id: { in: ids } },
    depth: 0,
    draft: true,
    limit: ids.length,
    pagination: false,
    req,
  })
  const found = new Set(docs.map((row) => String(row.id)))
  const unknown = ids.filter((id) => !found.has(id))
  if (unknown.length) return `No comparison row has the id ${unknown.join(', ')}`
  const problems = docs.flatMap((row) => {
    const mismatch = treatmentMismatch(
      columns,
      (row.cells ?? []).map((cell) => cell.treatment),
    )
    return mismatch.missing.length || mismatch.extra.length
      ? [describeMismatch(row.feature, mismatch)]
      : []
  })
  return problems.length ? `The comparison table does not line up: ${problems.join('; ')}` : true
}

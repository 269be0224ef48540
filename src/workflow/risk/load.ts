import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../documents'
import type { ReviewableCollection } from '../states'

import { relationIds } from '../../shared/relations'
import { contentOf } from '../contentHash'
import { riskReasons, type RiskSubject } from './rules'

const textsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(textsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn)
  return []
}

const newDrugNames = async (req: PayloadRequest, doc: Partial<ReviewableDoc>) => {
  const ids = relationIds((doc as { drugs?: unknown }).drugs)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'drugs',
    where: { and: [{ id: { in: ids } }, { newToMarket: { equals: true } }] },
    depth: 0,
    pagination: false,
    req,
  })
  return docs.map((drug) => drug.name)
}

/** What the risk rules read about this version of a document (its drugs as they are now). */
export const riskSubjectOf = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<RiskSubject> => {
  const fields = req.payload.collections[collection].config.flattenedFields
  return {
    clinicalText: textsIn(contentOf(doc, fields)).join('\n'),
    newDrugs: await newDrugNames(req, doc),
  }
}

/** Why this version is high risk (two pharmacists must sign it), in words; empty: standard. */
export const highRiskReasons = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<string[]> => riskReasons(doc.riskTier, await riskSubjectOf(req, collection, doc))

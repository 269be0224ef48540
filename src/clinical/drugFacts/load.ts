import type { PayloadRequest, Where } from 'payload'

import type { ReviewableDoc } from '../../workflow/documents'
import type { CheckTarget } from '../checks/registry'
import type { FactsDrug, FactsSubject, OtherDocument } from './subject'

import { factsOf } from '../../drugs/facts/facts'
import { namesOf } from '../../drugs/drugNames'
import { ABOUT_A_DRUG, publishedWhere } from '../../reviewRequests/requestReReview'
import { describeIn } from '../../shared/describe'
import { relationIds } from '../../shared/relations'
import { clinicalTextsOf } from '../clinicalTexts'

const NOUN: Record<string, string> = {
  articles: 'the article',
  faqs: 'the FAQ',
  'comparison-rows': 'the comparison row',
}

const inReviewWhere = async (
  req: PayloadRequest,
  collection: (typeof ABOUT_A_DRUG)[number],
  where: Where,
) => {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [where, { workflowState: { equals: 'in_review' } }] },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/** The live and in-review versions of every other document about these drugs. */
const otherDocumentsAbout = async (
  req: PayloadRequest,
  drugIds: string[],
  target: CheckTarget,
): Promise<OtherDocument[]> => {
  const where: Where = { drugs: { in: drugIds } }
  const others: OtherDocument[] = []
  for (const collection of ABOUT_A_DRUG) {
    const versions = [
      ...(await publishedWhere(req, collection, where)).map((doc) => ({ doc, state: 'live' })),
      ...(await inReviewWhere(req, collection, where)).map((doc) => ({ doc, state: 'in review' })),
    ]
    for (const { doc, state } of versions) {
      if (collection === target.collection && String(doc.id) === String(target.doc.id)) continue
      others.push({
        label: `${NOUN[collection]} “${describeIn(req, collection, doc)}” (${state})`,
        drugIds: relationIds((doc as { drugs?: unknown }).drugs),
        texts: clinicalTextsOf(collection, doc as unknown as Partial<ReviewableDoc>),
      })
    }
  }
  return others
}

const drugsById = async (req: PayloadRequest, ids: string[]): Promise<Map<string, FactsDrug>> => {
  if (!ids.length) return new Map()
  const { docs } = await req.payload.find({
    collection: 'drugs',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    docs.map((drug) => [
      String(drug.id),
      { id: String(drug.id), name: drug.name, names: namesOf(drug), facts: factsOf(drug.facts) },
    ]),
  )
}

/**
 * What the drug-facts check reads about a version: its texts, its drugs' facts, and the live and
 * in-review versions of the other documents about those drugs (as a drug-wide re-review finds
 * them: by their `drugs` relation).
 */
export const loadFactsSubject = async (
  req: PayloadRequest,
  target: CheckTarget,
): Promise<FactsSubject> => {
  const drugIds = relationIds((target.doc as { drugs?: unknown }).drugs)
  const texts = clinicalTextsOf(target.collection, target.doc)
  if (!drugIds.length || !texts.length) return { drugIds, texts, others: [], drugs: new Map() }
  const others = await otherDocumentsAbout(req, drugIds, target)
  const allIds = [...new Set([...drugIds, ...others.flatMap((other) => other.drugIds)])]
  return { drugIds, texts, others, drugs: await drugsById(req, allIds) }
}

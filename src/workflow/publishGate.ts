import type { PayloadRequest } from 'payload'

import { userHasRole } from '../access/roles'
import { contentHash } from './contentHash'
import { authorsOf, describeDoc, latestSignature, relationId, type ReviewableDoc } from './documents'
import { ARTICLE_LINKS, CARRIES_DISCLAIMER, type ReviewableCollection } from './states'
import { PUBLISHER_ROLES } from './transitions'

const disclaimerProblem = async (req: PayloadRequest, doc: Partial<ReviewableDoc>) => {
  const disclaimerId = relationId(doc.disclaimer)
  if (!disclaimerId) return 'attach a medical disclaimer'
  const { docs } = await req.payload.find({
    collection: 'disclaimers',
    where: { id: { equals: disclaimerId } },
    depth: 0,
    limit: 1,
    req,
  })
  if (!docs[0]) return 'the attached disclaimer does not exist; attach another'
  if (docs[0]._status !== 'published') return `publish the disclaimer "${docs[0].title}" first`
  return undefined
}

const signatureProblem = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
) => {
  const signature = doc.id ? await latestSignature(req, collection, doc.id) : undefined
  if (!signature) return 'a pharmacist reviewer must sign off this content'
  const fields = req.payload.collections[collection].config.flattenedFields
  if (signature.contentHash !== contentHash(doc, fields)) {
    return 'the content differs from what the reviewer signed; it needs a new sign-off'
  }
  const signer = relationId(signature.reviewer)
  if (signer && authorsOf(doc).includes(signer)) {
    return 'the signer wrote or edited this content; a different pharmacist must sign off'
  }
  return undefined
}

const unpublishedLinks = async (req: PayloadRequest, doc: Partial<ReviewableDoc>) => {
  const problems: string[] = []
  for (const link of ARTICLE_LINKS) {
    const ids = ((doc[link.field] as unknown[] | undefined) ?? []).map(relationId).filter(Boolean)
    if (!ids.length) continue
    const { docs } = await req.payload.find({
      collection: link.collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      req,
    })
    const published = new Set(docs.map((linked) => String(linked.id)))
    const pending = ids.filter((id) => !published.has(id as string))
    if (!pending.length) continue
    const { docs: pendingDocs } = await req.payload.find({
      collection: link.collection,
      where: { id: { in: pending } },
      depth: 0,
      draft: true,
      pagination: false,
      req,
    })
    for (const linked of pendingDocs) {
      problems.push(`publish the linked ${link.collection} "${describeDoc(linked)}" first`)
    }
  }
  return problems
}

/**
 * Everything that stands between this exact content and publication. Empty means it may go
 * live. Used by the publish hook (every path), the workflow endpoints and the admin checklist.
 */
export const unmetPublishRequirements = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<string[]> => {
  const unmet: string[] = []
  if (req.user && !userHasRole(req.user, ...PUBLISHER_ROLES)) {
    unmet.push(`only ${PUBLISHER_ROLES.join(' or ')} accounts can publish`)
  }
  if (CARRIES_DISCLAIMER.includes(collection)) {
    const problem = await disclaimerProblem(req, doc)
    if (problem) unmet.push(problem)
  }
  const signature = await signatureProblem(req, collection, doc)
  if (signature) unmet.push(signature)
  if (collection === 'articles') unmet.push(...(await unpublishedLinks(req, doc)))
  return unmet
}

import type { PayloadRequest } from 'payload'

import type { Article } from '../payload-types'

import { userHasRole } from '../access/roles'
import { contentHash } from './contentHash'
import { authorsFromHistory } from './authorship'
import { type ReviewableDoc } from './documents'
import { describeIn } from '../shared/describe'
import { pinKey, signatureForPublication } from './signatures'
import { relationId } from '../shared/relations'
import { ARTICLE_LINKS, CARRIES_DISCLAIMER, type ReviewableCollection } from './states'
import { stateProblem } from './stateProblem'
import { PUBLISHER_ROLES, transitionFor } from './transitions'
import { openThreadCount } from '../reviewComments/openThreads'
import { evidenceChecklist } from '../evidence/evidenceChecklist'
import { type ChecklistItem, item, type PublishRequirement } from './checklistItem'

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

/**
 * A matching signature is not enough on its own: withdrawn content needs a new review, and a
 * publish must not skip the transition table's states on paths other than the endpoint.
 */
const PUBLISHABLE_STATES = transitionFor('publish').from

const signatureProblems = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
) => {
  const signature = await signatureForPublication(req, collection, doc)
  if (!signature)
    return { signedOff: 'a pharmacist reviewer must sign off this content', fourEyes: undefined }
  const fields = req.payload.collections[collection].config.flattenedFields
  const signer = relationId(signature.reviewer)
  return {
    signedOff:
      signature.contentHash === contentHash(doc, fields)
        ? undefined
        : 'the content differs from what the reviewer signed; it needs a new sign-off',
    fourEyes:
      signer && (await authorsFromHistory(req, collection, doc)).includes(signer)
        ? 'the signer wrote or edited this content; a different pharmacist must sign off'
        : undefined,
  }
}

/** `collection:id` keys (signatures.ts `pinKey`) of documents going live in the same transaction. */
export type GoingLive = ReadonlySet<string>

const unpublishedLinks = async (
  req: PayloadRequest,
  doc: Partial<ReviewableDoc>,
  goingLive: GoingLive,
) => {
  const problems: string[] = []
  for (const link of ARTICLE_LINKS) {
    const ids = ((doc[link.field] as unknown[] | undefined) ?? [])
      .map(relationId)
      .filter((id) => id && !goingLive.has(pinKey(link.collection, id)))
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
      problems.push(
        `publish the linked ${link.collection} "${describeIn(req, link.collection, linked)}" first`,
      )
    }
    // SQLite drops a deleted document from the article's links; MongoDB keeps its id, and the
    // page would fail closed (503) at its first render.
    const found = new Set(pendingDocs.map((linked) => String(linked.id)))
    for (const id of pending.filter((pendingId) => !found.has(String(pendingId)))) {
      problems.push(`remove the linked ${link.collection} ${id}: it was deleted`)
    }
  }
  return problems
}

export { type ChecklistItem, item, type PublishRequirement } from './checklistItem'

/** Each requirement this exact content must meet before publication, met or not. */
export const publishChecklist = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
  { goingLive = new Set() }: { goingLive?: GoingLive } = {},
): Promise<ChecklistItem[]> => {
  const checklist: ChecklistItem[] = [
    item('approved', 'The review approved it, and it was not withdrawn or sent back since', [
      stateProblem(
        doc,
        describeIn(req, collection, doc),
        PUBLISHABLE_STATES,
        transitionFor('publish').label,
      ),
    ]),
  ]
  if (CARRIES_DISCLAIMER.includes(collection)) {
    checklist.push(
      item('disclaimer', 'A published medical disclaimer is attached', [
        await disclaimerProblem(req, doc),
      ]),
    )
  }
  const signature = await signatureProblems(req, collection, doc)
  checklist.push(
    item('signed-off', 'A pharmacist signed off exactly this content', [signature.signedOff]),
  )
  checklist.push(item('four-eyes', 'The signer did not write or edit it', [signature.fourEyes]))
  const openThreads = doc.id ? await openThreadCount(req, collection, doc.id) : 0
  checklist.push(
    item('no-open-comments', 'Every review comment thread is resolved', [
      openThreads ? `open review comments: ${openThreads}` : undefined,
    ]),
  )
  if (collection === 'articles') {
    checklist.push(
      item(
        'linked-published',
        'Linked FAQs, comparison rows and references are published',
        await unpublishedLinks(req, doc, goingLive),
      ),
      ...(await evidenceChecklist(req, doc as Partial<Article>)),
    )
  }
  return checklist
}

/**
 * Everything that stands between this exact content and publication. Empty means it may go
 * live. Used by the publish hook (every path), the workflow endpoints and the admin checklist.
 */
export const unmetPublishRequirements = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
  { except = [] }: { except?: PublishRequirement[] } = {},
): Promise<string[]> => {
  const unmet: string[] = []
  if (req.user && !userHasRole(req.user, ...PUBLISHER_ROLES)) {
    unmet.push(`only ${PUBLISHER_ROLES.join(' or ')} accounts can publish`)
  }
  const checklist = await publishChecklist(req, collection, doc)
  return [
    ...unmet,
    ...checklist
      .filter((entry) => !except.includes(entry.requirement))
      .flatMap((entry) => entry.problems),
  ]
}

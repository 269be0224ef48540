import type { PayloadRequest } from 'payload'

import type { Article, Signature } from '../../payload-types'
import type { RequirementTarget } from '../../workflow/requirements'
import type { ShownPart } from './renditionPage'

import { contentHashIn } from '../../workflow/contentHash'
import { relationId, relationIds } from '../../shared/relations'
import { LINKED_FIELDS } from '../pageFields'
import { canonicalJson } from './readerRendition'
import { renderRendition } from './renditionPage'
import { liveShown, shownAsOf } from './shownVersions'

type Signer = { printedName: string; signedAt: string }

/** What the 'rendition' checklist item is judged on. */
export type RenditionFacts =
  | { status: 'unsigned' }
  /** Signed before signed renditions: there is no rendition to compare with. */
  | { status: 'no-rendition'; signer: Signer }
  /** Another item already refuses (content, disclaimer or a linked document): nothing to compare. */
  | { status: 'not-compared' }
  | { status: 'same'; signer: Signer }
  | { status: 'differs'; signer: Signer; changed: string[] }

const PART_WORDS: Record<ShownPart['collection'], string> = {
  faqs: 'FAQ',
  'comparison-rows': 'comparison row',
  references: 'reference',
  disclaimers: 'disclaimer',
  drugs: 'drug',
}

const printed = (part: ShownPart) => {
  const fields = Object.keys(LINKED_FIELDS[part.collection]).filter((key) => key !== '_status')
  const doc = part.doc as Record<string, unknown>
  return canonicalJson(fields.map((field) => doc[field]))
}

/** Which shown documents print otherwise than at signing, in a writer's words. */
const changedSince = (live: ShownPart[], signed: ShownPart[]): string[] =>
  live.flatMap((part) => {
    const then = signed.find((s) => s.collection === part.collection && s.id === part.id)
    return then && printed(then) === printed(part)
      ? []
      : [`the ${PART_WORDS[part.collection]} "${part.name}" changed since`]
  })

const everyLinkShown = (doc: Partial<Article>, parts: ShownPart[]) =>
  [
    ...relationIds(doc.faqs),
    ...relationIds(doc.comparisonRows),
    ...relationIds(doc.references),
    relationId(doc.disclaimer),
  ].every((id) => !id || parts.some((part) => part.id === id))

/**
 * Renders the page readers would get after this publication (the version going live, the live
 * versions of what it shows or those going live with it) and compares it with the signature's.
 */
export const loadRenditionFacts = async (
  req: PayloadRequest,
  { doc, signature, goingLive }: RequirementTarget,
): Promise<RenditionFacts> => {
  if (!signature) return { status: 'unsigned' }
  const signer = { printedName: signature.printedName, signedAt: signature.signedAt }
  if (!signature.renditionHash) return { status: 'no-rendition', signer }
  if (signature.contentHash !== contentHashIn(req, 'articles', doc))
    return { status: 'not-compared' }
  const article = doc as Partial<Article>
  const live = await renderRendition(req, article, liveShown(req, goingLive))
  if (!everyLinkShown(article, live.parts)) return { status: 'not-compared' }
  if (live.hash === signature.renditionHash) return { status: 'same', signer }
  const signed = await renderRendition(req, article, shownAsOf(req, signedAtOf(signature)))
  return { status: 'differs', signer, changed: changedSince(live.parts, signed.parts) }
}

const signedAtOf = (signature: Signature): string => new Date(signature.signedAt).toISOString()

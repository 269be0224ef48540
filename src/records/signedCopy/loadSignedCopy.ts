import type { PayloadRequest } from 'payload'

import type { Article, Signature } from '../../payload-types'
import type { ArticlePage } from '../../delivery/types'
import type { FieldChange } from '../../workflow/changes/types'

import { renderRendition } from '../../delivery/rendition/renditionPage'
import { shownAsOf } from '../../delivery/rendition/shownVersions'
import { describeIn } from '../../shared/describe'
import { relationId } from '../../shared/relations'
import { changesSinceSignature } from '../../workflow/changes/changesSince'
import { contentOf } from '../../workflow/contentHash'
import { signatureById } from '../../workflow/signatures'
import { type ReviewableCollection } from '../../workflow/states'

/** One signature as the signed copy manifests it (21 CFR 11.50: name, date and time, meaning). */
export type Manifestation = {
  signatureId: string
  reviewerId: string | null
  printedName: string
  signerName: string | null
  credentials: string | null
  signedAt: string
  /** The date and time with its zone, as printed. */
  signedAtText: string
  meaning: string
  specialtyCredential: string | null
  licence: string | null
  /** What the pre-review checks found on the content signed, as the signature says it. */
  preReviewChecks: string | null
}

export type SignedCopy = {
  collection: ReviewableCollection
  id: string
  title: string
  versionId: string
  contentHash: string
  /** An article's page rendered from the versions signed; null for what has no page. */
  page: ArticlePage | null
  /** The signed fields of what has no page of its own (FAQs, comparison rows, references). */
  content: Record<string, unknown> | null
  /** The hash the signature recorded, and whether this rendition still hashes to it. */
  rendition: { computedHash: string; recordedHash: string | null; matches: boolean | null } | null
  signatures: Manifestation[]
  changes: FieldChange[]
}

const SIGNED_AT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'long',
  timeZone: 'UTC',
})

const manifestation = (signature: Signature): Manifestation => {
  const licence = signature.licenceVerification
  return {
    signatureId: String(signature.id),
    reviewerId: relationId(signature.reviewer) ?? null,
    printedName: signature.printedName,
    signerName: signature.signerName ?? null,
    credentials: signature.signerCredentials || null,
    signedAt: signature.signedAt,
    signedAtText: SIGNED_AT.format(new Date(signature.signedAt)),
    meaning: signature.meaning,
    specialtyCredential: signature.specialtyCredential?.trim() || null,
    licence: licence?.licenceNumber
      ? [licence.licenceNumber, licence.issuer].filter(Boolean).join(', ')
      : null,
    preReviewChecks: signature.preReviewChecks?.summary ?? null,
  }
}

/** The latest signature and those on the same content before it (the first of a pair). */
const signaturesOfContent = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<Signature[]> => {
  const { docs } = await req.payload.find({
    collection: 'signatures',
    where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }] },
    sort: '-signedAt',
    depth: 0,
    pagination: false,
    req,
  })
  const older = docs.findIndex((signature) => signature.contentHash !== docs[0]?.contentHash)
  return (older === -1 ? docs : docs.slice(0, older)).reverse()
}

/**
 * What the latest signature of a document vouches for, as signed: the rendition (an article's page
 * from the versions signed) or the signed fields, every signature of that content, and the
 * changes since the signature before. Undefined when the document does not exist or is unsigned.
 */
export const loadSignedCopy = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<SignedCopy | undefined> => {
  const signatures = await signaturesOfContent(req, collection, id)
  const first = signatures[0]
  const last = signatures[signatures.length - 1]
  if (!first || !last) return undefined
  const version = await req.payload
    .findVersionByID({ collection, id: last.versionId, depth: 0, req })
    .catch(() => null)
  if (!version || String(version.parent) !== id) return undefined
  const signed = { ...(version.version as unknown as Record<string, unknown>), id }
  const previousId = relationId(first.previousSignature)
  const previous = previousId ? await signatureById(req, previousId) : undefined
  const fields = req.payload.collections[collection].config.flattenedFields
  const rendition =
    collection === 'articles'
      ? await renderRendition(req, signed as Partial<Article>, shownAsOf(req, last.signedAt))
      : undefined
  return {
    collection,
    id,
    title: describeIn(req, collection, signed),
    versionId: last.versionId,
    contentHash: last.contentHash,
    page: rendition?.page ?? null,
    content: rendition ? null : contentOf(signed, fields),
    rendition: rendition
      ? {
          computedHash: rendition.hash,
          recordedHash: last.renditionHash ?? null,
          matches: last.renditionHash ? last.renditionHash === rendition.hash : null,
        }
      : null,
    signatures: signatures.map(manifestation),
    // The first signature of a document has nothing before it to list changes against.
    changes: previous ? await changesSinceSignature(req, collection, signed, previous) : [],
  }
}

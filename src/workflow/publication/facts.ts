import type { UpdateLogEntry } from '../publicationKind'
import type { RequirementFacts } from '../requirements'
import type { ReviewableCollection, WorkflowState } from '../states'

/** The signature a publication rests on, as far as the rules need it. */
export type SignatureFacts = {
  id: string
  reviewerId: string | undefined
  contentHash: string
  signedAt: string
  printedName: string
  /** The signer's specialty credential at signing (null: none). */
  specialty: string | null
  /** The first signature this one completes (high-risk content), if any. */
  countersigns: string | undefined
}

/** Why the content is high risk (empty: standard) and the first of its two signatures. */
export type RiskFacts = {
  reasons: string[]
  /** The signature the publication's signature countersigned, when it still exists. */
  first: SignatureFacts | null
}

/** A linked FAQ, comparison row or reference an article lists that is not live. */
export type PendingLink = {
  collection: string
  /** Its title, or its id when it was deleted. */
  name: string
  deleted: boolean
}

/** What is live now, read from the main document. */
export type LiveFacts = {
  contentHash: string
  readerHash: string
  lastSignatureId: string | undefined
  lastReviewedAt: string | null | undefined
  nextReviewDue: string | null | undefined
  reviewReason: string | null | undefined
}

/** Everything the base checklist asks about the version that would go live. */
export type BaseFacts = {
  collection: ReviewableCollection
  title: string
  state: WorkflowState
  /** Hashes of the version that would go live (all content; what a reader sees). */
  contentHash: string
  readerHash: string
  /** null when the collection carries no disclaimer. */
  disclaimer:
    | null
    | { attached: false }
    | { attached: true; found: false }
    | { attached: true; found: true; title: string; published: boolean }
  /** The signature this publication rests on (the pinned one for a pinned publication). */
  signature: SignatureFacts | null
  /** High-risk content needs a second signature (src/workflow/risk/). */
  risk: RiskFacts
  /** Everyone who wrote any of the content, from the version history. */
  authorIds: string[]
  /** null when the collection links nothing (only articles do). */
  pendingLinks: PendingLink[] | null
  /** The registered requirements' facts (review threads, an article's evidence), by name. */
  requirements: RequirementFacts
  live: LiveFacts | null
  firstPublishedAt: string | null | undefined
  updateLog: UpdateLogEntry[]
}

/** What a pinned publication (schedule, release) must also meet. */
export type PinnedFacts = {
  /** The signed snapshot is still in the history. */
  snapshotFound: boolean
  /** The pinned signature, or null when it no longer exists. */
  signature: SignatureFacts | null
  pinnedHash: string
  /** The snapshot's content hash. */
  snapshotHash: string | undefined
  /** When the content was withdrawn after the signature, if it was. */
  withdrawnAfterSigning: string | null
  /** null when the signer's account no longer exists. */
  signer: { licenceExpiresAt: string | null } | null
  /** The live version's signature: its id and when it was signed (null when nothing is live). */
  live: { signatureId: string | undefined; signedAt: string | undefined } | null
}

export type PublicationFacts = {
  /** null when the caller is not a person (a job); otherwise whether their role may publish. */
  caller: { mayPublish: boolean } | null
  reviewIntervalDays: number
  now: string
  /** null for a pinned publication whose snapshot or signature is gone (nothing else is judged). */
  base: BaseFacts | null
  pinned?: PinnedFacts
}

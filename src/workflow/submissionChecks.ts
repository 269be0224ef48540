import { type PayloadRequest, ValidationError } from 'payload'

import type { PublishRequirement } from './checklistItem'
import type { RequirementTarget } from './requirements'
import type { ReviewableCollection } from './states'

import { keyedRegistry } from './keyedRegistry'

/** One thing a submission check found on a version, in a writer's words. */
export type SubmissionFinding = {
  /** The rule's code (`a11y.link-text`), stable across wording changes. */
  check: string
  /** Where and what, and what to write instead: “The summary: “1.0 mg” — write “1 mg”.” */
  message: string
  /** The document's field to fix; null: none of its own (a linked document's text). */
  field: string | null
  /** It stops the submission (the publisher's severity for the rule is `block`). */
  blocks: boolean
  /** The publication checklist's item it restates (citations): the completeness lists that once. */
  restates?: PublishRequirement
}

/** What a check found on the version, and how it keeps that with the version once submitted. */
export type SubmissionReview = {
  findings: SubmissionFinding[]
  /** Stores the result with the version the submission saved. */
  store: (submitted: { versionId: string }) => Promise<void>
}

/**
 * A feature's checks of every submission (the clinical pre-review checks), registered with the
 * core at start-up (src/features.ts): the submit action refuses a version with a blocking finding
 * and has the rest stored; the completeness check shows them all to the writer beforehand.
 */
export type SubmissionCheck = {
  name: string
  collections: readonly ReviewableCollection[]
  review: (req: PayloadRequest, target: RequirementTarget) => Promise<SubmissionReview>
}

const CHECKS = keyedRegistry<SubmissionCheck>()

export const registerSubmissionCheck = (check: SubmissionCheck): void =>
  CHECKS.register(check.name, check)

/** Every registered check's review of the version, in registration order. */
export const reviewSubmission = async (
  req: PayloadRequest,
  target: RequirementTarget,
): Promise<SubmissionReview> => {
  const reviews: SubmissionReview[] = []
  for (const check of CHECKS.entries()) {
    if (check.collections.includes(target.collection)) reviews.push(await check.review(req, target))
  }
  return {
    findings: reviews.flatMap((review) => review.findings),
    store: async (submitted) => {
      for (const review of reviews) await review.store(submitted)
    },
  }
}

/**
 * 400 naming each blocking finding, in Payload's field-error shape (the panel lists each
 * message; the admin form can point at the field); nothing when none blocks.
 */
export const refuseBlockingFindings = (
  collection: ReviewableCollection,
  id: string,
  findings: readonly SubmissionFinding[],
): void => {
  const blocking = findings.filter((finding) => finding.blocks)
  if (!blocking.length) return
  throw new ValidationError({
    collection,
    id,
    errors: blocking.map((finding) => ({
      path: finding.field ?? 'document',
      message: finding.message,
    })),
  })
}

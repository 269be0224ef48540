import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../../workflow/documents'
import type { ReviewableCollection } from '../../workflow/states'
import type { ClinicalFinding } from '../finding'

import { keyedRegistry } from '../../workflow/keyedRegistry'

/** The version a pre-review check reads: the one being submitted, or signed. */
export type CheckTarget = { collection: ReviewableCollection; doc: Partial<ReviewableDoc> }

/**
 * One pre-review check (dose notation, drug facts, accessibility, citations), registered at
 * start-up (src/features.ts). Its findings carry their rule's own severity; the runner applies
 * the publisher's settings and stores the results with the version.
 */
export type PreReviewCheck = {
  name: string
  collections: readonly ReviewableCollection[]
  /** Every rule code its findings may carry: what CHECK_SEVERITY may name. */
  rules: readonly string[]
  run: (req: PayloadRequest, target: CheckTarget) => Promise<ClinicalFinding[]>
}

const CHECKS = keyedRegistry<PreReviewCheck>()

export const registerPreReviewCheck = (check: PreReviewCheck): void =>
  CHECKS.register(check.name, check)

/** The rule codes of every registered check, in registration order. */
export const registeredRuleCodes = (): string[] => CHECKS.entries().flatMap((check) => check.rules)

/** The checks that read documents of `collection`, in registration order. */
export const preReviewChecksFor = (collection: ReviewableCollection): PreReviewCheck[] =>
  CHECKS.entries().filter((check) => check.collections.includes(collection))

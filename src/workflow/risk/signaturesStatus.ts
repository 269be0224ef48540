import type { PayloadRequest } from 'payload'

import type { Verdict } from '../../access/policy'
import type { ReviewableDoc } from '../documents'
import type { ReviewableCollection } from '../states'

import { relationId } from '../../shared/relations'
import { onDay } from '../publication/checklistWords'
import { highRiskReasons } from './load'
import { openPair } from './pairedSignOff'

/** How many signatures the content needs and has, as the panel and the sign-off dialog say it. */
export type SignaturesStatus = {
  needed: 1 | 2
  /** Signatures given towards approval of this content in this review. */
  given: 0 | 1 | 2
  firstSigner: { id: string; name: string; signedAt: string; specialist: boolean } | null
  /** What the sign-off dialog says up front (null: a signature like any other). */
  note: string | null
  /** Why the caller may not give the next signature of the pair, in their words. */
  notYours: string | null
}

const APPROVED_STATES: readonly unknown[] = ['approved', 'published']

/**
 * The pairing state of one document for the signed-in user; `signOff` is the policy's verdict on
 * their sign-off (src/access/policy.ts `completesPair`), so the panel says what the API refuses.
 */
export const signaturesStatus = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  latest: ReviewableDoc,
  signOff: Verdict,
): Promise<SignaturesStatus> => {
  const reasons = await highRiskReasons(req, collection, latest)
  const needed = reasons.length ? 2 : 1
  const first = (await openPair(req, collection, latest))?.first
  const notYours = !signOff.allowed && signOff.failed === 'completesPair' ? signOff.message : null
  if (first) {
    const specialist = Boolean(first.specialtyCredential?.trim())
    const id = relationId(first.reviewer) ?? ''
    return {
      needed: 2,
      given: 1,
      firstSigner: { id, name: first.printedName, signedAt: first.signedAt, specialist },
      note: `You give the second of two signatures: review the whole content; ${first.printedName} signed it on ${onDay(first.signedAt)}.${specialist ? '' : ' They hold no specialty credential, so the second signer must be a specialist.'}`,
      notYours,
    }
  }
  const given = APPROVED_STATES.includes(latest.workflowState) ? needed : 0
  return {
    needed,
    given,
    firstSigner: null,
    note:
      needed === 2 && latest.workflowState === 'in_review'
        ? `This is the first of two signatures: the content is high risk (it ${reasons.join('; ')}). After you sign it stays in review until another pharmacist gives the second; one of you must hold a specialty credential.`
        : null,
    notYours,
  }
}

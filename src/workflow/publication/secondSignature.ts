import { type ChecklistItem, item } from '../checklistItem'
import type { BaseFacts, SignatureFacts } from './facts'
import { onDay } from './checklistWords'

const pairProblems = (facts: BaseFacts, second: SignatureFacts, first: SignatureFacts) => [
  first.contentHash === second.contentHash && second.contentHash === facts.contentHash
    ? undefined
    : 'the two signatures are not for this same content: two pharmacists must sign it again',
  first.reviewerId && first.reviewerId !== second.reviewerId
    ? undefined
    : `${second.printedName} gave both signatures: a second, different pharmacist must sign`,
  first.specialty || second.specialty
    ? undefined
    : 'neither signer holds a specialty credential: a specialist must give one of the two signatures',
  first.reviewerId && facts.authorIds.includes(first.reviewerId)
    ? `${first.printedName}, who gave the first signature, wrote or edited this content`
    : undefined,
]

/** High-risk content in review with 1 of its 2 signatures on this content: the second is due. */
export const waitsForSecondSignature = (facts: BaseFacts): boolean =>
  facts.state === 'in_review' &&
  facts.risk.reasons.length > 0 &&
  Boolean(facts.signature) &&
  !facts.signature!.countersigns &&
  facts.signature!.contentHash === facts.contentHash

/**
 * High-risk content (src/workflow/risk/rules.ts) goes live on two signatures on exactly this
 * content, by two different pharmacists, at least one holding a specialty credential when signing.
 * Standard content lists no such item. The label says why it is high risk and how many signatures
 * it has; the problems (the API's refusals) say only what is missing, so the panel says each once.
 */
export const secondSignatureItems = (facts: BaseFacts): ChecklistItem[] => {
  const { reasons, first } = facts.risk
  if (!reasons.length) return []
  const high = `High risk: it ${reasons.join('; ')}`
  const second = facts.signature
  if (!second) {
    return [
      item('second-signature', `${high}. Two pharmacists must sign it, one a specialist`, [
        '0 of 2 signatures: two different pharmacists must sign it',
      ]),
    ]
  }
  if (!second.countersigns || !first) {
    const specialist = second.specialty
      ? ''
      : ` (a specialist: ${second.printedName} holds no specialty credential)`
    return [
      item(
        'second-signature',
        `1 of 2 signatures: ${second.printedName} signed on ${onDay(second.signedAt)}. ${high}, so a second pharmacist must sign${specialist}`,
        [
          second.countersigns
            ? 'the first of its two signatures no longer exists: two pharmacists must sign it again'
            : `it has 1 of 2 signatures: a second pharmacist must sign this same content${second.specialty ? '' : ', one of the two a specialist'}`,
        ],
      ),
    ]
  }
  const problems = pairProblems(facts, second, first)
  const specialist = first.specialty ? first : second.specialty ? second : undefined
  return [
    item(
      'second-signature',
      problems.some(Boolean)
        ? `2 signatures that do not make a pair: ${first.printedName} and ${second.printedName}`
        : `2 of 2 signatures (one by a specialist, ${specialist!.printedName}): ${first.printedName} and ${second.printedName}. ${high}`,
      problems,
    ),
  ]
}

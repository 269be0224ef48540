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

/**
 * High-risk content (src/workflow/risk/rules.ts) goes live on two signatures on exactly this
 * content, by two different pharmacists, at least one holding a specialty credential when signing.
 * Standard content lists no such item.
 */
export const secondSignatureItems = (facts: BaseFacts): ChecklistItem[] => {
  const { reasons, first } = facts.risk
  if (!reasons.length) return []
  const high = `High risk: it ${reasons.join('; ')}`
  const second = facts.signature
  if (!second) {
    return [
      item('second-signature', `${high}. Two pharmacists must sign it, one a specialist`, [
        `it is high risk (it ${reasons.join('; ')}): two different pharmacists must sign it, one of them a specialist`,
      ]),
    ]
  }
  if (!second.countersigns || !first) {
    return [
      item(
        'second-signature',
        `1 of 2 signatures: ${second.printedName} signed on ${onDay(second.signedAt)}. ${high}, so a second pharmacist must sign`,
        [
          second.countersigns
            ? 'the first of its two signatures no longer exists: two pharmacists must sign it again'
            : `it is high risk (it ${reasons.join('; ')}) and has 1 of 2 signatures: a second pharmacist must sign this same content`,
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

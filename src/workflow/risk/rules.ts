/** What the risk rules read about a document: its clinical text and the drugs marked new. */
export type RiskSubject = {
  /** Every text of the signed (clinical) content, joined. */
  clinicalText: string
  /** The names of the drugs it is about that are marked new to market. */
  newDrugs: string[]
}

export type RiskRule = {
  code: 'boxed-warning' | 'paediatric-dosing' | 'new-drug'
  /** Why the rule makes content high risk, as the checklist says it ("High risk: …"). */
  words: (subject: RiskSubject) => string
  applies: (subject: RiskSubject) => boolean
}

const CHILDREN = /\b(p(a)?ediatric|children|child|infants?|neonates?)\b/i
const DOSING = /\b(dose|doses|dosing|dosage|mg\/kg)\b/i

/**
 * The rules that make content high risk whatever its risk tier says: two pharmacists must sign
 * it, one holding a specialty credential. The one place they are declared; the sign-off, the
 * publication gate and the panel all ask `riskReasons`.
 */
export const RISK_RULES: readonly RiskRule[] = [
  {
    code: 'boxed-warning',
    words: () => 'mentions a boxed warning',
    applies: ({ clinicalText }) => /\b(boxed|black[- ]box) warnings?\b/i.test(clinicalText),
  },
  {
    code: 'paediatric-dosing',
    words: () => 'gives dosing for children',
    applies: ({ clinicalText }) => CHILDREN.test(clinicalText) && DOSING.test(clinicalText),
  },
  {
    code: 'new-drug',
    words: ({ newDrugs }) => `is about ${newDrugs.join(', ')}, marked new to market`,
    applies: ({ newDrugs }) => newDrugs.length > 0,
  },
]

export const EDITOR_SET_HIGH = 'is marked high risk by an editor'

/** Why content with this tier and subject is high risk, in words; empty when it is standard. */
export const riskReasons = (riskTier: unknown, subject: RiskSubject): string[] => [
  ...(riskTier === 'high' ? [EDITOR_SET_HIGH] : []),
  ...RISK_RULES.filter((rule) => rule.applies(subject)).map((rule) => rule.words(subject)),
]

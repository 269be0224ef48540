import type { ClinicalFinding } from '../finding'
import type { ClinicalText } from '../clinicalTexts'
import type { FactsDrug, FactsSubject } from './subject'

import {
  maxDailyDoseInWords,
  startingDoseInWords,
  type MaxDailyDoseFact,
  type StartingDoseFact,
} from '../../drugs/facts/facts'
import { sameAmount } from '../../drugs/facts/units'
import {
  boxedWarningMention,
  factStatementsIn,
  keyWordsOf,
  timesADay,
  type FactStatement,
} from './statements'
import { speaksOf } from './subject'

const SOURCE = (drug: FactsDrug) => `The drug facts of ${drug.name}, set and signed by an editor`
const CHECK = 'Check which is right: correct the text, or ask an editor to correct the drug facts.'

type DoseLike = Pick<FactStatement, 'amount' | 'unit' | 'timesADay'>

/** The same dose: the same quantity, and the same times a day when both say. */
const agrees = (a: DoseLike, b: DoseLike): boolean =>
  sameAmount(a, b) && (a.timesADay === null || b.timesADay === null || a.timesADay === b.timesADay)

type Elsewhere = { label: string; where: string; text: string }

const RULE = { maxDailyDose: 'facts.max-daily-dose', usualStartingDose: 'facts.starting-dose' }
const BOXED_WARNING_RULE = 'facts.boxed-warning'

/** The rule codes of the drug facts check. */
export const FACT_RULES = [...Object.values(RULE), BOXED_WARNING_RULE]
const FACT_NAME = { maxDailyDose: 'maximum daily dose', usualStartingDose: 'usual starting dose' }

const capitalised = (words: string): string => words[0].toUpperCase() + words.slice(1)

const factOf = (drug: FactsDrug, statement: FactStatement): DoseLike | null => {
  if (statement.fact === 'maxDailyDose') {
    const fact = drug.facts.maxDailyDose
    return fact && { ...fact, timesADay: null }
  }
  const fact = drug.facts.usualStartingDose
  return fact && { ...fact, timesADay: timesADay(fact.frequency) }
}

const factInWords = (drug: FactsDrug, statement: FactStatement): string | null => {
  if (statement.fact === 'maxDailyDose')
    return (
      drug.facts.maxDailyDose && maxDailyDoseInWords(drug.facts.maxDailyDose as MaxDailyDoseFact)
    )
  return (
    drug.facts.usualStartingDose &&
    startingDoseInWords(drug.facts.usualStartingDose as StartingDoseFact)
  )
}

/** What the other documents about the drug state of the same fact, where it differs from `statement`. */
const differingElsewhere = (
  subject: FactsSubject,
  drug: FactsDrug,
  statement: FactStatement,
): Elsewhere[] => {
  const seen = new Set<string>()
  return subject.others.flatMap((other) =>
    other.texts
      .filter((part) => speaksOf(drug, other.drugIds, part, subject.drugs))
      .flatMap((part) =>
        factStatementsIn(part.text)
          .filter((said) => said.fact === statement.fact && !agrees(said, statement))
          .map((said) => ({ label: other.label, where: part.where, text: said.text })),
      )
      .filter((said) => {
        const key = `${said.label}|${said.where}|${said.text}`
        return !seen.has(key) && Boolean(seen.add(key))
      }),
  )
}

const elsewhereInWords = (drug: FactsDrug, elsewhere: Elsewhere[]): string => {
  if (!elsewhere.length) return ''
  const named = elsewhere
    .slice(0, 5)
    .map((said) => `${said.label}, ${said.where}, says “${said.text}”`)
  const more = elsewhere.length > 5 ? `; and ${elsewhere.length - 5} more` : ''
  return ` Elsewhere about ${drug.name}: ${named.join('; ')}${more}.`
}

const doseFindings = (subject: FactsSubject, drug: FactsDrug, part: ClinicalText) =>
  factStatementsIn(part.text).flatMap((statement): ClinicalFinding[] => {
    const fact = factOf(drug, statement)
    const elsewhere = differingElsewhere(subject, drug, statement)
    if (fact ? agrees(statement, fact) : !elsewhere.length) return []
    const inWords = factInWords(drug, statement)
    const againstFact = inWords
      ? `, but the drug ${drug.name}’s facts say ${inWords}`
      : `; the drug ${drug.name} has no ${FACT_NAME[statement.fact]} in its facts`
    return [
      {
        rule: RULE[statement.fact],
        severity: 'warn',
        where: part.where,
        field: part.field,
        text: statement.text,
        message: `${capitalised(part.where)} says “${statement.text}”${againstFact}.${elsewhereInWords(drug, elsewhere)} ${CHECK}`,
        suggestion: inWords,
        source: SOURCE(drug),
      },
    ]
  })

const quoted = (warning: string): string => `“${warning.replace(/[.\s]+$/, '')}”`

/** `documentText`: all of the version's texts, where the warning's substance may be said. */
const boxedWarningProblem = (
  drug: FactsDrug,
  text: string,
  documentText: string,
): string | null => {
  const mention = boxedWarningMention(text)
  const warning = drug.facts.boxedWarning
  const anyFact = Boolean(drug.facts.maxDailyDose || drug.facts.usualStartingDose || warning)
  if (mention === 'present' && !warning)
    return anyFact ? `the drug ${drug.name}’s facts record no boxed warning` : null
  if (mention === 'none' && warning)
    return `the drug ${drug.name}’s facts record one: ${quoted(warning)}`
  if (mention === 'present' && warning) {
    const lower = documentText.toLowerCase()
    const keyWords = keyWordsOf(warning)
    return keyWords.length && !keyWords.some((word) => lower.includes(word))
      ? `it says none of what the boxed warning in the drug ${drug.name}’s facts says: ${quoted(warning)}`
      : null
  }
  return null
}

const boxedWarningFindings = (
  drug: FactsDrug,
  part: ClinicalText,
  documentText: string,
): ClinicalFinding[] => {
  const problem = boxedWarningProblem(drug, part.text, documentText)
  if (!problem) return []
  const said =
    boxedWarningMention(part.text) === 'none'
      ? 'says there is no boxed warning'
      : 'mentions a boxed warning'
  return [
    {
      rule: BOXED_WARNING_RULE,
      severity: 'warn',
      where: part.where,
      field: part.field,
      text:
        /[^.!?]*\b(?:boxed|black[- ]box)\s+warnings?\b[^.!?]*[.!?]?/i.exec(part.text)?.[0].trim() ??
        part.text,
      message: `${capitalised(part.where)} ${said}, but ${problem}. ${CHECK}`,
      suggestion: drug.facts.boxedWarning,
      source: SOURCE(drug),
    },
  ]
}

/**
 * The drug-facts findings of one version (decision support, `warn`): each text that states a
 * maximum daily dose or usual starting dose other than the drug's facts (or, with no fact, other
 * than the other documents about the drug), naming both places; each mention of a boxed warning
 * that clearly contradicts the drug's.
 */
export const judgeDrugFacts = (subject: FactsSubject): ClinicalFinding[] =>
  subject.drugIds.flatMap((id) => {
    const drug = subject.drugs.get(id)
    if (!drug) return []
    const documentText = subject.texts.map((part) => part.text).join('\n')
    return subject.texts
      .filter((part) => speaksOf(drug, subject.drugIds, part, subject.drugs))
      .flatMap((part) => [
        ...doseFindings(subject, drug, part),
        ...boxedWarningFindings(drug, part, documentText),
      ])
  })

import { type DoseUnit, UNIT_SPELLINGS, unitNamed } from '../../drugs/facts/units'

/** A dose a text states as one of the drug's facts, with the words it says it in. */
export type FactStatement = {
  fact: 'maxDailyDose' | 'usualStartingDose'
  amount: number
  unit: DoseUnit
  /** How many times a day, when a starting dose says ("three times a day": 3). */
  timesADay: number | null
  /** The words as written, e.g. "up to 100 mg a day". */
  text: string
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const UNIT = Object.values(UNIT_SPELLINGS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')
const AMOUNT = String.raw`(?<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`
// A strength or concentration ("10 mg/mL", "2 mg/kg", "5 mg per mL") is no dose a day.
const NOT_A_STRENGTH = String.raw`(?![A-Za-z])(?!\s*\/\s*(?!(?:day|d)\b))(?!\s+per\s+(?:kg|ml|mL|litre|liter|tablet|capsule|dose)\b)`
const DOSE = String.raw`${AMOUNT}\s*(?<unit>${UNIT})${NOT_A_STRENGTH}`
const PER_DAY = String.raw`(?:(?:a|per|each|every)\s+day|daily|\/\s*(?:day|d)\b|in\s+(?:24|twenty-four)\s+hours|(?:in\s+)?a\s+24-hour\s+period)`
const OPTIONAL_PER_DAY = String.raw`(?:\s*${PER_DAY})?`
const TIMES = String.raw`(?:once|twice|one\s+time|two\s+times|three\s+times|four\s+times|\d+\s+times)\s+(?:a|per|each)\s+day|daily|every\s+\d+\s+hours`
const FREQUENCY = String.raw`(?:\s*,?\s*(?<frequency>${TIMES}))?`

const pattern = (source: string): RegExp => new RegExp(source, 'gid')

/** The ways a text states a maximum daily dose (see the table in test/drug-facts.spec.ts). */
const MAX_DAILY_DOSE: readonly RegExp[] = [
  pattern(
    String.raw`\bmaximum\s+(?:total\s+)?daily\s+dose\s+(?:is\s+|of\s+|:\s*)(?:up\s+to\s+)?${DOSE}${OPTIONAL_PER_DAY}`,
  ),
  pattern(String.raw`\bmaximum\s+dose\s+(?:is|of)\s+${DOSE}\s*${PER_DAY}`),
  pattern(String.raw`\bup\s+to\s+${DOSE}\s*${PER_DAY}`),
  pattern(String.raw`\b(?:no|not\s+(?:take\s+)?)\s*more\s+than\s+${DOSE}\s*${PER_DAY}`),
  pattern(String.raw`\b(?:not|never)\s+(?:to\s+)?exceed\s+${DOSE}\s*${PER_DAY}`),
  pattern(
    String.raw`\bdaily\s+dose\s+(?:should|must|may)?\s*(?:not|never)\s+exceed\s+${DOSE}${OPTIONAL_PER_DAY}`,
  ),
  pattern(String.raw`\bmax(?:imum)?\.?\s+(?:of\s+)?${DOSE}\s*${PER_DAY}`),
]

/** The ways a text states a usual starting dose. */
const STARTING_DOSE: readonly RegExp[] = [
  pattern(
    String.raw`\bstart(?:s|ed|ing)?\s+(?:at|with|on)\s+(?:a\s+dose\s+of\s+)?${DOSE}${FREQUENCY}`,
  ),
  pattern(
    String.raw`\b(?:usual\s+)?(?:starting|initial)\s+dose\s+(?:is\s+|of\s+|:\s*)(?:usually\s+)?${DOSE}${FREQUENCY}`,
  ),
]

const NUMBER_WORDS: Record<string, number> = {
  once: 1,
  one: 1,
  twice: 2,
  two: 2,
  three: 3,
  four: 4,
}

/** How many times a day a frequency says ("three times a day": 3, "every 8 hours": 3), if it says. */
export const timesADay = (frequency: string | null | undefined): number | null => {
  const words = frequency?.toLowerCase().trim()
  if (!words) return null
  const everyHours = /^every\s+(\d+)\s+hours$/.exec(words)
  if (everyHours) return 24 / Number(everyHours[1])
  if (words === 'daily' || words === 'once daily') return 1
  const times = /^(once|twice|one|two|three|four|\d+)(?:\s+times?)?\s+(?:a|per|each)\s+day$/.exec(
    words,
  )
  if (!times) return null
  return NUMBER_WORDS[times[1]] ?? Number(times[1])
}

const read = (
  text: string,
  fact: FactStatement['fact'],
  patterns: readonly RegExp[],
): (FactStatement & { at: number })[] =>
  patterns.flatMap((regex) =>
    [...text.matchAll(regex)].flatMap((match) => {
      const unit = unitNamed(match.groups?.unit ?? '')
      const amount = Number((match.groups?.amount ?? '').replace(/,/g, ''))
      if (!unit || !Number.isFinite(amount)) return []
      return [
        {
          fact,
          amount,
          unit,
          timesADay: timesADay(match.groups?.frequency),
          text: match[0].replace(/\s+/g, ' ').trim(),
          at: match.indices?.groups?.amount?.[0] ?? match.index,
        },
      ]
    }),
  )

/**
 * The maximum daily doses and usual starting doses a text states, in the order written. A dose
 * read by two patterns is read once; strengths ("80 mg tablets", "10 mg/mL") are not doses.
 */
export const factStatementsIn = (text: string): FactStatement[] => {
  const found = [
    ...read(text, 'maxDailyDose', MAX_DAILY_DOSE),
    ...read(text, 'usualStartingDose', STARTING_DOSE),
  ].sort((a, b) => a.at - b.at)
  return found
    .filter((statement, index) => found.findIndex((other) => other.at === statement.at) === index)
    .map(({ at: _at, ...statement }) => statement)
}

const BOXED_WARNING = /\b(?:boxed|black[- ]box)\s+warnings?\b/i
const NO_BOXED_WARNING =
  /\b(?:no|without\s+an?|(?:does|do|is)\s+not\s+(?:have|carry|has)\s+an?|(?:isn't|is\s+not)\s+an?)\s+(?:boxed|black[- ]box)\s+warnings?\b/i

/** A text's statements: its sentences that are not questions ("Is there a boxed warning?"). */
const statementsOnly = (text: string): string =>
  (text.match(/[^.!?]+[.!?]*/g) ?? [])
    .filter((sentence) => !sentence.trim().endsWith('?'))
    .join(' ')

/** What a text says of a boxed warning: that there is one, that there is none, or nothing. */
export const boxedWarningMention = (text: string): 'present' | 'none' | null => {
  const stated = statementsOnly(text)
  if (NO_BOXED_WARNING.test(stated)) return 'none'
  return BOXED_WARNING.test(stated) ? 'present' : null
}

const COMMON_WORDS = new Set(
  'about above after again against among because before being below between could during every from have having into more most other should since some such than that their there these they this those through under until when where which while with within would your'.split(
    ' ',
  ),
)

/** The words that carry a boxed warning's substance: five letters or more, common words left out. */
export const keyWordsOf = (warning: string): string[] => [
  ...new Set(
    (warning.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? []).filter(
      (word) => !COMMON_WORDS.has(word),
    ),
  ),
]

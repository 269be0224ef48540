import type { ClinicalFinding } from '../finding'

import { NOTATION_RULES, type NotationRule } from './rules'

/** One notation problem in a text: where it is (offsets into the text) and what to write. */
export type NotationHit = {
  start: number
  end: number
  rule: string
  text: string
  message: string
  suggestion: string | null
  source: string
  severity: ClinicalFinding['severity']
}

type Span = { start: number; end: number }

/**
 * Text that is not ours to correct: addresses (a URL may name "drug-1.0mg"), DOIs, e-mail
 * addresses and citation markers ("[1]").
 */
const NOT_PROSE =
  /\b(?:https?:\/\/|www\.)\S+|\b(?:doi:\s*)?10\.\d{4,9}\/\S+|[\w.+-]+@[\w-]+\.[\w.]+|\[[\d\s,–—-]+\]/giu

const COMPILED = new WeakMap<NotationRule, RegExp>()

const compiled = (rule: NotationRule): RegExp => {
  let pattern = COMPILED.get(rule)
  if (!pattern) {
    const flags = new Set(`gu${rule.flags ?? ''}`)
    pattern = new RegExp(rule.pattern, [...flags].join(''))
    COMPILED.set(rule, pattern)
  }
  pattern.lastIndex = 0
  return pattern
}

const overlaps = (spans: Span[], start: number, end: number): boolean =>
  spans.some((span) => start < span.end && span.start < end)

/**
 * The notation problems in a text, in reading order. Rules are tried in their order and each
 * stretch of text goes to the first rule that matches it, so one fix clears it. Pure: the admin
 * runs it as the writer types.
 */
export const lintText = (
  text: string,
  rules: readonly NotationRule[] = NOTATION_RULES,
): NotationHit[] => {
  const taken: Span[] = [...text.matchAll(NOT_PROSE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }))
  const hits: NotationHit[] = []
  for (const rule of rules) {
    for (const match of text.matchAll(compiled(rule))) {
      const start = match.index
      const end = start + match[0].length
      if (end === start || overlaps(taken, start, end)) continue
      taken.push({ start, end })
      hits.push({
        start,
        end,
        rule: rule.code,
        text: match[0],
        message: rule.message,
        suggestion: rule.suggest(match),
        source: rule.source,
        severity: rule.severity,
      })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

/** What to do about a hit, where the text is named already: "write “1 mg”. A zero after …". */
export const adviceFor = (hit: Pick<NotationHit, 'message' | 'suggestion'>): string =>
  hit.suggestion ? `write “${hit.suggestion}”. ${hit.message}` : hit.message

/** A hit in one sentence for the writer: "“1.0 mg”: write “1 mg”. A zero after …". */
export const describeHit = (hit: Pick<NotationHit, 'text' | 'message' | 'suggestion'>): string =>
  `“${hit.text}”: ${adviceFor(hit)}`

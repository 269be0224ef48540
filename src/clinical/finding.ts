/** What a pre-review check does with a rule's findings: stop submission, advise, or nothing. */
export type CheckSeverity = 'block' | 'warn' | 'off'

/**
 * One finding of a pre-review check (dose notation, drug facts, accessibility, citations):
 * where it is, the text found, and what to write instead, in people's words.
 */
export type ClinicalFinding = {
  /** The rule's code, e.g. `notation.trailing-zero`, `a11y.link-text`, `facts.max-daily-dose`. */
  rule: string
  /** The rule's own severity; the publisher's settings may change it (never to stored data). */
  severity: Exclude<CheckSeverity, 'off'>
  /** The place in people's words: "the summary", "key point 2 "…"", "the answer to the FAQ "…"". */
  where: string
  /** The document's own field path ("summary", "keyPoints.1.text", "body"); null elsewhere. */
  field: string | null
  /** The characters found, as written. */
  text: string
  message: string
  /** What to write instead ("1 mg"), when there is one form. */
  suggestion: string | null
  /** Where the rule comes from ("ISMP List of Error-Prone Abbreviations (2021)"). */
  source: string | null
}

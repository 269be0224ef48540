export type PublishRequirement =
  | 'approved'
  | 'disclaimer'
  | 'signed-off'
  | 'four-eyes'
  // High-risk content: two pharmacists' signatures, one a specialist's.
  | 'second-signature'
  | 'no-open-comments'
  | 'linked-published'
  // An article's page as readers would get it is the page its pharmacist signed (src/delivery/).
  | 'rendition'
  // An article's evidence: citations and readability.
  | 'citations-resolve'
  | 'no-retracted-citations'
  | 'readability'
  // What a pinned (scheduled or released) publication must meet on top of the above.
  | 'pinned-version'
  | 'signature-valid'
  | 'signer-licence'
  | 'review-current'
  | 'not-live-yet'

export type ChecklistItem = {
  requirement: PublishRequirement
  /** Where it stands and who acts next, for writers, pharmacists and editors (the key stays). */
  label: string
  met: boolean
  /** What to do when not met, in words a writer understands. */
  problems: string[]
  /** What the writer should know that does not block (warnings, figures per section). */
  notes?: string[]
}

export const item = (
  requirement: PublishRequirement,
  label: string,
  problems: (string | undefined)[],
  notes: string[] = [],
): ChecklistItem => {
  const unmet = problems.filter((problem): problem is string => Boolean(problem))
  return {
    requirement,
    label,
    met: unmet.length === 0,
    problems: unmet,
    ...(notes.length ? { notes } : {}),
  }
}

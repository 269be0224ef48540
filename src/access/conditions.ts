/**
 * Named conditions of the workflow policy, as pure functions over facts already loaded: each answers
 * the problem in people's words, or undefined when the condition holds. The policy table
 * (src/access/policy.ts), the publication judge and the admin panel all use these, so four eyes and
 * ownership are each written once.
 */

/** Four eyes: the person signing is not among the content's authors, and someone is recorded as one. */
export const notAnAuthor = (
  personId: string | undefined,
  authorIds: readonly string[],
  who: 'you' | 'the signer' = 'you',
): string | undefined => {
  if (!authorIds.length)
    return 'nobody is recorded as its author, so a signature cannot show it was checked by someone else'
  if (personId && authorIds.includes(String(personId)))
    return who === 'you'
      ? 'you wrote or edited this content; a different pharmacist must sign it off'
      : 'the signer wrote or edited this content; a different pharmacist must sign off'
  return undefined
}

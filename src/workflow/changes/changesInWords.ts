import type { ChangesSinceSignOff } from './changesSince'

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' })

/** Counts the clinical changes a signature would cover, in words. */
export const clinicalChangesInWords = (changes: ChangesSinceSignOff): string => {
  const count = changes.changes.filter((change) => change.clinical).length
  const what = `${count} clinical change${count === 1 ? '' : 's'}`
  return changes.since
    ? `${what} since ${changes.since.printedName} signed on ${day(changes.since.signedAt)}`
    : `${what}: nothing was signed before, so all of the content is new`
}

/**
 * The second of two signatures is an independent review of the whole content, not of what changed
 * since the first ("0 changes" would invite a rubber stamp).
 */
export const secondOfTwoInWords = (changes: ChangesSinceSignOff): string | undefined =>
  changes.firstOfPair
    ? `The second of two signatures: review the whole content. ${changes.firstOfPair.printedName} gave the first on ${day(changes.firstOfPair.signedAt)}`
    : undefined

/** What a sign-off covers, as its dialog says it: "This signature covers …". */
export const signatureCoversInWords = (changes: ChangesSinceSignOff): string =>
  changes.firstOfPair
    ? `the whole content, as the second, independent review (${changes.firstOfPair.printedName} signed it on ${day(changes.firstOfPair.signedAt)}); ${clinicalChangesInWords(changes)}`
    : clinicalChangesInWords(changes)

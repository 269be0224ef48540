/** What did not go ahead: a schedule's kind, or a whole release. */
export type FailedChange = 'publish' | 'withdraw' | 'release'

const WHAT_FAILED: Record<FailedChange, string> = {
  publish: 'The scheduled publication did not go ahead',
  withdraw: 'The scheduled withdrawal did not go ahead',
  release: 'Nothing in the release was published',
}

/** One stored problem: an unmet requirement (`{ requirement, message }`) or, from older runs, text. */
const messageOf = (problem: unknown): string | undefined => {
  if (typeof problem === 'string') return problem
  if (problem && typeof problem === 'object' && 'message' in problem) {
    return typeof problem.message === 'string' ? problem.message : undefined
  }
  return undefined
}

/**
 * Why a schedule or a release failed, in the words the audit log and the editors' email use: its
 * `problems` (stored as JSON, so read defensively) are the unmet requirements when it was due.
 */
export const failureInWords = (change: FailedChange, problems: unknown): string => {
  const messages = (Array.isArray(problems) ? problems : [])
    .map(messageOf)
    .filter((message): message is string => Boolean(message?.trim()))
  const why = messages.length ? messages.join('; ') : 'no reason was recorded'
  return `${WHAT_FAILED[change]}: ${why.replace(/\.$/, '')}.`
}

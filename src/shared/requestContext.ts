import type { PayloadRequest, RequestContext } from 'payload'

import type { DeferredRefusal } from '../workflow/audit'

/**
 * Every value the project hands between an operation and the hooks it triggers through Payload's
 * `req.context`, typed, in one place. Nothing else in src/ reads or writes `req.context`
 * (test/publication-request-context.spec.ts keeps it that way). Each entry says who writes and who reads.
 */
/** What publishVersion judged and computed for one document: the guard lets exactly that save through. */
export type PublicationIntent = {
  /** `collection:id` of the document. */
  target: string
  /** The content hash of the version judged: any other content is judged again. */
  contentHash: string
  record: Record<string, unknown>
}

type ContextValues = {
  /** rememberDraftSave (beforeOperation) → the change hooks: the save is a `?draft=true` save. */
  draftSave: boolean
  /** The withdraw action → keepLiveVersionUntilWithdrawn: this save may take the live version off. */
  withdrawing: boolean
  /** rememberDuplicateSource (beforeOperation) → startWorkflowOnCreate: the create duplicates it. */
  duplicateSource: number | string
  /** publishVersion → guardPublication: this save is the publication it judged and computed. */
  publicationIntent: PublicationIntent
  /** allOrNothing → recordRequestRefusal: refusals to write once the transaction has ended. */
  refusalsAfterTransaction: DeferredRefusal[]
  /** The release endpoints (writeRelease) → the Releases hooks: the workflow writes its fields. */
  releaseWrite: boolean
  /** publishRelease → announcePublication: the release announces its publications together. */
  announcedTogether: boolean
  /** auditLiveTextChange (before) → auditLiveTextChange (after): the live disclaimer text's hash. */
  disclaimerLiveTextBefore: string
  /** keepOneDefault → validateDefaultFlag: the default moves to another disclaimer. */
  replacingDefaultDisclaimer: boolean
  /** refuseProtectedAccountChanges → auditAccountChanges: what kind of credential changed. */
  credentialChange: { password: boolean; byAdminForOther: boolean }
  /** The request-changes action → notifyOfComment: the action announces the comment. */
  commentAnnounced: boolean
  /** The thread-status endpoint → keepSignedRecord: the save only resolves or reopens a thread. */
  threadStatusChange: boolean
  /** An article's submit → the submission's notification: its linked documents go with it. */
  submittedWithArticle: boolean
  /** A signature's re-authentication (confirmPassword) → guardLoginAttempts: audit it as a sign-off. */
  signing: boolean
}

export type ContextKey = keyof ContextValues

/** The stored key of each value (kept as they were, so nothing changes for a running request). */
const KEY: Record<ContextKey, string> = {
  draftSave: 'draftSave',
  withdrawing: 'withdrawingFromPublication',
  duplicateSource: 'duplicateSourceId',
  publicationIntent: 'publicationIntent',
  refusalsAfterTransaction: 'refusalsAfterTransaction',
  releaseWrite: 'releaseWrite',
  announcedTogether: 'announcedTogether',
  disclaimerLiveTextBefore: 'disclaimerLiveTextBefore',
  replacingDefaultDisclaimer: 'replacingDefaultDisclaimer',
  credentialChange: 'accountCredentialChange',
  commentAnnounced: 'commentAnnounced',
  threadStatusChange: 'threadStatusChange',
  submittedWithArticle: 'submittedWithArticle',
  signing: 'signing',
}

type WithContext = { context?: RequestContext }

export const readContext = <K extends ContextKey>(
  req: WithContext,
  key: K,
): ContextValues[K] | undefined => req.context?.[KEY[key]] as ContextValues[K] | undefined

export const writeContext = <K extends ContextKey>(
  req: WithContext,
  key: K,
  value: ContextValues[K],
): void => {
  if (!req.context) req.context = {}
  req.context[KEY[key]] = value
}

export const clearContext = (req: WithContext, key: ContextKey): void => {
  if (req.context) delete req.context[KEY[key]]
}

/** Reads a value once: the next save in the same request does not see it. */
export const takeContext = <K extends ContextKey>(
  req: WithContext,
  key: K,
): ContextValues[K] | undefined => {
  const value = readContext(req, key)
  clearContext(req, key)
  return value
}

/** Runs `work` with a value set, and clears it afterwards whatever happens. */
export const withContext = async <K extends ContextKey, T>(
  req: WithContext,
  key: K,
  value: ContextValues[K],
  work: () => Promise<T>,
): Promise<T> => {
  writeContext(req, key, value)
  try {
    return await work()
  } finally {
    clearContext(req, key)
  }
}

/**
 * The `context` option of a Local API call (Payload merges it into the request's context, where it
 * stays for the rest of the request: prefer withContext). A publication intent is set only by
 * publishVersion, around its own save.
 */
export const contextOption = (
  values: Partial<Omit<ContextValues, 'publicationIntent'>>,
): RequestContext =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [KEY[key as ContextKey], value]),
  ) as RequestContext

/**
 * Payload's own flag (set by its restoreVersion operation): this save restores a stored version.
 * Restoring "as draft" (`?draft=true`) is forced to the draft status only after the hooks ran.
 */
export const isRestoringVersion = (req: Pick<PayloadRequest, 'context'>): boolean =>
  Boolean(req.context?.isRestoringVersion)

export const isRestoringAsDraft = (req: Pick<PayloadRequest, 'context' | 'query'>): boolean =>
  isRestoringVersion(req) && String(req.query?.draft) === 'true'

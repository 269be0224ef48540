import { announcePublicationChange } from './announcePublicationChange'
import { keepLiveVersionUntilWithdrawn } from './keepLiveVersionUntilWithdrawn'
import { keepLiveWhileShown } from './keepLiveWhileShown'
import { keepReviewRecordOnRestore } from './keepReviewRecordOnRestore'
import { guardPublication } from './guardPublication'
import { refuseDeletingWhileShown } from './refuseDeletingWhileShown'
import { rememberDraftSave } from './rememberDraftSave'
import { rememberDuplicateSource } from './rememberDuplicateSource'
import { requireChangeReason } from './requireChangeReason'
import { startWorkflowOnCreate } from './startWorkflowOnCreate'
import { trackContributors } from './trackContributors'
import { voidSignOffOnContentChange } from './voidSignOffOnContentChange'

/**
 * What happens when a reviewable document is saved, in the order it happens. Before these run:
 * the request guard (src/http/requestGuard.ts) and refuseMalformedInput (first operation hook of
 * every collection) have checked the input, and withAuthoredVersions' hooks have run (its
 * beforeChange stamps `createdBy`/`updatedBy`; on reads it hides drafts from the public). Field
 * validation (zod schemas, rich text, slug) runs after the beforeChange hooks below. The order
 * carries meaning; each hook has one job.
 */
export const WORKFLOW_HOOKS = {
  beforeOperation: [
    // Only the operation knows whether a save is a draft save (`?draft=true`); the change hooks
    // below read it (src/shared/requestContext.ts `draftSave`).
    rememberDraftSave,
    // Only the operation knows that a create is a duplicate; startWorkflowOnCreate reads it.
    rememberDuplicateSource,
    // A FAQ, comparison row or reference a live article lists is not deleted (409 naming them).
    refuseDeletingWhileShown,
  ],
  beforeChange: [
    // 1. A version restore continues the current review record; first, before anything reads it.
    keepReviewRecordOnRestore,
    // 2. A new document (a duplicate too) starts as a draft; a duplicate keeps its source's authors.
    startWorkflowOnCreate,
    // 3. Nothing takes a FAQ, comparison row or reference off the API while a live article shows
    //    it (withdraw included: withDependents takes the articles off first). Before the next
    //    hook, so an unpublish hears which articles show it.
    keepLiveWhileShown,
    // 4. A save that is not a draft save must not take the live version offline (only withdraw
    //    does); reads the flag rememberDraftSave set.
    keepLiveVersionUntilWithdrawn,
    // 5. Whoever changes the content becomes a contributor (never removed), so they cannot sign.
    trackContributors,
    // 6. A clinical change of signed or live content says why (a restore says so itself).
    requireChangeReason,
    // 7. Changing content after submission or sign-off sends it back to draft. Must run before the
    //    gate, so an edit saved as published is judged in its new state.
    voidSignOffOnContentChange,
    // 8. Last: the one guard on going live. A save publishVersion (src/workflow/publication/)
    //    made carries its judged intent and record; any other save leaving the document
    //    published is judged by the same rules here and records its publication, or is refused.
    guardPublication,
  ],
  afterChange: [
    // The workflow events `published` and `withdrawn` (src/workflow/events.ts): the webhooks'
    // signed events and the author's email subscribe, both queued as jobs (never blocking the save).
    announcePublicationChange,
  ],
}

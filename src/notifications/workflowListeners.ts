import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../workflow/documents'
import type { WorkflowEventOf } from '../workflow/events'

import { readContext } from '../shared/requestContext'
import { onWorkflowEvent } from '../workflow/events'
import { fieldPathInWords } from '../workflow/fieldPath'
import { whenInWords } from '../shared/whenInWords'
import { notify } from './notify'
import {
  authorsToTell,
  creatorToTell,
  editorsToTell,
  reviewersToTell,
  secondSignersToTell,
} from './recipients'

const dueBy = (doc: Partial<ReviewableDoc>): string | undefined =>
  doc.dueAt ? `(review due by ${whenInWords(String(doc.dueAt))})` : undefined

/** The assignee, or every pharmacist who may sign when nobody is assigned. */
const tellReviewersOfSubmission = async (
  req: PayloadRequest,
  { collection, doc, comment }: WorkflowEventOf<'submitted'>,
) => {
  // An article's linked documents are in its request: one message, not one per document.
  if (readContext(req, 'submittedWithArticle')) return
  await notify(req, {
    event: 'submitted',
    collection,
    doc,
    recipients: await reviewersToTell(req, collection, doc),
    comment,
    detail: dueBy(doc),
  })
}

const tellAssignee = async (
  req: PayloadRequest,
  { collection, doc, assignee }: WorkflowEventOf<'assigned'>,
) => notify(req, { event: 'assigned', collection, doc, recipients: [assignee], detail: dueBy(doc) })

const tellAuthorsOfChangesRequested = async (
  req: PayloadRequest,
  { collection, doc, comment, field }: WorkflowEventOf<'changes-requested'>,
) =>
  notify(req, {
    event: 'changes-requested',
    collection,
    doc,
    recipients: authorsToTell(doc),
    comment,
    detail: field ? `(on ${fieldPathInWords(req, collection, field)})` : undefined,
  })

const tellEditorsOfSignOff = async (
  req: PayloadRequest,
  { collection, doc, meaning, linkedSigned }: WorkflowEventOf<'signed-off'>,
) =>
  notify(req, {
    event: 'signed-off',
    collection,
    doc,
    recipients: await editorsToTell(req),
    comment: meaning,
    detail: linkedSigned ? `with ${linkedSigned} linked document(s)` : undefined,
  })

/** High-risk content's first signature: the pharmacists who may give the second hear of it. */
const tellSecondSigners = async (
  req: PayloadRequest,
  { collection, doc, signerId, specialistNeeded }: WorkflowEventOf<'first-of-two-signed'>,
) =>
  notify(req, {
    event: 'second-signature-needed',
    collection,
    doc,
    recipients: await secondSignersToTell(req, collection, doc, {
      firstSigner: signerId,
      specialistNeeded,
    }),
    detail: specialistNeeded
      ? '(high risk: a second pharmacist, a specialist, must sign it)'
      : '(high risk: a second pharmacist must sign it)',
  })

/** Tells the author when their content goes live or is withdrawn, whatever the path. */
const tellAuthorOfPublication = async (
  req: PayloadRequest,
  { name, collection, doc }: WorkflowEventOf<'published' | 'withdrawn'>,
) =>
  notify(req, {
    event: name,
    collection,
    doc,
    recipients: creatorToTell(doc),
    comment:
      name === 'withdrawn' && typeof doc.withdrawalReason === 'string'
        ? doc.withdrawalReason
        : undefined,
  })

/**
 * Emails people about the workflow's events (src/workflow/events.ts). Called once at start-up
 * (src/features.ts); registering again changes nothing.
 */
export const registerNotificationsWithWorkflow = (): void => {
  onWorkflowEvent('submitted', tellReviewersOfSubmission)
  onWorkflowEvent('assigned', tellAssignee)
  onWorkflowEvent('changes-requested', tellAuthorsOfChangesRequested)
  onWorkflowEvent('signed-off', tellEditorsOfSignOff)
  onWorkflowEvent('first-of-two-signed', tellSecondSigners)
  onWorkflowEvent('published', tellAuthorOfPublication)
  onWorkflowEvent('withdrawn', tellAuthorOfPublication)
}

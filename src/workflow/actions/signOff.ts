import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { parseInput } from '../../validation/parseInput'
import { signatureCredentialFields } from '../../validation/signatureCredentials'

import type { User } from '../../payload-types'

import { recordAudit } from '../audit'
import { authorsFromHistory } from '../authorship'
import { findLatest, latestVersionId } from '../documents'
import { describeIn } from '../../shared/describe'
import { ConflictError, UnmetRequirementsError, ForbiddenError } from '../../errors'
import { LINKED_READY_STATES, type ReviewableCollection } from '../states'
import { stateProblem } from '../stateProblem'
import { transitionFor } from '../transitions'
import { type ActionInput, type ActionResult } from './types'
import { contentHashIn } from '../contentHash'
import { requireRole } from './guards'
import { writeWorkflowFields } from './writeWorkflowFields'
import { actOnLinked } from './linked'
import { reauthenticate } from './reauthenticate'
import { requireEnrolmentToSign } from '../../auth/secondFactor/enrolmentRequired'
import { latestSignature } from '../signatures'
import { changesSinceSignature } from '../changes/changesSince'
import { assigneeProblem } from '../assignment'
import { requireAllowed } from '../../access/allowed'
import { notAnAuthor } from '../../access/conditions'
import { emitWorkflowEvent } from '../events'
import { signOffProblems } from '../requirements'
import { signatureRecordsFor } from '../signatureRecords'
import { licenceProblem } from '../licence'
import { verificationOnRecord } from '../licenceVerification'
import { pairSignature, specialtyOf } from '../risk/pairedSignOff'

export const DEFAULT_SIGNATURE_MEANING = 'Reviewed and approved for medical accuracy'
const FIRST_OF_TWO_SIGNATURES =
  'Signed: 1 of 2 signatures. This content is high risk: a second pharmacist must sign it, and one of the two must hold a specialty credential.'

export const signOffBodySchema = z.object({
  ...signatureCredentialFields,
  meaning: z.string().trim().min(3).max(300).optional(),
  includeLinked: z.boolean().optional(),
  readVersion: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'readVersion is the id of a stored version')
    .optional()
    .meta({
      description:
        'The version the signer read (the preview’s `shown[0].versionId`): the sign-off is refused (409) when the document changed since.',
    }),
})

const requireValidLicence = (signer: User): void => {
  const problem = licenceProblem(signer, new Date())
  if (problem?.problem === 'expired')
    throw new ForbiddenError(
      `Your ${problem.message.replace(/^the /, '')}. An admin must record a valid licence before you can sign.`,
    )
  if (problem)
    throw new ForbiddenError(
      `You cannot sign: ${problem.message}. An admin must verify it again and record it before you can sign.`,
    )
}

const printedName = (signer: User): string =>
  [signer.fullName ?? signer.email, signer.credentials].filter(Boolean).join(', ')

/**
 * Signs one document; throws UnmetRequirementsError when it is not ready for this signer. The
 * document the signer opened refuses another reviewer than its assignee outright (403); a linked
 * one assigned to someone else is reported as not signed.
 */
const signOne = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
  signer: User,
  meaning: string,
  { linked, readVersion }: { linked: boolean; readVersion?: string },
): Promise<string> => {
  const transition = transitionFor('sign-off')
  const doc = await findLatest(req, collection, id)
  const versionId = (await latestVersionId(req, collection, id)) ?? id
  // First: whatever else holds, a signature is for what the signer read.
  if (readVersion && readVersion !== versionId)
    throw new ConflictError(
      `"${describeIn(req, collection, doc)}" changed since you read it: read the latest version before signing.`,
      { readVersion, latestVersion: versionId },
    )
  const problems = [
    stateProblem(doc, describeIn(req, collection, doc), transition.from, transition.label),
    // The document the signer opened was refused up front (403) when assigned to someone else.
    linked ? await assigneeProblem(req, collection, doc) : undefined,
    // The registered features' requirements: no open review thread, an article's evidence.
    ...(await signOffProblems(req, { collection, doc })),
    notAnAuthor(String(signer.id), await authorsFromHistory(req, collection, doc)),
  ].filter((p): p is string => Boolean(p))
  if (problems.length)
    throw new UnmetRequirementsError(
      `Cannot sign off "${describeIn(req, collection, doc)}"`,
      problems,
    )
  // High-risk content: the first of two signatures keeps it in review (403 for a bad second).
  const pairing = await pairSignature(req, collection, doc, signer)

  const hash = contentHashIn(req, collection, doc)
  const previous = await latestSignature(req, collection, id)
  const clinicalChanges = (await changesSinceSignature(req, collection, doc, previous)).filter(
    (change) => change.clinical,
  ).length
  const signature = await req.payload.create({
    collection: 'signatures',
    data: {
      collectionSlug: collection,
      documentId: id,
      versionId,
      contentHash: hash,
      reviewer: signer.id,
      printedName: printedName(signer),
      signerName: signer.fullName ?? signer.email,
      signerCredentials: signer.credentials ?? '',
      meaning,
      previousSignature: previous?.id ?? null,
      clinicalChanges,
      ...(await signatureRecordsFor(req, { collection, doc })),
      licenceVerification: await verificationOnRecord(req, signer),
      ...pairing.record,
      changeReason: typeof doc.changeReason === 'string' ? doc.changeReason : null,
      signedAt: new Date().toISOString(),
    },
    req,
  })
  // The signature takes the reason along: the next change of this content gives its own. The
  // assignee's part is done with the first of two: any other pharmacist gives the second.
  await writeWorkflowFields(
    { req, collection, id },
    pairing.awaitsSecond
      ? { workflowState: 'in_review', changeReason: null, assignee: null }
      : { workflowState: transition.to, changeReason: null },
    { draft: true },
  )
  await recordAudit(req, {
    action: 'sign-off',
    collectionSlug: collection,
    documentId: id,
    versionId,
    contentHash: hash,
    comment: meaning,
    details: {
      signatureId: signature.id,
      printedName: signature.printedName,
      previousSignatureId: previous?.id ?? null,
      clinicalChanges,
      labelVersions: signature.labelVersions ?? [],
      ...pairing.details,
    },
  })
  return String(signature.id)
}

export const signOff = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  requireRole(req, transitionFor('sign-off'))
  // Only the assignee signs an assigned document (403), before the password is checked.
  await requireAllowed(req, 'sign-off', { collection, doc: await findLatest(req, collection, id) })
  const body = parseInput(signOffBodySchema, input.body)
  const signer = await req.payload.findByID({
    collection: 'users',
    id: req.user!.id,
    depth: 0,
    req,
  })
  requireValidLicence(signer)
  await requireEnrolmentToSign(req.payload, signer)
  await reauthenticate(req, signer, body, { collection, id })
  const meaning = body.meaning ?? DEFAULT_SIGNATURE_MEANING
  const signatureId = await signOne(req, collection, id, signer, meaning, {
    linked: false,
    readVersion: body.readVersion,
  })
  const linked =
    body.includeLinked && collection === 'articles'
      ? await actOnLinked({
          req,
          articleId: id,
          readyStates: LINKED_READY_STATES['sign-off'],
          doneState: 'approved',
          act: (linkedCollection, linkedId) =>
            signOne(req, linkedCollection, linkedId, signer, meaning, { linked: true }),
        })
      : undefined
  const signedLinked = linked?.filter((outcome) => outcome.done).length ?? 0
  const signed = await findLatest(req, collection, id)
  // The first of two signatures (high risk): the other pharmacists hear a second is needed;
  // editors hear once the second makes it ready.
  const awaitsSecond = signed.workflowState === 'in_review'
  if (awaitsSecond) {
    await emitWorkflowEvent(req, {
      name: 'first-of-two-signed',
      collection,
      doc: signed,
      signerId: String(signer.id),
      specialistNeeded: !specialtyOf(signer),
    })
  } else {
    await emitWorkflowEvent(req, {
      name: 'signed-off',
      collection,
      doc: signed,
      meaning,
      linkedSigned: signedLinked,
    })
  }
  return {
    collection,
    id,
    state: awaitsSecond ? 'in_review' : 'approved',
    message: awaitsSecond ? FIRST_OF_TWO_SIGNATURES : 'Signed off.',
    signatureId,
    linked,
  }
}

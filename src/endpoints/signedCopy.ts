import type { Endpoint, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'
import { z } from 'zod'

import { isEditorOrAdmin, isSigner } from '../access/roles'
import { loadSignedCopy, type SignedCopy } from '../records/signedCopy/loadSignedCopy'
import { signedCopyHtml } from '../records/signedCopy/signedCopyHtml'
import { signedCopyPdf } from '../records/signedCopy/signedCopyPdf'
import { parseInput } from '../validation/parseInput'
import { recordAudit } from '../workflow/audit'
import { REVIEWABLE_COLLECTIONS, type ReviewableCollection } from '../workflow/states'

export const signedCopyQuerySchema = z.object({
  format: z
    .enum(['json', 'html', 'pdf'], { message: 'format is json, html or pdf' })
    .default('json'),
})

type Format = z.infer<typeof signedCopyQuerySchema>['format']

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
}

const bytesOf = async (copy: SignedCopy, format: Format): Promise<Uint8Array> => {
  if (format === 'pdf') return signedCopyPdf(copy)
  return new TextEncoder().encode(format === 'html' ? signedCopyHtml(copy) : JSON.stringify(copy))
}

/** Editors and admins read every signed copy; a pharmacist the copies of what they signed. */
const mayRead = (req: PayloadRequest, copy: SignedCopy): boolean =>
  isEditorOrAdmin(req.user) ||
  (isSigner(req.user) &&
    copy.signatures.some((signature) => signature.reviewerId === String(req.user?.id)))

/**
 * GET /api/records/{collection}/{id}/signed-copy[?format=json|html|pdf]: what the latest signature
 * vouches for, as signed (an article's page rendered from the signed versions), with a
 * manifestation of every signature of that content and the changes since the signature before.
 * Each export is audited with the SHA-256 of the bytes returned.
 */
export const signedCopyEndpoint: Endpoint = {
  path: '/records/:collection/:id/signed-copy',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Log in to read a signed copy.')
    if (!isEditorOrAdmin(req.user) && !isSigner(req.user)) {
      return refuse(403, 'Only editors, admins and the pharmacist who signed read a signed copy.')
    }
    const { format } = parseInput(signedCopyQuerySchema, req.query)
    const collection = String(req.routeParams?.collection)
    const id = String(req.routeParams?.id)
    const copy = REVIEWABLE_COLLECTIONS.includes(collection as ReviewableCollection)
      ? await loadSignedCopy(req, collection as ReviewableCollection, id)
      : undefined
    if (!copy) return refuse(404, 'No such signed document: it does not exist or was never signed.')
    if (!mayRead(req, copy)) {
      return refuse(
        403,
        'Only editors, admins and the pharmacist who signed read this signed copy.',
      )
    }
    const body = await bytesOf(copy, format)
    const sha256 = createHash('sha256').update(body).digest('hex')
    await recordAudit(req, {
      action: 'export',
      collectionSlug: collection,
      documentId: id,
      versionId: copy.versionId,
      contentHash: copy.contentHash,
      comment: `signed copy exported as ${format}`,
      details: {
        format,
        sha256,
        signatureIds: copy.signatures.map((signature) => signature.signatureId),
      },
    })
    return new Response(body as BodyInit, {
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Cache-Control': 'no-store',
        // The page is data to print: nothing in it may run or load.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        ...(format === 'pdf'
          ? { 'Content-Disposition': `inline; filename="signed-copy-${collection}-${id}.pdf"` }
          : {}),
      },
    })
  },
}

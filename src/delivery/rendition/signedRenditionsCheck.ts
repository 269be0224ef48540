import type { PayloadRequest } from 'payload'

import type { ArticlePage } from '../types'

import { relationId } from '../../shared/relations'
import { signatureById } from '../../workflow/signatures'
import { buildPublicPageOf } from '../articlePage'
import { isUnsafePageError } from '../linksNoLongerLive'
import { readerRenditionHash } from './readerRendition'

/** A live page whose reader content is no longer what the signature it went live on hashed. */
export type RenditionMismatch = { slug: string; title: string; signer: string }

type RenderPage = (req: PayloadRequest, articleId: string) => Promise<ArticlePage | null>

const deliveredPage: RenderPage = (req, articleId) =>
  buildPublicPageOf(req, articleId, req.payload.config.serverURL)

/**
 * Renders every live article's page afresh (the delivery renderer, or `render`) and names those
 * whose reader content differs from the rendition hash of the signature they went live on: after a
 * change to the renderer, the pages a pharmacist must sign again. Signatures from before signed
 * renditions, and pages that cannot be served (the stored-pages check reports those), are skipped.
 * Changes nothing.
 */
export const checkSignedRenditions = async (
  req: PayloadRequest,
  { render = deliveredPage }: { render?: RenderPage } = {},
): Promise<RenditionMismatch[]> => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const mismatches: RenditionMismatch[] = []
  for (const article of docs) {
    const signatureId = relationId(article.lastSignature)
    const signature = signatureId ? await signatureById(req, signatureId) : undefined
    if (!signature?.renditionHash) continue
    const page = await render(req, String(article.id)).catch((error: unknown) => {
      if (isUnsafePageError(error)) return null
      throw error
    })
    if (page && readerRenditionHash(page) !== signature.renditionHash) {
      mismatches.push({ slug: page.slug, title: page.title, signer: signature.printedName })
    }
  }
  return mismatches
}

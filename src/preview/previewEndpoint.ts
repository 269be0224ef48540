import type { Endpoint } from 'payload'

import { z } from 'zod'

import { requireStaff } from '../access/allowed'
import { parseInput } from '../validation/parseInput'
import { articlePreview } from './articlePreview'
import { previewPage } from './previewHtml'

export const previewQuerySchema = z.object({
  format: z.enum(['json', 'html'], { message: 'format is json or html' }).default('json'),
  version: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, {
      message: 'version is the id of one of the article’s versions',
    })
    .optional(),
})

// Drafts: never kept by a browser or a shared cache, never indexed.
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

/**
 * GET /api/preview/articles/{id}[?version=…][&format=html]: the article as readers would see it,
 * from its latest versions (or one stored version of the article), for staff. The admin shows
 * the HTML beside the form (live preview) and the sign-off dialog links to it.
 */
export const articlePreviewEndpoint: Endpoint = {
  path: '/preview/articles/:id',
  method: 'get',
  handler: async (req) => {
    requireStaff(req, {
      loginMessage: 'Log in to preview unpublished pages.',
      refusal: 'Only CMS staff preview unpublished pages.',
    })
    const { format, version } = parseInput(previewQuerySchema, req.query)
    const id = String(req.routeParams?.id)
    const preview = await articlePreview(req, id, version)
    if (format === 'json') return Response.json(preview, { headers: PRIVATE })
    const jsonUrl = `${req.payload.config.routes.api}/preview/articles/${encodeURIComponent(id)}`
    const { html, contentSecurityPolicy } = previewPage(preview, jsonUrl)
    return new Response(html, {
      headers: {
        ...PRIVATE,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Frame-Options': 'SAMEORIGIN',
      },
    })
  },
}

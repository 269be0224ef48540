import type { PayloadRequest } from 'payload'

import type { Article, Faq } from '../../payload-types'
import type { PreReviewCheck } from './registry'

import { relationId } from '../../shared/relations'
import { type AltOf, accessibilityFindings, type RichTextPlace } from './accessibilityRules'

type UploadNode = { type?: unknown; value?: unknown; fields?: unknown; children?: unknown }

const uploadIds = (node: UploadNode): string[] => [
  ...(node.type === 'upload' && relationId(node.value) ? [relationId(node.value)!] : []),
  ...(Array.isArray(node.children) ? (node.children as UploadNode[]).flatMap(uploadIds) : []),
]

/** The alt text of the images the texts show: the node's own, else its media document's. */
const altLoader = async (req: PayloadRequest, places: RichTextPlace[]): Promise<AltOf> => {
  const ids = places.flatMap((place) =>
    uploadIds((place.document as { root?: UploadNode } | null)?.root ?? {}),
  )
  const { docs } = ids.length
    ? await req.payload.find({
        collection: 'media',
        where: { id: { in: ids } },
        depth: 0,
        pagination: false,
        req,
      })
    : { docs: [] }
  const alts = new Map(docs.map((media) => [String(media.id), media.alt]))
  return (node) => {
    const own = (node.fields as { alt?: unknown } | undefined)?.alt
    if (typeof own === 'string' && own.trim()) return own
    const populated = (node.value as { alt?: unknown } | null | undefined)?.alt
    if (typeof populated === 'string') return populated
    const id = relationId(node.value)
    return id ? alts.get(id) : undefined
  }
}

const PLACES = {
  // The article's title is the page's h1: the body's first heading is an h2.
  articles: (doc: Partial<Article>): RichTextPlace[] => [
    { name: 'the body', field: 'body', document: doc.body, underLevel: 1 },
  ],
  // An answer sits under the page's "Frequently asked questions" h2.
  faqs: (doc: Partial<Faq>): RichTextPlace[] => [
    { name: 'the answer', field: 'answer', document: doc.answer, underLevel: 2 },
  ],
}

/**
 * The accessibility of an article's body and an FAQ's answer (src/clinical/checks/
 * accessibilityRules.ts): skipped heading levels and vague link texts advise; an image without
 * alt text blocks.
 */
export const accessibilityCheck: PreReviewCheck = {
  name: 'accessibility',
  collections: ['articles', 'faqs'],
  rules: ['a11y.heading-order', 'a11y.link-text', 'a11y.image-alt'],
  run: async (req, { collection, doc }) => {
    const places =
      collection === 'articles'
        ? PLACES.articles(doc as Partial<Article>)
        : collection === 'faqs'
          ? PLACES.faqs(doc as Partial<Faq>)
          : []
    const altOf = await altLoader(req, places)
    return places.flatMap((place) => accessibilityFindings(place, altOf))
  },
}

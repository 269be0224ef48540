import type { Article, Media } from '../payload-types'
import type { DeliveredMeta, DeliveredImage } from './types'

/** What an editor wrote, or null: an empty or blank SEO field is one nobody wrote. */
export const metaText = (value: string | null | undefined): string | null =>
  value?.trim() ? value.trim() : null

const isImage = (media: unknown): media is Media =>
  typeof media === 'object' &&
  media !== null &&
  typeof (media as Media).filename === 'string' &&
  typeof (media as Media).url === 'string' &&
  /^image\//.test((media as Media).mimeType ?? '')

/**
 * The share image as sites link to it: the CMS's public file URL (absolute when SERVER_URL is set,
 * as Payload builds upload URLs from it). A relation that no longer resolves to a stored image
 * (deleted media: an id is left, or null) is no image.
 */
const imageOf = (media: unknown): DeliveredImage | null =>
  isImage(media)
    ? {
        url: media.url as string,
        alt: media.alt,
        width: media.width ?? null,
        height: media.height ?? null,
      }
    : null

/** The SEO metadata of the live version (the page is built from it, never from a draft). */
export const pageMetaOf = (article: Pick<Article, 'meta'>): DeliveredMeta => ({
  title: metaText(article.meta?.title),
  description: metaText(article.meta?.description),
  image: imageOf(article.meta?.image),
})

import type { PayloadRequest } from 'payload'

/** One page of published articles for sitemaps and indexes, read with the caller's access. */
export const listPublishedArticles = async (req: PayloadRequest, page: number, limit: number) => {
  const result = await req.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: { slug: true, title: true, summary: true, lastReviewedAt: true, updatedAt: true },
    sort: 'slug',
    page,
    limit,
    depth: 0,
    draft: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    docs: result.docs.map(({ slug, title, summary, lastReviewedAt, updatedAt }) => ({
      slug,
      title,
      summary,
      lastReviewedAt,
      updatedAt,
    })),
    page: result.page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

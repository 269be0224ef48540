import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

import { latestVersionId } from '../../../workflow/documents'

/** Who wrote the comment, and on which version of the document: the server's word. */
export const stampCommentAuthor: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = req.user as User | null
  const versionId =
    typeof data.collectionSlug === 'string' && typeof data.documentId === 'string'
      ? await latestVersionId(req, data.collectionSlug as 'articles', data.documentId).catch(
          () => undefined,
        )
      : undefined
  return {
    ...data,
    author: user?.id ?? null,
    authorName: user ? user.fullName || user.email : 'system',
    versionId: versionId ?? null,
  }
}

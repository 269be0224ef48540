import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { Role } from '../src/access/roles'
import type { User } from '../src/payload-types'

import { currentCode } from '../src/auth/secondFactor/totp'
import { publish } from '../src/workflow/actions/publish'
import { signOff } from '../src/workflow/actions/signOff'
import { submit } from '../src/workflow/actions/submit'
import { relationId } from '../src/shared/relations'
import { ARTICLE_LINKS, type ReviewableCollection } from '../src/workflow/states'

const actingAs = (payload: Payload, user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } }, payload)

const latestState = async (payload: Payload, collection: ReviewableCollection, id: string) =>
  (await payload.findByID({ collection, id, draft: true, depth: 0 })).workflowState

/**
 * The seed article goes through the same workflow as any content, using the same actions as
 * the API: the writer submits everything, the pharmacist signs it (password and current code),
 * an editor publishes it. Whatever is already further along is left as it is.
 */
export const takeThroughReview = async (
  payload: Payload,
  articleId: string,
  users: Record<Role, User>,
  reviewer: { password: string | undefined; totpKey: string | undefined },
): Promise<void> => {
  const article = await payload.findByID({
    collection: 'articles',
    id: articleId,
    draft: true,
    depth: 0,
  })
  const documents: [ReviewableCollection, string][] = [
    ...ARTICLE_LINKS.flatMap((link) =>
      ((article[link.field] as unknown[] | null) ?? [])
        .map(relationId)
        .filter((id): id is string => Boolean(id))
        .map((id): [ReviewableCollection, string] => [link.collection, id]),
    ),
    ['articles', articleId],
  ]
  for (const [collection, id] of documents) {
    if ((await latestState(payload, collection, id)) !== 'draft') continue
    await submit({ req: await actingAs(payload, users.writer), collection, id, body: {} })
  }
  if ((await latestState(payload, 'articles', articleId)) === 'in_review') {
    if (!reviewer.password || !reviewer.totpKey) {
      payload.logger.warn(
        'The seed article waits for a pharmacist sign-off: set DEMO_PASSWORD and DEMO_TOTP_SECRET to let the seed sign it.',
      )
      return
    }
    await signOff({
      req: await actingAs(payload, users.reviewer),
      collection: 'articles',
      id: articleId,
      body: {
        password: reviewer.password,
        totp: currentCode(reviewer.totpKey),
        includeLinked: true,
      },
    })
  }
  if ((await latestState(payload, 'articles', articleId)) === 'approved') {
    await publish({
      req: await actingAs(payload, users.editor),
      collection: 'articles',
      id: articleId,
      body: { includeLinked: true },
    })
  }
}

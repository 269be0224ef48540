import type { CollectionConfig } from 'payload'

import { isStaff, reviewTeam } from '../../access/roles'
import { REVIEWABLE_COLLECTIONS } from '../../workflow/states'
import { ownCommentsOnly } from './access'
import { threadStatusEndpoints } from './endpoints/threadStatus'
import { keepSignedRecordOnChange, keepSignedRecordOnDelete } from './hooks/keepSignedRecord'
import { keepThreadsWhole } from './hooks/keepThreadsWhole'
import { notifyOfComment } from './hooks/notifyOfComment'
import { placeInThread } from './hooks/placeInThread'
import { refuseMalformedInput } from './hooks/refuseMalformedInput'
import { stampCommentAuthor } from './hooks/stampCommentAuthor'
import { stampMentions } from './hooks/stampMentions'
import { stampRecordTimes } from './hooks/stampRecordTimes'

const setOnCreate = { update: () => false }
const writtenByTheServer = { create: () => false, update: () => false }

/**
 * Review comments: a thread anchored to a field of a document (and the version it was written
 * on), with replies. Staff read them; each person edits or deletes only their own comments, and
 * never once the document has been signed after them: they are then part of its review record,
 * and so is whether their thread is resolved. Its times and authorship are the server's stamps.
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  access: {
    read: isStaff,
    // QA read the threads as part of the record; they take no part in the review.
    create: reviewTeam,
    update: ownCommentsOnly,
    delete: ownCommentsOnly,
  },
  admin: {
    useAsTitle: 'comment',
    defaultColumns: ['comment', 'field', 'authorName', 'status', 'createdAt'],
    group: 'Review',
  },
  endpoints: threadStatusEndpoints,
  fields: [
    {
      name: 'thread',
      type: 'relationship',
      relationTo: 'review-comments',
      index: true,
      access: setOnCreate,
      admin: { description: 'Empty for the comment that opens a thread; its replies point to it.' },
    },
    {
      name: 'collectionSlug',
      type: 'select',
      options: [...REVIEWABLE_COLLECTIONS],
      required: true,
      index: true,
      access: setOnCreate,
    },
    { name: 'documentId', type: 'text', required: true, index: true, access: setOnCreate },
    { name: 'versionId', type: 'text', access: writtenByTheServer, admin: { readOnly: true } },
    {
      name: 'field',
      type: 'text',
      access: setOnCreate,
      admin: { description: 'The field path, e.g. "keyPoints.2.text"; empty for the document.' },
    },
    {
      name: 'quote',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'The passage the comment is about, quoted.' },
    },
    {
      name: 'comment',
      type: 'textarea',
      required: true,
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !value.trim()) return 'Write the comment'
        return value.length <= 5000 || 'Keep the comment under 5000 characters'
      },
    },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      access: writtenByTheServer,
      admin: {
        readOnly: true,
        description: 'Who the comment mentions ("@Full Name" or "@email"): they are notified.',
      },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      access: writtenByTheServer,
      admin: { readOnly: true },
    },
    { name: 'authorName', type: 'text', access: writtenByTheServer, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      options: ['open', 'resolved'],
      index: true,
      access: writtenByTheServer,
      admin: {
        readOnly: true,
        description: 'Threads only: resolve and reopen with the thread buttons.',
      },
    },
    {
      name: 'statusChangedBy',
      type: 'relationship',
      relationTo: 'users',
      access: writtenByTheServer,
      admin: { readOnly: true },
    },
    {
      name: 'statusChangedByName',
      type: 'text',
      access: writtenByTheServer,
      admin: { readOnly: true },
    },
    {
      name: 'statusChangedAt',
      type: 'date',
      access: writtenByTheServer,
      admin: { readOnly: true },
    },
  ],
  hooks: {
    beforeValidate: [refuseMalformedInput],
    beforeChange: [
      stampRecordTimes,
      placeInThread,
      stampCommentAuthor,
      stampMentions,
      keepSignedRecordOnChange,
    ],
    afterChange: [notifyOfComment],
    beforeDelete: [keepThreadsWhole, keepSignedRecordOnDelete],
  },
}

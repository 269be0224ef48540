'use client'

import { Button, toast, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { WorkflowStatus } from '../../workflow/status'

import type { MentionablePerson } from './mentionSuggestions'

import {
  changeThreadStatus,
  fetchComments,
  fetchMentionable,
  type Outcome,
  postComment,
  type ReviewComment,
} from './reviewThreadsApi'
import { CommentText } from './CommentText'
import { ErrorList } from './ErrorList'
import { goToField } from './GoToField'
import { MentionTextarea } from './MentionTextarea'
import { typedMention } from './mentionSuggestions'

type Props = {
  api: string
  collection: string
  id: string
  fields: WorkflowStatus['commentableFields']
  /** Called after a change, so the panel's checklist (open comments) follows. */
  onChange: () => void
}

const WHOLE_DOCUMENT = ''

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

const Thread = ({
  api,
  thread,
  replies,
  busy,
  act,
  people,
}: {
  api: string
  thread: ReviewComment
  replies: ReviewComment[]
  busy: boolean
  people: MentionablePerson[]
  act: (work: () => Promise<Outcome>, text?: string) => Promise<boolean>
}) => {
  const [reply, setReply] = useState('')
  return (
    <li className="review-thread" data-status={thread.status} data-thread-id={thread.id}>
      {thread.quote ? <blockquote>{thread.quote}</blockquote> : null}
      <ol className="review-thread__comments">
        {[thread, ...replies].map((comment) => (
          <li key={comment.id}>
            <strong>{comment.authorName}</strong>{' '}
            <time dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
            <CommentText
              mentioned={(comment.mentions ?? []).map(String)}
              people={people}
              text={comment.comment}
            />
          </li>
        ))}
      </ol>
      {thread.status === 'resolved' ? (
        <p className="review-thread__status">
          Resolved by {thread.statusChangedByName}
          {thread.statusChangedAt ? ` on ${when(thread.statusChangedAt)}` : ''}
        </p>
      ) : null}
      <MentionTextarea
        ariaLabel="Reply"
        disabled={busy}
        onChange={setReply}
        people={people}
        placeholder="Reply… (@ to mention someone)"
        rows={2}
        value={reply}
      />
      <div className="review-thread__buttons">
        <Button
          buttonStyle="secondary"
          disabled={busy || !reply.trim()}
          onClick={async () => {
            const done = await act(
              () => postComment(api, { thread: thread.id, comment: reply }),
              reply,
            )
            if (done) setReply('')
          }}
          size="small"
          type="button"
        >
          Reply
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={busy}
          onClick={() =>
            void act(() =>
              changeThreadStatus(api, thread.id, thread.status === 'open' ? 'resolve' : 'reopen'),
            )
          }
          size="small"
          type="button"
        >
          {thread.status === 'open' ? 'Resolve' : 'Reopen'}
        </Button>
      </div>
    </li>
  )
}

/**
 * The document's review comment threads, grouped by the field they are about: jump to the
 * field, reply, resolve and reopen, or start a new thread.
 */
export const ReviewThreads = ({ api, collection, id, fields, onChange }: Props) => {
  const [comments, setComments] = useState<ReviewComment[] | null>(null)
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [newField, setNewField] = useState(WHOLE_DOCUMENT)
  const [newComment, setNewComment] = useState('')
  const [people, setPeople] = useState<MentionablePerson[]>([])
  // Which tab or array row holds a field comes from the collection's own config, as the form has it.
  const formFields = useConfig().getEntityConfig({ collectionSlug: collection })?.fields ?? []
  const { i18n } = useTranslation()
  const { user } = useAuth()
  const jumpTo = async (path: string, from: Element) => {
    if (!(await goToField(formFields, path, from, i18n.language))) {
      toast.info('This field is not shown in the form (it may have been removed).')
    }
  }

  const load = useCallback(
    () =>
      fetchComments(api, collection, id).then(setComments, (error: Error) =>
        setErrors([error.message]),
      ),
    [api, collection, id],
  )
  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => {
    // Without the list, "@Full Name" typed by hand still mentions: the server reads the text.
    fetchMentionable(api, collection, id).then(
      (found) => setPeople(found.filter((person) => person.id !== String(user?.id))),
      () => setPeople([]),
    )
  }, [api, collection, id, user?.id])

  const act = async (work: () => Promise<Outcome>, text = ''): Promise<boolean> => {
    setBusy(true)
    setErrors([])
    const outcome = await work()
    setBusy(false)
    if (!outcome.ok) {
      setErrors(outcome.messages)
      return false
    }
    const names = people
      .filter((person) => outcome.mentioned.includes(person.id))
      .map((person) => person.name)
    toast.success(names.length ? `Saved. Mentioned and notified: ${names.join(', ')}.` : 'Saved.')
    if (!names.length && typedMention(text)) {
      toast.warning(
        'Nobody was mentioned: write a colleague’s full name or email after “@”, or pick it from the list.',
        { duration: 10000 },
      )
    }
    await load()
    onChange()
    return true
  }
  if (!comments) return <p>Loading review comments…</p>
  const threads = comments.filter((comment) => !comment.thread)
  const repliesTo = (threadId: string) => comments.filter((c) => c.thread === threadId)
  const labelOf = (path: string | null | undefined) =>
    !path
      ? 'The whole document'
      : (fields.find((field) => field.path === path.split('.')[0])?.label ?? path) +
        (path.includes('.') ? ` (${path})` : '')
  const groups = [...new Set(threads.map((thread) => thread.field ?? WHOLE_DOCUMENT))]

  return (
    <section aria-label="Review comments" className="review-threads">
      <h4>Review comments ({threads.filter((thread) => thread.status === 'open').length} open)</h4>
      {groups.map((field) => (
        <div className="review-threads__field" data-field={field} key={field}>
          <h5>
            {labelOf(field)}
            {field ? (
              <button
                className="review-threads__jump"
                onClick={(event) => void jumpTo(field, event.currentTarget)}
                type="button"
              >
                Go to field
              </button>
            ) : null}
          </h5>
          <ul>
            {threads
              .filter((thread) => (thread.field ?? WHOLE_DOCUMENT) === field)
              .map((thread) => (
                <Thread
                  act={act}
                  api={api}
                  busy={busy}
                  key={thread.id}
                  people={people}
                  replies={repliesTo(thread.id)}
                  thread={thread}
                />
              ))}
          </ul>
        </div>
      ))}
      <div className="review-threads__new">
        <label>
          New comment on
          <select
            disabled={busy}
            onChange={(event) => setNewField(event.target.value)}
            value={newField}
          >
            <option value={WHOLE_DOCUMENT}>The whole document</option>
            {fields.map((field) => (
              <option key={field.path} value={field.path}>
                {field.label}
              </option>
            ))}
          </select>
        </label>
        <MentionTextarea
          ariaLabel="New comment"
          disabled={busy}
          onChange={setNewComment}
          people={people}
          placeholder="Type @ to mention a colleague: they are notified."
          rows={3}
          value={newComment}
        />
        <Button
          disabled={busy || !newComment.trim()}
          onClick={async () => {
            const done = await act(
              () =>
                postComment(api, {
                  collectionSlug: collection,
                  documentId: id,
                  field: newField || undefined,
                  comment: newComment,
                }),
              newComment,
            )
            if (done) setNewComment('')
          }}
          size="small"
          type="button"
        >
          Add comment
        </Button>
      </div>
      <ErrorList errors={errors} />
    </section>
  )
}

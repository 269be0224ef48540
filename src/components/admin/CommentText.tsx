import type { MentionablePerson } from './mentionSuggestions'

import { mentionSpans } from '../../reviewComments/mentionSpans'

type Props = {
  text: string
  /** Whom the server found mentioned (and notified): only they are highlighted. */
  mentioned: string[]
  people: MentionablePerson[]
}

/** A comment's text with each "@Name" it mentions marked, as the server read them. */
export const CommentText = ({ text, mentioned, people }: Props) => {
  const spans = mentionSpans(
    text,
    people
      .filter((person) => mentioned.includes(person.id))
      .map((person) => ({ id: person.id, handles: [person.name, person.handle] })),
  )
  const parts: React.ReactNode[] = []
  let at = 0
  for (const span of spans) {
    parts.push(text.slice(at, span.start))
    parts.push(
      <mark className="review-thread__mention" key={span.start}>
        {text.slice(span.start, span.end)}
      </mark>,
    )
    at = span.end
  }
  parts.push(text.slice(at))
  return <div className="review-thread__text">{parts}</div>
}

'use client'

import { useField } from '@payloadcms/ui'

/** How a record field's value reads; the names of the accounts and signatures it points at. */
export type RecordDisplay =
  | { kind: 'text' }
  | { kind: 'choice'; labels: Record<string, string> }
  | { kind: 'date'; withTime: boolean }
  | { kind: 'relation'; names: Record<string, string>; you?: { id: string; name: string } }

type Props = {
  path: string
  label: string
  description?: string
  display: RecordDisplay
}

const NOTHING = '—'

const idOf = (value: unknown): string =>
  String(value && typeof value === 'object' && 'id' in value ? value.id : value)

const dateInWords = (iso: string, withTime: boolean): string => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(
    'en-GB',
    withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' },
  )
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

const Value = ({ value, display }: { value: unknown; display: RecordDisplay }) => {
  if (isEmpty(value)) return <>{NOTHING}</>
  switch (display.kind) {
    case 'date':
      // The server and the browser may be in different time zones; the browser's wins.
      return (
        <time dateTime={String(value)} suppressHydrationWarning>
          {dateInWords(String(value), display.withTime)}
        </time>
      )
    case 'choice':
      return <>{display.labels[String(value)] ?? String(value)}</>
    case 'relation': {
      // The names were looked up when the form was rendered; a save since then can only have
      // added the person saving (e.g. "Last edited by").
      const nameOf = (id: string) =>
        display.names[id] ?? (display.you?.id === id ? display.you.name : id)
      const ids = (Array.isArray(value) ? value : [value]).map(idOf)
      return <>{ids.map(nameOf).join(', ')}</>
    }
    default:
      return <>{String(value)}</>
  }
}

/**
 * A field only the system writes, shown as text rather than as a greyed-out input: its label, its
 * value in words (dates as dates, people by name) and its description.
 */
export const RecordText = ({ path, label, description, display }: Props) => {
  const { value } = useField<unknown>({ path })
  return (
    <div
      className="field-type record-field"
      data-record-field={path}
      id={`field-${path.replace(/\./g, '__')}`}
    >
      <div className="record-field__label">{label}</div>
      <div className="record-field__value">
        <Value display={display} value={value} />
      </div>
      {description ? <div className="record-field__description">{description}</div> : null}
    </div>
  )
}

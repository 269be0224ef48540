'use client'

import { useId, useRef, useState } from 'react'

import './mentionBox.scss'

import {
  insertMention,
  type MentionablePerson,
  mentionBeingTyped,
  suggestionsFor,
} from './mentionSuggestions'

type Props = {
  ariaLabel: string
  value: string
  onChange: (value: string) => void
  people: MentionablePerson[]
  disabled?: boolean
  placeholder?: string
  rows: number
}

/**
 * A comment box that suggests colleagues after "@": choosing one (click, or arrows and Enter)
 * writes "@Their Name", which notifies them when the comment is saved.
 */
export const MentionTextarea = ({
  ariaLabel,
  value,
  onChange,
  people,
  disabled,
  placeholder,
  rows,
}: Props) => {
  const box = useRef<HTMLTextAreaElement>(null)
  const listId = useId()
  const [caret, setCaret] = useState(0)
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState(false)
  const typed = mentionBeingTyped(value, caret)
  const suggestions = typed && !dismissed ? suggestionsFor(people, typed.query) : []
  const open = suggestions.length > 0

  const choose = (person: MentionablePerson) => {
    if (!typed) return
    const next = insertMention(value, typed, person)
    onChange(next.text)
    setCaret(next.caret)
    setDismissed(true)
    requestAnimationFrame(() => {
      box.current?.focus()
      box.current?.setSelectionRange(next.caret, next.caret)
    })
  }

  return (
    <div className="mention-box">
      <textarea
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-expanded={open}
        aria-label={ariaLabel}
        disabled={disabled}
        onChange={(event) => {
          onChange(event.target.value)
          setCaret(event.target.selectionStart)
          setActive(0)
          setDismissed(false)
        }}
        // The list belongs to the box: leaving it (Tab, a click elsewhere) closes it.
        onBlur={() => setDismissed(true)}
        onKeyDown={(event) => {
          if (!open) return
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            const step = event.key === 'ArrowDown' ? 1 : -1
            setActive((active + step + suggestions.length) % suggestions.length)
          } else if (event.key === 'Enter') {
            event.preventDefault()
            choose(suggestions[Math.min(active, suggestions.length - 1)])
          } else if (event.key === 'Escape') {
            event.preventDefault()
            setDismissed(true)
          }
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        placeholder={placeholder}
        ref={box}
        role="combobox"
        rows={rows}
        value={value}
      />
      {open && (
        <ul
          aria-label="People to mention"
          className="mention-box__suggestions"
          id={listId}
          role="listbox"
        >
          {suggestions.map((person, index) => (
            <li
              aria-selected={index === active}
              id={`${listId}-${index}`}
              key={person.id}
              onMouseDown={(event) => {
                // Keep the focus (and the caret) in the comment box.
                event.preventDefault()
                choose(person)
              }}
              role="option"
            >
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

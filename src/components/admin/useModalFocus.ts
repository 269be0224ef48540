'use client'

import { type RefObject, useEffect, useRef, useState } from 'react'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog holds the keyboard (WAI-ARIA dialog pattern): Tab and Shift+Tab cycle through its
 * controls instead of reaching the document behind it, Escape closes it, and closing returns the
 * focus to the control that opened it.
 */
export const useModalFocus = (dialog: RefObject<HTMLElement | null>, onEscape: () => void) => {
  const escape = useRef(onEscape)
  useEffect(() => {
    escape.current = onEscape
  })
  // Read while rendering: by the time effects run, autoFocus has moved the focus into the dialog.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  )

  useEffect(() => {
    const element = dialog.current
    if (element && !element.contains(document.activeElement)) {
      const first = element.querySelector<HTMLElement>('[autofocus]') ?? element
      first.focus()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (!element) return
      if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        escape.current()
        return
      }
      if (event.key !== 'Tab') return
      const controls = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)]
      if (!controls.length) return event.preventDefault()
      const first = controls[0]
      const last = controls[controls.length - 1]
      const inside = element.contains(document.activeElement)
      if (event.shiftKey && (!inside || document.activeElement === first)) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (!inside || document.activeElement === last)) {
        event.preventDefault()
        first.focus()
      }
    }
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('keydown', onKeyDown, true)
      if (opener?.isConnected) opener.focus()
    }
  }, [dialog, opener])
}

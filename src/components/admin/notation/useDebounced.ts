'use client'

import { useEffect, useState } from 'react'

/** The value once it has stopped changing for `delay` ms: the lint runs when the writer pauses. */
export const useDebounced = <Value>(value: Value, delay = 300): Value => {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}

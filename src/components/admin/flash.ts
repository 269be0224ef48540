import { toast } from '@payloadcms/ui'

/** What an action said, kept across the reload that shows its result (sessionStorage). */
type Flash = { message: string; warnings: string[] }

const KEY = 'medreview:workflow-flash'

export const keepFlash = (flash: Flash): void => {
  window.sessionStorage.setItem(KEY, JSON.stringify(flash))
}

/**
 * Shows and forgets the kept message, once, after the reload. Deferred: the panel's effect runs
 * before the effect of Payload's toast container (mounted after the page), and a toast raised
 * before the container listens is lost.
 */
export const showFlash = (): (() => void) => {
  const timer = window.setTimeout(() => {
    const kept = window.sessionStorage.getItem(KEY)
    if (!kept) return
    window.sessionStorage.removeItem(KEY)
    const flash = JSON.parse(kept) as Flash
    toast.success(flash.message)
    for (const warning of flash.warnings) toast.warning(warning, { duration: 15000 })
  }, 0)
  return () => window.clearTimeout(timer)
}

'use client'

import { useEffect, useState } from 'react'

type Props = {
  /** `${serverURL}${routes.api}` */
  api: string
  articleId: string
  /** Pins the link to the versions shown now (the sign-off dialog: what is being signed). */
  pinned?: boolean
  /** Pinned: told the version the link shows (the sign-off sends it: what the signer read). */
  onVersion?: (versionId: string | null) => void
  children: string
}

type Shown = { shown?: { versionId: string | null }[] }

/**
 * Opens the staff preview of an article (the page readers will see) in a new tab; pinned, the
 * link names the article's stored version shown when it was made, so later saves do not change
 * what it shows.
 */
export const PreviewLink = ({ api, articleId, pinned = false, onVersion, children }: Props) => {
  const base = `${api}/preview/articles/${encodeURIComponent(articleId)}`
  const [version, setVersion] = useState<string | null>(null)
  useEffect(() => {
    if (!pinned) return
    let current = true
    fetch(base, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Shown>) : {}))
      .then((preview: Shown) => {
        if (!current) return
        const shown = preview.shown?.[0]?.versionId ?? null
        setVersion(shown)
        onVersion?.(shown)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [base, pinned, onVersion])
  const href = `${base}?format=html${version ? `&version=${encodeURIComponent(version)}` : ''}`
  return (
    <a
      className="preview-link"
      data-testid={pinned ? 'preview-signed-versions' : 'preview-page'}
      href={href}
      rel="noopener"
      target="_blank"
    >
      {children}
    </a>
  )
}

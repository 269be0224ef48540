/**
 * How a change is named for the people who read it: from the labels the collection gives its
 * fields ("Quick summary", "Key point"), joined with dashes from the outer field inwards.
 */

const SEPARATOR = ' – '

/** `keyPoints` → "Key points", `meta_title` → "Meta title" (Payload labels fields this way too). */
export const nameInWords = (name: string): string => {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * A Payload label (a string, translations by language, a function of i18n, or false) in English,
 * falling back to the field's name in words.
 */
export const labelInWords = (label: unknown, name: string): string => {
  if (typeof label === 'string' && label.trim()) return label
  if (label && typeof label === 'object') {
    const translations = label as Record<string, unknown>
    const text = translations.en ?? Object.values(translations).find((t) => typeof t === 'string')
    if (typeof text === 'string' && text.trim()) return text
  }
  return nameInWords(name)
}

/** "Key point 2" + "Text" → "Key point 2 – Text". Empty parts are left out. */
export const within = (...parts: string[]): string => parts.filter(Boolean).join(SEPARATOR)

/** "Key point", 2 → "Key point 2"; "paragraph", 4 → "paragraph 4". */
export const numbered = (what: string, position: number): string => `${what} ${position}`

/** "FAQ" added "Can I drink alcohol?" → "FAQ added: Can I drink alcohol?". */
export const itemEvent = (what: string, kind: string, name: string | null): string =>
  name ? `${what} ${kind}: ${name}` : `${what} ${kind}`

/** How a moved item's places read in the before and after columns. */
export const positionInWords = (position: number): string => `Position ${position}`

/** How a reader's eye sees a bracketed citation: any bracket pair around numbers and separators. */
const LOOSE_MARKER =
  /[[［【〔〖〘⟦〚]\s*\p{Nd}+(?:[\s,，、;；–—\-－‐‑~～]*\p{Nd}+)*\s*[\]］】〕〗〙⟧〛]/gu

/** The one form the reference check reads: `[1]`, `[2, 3]`, `[4–6]`; group 1 is the numbers. */
export const MARKER_SOURCE = String.raw`\[(\s*\d{1,6}(?:\s*[–—-]\s*\d{1,6})?(?:\s*,\s*\d{1,6}(?:\s*[–—-]\s*\d{1,6})?)*\s*)\]`

const NORMAL_MARKER = new RegExp(`^${MARKER_SOURCE}$`)

export type OddMarker = { marker: string; normal: string }

/** The marker in the normal form, when NFKC tells its digits; the form by example otherwise. */
const normalFormOf = (marker: string): string => {
  const normal = marker
    .normalize('NFKC')
    .replace(/^\s*[[【〔〖〘⟦〚]/u, '[')
    .replace(/[\]】〕〗〙⟧〛]\s*$/u, ']')
    .replace(/\s*[,、;；]\s*/gu, ', ')
    .replace(/\s*[\-‐‑~～－]\s*/gu, '–')
    .replace(/(\d)\s+(?=\d)/g, '$1, ')
  return NORMAL_MARKER.test(normal) ? normal : 'a number in [ ], e.g. [7]'
}

/**
 * Bracketed numbers written in another form than the one checked against the reference list
 * (`［7］`, `[７]`, `【7】`, `[1; 2]`): a reader takes them for citations, so each must be written
 * as a normal marker, or the check would miss it.
 */
export const oddCitationMarkers = (text: string): OddMarker[] =>
  [...text.matchAll(LOOSE_MARKER)]
    .map(([marker]) => marker)
    .filter((marker) => !NORMAL_MARKER.test(marker))
    .map((marker) => ({ marker, normal: normalFormOf(marker) }))

/** What a writer is told about one odd marker. */
export const oddMarkerMessage = ({ marker, normal }: OddMarker): string =>
  `Write the citation marker ${marker} as ${normal}: square brackets and the digits 0–9, so it is checked against the reference list`

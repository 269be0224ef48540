import type { FieldChange } from '../../workflow/changes/types'
import type { Manifestation, SignedCopy } from './loadSignedCopy'

import { articleHtml, escapeHtml as text, PAGE_STYLE } from '../../delivery/pageHtml'

/** The manifestation lines of one signature, in print order (the PDF prints the same lines). */
export const manifestationLines = (signature: Manifestation): string[] =>
  [
    `Signed by: ${signature.printedName}`,
    signature.signerName ? `Name: ${signature.signerName}` : '',
    signature.credentials ? `Credentials: ${signature.credentials}` : '',
    signature.specialtyCredential ? `Specialty: ${signature.specialtyCredential}` : '',
    `Date and time: ${signature.signedAtText}`,
    `Meaning: ${signature.meaning}`,
    signature.licence ? `Licence verified: ${signature.licence}` : '',
    signature.preReviewChecks ? `Pre-review checks: ${signature.preReviewChecks}` : '',
    `Signature id: ${signature.signatureId}`,
  ].filter(Boolean)

export const NO_PREVIOUS = 'None listed: no earlier signature of this document.'

/** One change since the previous signature, in words. */
export const changeLine = (change: FieldChange): string =>
  `${change.label}${change.clinical ? '' : ' (editorial)'}: was "${change.beforeText ?? ''}", now "${change.afterText ?? ''}"`

/** The heading lines of the copy: what was signed, which version, which hashes. */
export const copyHeadingLines = (copy: SignedCopy): string[] => [
  `Signed copy of ${copy.collection} "${copy.title}"`,
  `Document ${copy.id}, version ${copy.versionId}`,
  `Content hash (SHA-256): ${copy.contentHash}`,
  ...(copy.rendition
    ? [
        `Rendition hash (SHA-256): ${copy.rendition.computedHash}${
          copy.rendition.matches === null
            ? ' (signed before renditions were recorded)'
            : copy.rendition.matches
              ? ' (as recorded in the signature)'
              : ` (the signature recorded ${copy.rendition.recordedHash})`
        }`,
      ]
    : []),
]

const contentHtml = (copy: SignedCopy): string =>
  copy.page
    ? articleHtml({ ...copy.page, review: null })
    : `<pre>${text(JSON.stringify(copy.content, null, 2))}</pre>`

/** The signed copy as a printable page: every value escaped, no script, no outside resource. */
export const signedCopyHtml = (copy: SignedCopy): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signed copy: ${text(copy.title)}</title>
<style>${PAGE_STYLE}.manifestation{border:1px solid #3d5a45;padding:.5rem 1rem;margin:1rem 0}</style></head>
<body><header>${copyHeadingLines(copy)
  .map((line) => `<p>${text(line)}</p>`)
  .join('')}</header>
<main>${contentHtml(copy)}</main>
<section><h2>Signatures (${copy.signatures.length})</h2>${copy.signatures
  .map(
    (signature) =>
      `<div class="manifestation">${manifestationLines(signature)
        .map((line) => `<p>${text(line)}</p>`)
        .join('')}</div>`,
  )
  .join('')}</section>
<section><h2>Changes since the previous signature (${copy.changes.length})</h2>${
  copy.changes.length
    ? `<ul>${copy.changes.map((change) => `<li>${text(changeLine(change))}</li>`).join('')}</ul>`
    : `<p>${text(NO_PREVIOUS)}</p>`
}</section></body></html>`

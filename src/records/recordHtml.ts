import type {
  DocumentRecord,
  RecordedCheckRun,
  RecordedComment,
  RecordedSignature,
} from './documentRecord'

const escapeHtml = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

const table = (headings: string[], rows: unknown[][]): string =>
  rows.length
    ? `<table><thead><tr>${headings.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '<p>None.</p>'

const json = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`

const commentRow = (comment: RecordedComment, isReply: boolean): unknown[] => [
  escapeHtml(comment.createdAt),
  escapeHtml(comment.authorName),
  escapeHtml(isReply ? '↳ reply' : comment.field),
  `${comment.quote ? `<q>${escapeHtml(comment.quote)}</q><br>` : ''}${escapeHtml(comment.comment)}`,
  escapeHtml(comment.status),
  escapeHtml(comment.versionId),
]

/** High-risk content: the signer's specialty, and which first signature a second one completes. */
const pairCell = (signature: RecordedSignature): string =>
  [
    signature.specialtyCredential ? escapeHtml(signature.specialtyCredential) : '',
    signature.countersignsId
      ? `second signature, after <code>${escapeHtml(signature.countersignsId)}</code>`
      : '',
  ]
    .filter(Boolean)
    .join('<br>')

/** Where, when and by whom the signer's licence was verified, as the signature recorded it. */
const verificationCell = (verification: RecordedSignature['licenceVerification']): string =>
  verification
    ? escapeHtml(
        [
          verification.licenceNumber,
          verification.issuer,
          verification.source && `checked at ${verification.source}`,
          verification.verifiedAt &&
            `on ${String(verification.verifiedAt).slice(0, 10)}${verification.verifiedByName ? ` by ${verification.verifiedByName}` : ''}`,
          verification.reverifyBy && `re-verify by ${String(verification.reverifyBy).slice(0, 10)}`,
        ]
          .filter(Boolean)
          .join('; '),
      )
    : 'not recorded'

/** Each finding of a run in words, and whether and why a pharmacist accepted it. */
const findingsCell = (run: RecordedCheckRun): string =>
  run.findings.length
    ? run.findings
        .map((finding) =>
          escapeHtml(
            `${finding.severity === 'block' ? 'Blocking' : 'Advisory'} ${finding.rule}, ${finding.where}${finding.text ? ` “${finding.text}”` : ''}: ${finding.message}${
              finding.acceptedAt
                ? ` (accepted by ${finding.acceptedByName} on ${finding.acceptedAt.slice(0, 10)}: ${finding.reason})`
                : finding.severity === 'warn'
                  ? ' (not accepted)'
                  : ''
            }`,
          ),
        )
        .join('<br>')
    : 'None.'

/** The record as a printable page: every value escaped, no script, no outside resource. */
export const recordHtml = (record: DocumentRecord): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Record: ${escapeHtml(record.title)}</title>
<style>
body{font:12px/1.4 system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
th,td{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}pre{white-space:pre-wrap;margin:0}
code{word-break:break-all}@media print{h2{page-break-before:always}h2:first-of-type{page-break-before:auto}}
</style></head><body>
<h1>Record of ${escapeHtml(record.collection)} “${escapeHtml(record.title)}”</h1>
<p>Document id <code>${escapeHtml(record.id)}</code>. Exported ${escapeHtml(record.exportedAt)} by ${escapeHtml(record.exportedBy)}.</p>
<h2>Signatures (${record.signatures.length})</h2>
${table(
  [
    'Signed at',
    'Printed name',
    'Meaning',
    'Specialty; second of two',
    'Version',
    'Content hash (SHA-256)',
    'Licence verification relied on',
    'Label versions seen',
    'Pre-review checks',
  ],
  record.signatures.map((signature) => [
    escapeHtml(signature.signedAt),
    escapeHtml(signature.printedName),
    escapeHtml(signature.meaning),
    pairCell(signature),
    `<code>${escapeHtml(signature.versionId)}</code>`,
    `<code>${escapeHtml(signature.contentHash)}</code>`,
    verificationCell(signature.licenceVerification),
    signature.labelVersions
      .map((seen) => escapeHtml(`${seen.setId}: ${seen.version ?? `unknown (${seen.problem})`}`))
      .join('<br>'),
    escapeHtml(signature.preReviewChecks?.summary ?? 'not recorded'),
  ]),
)}
<h2>Pre-review checks (${record.checkRuns.length} runs)</h2>
${table(
  ['Ran at', 'On', 'Version', 'Content hash (SHA-256)', 'Findings'],
  record.checkRuns.map((run) => [
    escapeHtml(run.ranAt),
    escapeHtml(run.occasion),
    `<code>${escapeHtml(run.versionId)}</code>`,
    `<code>${escapeHtml(run.contentHash)}</code>`,
    findingsCell(run),
  ]),
)}
<h2>Versions (${record.versions.length})</h2>
${table(
  ['Saved at', 'Version', 'Status', 'Workflow state', 'Content hash (SHA-256)', 'Content'],
  record.versions.map((version) => [
    escapeHtml(version.createdAt),
    `<code>${escapeHtml(version.id)}</code>`,
    escapeHtml(version.status),
    escapeHtml(version.workflowState),
    `<code>${escapeHtml(version.contentHash)}</code>`,
    json(version.content),
  ]),
)}
<h2>Audit trail (${record.auditEntries.length})</h2>
${table(
  ['At', 'Action', 'By', 'Version', 'Comment', 'Details'],
  record.auditEntries.map((entry) => [
    escapeHtml(entry.at),
    escapeHtml(entry.action),
    escapeHtml(entry.actor?.name ?? 'system'),
    `<code>${escapeHtml(entry.versionId)}</code>`,
    escapeHtml(entry.comment),
    json(entry.details),
  ]),
)}
<h2>Review comments (${record.commentThreads.length} threads)</h2>
${table(
  ['At', 'By', 'Field', 'Comment', 'Status', 'Version'],
  record.commentThreads.flatMap((thread) => [
    commentRow(thread, false),
    ...thread.replies.map((reply) => commentRow(reply, true)),
  ]),
)}
</body></html>
`

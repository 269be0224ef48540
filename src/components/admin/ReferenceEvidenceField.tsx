'use client'

import type { JSONFieldClientProps } from 'payload'

import { useField } from '@payloadcms/ui'

import type { ReferenceEvidence } from '../../evidence/referenceEvidence'

const describeWork = (evidence: ReferenceEvidence): string =>
  [evidence.title, evidence.journal, evidence.year].filter(Boolean).join(' · ')

/** What Crossref or PubMed says about the reference's DOI or PMID, with what needs the writer's attention. */
export const ReferenceEvidenceField = ({ path }: JSONFieldClientProps) => {
  const { value } = useField<ReferenceEvidence | null>({ path })
  if (!value) return null
  return (
    <div className="reference-evidence" data-testid="reference-evidence">
      <h4>Source check ({value.identifier})</h4>
      {value.status === 'resolved' ? <p>{describeWork(value)}</p> : null}
      {value.status === 'not-found' ? (
        <p>No such work is registered under this identifier.</p>
      ) : null}
      {value.status === 'not-checked' ? <p>Not checked yet.</p> : null}
      {value.retracted ? (
        <p className="reference-evidence__warning">
          Retracted{value.retractionNotice ? ` (${value.retractionNotice})` : ''}: an article citing
          it cannot be signed off.
        </p>
      ) : null}
      {value.titleDiffers ? (
        <p className="reference-evidence__warning">
          The title entered names another work than the identifier resolves to: check both.
        </p>
      ) : null}
      {value.lastError ? (
        <p>Last check failed: {value.lastError}. It is tried again daily.</p>
      ) : null}
      {value.checkedAt ? <p>Checked {new Date(value.checkedAt).toLocaleString()}</p> : null}
    </div>
  )
}

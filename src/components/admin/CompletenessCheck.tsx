'use client'

import type { Completeness, CompletenessFinding } from '../../workflow/completeness/schema'

import { errorMessages } from './workflowApi'

/** GET …/workflow/completeness: what the latest version still lacks (src/workflow/completeness). */
export const fetchCompleteness = async (
  api: string,
  collection: string,
  id: string,
): Promise<Completeness> => {
  const response = await fetch(`${api}/${collection}/${id}/workflow/completeness`, {
    credentials: 'include',
  })
  if (!response.ok) throw new Error(errorMessages(await response.json()).join(' '))
  return response.json()
}

/** Payload gives each field's wrapper the id `field-<path with __ for dots>`. */
const fieldElement = (path: string): HTMLElement | null =>
  [path, path.split('.')[0]]
    .map((candidate) => document.getElementById(`field-${candidate.replace(/\./g, '__')}`))
    .find(Boolean) ?? null

/**
 * Scrolls to the field and focuses it. Payload renders only the open tab's fields, so a field on
 * another tab (an article's references) is looked for tab by tab.
 */
const goToField = async (path: string): Promise<void> => {
  let target = fieldElement(path)
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('.tabs-field__tab-button')]
  for (const tab of tabs) {
    if (target) break
    tab.click()
    await new Promise((resolve) => setTimeout(resolve, 50))
    target = fieldElement(path)
  }
  target?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  target?.focus?.()
}

const Finding = ({
  finding,
  severity,
  withLinks,
}: {
  finding: CompletenessFinding
  severity: 'blocker' | 'warning'
  withLinks: boolean
}) => (
  <li
    className={`completeness__finding completeness__finding--${severity}`}
    data-check={finding.check}
    data-severity={severity}
  >
    <span className="completeness__severity">{severity === 'blocker' ? 'Fix' : 'Check'}:</span>{' '}
    {finding.message}
    {withLinks && finding.field ? (
      <>
        {' '}
        <button
          className="completeness__jump"
          onClick={() => void goToField(finding.field!)}
          type="button"
        >
          Go to field
        </button>
      </>
    ) : null}
  </li>
)

/** Blockers first, then warnings; in the panel each links to its field. */
export const CompletenessList = ({
  completeness,
  withLinks = false,
}: {
  completeness: Completeness
  withLinks?: boolean
}) => (
  <ul className="completeness__list">
    {completeness.blockers.map((finding) => (
      <Finding
        finding={finding}
        key={`blocker-${finding.check}-${finding.message}`}
        severity="blocker"
        withLinks={withLinks}
      />
    ))}
    {completeness.warnings.map((finding) => (
      <Finding
        finding={finding}
        key={`warning-${finding.check}-${finding.message}`}
        severity="warning"
        withLinks={withLinks}
      />
    ))}
  </ul>
)

/** Why the submit dialog's confirm button is off, or undefined when nothing blocks. */
export const blockedReason = (
  completeness: Completeness | null | undefined,
): string | undefined => {
  const count = completeness?.blockers.length ?? 0
  if (!count) return undefined
  const what = count === 1 ? 'the item' : `the ${count} items`
  return `Fix ${what} marked “Fix” before submitting: until then it cannot be signed off or published.`
}

/** The panel's "Before you submit": what the writer should fix or check first. */
export const CompletenessCheck = ({ completeness }: { completeness: Completeness }) => (
  <section
    aria-labelledby="completeness-title"
    className="completeness"
    data-ready={completeness.ready}
    data-testid="completeness"
  >
    <h4 id="completeness-title">Before you submit</h4>
    {completeness.blockers.length || completeness.warnings.length ? (
      <>
        <p className="completeness__summary">
          {completeness.blockers.length
            ? `${completeness.blockers.length} to fix before you submit`
            : 'Nothing blocks the submission'}
          {completeness.warnings.length ? `; ${completeness.warnings.length} to check` : ''}.
        </p>
        <CompletenessList completeness={completeness} withLinks />
      </>
    ) : (
      <p className="completeness__summary">Nothing is missing: it is ready for review.</p>
    )}
  </section>
)

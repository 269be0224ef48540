'use client'

import type { WorkflowStatus } from '../../workflow/status'

import { stateInWords } from '../../workflow/states'

type Linked = WorkflowStatus['linked'][number]

const COLLECTION_NAMES: Record<Linked['collection'], string> = {
  articles: 'Article',
  faqs: 'FAQ',
  'comparison-rows': 'Comparison row',
  references: 'Reference',
}

export const linkedKind = (linked: Pick<Linked, 'collection'>): string =>
  COLLECTION_NAMES[linked.collection]

/** `FAQ "Can I drink alcohol?"`. */
export const linkedName = (linked: Pick<Linked, 'collection' | 'title'>): string =>
  `${linkedKind(linked)} “${linked.title}”`

/** What a sign-off of a linked document in review covers, in words. */
export const linkedCoverage = (linked: Linked): string => {
  const count = linked.clinicalChanges ?? 0
  const changes = `${count} clinical change${count === 1 ? '' : 's'}`
  return linked.signedBefore ? `${changes} since it was last signed` : 'new: all of it'
}

/**
 * An article's FAQs, comparison rows and references in the panel: each one's state, a link to it,
 * and what it still needs before the article can go live.
 */
export const LinkedDocuments = ({
  adminRoute,
  linked,
}: {
  adminRoute: string
  linked: Linked[]
}) => (
  <div className="workflow-panel__linked" data-testid="linked-documents">
    <h4>Linked documents</h4>
    <ul>
      {linked.map((document) => (
        <li
          data-blocking={Boolean(document.nextStep)}
          data-collection={document.collection}
          data-state={document.state}
          key={`${document.collection}-${document.id}`}
        >
          {linkedKind(document)}{' '}
          <a href={`${adminRoute}/collections/${document.collection}/${document.id}`}>
            {document.title}
          </a>
          : {document.live ? 'live' : stateInWords(document.state)}
          {document.live && document.state !== 'published'
            ? ` (a revision is ${stateInWords(document.state)})`
            : ''}
          {document.nextStep ? (
            <div className="workflow-panel__note">{document.nextStep}</div>
          ) : null}
        </li>
      ))}
    </ul>
  </div>
)

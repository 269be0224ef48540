import type { Article } from '../../payload-types'

import { type ChecklistItem, item } from '../../workflow/checklistItem'
import { onDay } from '../../workflow/publication/checklistWords'
import { registerRequirement } from '../../workflow/requirements'
import { registerSignatureRecord } from '../../workflow/signatureRecords'
import { loadRenditionFacts, type RenditionFacts } from './renditionFacts'
import { renderRendition } from './renditionPage'
import { latestShown } from './shownVersions'

const SAME = 'The page readers would get is the page the pharmacist signed'

/** The 'rendition' checklist item: pure, over the facts loadRenditionFacts gathered. */
export const judgeRendition = (facts: RenditionFacts): ChecklistItem[] => {
  switch (facts.status) {
    case 'unsigned':
      return [item('rendition', 'The page is compared with the signed page once it is signed', [])]
    case 'not-compared':
      return [
        item('rendition', 'The page is compared with the signed page once the above are met', []),
      ]
    case 'no-rendition':
      return [
        item(
          'rendition',
          `Signed by ${facts.signer.printedName} on ${onDay(facts.signer.signedAt)}, before signed pages were recorded: only the signed fields are compared`,
          [],
        ),
      ]
    case 'same':
      return [item('rendition', `${SAME} (${facts.signer.printedName})`, [])]
    case 'differs':
      return [
        item(
          'rendition',
          `The page readers would get is not the page ${facts.signer.printedName} signed`,
          [
            `the page differs from what ${facts.signer.printedName} signed: ${
              facts.changed.length
                ? facts.changed.join('; ')
                : 'it renders differently since (the page renderer changed)'
            }; it needs a new sign-off`,
          ],
        ),
      ]
  }
}

/**
 * An article's signature records the hash of its page as rendered from the versions signed
 * (src/delivery/rendition/readerRendition.ts), and every publication renders the page readers
 * would get and refuses another. Called once at start-up (src/features.ts).
 */
export const registerRenditionWithWorkflow = (): void => {
  registerRequirement<RenditionFacts>({
    name: 'rendition',
    collections: ['articles'],
    load: loadRenditionFacts,
    publish: { after: 'linked-published', judge: judgeRendition },
  })
  registerSignatureRecord('rendition', async (req, { collection, doc }) =>
    collection === 'articles'
      ? {
          renditionHash: (await renderRendition(req, doc as Partial<Article>, latestShown(req)))
            .hash,
        }
      : {},
  )
}

import type { CollectionConfig } from 'payload'

import { appendOnlyEvidence } from '../hooks/appendOnly'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

/**
 * Electronic signatures (in the manner of 21 CFR Part 11): who signed which content, meaning
 * what, when. Only the sign-off action writes them; nobody edits or deletes one. A newer
 * signature of the same document supersedes the older ones.
 */
export const Signatures: CollectionConfig = {
  slug: 'signatures',
  access: appendOnlyEvidence.access,
  admin: {
    useAsTitle: 'printedName',
    defaultColumns: ['printedName', 'collectionSlug', 'documentId', 'signedAt'],
    group: 'Review',
  },
  fields: [
    {
      name: 'collectionSlug',
      type: 'select',
      required: true,
      options: [...REVIEWABLE_COLLECTIONS],
      index: true,
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'versionId', type: 'text', required: true },
    {
      name: 'contentHash',
      type: 'text',
      required: true,
      admin: { description: 'SHA-256 of the signed content' },
    },
    { name: 'reviewer', type: 'relationship', relationTo: 'users', required: true },
    { name: 'printedName', type: 'text', required: true },
    // The byline prints these as they were at signing, whatever the account says later.
    { name: 'signerName', type: 'text' },
    { name: 'signerCredentials', type: 'text' },
    { name: 'meaning', type: 'text', required: true },
    {
      name: 'previousSignature',
      type: 'relationship',
      relationTo: 'signatures',
      admin: { description: 'The signature of this document that this one follows, if any.' },
    },
    {
      name: 'clinicalChanges',
      type: 'number',
      admin: {
        description:
          'How many clinical changes since the previous signature this signature covers (all fields when there is none).',
      },
    },
    {
      name: 'labelVersions',
      type: 'array',
      admin: {
        description:
          'The DailyMed label version of each drug the content is about, as it was at signing.',
      },
      fields: [
        { name: 'drug', type: 'relationship', relationTo: 'drugs', required: true },
        { name: 'setId', type: 'text', required: true },
        { name: 'version', type: 'number' },
        { name: 'publishedDate', type: 'text' },
        { name: 'problem', type: 'text', admin: { description: 'Why no version was recorded.' } },
      ],
    },
    {
      name: 'countersigns',
      type: 'relationship',
      relationTo: 'signatures',
      admin: {
        description:
          'High-risk content: the first of the two signatures, which this second one completes.',
      },
    },
    {
      name: 'specialtyCredential',
      type: 'text',
      admin: { description: "The signer's specialty credential at signing, if any." },
    },
    {
      name: 'changeReason',
      type: 'textarea',
      admin: { description: 'The reason given for the changes this signature covers.' },
    },
    {
      name: 'licenceVerification',
      type: 'group',
      admin: {
        description: "The verification of the signer's licence this signature relied on.",
      },
      fields: [
        { name: 'licenceNumber', type: 'text' },
        { name: 'issuer', type: 'text' },
        { name: 'source', type: 'text' },
        { name: 'verifiedAt', type: 'date' },
        { name: 'verifiedByName', type: 'text' },
        { name: 'reverifyBy', type: 'date' },
      ],
    },
    {
      name: 'renditionHash',
      type: 'text',
      admin: {
        description:
          "An article's signature: SHA-256 of the reader content of its page as rendered from the signed versions (src/delivery/readerRendition.ts).",
      },
    },
    {
      name: 'preReviewChecks',
      type: 'group',
      admin: {
        description:
          'The pre-review checks of the signed content (src/clinical): how many findings, which were accepted, in a sentence.',
      },
      fields: [
        { name: 'result', type: 'relationship', relationTo: 'pre-review-checks' },
        { name: 'blocking', type: 'number' },
        { name: 'advisory', type: 'number' },
        { name: 'accepted', type: 'number' },
        { name: 'summary', type: 'textarea' },
      ],
    },
    {
      name: 'signedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
  hooks: appendOnlyEvidence.hooks,
}

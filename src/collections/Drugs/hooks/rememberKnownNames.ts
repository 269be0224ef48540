import type { CollectionBeforeChangeHook } from 'payload'

import { namesOf } from '../../../drugs/drugNames'

/** Keeps the normalised names (name and synonyms) that lookups and uniqueness checks use. */
export const rememberKnownNames: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  knownNames: namesOf({ ...originalDoc, ...data }),
})

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { encodeStoredPages } from '../delivery/bytes/encodeStoredPages'
import { drugNamesToRelationsOnMongo } from './drugNamesToRelationsOnMongo'

/**
 * Data migrations for MongoDB (its schema needs none), applied at start-up of a production
 * server like the SQLite ones. Each runs once; on an empty database it changes nothing.
 */
export const mongoMigrations = [
  {
    name: '20261125_drug_names_to_relations',
    up: ({ payload, req }: MigrateUpArgs) => drugNamesToRelationsOnMongo({ payload, req }),
    down: async (_args: MigrateDownArgs) => {
      // Drug relations are not turned back into free text.
    },
  },
  {
    name: '20261203_page_encodings',
    up: ({ req }: MigrateUpArgs) => encodeStoredPages(req).then(() => undefined),
    down: async (_args: MigrateDownArgs) => {
      // The encodings stay: the delivery API of an older version ignores them.
    },
  },
]

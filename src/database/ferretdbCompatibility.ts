import type { MongooseAdapter } from '@payloadcms/db-mongodb'

type MongoosePlugin = Parameters<MongooseAdapter['connection']['plugin']>[0]

/*
 * FerretDB 1.x answers findAndModify with a `fields` projection by "NotImplemented" (code 238).
 * Payload projects on findOneAndUpdate (e.g. counting failed logins), so drop the projection:
 * the whole document comes back and Payload picks what it needs.
 */
const returnWholeDocumentOnFindOneAndUpdate: MongoosePlugin = (schema) => {
  schema.pre('findOneAndUpdate', function dropProjection() {
    this.projection({})
  })
}

/**
 * Adapter options for FerretDB 1.24 (the MongoDB-wire server CI runs against), applied only when
 * MONGODB_COMPAT=ferretdb. It implements no `$lookup` stage (so no join aggregations) and no
 * multi-document transactions; index hints work. Real MongoDB keeps Payload's defaults.
 */
export const ferretDBOptions = {
  transactionOptions: false,
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
  afterCreateConnection: async (adapter: MongooseAdapter) => {
    adapter.connection.plugin(returnWholeDocumentOnFindOneAndUpdate)
  },
} as const

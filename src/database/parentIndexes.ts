import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Payload indexes the SQLite tables behind `hasMany` text fields (`…_texts`) on
 * `(order, parent_id)` only, so reading one document's values scans the whole table, which
 * grows with every article. An index on `parent_id` makes it a lookup.
 */
export const indexHasManyTextParents: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_texts')) continue
    extendTable({
      table,
      extraConfig: (columns) => ({ parentLookup: index(`${name}_parent_idx`).on(columns.parent) }),
    })
  }
  return schema
}

import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

import { drugNamed } from '../drugs/drugNamed'

type Row = { order: number; parent_id: string; text: string }

/** Where articles kept drug names as free text, by table: the live rows and the versions. */
const TEXT_TABLES = [
  { texts: '_articles_v_texts', rels: '_articles_v_rels', path: 'version.drugs' },
  { texts: 'articles_texts', rels: 'articles_rels', path: 'drugs' },
] as const

/**
 * SQLite: articles named their drugs in free text; they now relate to `drugs` documents. Each name
 * becomes the drug it names (matched by name or synonym, however it was written, created when
 * none matches), in the same order and once per drug, on the live rows and on every version.
 */
export const drugNamesToRelations = async ({ db, payload, req }: MigrateUpArgs): Promise<void> => {
  for (const { texts, rels, path } of TEXT_TABLES) {
    const { rows } = await db.run(
      sql`SELECT "order", parent_id, text FROM ${sql.identifier(texts)} WHERE path = ${path} ORDER BY parent_id, "order"`,
    )
    const related = new Set<string>()
    for (const row of rows as unknown as Row[]) {
      const drugId = await drugNamed(payload, row.text, req)
      // Two spellings of one drug on one article relate to it once.
      if (related.has(`${row.parent_id}:${drugId}`)) continue
      related.add(`${row.parent_id}:${drugId}`)
      await db.run(
        sql`INSERT INTO ${sql.identifier(rels)} ("order", parent_id, path, drugs_id) VALUES (${row.order}, ${row.parent_id}, ${path}, ${drugId})`,
      )
    }
    await db.run(sql`DELETE FROM ${sql.identifier(texts)} WHERE path = ${path}`)
  }
}

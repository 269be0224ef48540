import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'

import { findDrugByName } from '../drugs/findDrugByName'

type Row = { order: number; parent_id: string; text: string }

/** Where articles kept drug names as free text, by table: the live rows and the versions. */
const TEXT_TABLES = [
  { texts: '_articles_v_texts', rels: '_articles_v_rels', path: 'version.drugs' },
  { texts: 'articles_texts', rels: 'articles_rels', path: 'drugs' },
] as const

/**
 * Articles named their drugs in free text; they now relate to `drugs` documents. Each name
 * becomes the drug it names (matched by name or synonym, however it was written, created when
 * none matches), in the same order, on the live rows and on every version.
 */
export const drugNamesToRelations = async ({ db, payload, req }: MigrateUpArgs): Promise<void> => {
  const drugIds = new Map<string, string>()
  const drugIdFor = async (name: string): Promise<string> => {
    const known = drugIds.get(name) ?? String((await findDrugByName(payload, name, req))?.id ?? '')
    if (known) return known
    const created = await payload.create({
      collection: 'drugs',
      data: { name: name.trim() },
      overrideAccess: true,
      req,
    })
    drugIds.set(name, String(created.id))
    return String(created.id)
  }
  for (const { texts, rels, path } of TEXT_TABLES) {
    const { rows } = await db.run(
      sql`SELECT "order", parent_id, text FROM ${sql.identifier(texts)} WHERE path = ${path}`,
    )
    for (const row of rows as unknown as Row[]) {
      const drugId = await drugIdFor(row.text)
      drugIds.set(row.text, drugId)
      await db.run(
        sql`INSERT INTO ${sql.identifier(rels)} ("order", parent_id, path, drugs_id) VALUES (${row.order}, ${row.parent_id}, ${path}, ${drugId})`,
      )
    }
    await db.run(sql`DELETE FROM ${sql.identifier(texts)} WHERE path = ${path}`)
  }
}

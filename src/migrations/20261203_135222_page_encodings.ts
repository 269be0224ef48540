import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { encodeStoredPages } from '../delivery/bytes/encodeStoredPages'

export async function up({ db, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`delivered_pages\` ADD \`body_gzip\` blob;`)
  await db.run(sql`ALTER TABLE \`delivered_pages\` ADD \`body_br\` blob;`)
  // Pages already stored keep their bytes and ETags; they gain their gzip and Brotli encodings.
  await encodeStoredPages(req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`delivered_pages\` DROP COLUMN \`body_gzip\`;`)
  await db.run(sql`ALTER TABLE \`delivered_pages\` DROP COLUMN \`body_br\`;`)
}

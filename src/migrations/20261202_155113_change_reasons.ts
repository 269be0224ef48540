import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`comparison_rows\` ADD \`change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_comparison_rows_v\` ADD \`version_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`references\` ADD \`change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_references_v\` ADD \`version_change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`change_reason\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`change_reason\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_change_reason\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`change_reason\`;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` DROP COLUMN \`version_change_reason\`;`)
  await db.run(sql`ALTER TABLE \`comparison_rows\` DROP COLUMN \`change_reason\`;`)
  await db.run(sql`ALTER TABLE \`_comparison_rows_v\` DROP COLUMN \`version_change_reason\`;`)
  await db.run(sql`ALTER TABLE \`references\` DROP COLUMN \`change_reason\`;`)
  await db.run(sql`ALTER TABLE \`_references_v\` DROP COLUMN \`version_change_reason\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`change_reason\`;`)
}

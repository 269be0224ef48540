import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`signer_name\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`signer_credentials\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`signer_name\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`signer_credentials\`;`)
}

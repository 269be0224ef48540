import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_max_daily_dose_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_max_daily_dose_unit\` text;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_max_daily_dose_note\` text;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_usual_starting_dose_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_usual_starting_dose_unit\` text;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_usual_starting_dose_frequency\` text;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_boxed_warning\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_max_daily_dose_amount\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_max_daily_dose_unit\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_max_daily_dose_note\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_usual_starting_dose_amount\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_usual_starting_dose_unit\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_usual_starting_dose_frequency\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_boxed_warning\`;`)
}

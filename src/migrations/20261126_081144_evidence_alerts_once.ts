import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE UNIQUE INDEX \`key_collectionSlug_documentId_idx\` ON \`evidence_alerts\` (\`key\`,\`collection_slug\`,\`document_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`key_collectionSlug_documentId_idx\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { drugNamesToRelations } from '../database/drugNamesToRelations'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_update_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`kind\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_update_log_order_idx\` ON \`articles_update_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_update_log_parent_id_idx\` ON \`articles_update_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_update_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`kind\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_update_log_order_idx\` ON \`_articles_v_version_update_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_update_log_parent_id_idx\` ON \`_articles_v_version_update_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs_update_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`kind\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_update_log_order_idx\` ON \`faqs_update_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_update_log_parent_id_idx\` ON \`faqs_update_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_version_update_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`kind\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_update_log_order_idx\` ON \`_faqs_v_version_update_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_update_log_parent_id_idx\` ON \`_faqs_v_version_update_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comparison_rows_update_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`kind\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparison_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comparison_rows_update_log_order_idx\` ON \`comparison_rows_update_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_update_log_parent_id_idx\` ON \`comparison_rows_update_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_comparison_rows_v_version_update_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`kind\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparison_rows_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_update_log_order_idx\` ON \`_comparison_rows_v_version_update_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_update_log_parent_id_idx\` ON \`_comparison_rows_v_version_update_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`references_update_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`kind\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`references_update_log_order_idx\` ON \`references_update_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`references_update_log_parent_id_idx\` ON \`references_update_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_references_v_version_update_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`kind\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_references_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_references_v_version_update_log_order_idx\` ON \`_references_v_version_update_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_update_log_parent_id_idx\` ON \`_references_v_version_update_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`drugs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`daily_med_set_id\` text,
  	\`rx_norm_code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`drugs_updated_at_idx\` ON \`drugs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drugs_created_at_idx\` ON \`drugs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`drugs_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drugs_texts_order_parent\` ON \`drugs_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`drugs_texts_text_idx\` ON \`drugs_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`drugs_texts_parent_idx\` ON \`drugs_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`review_requests\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`drug_id\` text(36) NOT NULL,
  	\`reason\` text NOT NULL,
  	\`requested_by_id\` text(36),
  	\`requested_at\` text,
  	\`affected_documents\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`drug_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_requests_drug_idx\` ON \`review_requests\` (\`drug_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_requested_by_idx\` ON \`review_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_updated_at_idx\` ON \`review_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_created_at_idx\` ON \`review_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_image_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`drugs_id\` text(36) REFERENCES drugs(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_drugs_id_idx\` ON \`articles_rels\` (\`drugs_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_image_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`drugs_id\` text(36) REFERENCES drugs(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_drugs_id_idx\` ON \`_articles_v_rels\` (\`drugs_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`review_reason\` text;`)
  await db.run(sql`ALTER TABLE \`faqs_rels\` ADD \`drugs_id\` text(36) REFERENCES drugs(id);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_drugs_id_idx\` ON \`faqs_rels\` (\`drugs_id\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_review_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v_rels\` ADD \`drugs_id\` text(36) REFERENCES drugs(id);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_drugs_id_idx\` ON \`_faqs_v_rels\` (\`drugs_id\`);`)
  await db.run(sql`ALTER TABLE \`comparison_rows\` ADD \`review_reason\` text;`)
  await db.run(sql`ALTER TABLE \`comparison_rows_rels\` ADD \`drugs_id\` text(36) REFERENCES drugs(id);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_rels_drugs_id_idx\` ON \`comparison_rows_rels\` (\`drugs_id\`);`)
  await db.run(sql`ALTER TABLE \`_comparison_rows_v\` ADD \`version_review_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_comparison_rows_v_rels\` ADD \`drugs_id\` text(36) REFERENCES drugs(id);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_rels_drugs_id_idx\` ON \`_comparison_rows_v_rels\` (\`drugs_id\`);`)
  await db.run(sql`ALTER TABLE \`references\` ADD \`review_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_references_v\` ADD \`version_review_reason\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`previous_signature_id\` text(36) REFERENCES signatures(id);`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`clinical_changes\` numeric;`)
  await db.run(sql`CREATE INDEX \`signatures_previous_signature_idx\` ON \`signatures\` (\`previous_signature_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`drugs_id\` text(36) REFERENCES drugs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_requests_id\` text(36) REFERENCES review_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drugs_id_idx\` ON \`payload_locked_documents_rels\` (\`drugs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`review_requests_id\`);`)
  await drugNamesToRelations({ db, payload, req } as MigrateUpArgs)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_update_log\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_update_log\`;`)
  await db.run(sql`DROP TABLE \`faqs_update_log\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_version_update_log\`;`)
  await db.run(sql`DROP TABLE \`comparison_rows_update_log\`;`)
  await db.run(sql`DROP TABLE \`_comparison_rows_v_version_update_log\`;`)
  await db.run(sql`DROP TABLE \`references_update_log\`;`)
  await db.run(sql`DROP TABLE \`_references_v_version_update_log\`;`)
  await db.run(sql`DROP TABLE \`drugs\`;`)
  await db.run(sql`DROP TABLE \`drugs_texts\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`review_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`reading_time_minutes\` numeric,
  	\`disclaimer_id\` text(36),
  	\`created_by_id\` text(36),
  	\`updated_by_id\` text(36),
  	\`workflow_state\` text DEFAULT 'draft',
  	\`last_signature_id\` text(36),
  	\`first_published_at\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`withdrawal_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`disclaimer_id\`) REFERENCES \`disclaimers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "summary", "body", "reading_time_minutes", "disclaimer_id", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "body", "reading_time_minutes", "disclaimer_id", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_disclaimer_idx\` ON \`articles\` (\`disclaimer_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_by_idx\` ON \`articles\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_signature_idx\` ON \`articles\` (\`last_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_next_review_due_idx\` ON \`articles\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`faqs_id\` text(36),
  	\`comparison_rows_id\` text(36),
  	\`references_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparison_rows_id\`) REFERENCES \`comparison_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "faqs_id", "comparison_rows_id", "references_id", "users_id") SELECT "id", "order", "parent_id", "path", "faqs_id", "comparison_rows_id", "references_id", "users_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_faqs_id_idx\` ON \`articles_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_comparison_rows_id_idx\` ON \`articles_rels\` (\`comparison_rows_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_references_id_idx\` ON \`articles_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_reading_time_minutes\` numeric,
  	\`version_disclaimer_id\` text(36),
  	\`version_created_by_id\` text(36),
  	\`version_updated_by_id\` text(36),
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_last_signature_id\` text(36),
  	\`version_first_published_at\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_disclaimer_id\`) REFERENCES \`disclaimers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_reading_time_minutes", "version_disclaimer_id", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_reading_time_minutes", "version_disclaimer_id", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_disclaimer_idx\` ON \`_articles_v\` (\`version_disclaimer_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_by_idx\` ON \`_articles_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_signature_idx\` ON \`_articles_v\` (\`version_last_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_next_review_due_idx\` ON \`_articles_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`faqs_id\` text(36),
  	\`comparison_rows_id\` text(36),
  	\`references_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparison_rows_id\`) REFERENCES \`comparison_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "faqs_id", "comparison_rows_id", "references_id", "users_id") SELECT "id", "order", "parent_id", "path", "faqs_id", "comparison_rows_id", "references_id", "users_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_faqs_id_idx\` ON \`_articles_v_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_comparison_rows_id_idx\` ON \`_articles_v_rels\` (\`comparison_rows_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_references_id_idx\` ON \`_articles_v_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_faqs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faqs_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`faqs_rels\`;`)
  await db.run(sql`DROP TABLE \`faqs_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs_rels\` RENAME TO \`faqs_rels\`;`)
  await db.run(sql`CREATE INDEX \`faqs_rels_order_idx\` ON \`faqs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_parent_idx\` ON \`faqs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_path_idx\` ON \`faqs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_users_id_idx\` ON \`faqs_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__faqs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faqs_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_faqs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v_rels\` RENAME TO \`_faqs_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_order_idx\` ON \`_faqs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_parent_idx\` ON \`_faqs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_path_idx\` ON \`_faqs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_users_id_idx\` ON \`_faqs_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_comparison_rows_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comparison_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comparison_rows_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`comparison_rows_rels\`;`)
  await db.run(sql`DROP TABLE \`comparison_rows_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_comparison_rows_rels\` RENAME TO \`comparison_rows_rels\`;`)
  await db.run(sql`CREATE INDEX \`comparison_rows_rels_order_idx\` ON \`comparison_rows_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_rels_parent_idx\` ON \`comparison_rows_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_rels_path_idx\` ON \`comparison_rows_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_rels_users_id_idx\` ON \`comparison_rows_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__comparison_rows_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_comparison_rows_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__comparison_rows_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_comparison_rows_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_comparison_rows_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__comparison_rows_v_rels\` RENAME TO \`_comparison_rows_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_rels_order_idx\` ON \`_comparison_rows_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_rels_parent_idx\` ON \`_comparison_rows_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_rels_path_idx\` ON \`_comparison_rows_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_rels_users_id_idx\` ON \`_comparison_rows_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_signatures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`version_id\` text NOT NULL,
  	\`content_hash\` text NOT NULL,
  	\`reviewer_id\` text(36) NOT NULL,
  	\`printed_name\` text NOT NULL,
  	\`signer_name\` text,
  	\`signer_credentials\` text,
  	\`meaning\` text NOT NULL,
  	\`signed_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_signatures\`("id", "collection_slug", "document_id", "version_id", "content_hash", "reviewer_id", "printed_name", "signer_name", "signer_credentials", "meaning", "signed_at", "updated_at", "created_at") SELECT "id", "collection_slug", "document_id", "version_id", "content_hash", "reviewer_id", "printed_name", "signer_name", "signer_credentials", "meaning", "signed_at", "updated_at", "created_at" FROM \`signatures\`;`)
  await db.run(sql`DROP TABLE \`signatures\`;`)
  await db.run(sql`ALTER TABLE \`__new_signatures\` RENAME TO \`signatures\`;`)
  await db.run(sql`CREATE INDEX \`signatures_collection_slug_idx\` ON \`signatures\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`signatures_document_id_idx\` ON \`signatures\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_reviewer_idx\` ON \`signatures\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_updated_at_idx\` ON \`signatures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signatures_created_at_idx\` ON \`signatures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`faqs_id\` text(36),
  	\`comparison_rows_id\` text(36),
  	\`references_id\` text(36),
  	\`disclaimers_id\` text(36),
  	\`signatures_id\` text(36),
  	\`audit_log_id\` text(36),
  	\`webhooks_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparison_rows_id\`) REFERENCES \`comparison_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclaimers_id\`) REFERENCES \`disclaimers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signatures_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "faqs_id", "comparison_rows_id", "references_id", "disclaimers_id", "signatures_id", "audit_log_id", "webhooks_id", "webhook_deliveries_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "faqs_id", "comparison_rows_id", "references_id", "disclaimers_id", "signatures_id", "audit_log_id", "webhooks_id", "webhook_deliveries_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comparison_rows_id_idx\` ON \`payload_locked_documents_rels\` (\`comparison_rows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_references_id_idx\` ON \`payload_locked_documents_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclaimers_id_idx\` ON \`payload_locked_documents_rels\` (\`disclaimers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signatures_id_idx\` ON \`payload_locked_documents_rels\` (\`signatures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`review_reason\`;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` DROP COLUMN \`version_review_reason\`;`)
  await db.run(sql`ALTER TABLE \`comparison_rows\` DROP COLUMN \`review_reason\`;`)
  await db.run(sql`ALTER TABLE \`_comparison_rows_v\` DROP COLUMN \`version_review_reason\`;`)
  await db.run(sql`ALTER TABLE \`references\` DROP COLUMN \`review_reason\`;`)
  await db.run(sql`ALTER TABLE \`_references_v\` DROP COLUMN \`version_review_reason\`;`)
}

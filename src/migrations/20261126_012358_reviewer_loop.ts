import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`thread_id\` text(36),
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`version_id\` text,
  	\`field\` text,
  	\`quote\` text,
  	\`comment\` text NOT NULL,
  	\`author_id\` text(36),
  	\`author_name\` text,
  	\`status\` text,
  	\`status_changed_by_id\` text(36),
  	\`status_changed_by_name\` text,
  	\`status_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`thread_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`status_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_thread_idx\` ON \`review_comments\` (\`thread_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_collection_slug_idx\` ON \`review_comments\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_document_id_idx\` ON \`review_comments\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_status_idx\` ON \`review_comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_status_changed_by_idx\` ON \`review_comments\` (\`status_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_assignee_idx\` ON \`articles\` (\`assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_assignee_idx\` ON \`_articles_v\` (\`version_assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`faqs_assignee_idx\` ON \`faqs\` (\`assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_assignee_idx\` ON \`_faqs_v\` (\`version_assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`comparison_rows\` ADD \`assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`comparison_rows\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`comparison_rows_assignee_idx\` ON \`comparison_rows\` (\`assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`_comparison_rows_v\` ADD \`version_assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_comparison_rows_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_assignee_idx\` ON \`_comparison_rows_v\` (\`version_assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`references\` ADD \`assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`references\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`references_assignee_idx\` ON \`references\` (\`assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`_references_v\` ADD \`version_assignee_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_references_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_assignee_idx\` ON \`_references_v\` (\`version_assignee_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`email_notifications_review_requests\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`email_notifications_changes_requested\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`email_notifications_comments\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`email_notifications_signed_off\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`email_notifications_publication\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`email_notifications_digest\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_comments_id\` text(36) REFERENCES review_comments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
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
  	\`review_reason\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`disclaimer_id\`) REFERENCES \`disclaimers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "summary", "body", "reading_time_minutes", "disclaimer_id", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "review_reason", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "body", "reading_time_minutes", "disclaimer_id", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "review_reason", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
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
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
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
  	\`version_review_reason\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
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
  	FOREIGN KEY (\`version_last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_reading_time_minutes", "version_disclaimer_id", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_review_reason", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_reading_time_minutes", "version_disclaimer_id", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_review_reason", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_faqs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`disclaimer_id\` text(36),
  	\`created_by_id\` text(36),
  	\`updated_by_id\` text(36),
  	\`workflow_state\` text DEFAULT 'draft',
  	\`last_signature_id\` text(36),
  	\`first_published_at\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`withdrawal_reason\` text,
  	\`review_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`disclaimer_id\`) REFERENCES \`disclaimers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faqs\`("id", "question", "answer", "disclaimer_id", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "review_reason", "updated_at", "created_at", "_status") SELECT "id", "question", "answer", "disclaimer_id", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "review_reason", "updated_at", "created_at", "_status" FROM \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs\` RENAME TO \`faqs\`;`)
  await db.run(sql`CREATE INDEX \`faqs_disclaimer_idx\` ON \`faqs\` (\`disclaimer_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_by_idx\` ON \`faqs\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_by_idx\` ON \`faqs\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_workflow_state_idx\` ON \`faqs\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`faqs_last_signature_idx\` ON \`faqs\` (\`last_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_next_review_due_idx\` ON \`faqs\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__faqs_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_disclaimer_id\` text(36),
  	\`version_created_by_id\` text(36),
  	\`version_updated_by_id\` text(36),
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_last_signature_id\` text(36),
  	\`version_first_published_at\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_review_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_disclaimer_id\`) REFERENCES \`disclaimers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faqs_v\`("id", "parent_id", "version_question", "version_answer", "version_disclaimer_id", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_review_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_question", "version_answer", "version_disclaimer_id", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_review_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v\` RENAME TO \`_faqs_v\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_disclaimer_idx\` ON \`_faqs_v\` (\`version_disclaimer_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_by_idx\` ON \`_faqs_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_by_idx\` ON \`_faqs_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_workflow_state_idx\` ON \`_faqs_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_last_signature_idx\` ON \`_faqs_v\` (\`version_last_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_next_review_due_idx\` ON \`_faqs_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_comparison_rows\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	\`disclaimer_id\` text(36),
  	\`created_by_id\` text(36),
  	\`updated_by_id\` text(36),
  	\`workflow_state\` text DEFAULT 'draft',
  	\`last_signature_id\` text(36),
  	\`first_published_at\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`withdrawal_reason\` text,
  	\`review_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`disclaimer_id\`) REFERENCES \`disclaimers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comparison_rows\`("id", "feature", "disclaimer_id", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "review_reason", "updated_at", "created_at", "_status") SELECT "id", "feature", "disclaimer_id", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "review_reason", "updated_at", "created_at", "_status" FROM \`comparison_rows\`;`)
  await db.run(sql`DROP TABLE \`comparison_rows\`;`)
  await db.run(sql`ALTER TABLE \`__new_comparison_rows\` RENAME TO \`comparison_rows\`;`)
  await db.run(sql`CREATE INDEX \`comparison_rows_disclaimer_idx\` ON \`comparison_rows\` (\`disclaimer_id\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_created_by_idx\` ON \`comparison_rows\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_updated_by_idx\` ON \`comparison_rows\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_workflow_state_idx\` ON \`comparison_rows\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_last_signature_idx\` ON \`comparison_rows\` (\`last_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_next_review_due_idx\` ON \`comparison_rows\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_updated_at_idx\` ON \`comparison_rows\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows_created_at_idx\` ON \`comparison_rows\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`comparison_rows__status_idx\` ON \`comparison_rows\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__comparison_rows_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_feature\` text,
  	\`version_disclaimer_id\` text(36),
  	\`version_created_by_id\` text(36),
  	\`version_updated_by_id\` text(36),
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_last_signature_id\` text(36),
  	\`version_first_published_at\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_review_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comparison_rows\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_disclaimer_id\`) REFERENCES \`disclaimers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__comparison_rows_v\`("id", "parent_id", "version_feature", "version_disclaimer_id", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_review_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_feature", "version_disclaimer_id", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_review_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_comparison_rows_v\`;`)
  await db.run(sql`DROP TABLE \`_comparison_rows_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__comparison_rows_v\` RENAME TO \`_comparison_rows_v\`;`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_parent_idx\` ON \`_comparison_rows_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_disclaimer_idx\` ON \`_comparison_rows_v\` (\`version_disclaimer_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_created_by_idx\` ON \`_comparison_rows_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_updated_by_idx\` ON \`_comparison_rows_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_workflow_state_idx\` ON \`_comparison_rows_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_last_signature_idx\` ON \`_comparison_rows_v\` (\`version_last_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_next_review_due_idx\` ON \`_comparison_rows_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_updated_at_idx\` ON \`_comparison_rows_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version_created_at_idx\` ON \`_comparison_rows_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_version_version__status_idx\` ON \`_comparison_rows_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_created_at_idx\` ON \`_comparison_rows_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_updated_at_idx\` ON \`_comparison_rows_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparison_rows_v_latest_idx\` ON \`_comparison_rows_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_references\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`authors\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	\`pmid\` text,
  	\`accessed_at\` text,
  	\`created_by_id\` text(36),
  	\`updated_by_id\` text(36),
  	\`workflow_state\` text DEFAULT 'draft',
  	\`last_signature_id\` text(36),
  	\`first_published_at\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`withdrawal_reason\` text,
  	\`review_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_references\`("id", "title", "authors", "source", "year", "url", "doi", "pmid", "accessed_at", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "review_reason", "updated_at", "created_at", "_status") SELECT "id", "title", "authors", "source", "year", "url", "doi", "pmid", "accessed_at", "created_by_id", "updated_by_id", "workflow_state", "last_signature_id", "first_published_at", "last_reviewed_at", "next_review_due", "withdrawal_reason", "review_reason", "updated_at", "created_at", "_status" FROM \`references\`;`)
  await db.run(sql`DROP TABLE \`references\`;`)
  await db.run(sql`ALTER TABLE \`__new_references\` RENAME TO \`references\`;`)
  await db.run(sql`CREATE INDEX \`references_created_by_idx\` ON \`references\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`references_updated_by_idx\` ON \`references\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`references_workflow_state_idx\` ON \`references\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`references_last_signature_idx\` ON \`references\` (\`last_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`references_next_review_due_idx\` ON \`references\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`references_updated_at_idx\` ON \`references\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`references_created_at_idx\` ON \`references\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`references__status_idx\` ON \`references\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__references_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_authors\` text,
  	\`version_source\` text,
  	\`version_year\` numeric,
  	\`version_url\` text,
  	\`version_doi\` text,
  	\`version_pmid\` text,
  	\`version_accessed_at\` text,
  	\`version_created_by_id\` text(36),
  	\`version_updated_by_id\` text(36),
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_last_signature_id\` text(36),
  	\`version_first_published_at\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_review_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__references_v\`("id", "parent_id", "version_title", "version_authors", "version_source", "version_year", "version_url", "version_doi", "version_pmid", "version_accessed_at", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_review_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_authors", "version_source", "version_year", "version_url", "version_doi", "version_pmid", "version_accessed_at", "version_created_by_id", "version_updated_by_id", "version_workflow_state", "version_last_signature_id", "version_first_published_at", "version_last_reviewed_at", "version_next_review_due", "version_withdrawal_reason", "version_review_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_references_v\`;`)
  await db.run(sql`DROP TABLE \`_references_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__references_v\` RENAME TO \`_references_v\`;`)
  await db.run(sql`CREATE INDEX \`_references_v_parent_idx\` ON \`_references_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_created_by_idx\` ON \`_references_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_updated_by_idx\` ON \`_references_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_workflow_state_idx\` ON \`_references_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_last_signature_idx\` ON \`_references_v\` (\`version_last_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_next_review_due_idx\` ON \`_references_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_updated_at_idx\` ON \`_references_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version_created_at_idx\` ON \`_references_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_version_version__status_idx\` ON \`_references_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_created_at_idx\` ON \`_references_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_updated_at_idx\` ON \`_references_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_references_v_latest_idx\` ON \`_references_v\` (\`latest\`);`)
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
  	\`drugs_id\` text(36),
  	\`media_id\` text(36),
  	\`review_requests_id\` text(36),
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
  	FOREIGN KEY (\`drugs_id\`) REFERENCES \`drugs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_requests_id\`) REFERENCES \`review_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signatures_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "faqs_id", "comparison_rows_id", "references_id", "disclaimers_id", "drugs_id", "media_id", "review_requests_id", "signatures_id", "audit_log_id", "webhooks_id", "webhook_deliveries_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "faqs_id", "comparison_rows_id", "references_id", "disclaimers_id", "drugs_id", "media_id", "review_requests_id", "signatures_id", "audit_log_id", "webhooks_id", "webhook_deliveries_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drugs_id_idx\` ON \`payload_locked_documents_rels\` (\`drugs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`review_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signatures_id_idx\` ON \`payload_locked_documents_rels\` (\`signatures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`email_notifications_review_requests\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`email_notifications_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`email_notifications_comments\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`email_notifications_signed_off\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`email_notifications_publication\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`email_notifications_digest\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}

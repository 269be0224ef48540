import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pre_review_checks_findings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`rule\` text NOT NULL,
  	\`severity\` text NOT NULL,
  	\`where\` text NOT NULL,
  	\`field\` text,
  	\`text\` text,
  	\`message\` text NOT NULL,
  	\`suggestion\` text,
  	\`source\` text,
  	\`accepted_by_id\` text(36),
  	\`accepted_by_name\` text,
  	\`accepted_at\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`accepted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pre_review_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pre_review_checks_findings_order_idx\` ON \`pre_review_checks_findings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pre_review_checks_findings_parent_id_idx\` ON \`pre_review_checks_findings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pre_review_checks_findings_accepted_by_idx\` ON \`pre_review_checks_findings\` (\`accepted_by_id\`);`)
  await db.run(sql`CREATE TABLE \`pre_review_checks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`version_id\` text NOT NULL,
  	\`content_hash\` text NOT NULL,
  	\`ran_at\` text NOT NULL,
  	\`ran_by_id\` text(36),
  	\`occasion\` text NOT NULL,
  	\`blocking\` numeric DEFAULT 0 NOT NULL,
  	\`advisory\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`ran_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pre_review_checks_collection_slug_idx\` ON \`pre_review_checks\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`pre_review_checks_document_id_idx\` ON \`pre_review_checks\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`pre_review_checks_content_hash_idx\` ON \`pre_review_checks\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`pre_review_checks_ran_by_idx\` ON \`pre_review_checks\` (\`ran_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pre_review_checks_updated_at_idx\` ON \`pre_review_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pre_review_checks_created_at_idx\` ON \`pre_review_checks\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_max_daily_dose_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_max_daily_dose_unit\` text;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_max_daily_dose_note\` text;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_usual_starting_dose_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_usual_starting_dose_unit\` text;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_usual_starting_dose_frequency\` text;`)
  await db.run(sql`ALTER TABLE \`drugs\` ADD \`facts_boxed_warning\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`pre_review_checks_result_id\` text(36) REFERENCES pre_review_checks(id);`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`pre_review_checks_blocking\` numeric;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`pre_review_checks_advisory\` numeric;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`pre_review_checks_accepted\` numeric;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`pre_review_checks_summary\` text;`)
  await db.run(sql`CREATE INDEX \`signatures_pre_review_checks_pre_review_checks_result_idx\` ON \`signatures\` (\`pre_review_checks_result_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pre_review_checks_id\` text(36) REFERENCES pre_review_checks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pre_review_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`pre_review_checks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pre_review_checks_findings\`;`)
  await db.run(sql`DROP TABLE \`pre_review_checks\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`previous_signature_id\` text(36),
  	\`clinical_changes\` numeric,
  	\`countersigns_id\` text(36),
  	\`specialty_credential\` text,
  	\`change_reason\` text,
  	\`licence_verification_licence_number\` text,
  	\`licence_verification_issuer\` text,
  	\`licence_verification_source\` text,
  	\`licence_verification_verified_at\` text,
  	\`licence_verification_verified_by_name\` text,
  	\`licence_verification_reverify_by\` text,
  	\`rendition_hash\` text,
  	\`signed_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`previous_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`countersigns_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_signatures\`("id", "collection_slug", "document_id", "version_id", "content_hash", "reviewer_id", "printed_name", "signer_name", "signer_credentials", "meaning", "previous_signature_id", "clinical_changes", "countersigns_id", "specialty_credential", "change_reason", "licence_verification_licence_number", "licence_verification_issuer", "licence_verification_source", "licence_verification_verified_at", "licence_verification_verified_by_name", "licence_verification_reverify_by", "rendition_hash", "signed_at", "updated_at", "created_at") SELECT "id", "collection_slug", "document_id", "version_id", "content_hash", "reviewer_id", "printed_name", "signer_name", "signer_credentials", "meaning", "previous_signature_id", "clinical_changes", "countersigns_id", "specialty_credential", "change_reason", "licence_verification_licence_number", "licence_verification_issuer", "licence_verification_source", "licence_verification_verified_at", "licence_verification_verified_by_name", "licence_verification_reverify_by", "rendition_hash", "signed_at", "updated_at", "created_at" FROM \`signatures\`;`)
  await db.run(sql`DROP TABLE \`signatures\`;`)
  await db.run(sql`ALTER TABLE \`__new_signatures\` RENAME TO \`signatures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`signatures_collection_slug_idx\` ON \`signatures\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`signatures_document_id_idx\` ON \`signatures\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_reviewer_idx\` ON \`signatures\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_previous_signature_idx\` ON \`signatures\` (\`previous_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_countersigns_idx\` ON \`signatures\` (\`countersigns_id\`);`)
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
  	\`drugs_id\` text(36),
  	\`media_id\` text(36),
  	\`review_requests_id\` text(36),
  	\`review_comments_id\` text(36),
  	\`schedules_id\` text(36),
  	\`releases_id\` text(36),
  	\`cited_work_checks_id\` text(36),
  	\`evidence_alerts_id\` text(36),
  	\`delivered_pages_id\` text(36),
  	\`signatures_id\` text(36),
  	\`audit_log_id\` text(36),
  	\`audit_reviews_id\` text(36),
  	\`webhooks_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
  	\`notifications_id\` text(36),
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
  	FOREIGN KEY (\`review_comments_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schedules_id\`) REFERENCES \`schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`releases_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cited_work_checks_id\`) REFERENCES \`cited_work_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_alerts_id\`) REFERENCES \`evidence_alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivered_pages_id\`) REFERENCES \`delivered_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signatures_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_reviews_id\`) REFERENCES \`audit_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "faqs_id", "comparison_rows_id", "references_id", "disclaimers_id", "drugs_id", "media_id", "review_requests_id", "review_comments_id", "schedules_id", "releases_id", "cited_work_checks_id", "evidence_alerts_id", "delivered_pages_id", "signatures_id", "audit_log_id", "audit_reviews_id", "webhooks_id", "webhook_deliveries_id", "notifications_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "faqs_id", "comparison_rows_id", "references_id", "disclaimers_id", "drugs_id", "media_id", "review_requests_id", "review_comments_id", "schedules_id", "releases_id", "cited_work_checks_id", "evidence_alerts_id", "delivered_pages_id", "signatures_id", "audit_log_id", "audit_reviews_id", "webhooks_id", "webhook_deliveries_id", "notifications_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`schedules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cited_work_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`cited_work_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evidence_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`evidence_alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivered_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`delivered_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signatures_id_idx\` ON \`payload_locked_documents_rels\` (\`signatures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_max_daily_dose_amount\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_max_daily_dose_unit\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_max_daily_dose_note\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_usual_starting_dose_amount\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_usual_starting_dose_unit\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_usual_starting_dose_frequency\`;`)
  await db.run(sql`ALTER TABLE \`drugs\` DROP COLUMN \`facts_boxed_warning\`;`)
}

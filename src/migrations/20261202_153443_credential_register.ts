import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`licence_verification_licence_number\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`licence_verification_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`licence_verification_source\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`licence_verification_verified_at\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`licence_verification_verified_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`licence_verification_reverify_by\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`licence_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`licence_verification_source\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`licence_verified_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`licence_reverify_by\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`licence_verified_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`users_licence_reverify_by_idx\` ON \`users\` (\`licence_reverify_by\`);`)
  await db.run(sql`CREATE INDEX \`users_licence_verified_by_idx\` ON \`users\` (\`licence_verified_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role\` text DEFAULT 'writer' NOT NULL,
  	\`full_name\` text,
  	\`credentials\` text,
  	\`licence_number\` text,
  	\`licence_expires_at\` text,
  	\`email_notifications_review_requests\` integer DEFAULT true,
  	\`email_notifications_changes_requested\` integer DEFAULT true,
  	\`email_notifications_comments\` integer DEFAULT true,
  	\`email_notifications_signed_off\` integer DEFAULT true,
  	\`email_notifications_publication\` integer DEFAULT true,
  	\`email_notifications_scheduling\` integer DEFAULT true,
  	\`email_notifications_digest\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "role", "full_name", "credentials", "licence_number", "licence_expires_at", "email_notifications_review_requests", "email_notifications_changes_requested", "email_notifications_comments", "email_notifications_signed_off", "email_notifications_publication", "email_notifications_scheduling", "email_notifications_digest", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "role", "full_name", "credentials", "licence_number", "licence_expires_at", "email_notifications_review_requests", "email_notifications_changes_requested", "email_notifications_comments", "email_notifications_signed_off", "email_notifications_publication", "email_notifications_scheduling", "email_notifications_digest", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`licence_verification_licence_number\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`licence_verification_issuer\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`licence_verification_source\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`licence_verification_verified_at\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`licence_verification_verified_by_name\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`licence_verification_reverify_by\`;`)
}

import * as migration_20261124_063252_initial from './20261124_063252_initial';
import * as migration_20261125_190721_hardening from './20261125_190721_hardening';
import * as migration_20261125_225816_living_content from './20261125_225816_living_content';
import * as migration_20261126_012358_reviewer_loop from './20261126_012358_reviewer_loop';
import * as migration_20261126_044912_schedules_and_releases from './20261126_044912_schedules_and_releases';
import * as migration_20261126_075857_evidence_watch from './20261126_075857_evidence_watch';
import * as migration_20261126_081144_evidence_alerts_once from './20261126_081144_evidence_alerts_once';
import * as migration_20261126_123011_delivered_pages from './20261126_123011_delivered_pages';
import * as migration_20261202_144936_inbox_and_mentions from './20261202_144936_inbox_and_mentions';
import * as migration_20261202_153443_credential_register from './20261202_153443_credential_register';
import * as migration_20261202_155113_change_reasons from './20261202_155113_change_reasons';
import * as migration_20261202_180842_second_factor_two_pharmacists_audit_review from './20261202_180842_second_factor_two_pharmacists_audit_review';
import * as migration_20261202_183552_signed_renditions from './20261202_183552_signed_renditions';
import * as migration_20261202_224854_clinical_checks_drug_facts from './20261202_224854_clinical_checks_drug_facts';
import * as migration_20261203_135222_page_encodings from './20261203_135222_page_encodings';

export const migrations = [
  {
    up: migration_20261124_063252_initial.up,
    down: migration_20261124_063252_initial.down,
    name: '20261124_063252_initial',
  },
  {
    up: migration_20261125_190721_hardening.up,
    down: migration_20261125_190721_hardening.down,
    name: '20261125_190721_hardening',
  },
  {
    up: migration_20261125_225816_living_content.up,
    down: migration_20261125_225816_living_content.down,
    name: '20261125_225816_living_content',
  },
  {
    up: migration_20261126_012358_reviewer_loop.up,
    down: migration_20261126_012358_reviewer_loop.down,
    name: '20261126_012358_reviewer_loop',
  },
  {
    up: migration_20261126_044912_schedules_and_releases.up,
    down: migration_20261126_044912_schedules_and_releases.down,
    name: '20261126_044912_schedules_and_releases',
  },
  {
    up: migration_20261126_075857_evidence_watch.up,
    down: migration_20261126_075857_evidence_watch.down,
    name: '20261126_075857_evidence_watch',
  },
  {
    up: migration_20261126_081144_evidence_alerts_once.up,
    down: migration_20261126_081144_evidence_alerts_once.down,
    name: '20261126_081144_evidence_alerts_once',
  },
  {
    up: migration_20261126_123011_delivered_pages.up,
    down: migration_20261126_123011_delivered_pages.down,
    name: '20261126_123011_delivered_pages',
  },
  {
    up: migration_20261202_144936_inbox_and_mentions.up,
    down: migration_20261202_144936_inbox_and_mentions.down,
    name: '20261202_144936_inbox_and_mentions',
  },
  {
    up: migration_20261202_153443_credential_register.up,
    down: migration_20261202_153443_credential_register.down,
    name: '20261202_153443_credential_register',
  },
  {
    up: migration_20261202_155113_change_reasons.up,
    down: migration_20261202_155113_change_reasons.down,
    name: '20261202_155113_change_reasons',
  },
  {
    up: migration_20261202_180842_second_factor_two_pharmacists_audit_review.up,
    down: migration_20261202_180842_second_factor_two_pharmacists_audit_review.down,
    name: '20261202_180842_second_factor_two_pharmacists_audit_review',
  },
  {
    up: migration_20261202_183552_signed_renditions.up,
    down: migration_20261202_183552_signed_renditions.down,
    name: '20261202_183552_signed_renditions',
  },
  {
    up: migration_20261202_224854_clinical_checks_drug_facts.up,
    down: migration_20261202_224854_clinical_checks_drug_facts.down,
    name: '20261202_224854_clinical_checks_drug_facts',
  },
  {
    up: migration_20261203_135222_page_encodings.up,
    down: migration_20261203_135222_page_encodings.down,
    name: '20261203_135222_page_encodings'
  },
];

import { WorkflowPanel as WorkflowPanel_2f4e09647b17ee01f091b0106a1ed65d } from '../../../components/admin/WorkflowPanel'
import { NotationTextFindings as NotationTextFindings_a6d2a2e5c77742b71996348487d416cc } from '../../../components/admin/notation/NotationTextFindings'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { NotationRichTextFindings as NotationRichTextFindings_144cc212d86372e929f742393fd7bc7a } from '../../../components/admin/notation/NotationRichTextFindings'
import { RecordField as RecordField_4f360aeda6bb440d21a1c940e8f06293 } from '../../../components/admin/RecordField'
import { UserNameCell as UserNameCell_849dcb3903fb0a8dd281a757a71efc02 } from '../../../components/admin/UserNameCell'
import { SignerCell as SignerCell_83b3cbbd8dd4b3d8f187ed8469ba59f5 } from '../../../components/admin/SignerCell'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { WorkflowListFilters as WorkflowListFilters_7248b2b1f4abf2bb07418d4eb7bbede5 } from '../../../components/admin/WorkflowListFilters'
import { HandledByReviewPanel as HandledByReviewPanel_59712f43e9a3e975bb5895e5a52b5380 } from '../../../components/admin/HandledByReviewPanel'
import { WorkflowStateStatus as WorkflowStateStatus_46da6d9110300d329b5dbb8dd587202f } from '../../../components/admin/WorkflowStateStatus'
import { ReferenceEvidenceField as ReferenceEvidenceField_279a441c3fe81089432a432afe781d66 } from '../../../components/admin/ReferenceEvidenceField'
import { SignerPasswordField as SignerPasswordField_8f63161ec4d8643ca6f2de5fa38a1c8a } from '../../../components/admin/SignerPasswordField'
import { ReadOnlyJson as ReadOnlyJson_aec2a0100d55438c1bd5766449c0032b } from '../../../components/admin/ReadOnlyJson'
import { ReleasePanel as ReleasePanel_809101290212488b9742cc2525b1cbfe } from '../../../components/admin/ReleasePanel'
import { SecondFactorPanel as SecondFactorPanel_cef7f5790756ebd6b613cd75ffa663ee } from '../../../components/admin/secondFactor/SecondFactorPanel'
import { CurrentPasswordField as CurrentPasswordField_dfad2d0a8b773419691ead541e381d91 } from '../../../components/admin/CurrentPasswordField'
import { InboxHeaderLink as InboxHeaderLink_9112f6cdb5119662db3b32a40d811967 } from '../../../components/admin/inbox/InboxLinks'
import { InboxSummary as InboxSummary_708dcbbfe00aee6c644a8983383ef781 } from '../../../components/admin/inbox/InboxSummary'
import { ReviewQueueDashboard as ReviewQueueDashboard_dde82621d01583d9b973354d609f1289 } from '../../../components/admin/ReviewQueueDashboard'
import { AuditReviewDueCard as AuditReviewDueCard_afca585c29107ec722f2d466c16fc347 } from '../../../components/admin/auditReview/AuditReviewDueCard'
import { InboxNavLink as InboxNavLink_9112f6cdb5119662db3b32a40d811967 } from '../../../components/admin/inbox/InboxLinks'
import { SecondFactorLoginView as SecondFactorLoginView_8da61ff24b355ec4e7862dab732ee267 } from '../../../components/admin/login/SecondFactorLoginView'
import { InboxView as InboxView_6a58eab53a76cf292b8d139e34916a80 } from '../../../components/admin/inbox/InboxView'
import { AuditReviewView as AuditReviewView_9d1d01c5debd8f75c150525a8f4068ae } from '../../../components/admin/auditReview/AuditReviewView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_2f4e09647b17ee01f091b0106a1ed65d,
  "/components/admin/notation/NotationTextFindings#NotationTextFindings": NotationTextFindings_a6d2a2e5c77742b71996348487d416cc,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/notation/NotationRichTextFindings#NotationRichTextFindings": NotationRichTextFindings_144cc212d86372e929f742393fd7bc7a,
  "/components/admin/RecordField#RecordField": RecordField_4f360aeda6bb440d21a1c940e8f06293,
  "/components/admin/UserNameCell#UserNameCell": UserNameCell_849dcb3903fb0a8dd281a757a71efc02,
  "/components/admin/SignerCell#SignerCell": SignerCell_83b3cbbd8dd4b3d8f187ed8469ba59f5,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/components/admin/WorkflowListFilters#WorkflowListFilters": WorkflowListFilters_7248b2b1f4abf2bb07418d4eb7bbede5,
  "/components/admin/HandledByReviewPanel#HandledByReviewPanel": HandledByReviewPanel_59712f43e9a3e975bb5895e5a52b5380,
  "/components/admin/WorkflowStateStatus#WorkflowStateStatus": WorkflowStateStatus_46da6d9110300d329b5dbb8dd587202f,
  "/components/admin/ReferenceEvidenceField#ReferenceEvidenceField": ReferenceEvidenceField_279a441c3fe81089432a432afe781d66,
  "/components/admin/SignerPasswordField#SignerPasswordField": SignerPasswordField_8f63161ec4d8643ca6f2de5fa38a1c8a,
  "/components/admin/ReadOnlyJson#ReadOnlyJson": ReadOnlyJson_aec2a0100d55438c1bd5766449c0032b,
  "/components/admin/ReleasePanel#ReleasePanel": ReleasePanel_809101290212488b9742cc2525b1cbfe,
  "/components/admin/secondFactor/SecondFactorPanel#SecondFactorPanel": SecondFactorPanel_cef7f5790756ebd6b613cd75ffa663ee,
  "/components/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_dfad2d0a8b773419691ead541e381d91,
  "/components/admin/inbox/InboxLinks#InboxHeaderLink": InboxHeaderLink_9112f6cdb5119662db3b32a40d811967,
  "/components/admin/inbox/InboxSummary#InboxSummary": InboxSummary_708dcbbfe00aee6c644a8983383ef781,
  "/components/admin/ReviewQueueDashboard#ReviewQueueDashboard": ReviewQueueDashboard_dde82621d01583d9b973354d609f1289,
  "/components/admin/auditReview/AuditReviewDueCard#AuditReviewDueCard": AuditReviewDueCard_afca585c29107ec722f2d466c16fc347,
  "/components/admin/inbox/InboxLinks#InboxNavLink": InboxNavLink_9112f6cdb5119662db3b32a40d811967,
  "/components/admin/login/SecondFactorLoginView#SecondFactorLoginView": SecondFactorLoginView_8da61ff24b355ec4e7862dab732ee267,
  "/components/admin/inbox/InboxView#InboxView": InboxView_6a58eab53a76cf292b8d139e34916a80,
  "/components/admin/auditReview/AuditReviewView#AuditReviewView": AuditReviewView_9d1d01c5debd8f75c150525a8f4068ae,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

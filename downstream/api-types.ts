/**
 * Types of the CMS's endpoints, generated from downstream/openapi.json by openapi-typescript
 * (npm run generate:kit). Do not edit. A site imports e.g. `DeliveredArticle` from here.
 */
export interface paths {
    "/api/delivery/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published article page
         * @description The page as it was rendered when it (or anything it shows) was last published: body, FAQs, comparison table, numbered references, disclaimer, reviewer byline and JSON-LD.
         */
        get: operations["getDeliveredArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delivery/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published articles, by slug
         * @description For indexes and sitemaps; one page of entries.
         */
        get: operations["listDeliveredArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, publish checklist, history and the caller’s possible actions */
        get: operations["articlesGetWorkflowStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed since the last sign-off, field by field */
        get: operations["articlesGetChangesSinceSignOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the latest version still lacks before review: blockers and warnings
         * @description Blockers are what the API refuses on this version anyway (a required field on saving; a blocking finding of the pre-review checks at the submission; a disclaimer, a citation or the reading grade at the sign-off or the publication); warnings are refused nowhere (an advisory finding of the pre-review checks is one).
         */
        get: operations["articlesGetCompleteness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review, optionally assigned to a pharmacist by a date
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send back to the authors with a comment (opens a review thread)
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowRequestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pharmacist e-signature (re-enter the password) on exactly this version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the signed-off version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the live version off the API
         * @description A FAQ, comparison row or reference that live articles show is refused (409 naming them in `data.shownBy`), unless `withDependents: true` withdraws those articles with it; the answer lists them in `linked`. Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/discard-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop the revision in progress; the live version stays
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowDiscardRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign or reassign the review
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule the publication of the signed version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowSchedule"];
        /**
         * Cancel the scheduled publication
         * @description Runs in one transaction; a refusal changes nothing.
         */
        delete: operations["articlesCancelSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/schedule-withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a withdrawal
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["articlesWorkflowScheduleWithdraw"];
        /**
         * Cancel the scheduled withdrawal
         * @description Runs in one transaction; a refusal changes nothing.
         */
        delete: operations["articlesCancelScheduleWithdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/workflow/mentionable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom a review comment on this document may mention
         * @description Staff who may read the document. A comment mentions them with "@" and their name (or email); the mentioned are notified.
         */
        get: operations["articlesGetMentionable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, publish checklist, history and the caller’s possible actions */
        get: operations["faqsGetWorkflowStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed since the last sign-off, field by field */
        get: operations["faqsGetChangesSinceSignOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the latest version still lacks before review: blockers and warnings
         * @description Blockers are what the API refuses on this version anyway (a required field on saving; a blocking finding of the pre-review checks at the submission; a disclaimer, a citation or the reading grade at the sign-off or the publication); warnings are refused nowhere (an advisory finding of the pre-review checks is one).
         */
        get: operations["faqsGetCompleteness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review, optionally assigned to a pharmacist by a date
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send back to the authors with a comment (opens a review thread)
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowRequestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pharmacist e-signature (re-enter the password) on exactly this version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the signed-off version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the live version off the API
         * @description A FAQ, comparison row or reference that live articles show is refused (409 naming them in `data.shownBy`), unless `withDependents: true` withdraws those articles with it; the answer lists them in `linked`. Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/discard-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop the revision in progress; the live version stays
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowDiscardRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign or reassign the review
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule the publication of the signed version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowSchedule"];
        /**
         * Cancel the scheduled publication
         * @description Runs in one transaction; a refusal changes nothing.
         */
        delete: operations["faqsCancelSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/schedule-withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a withdrawal
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["faqsWorkflowScheduleWithdraw"];
        /**
         * Cancel the scheduled withdrawal
         * @description Runs in one transaction; a refusal changes nothing.
         */
        delete: operations["faqsCancelScheduleWithdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faqs/{id}/workflow/mentionable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom a review comment on this document may mention
         * @description Staff who may read the document. A comment mentions them with "@" and their name (or email); the mentioned are notified.
         */
        get: operations["faqsGetMentionable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, publish checklist, history and the caller’s possible actions */
        get: operations["comparisonRowsGetWorkflowStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed since the last sign-off, field by field */
        get: operations["comparisonRowsGetChangesSinceSignOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the latest version still lacks before review: blockers and warnings
         * @description Blockers are what the API refuses on this version anyway (a required field on saving; a blocking finding of the pre-review checks at the submission; a disclaimer, a citation or the reading grade at the sign-off or the publication); warnings are refused nowhere (an advisory finding of the pre-review checks is one).
         */
        get: operations["comparisonRowsGetCompleteness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review, optionally assigned to a pharmacist by a date
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send back to the authors with a comment (opens a review thread)
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowRequestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pharmacist e-signature (re-enter the password) on exactly this version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the signed-off version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the live version off the API
         * @description A FAQ, comparison row or reference that live articles show is refused (409 naming them in `data.shownBy`), unless `withDependents: true` withdraws those articles with it; the answer lists them in `linked`. Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/discard-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop the revision in progress; the live version stays
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowDiscardRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign or reassign the review
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule the publication of the signed version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowSchedule"];
        /**
         * Cancel the scheduled publication
         * @description Runs in one transaction; a refusal changes nothing.
         */
        delete: operations["comparisonRowsCancelSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/schedule-withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a withdrawal
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["comparisonRowsWorkflowScheduleWithdraw"];
        /**
         * Cancel the scheduled withdrawal
         * @description Runs in one transaction; a refusal changes nothing.
         */
        delete: operations["comparisonRowsCancelScheduleWithdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comparison-rows/{id}/workflow/mentionable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom a review comment on this document may mention
         * @description Staff who may read the document. A comment mentions them with "@" and their name (or email); the mentioned are notified.
         */
        get: operations["comparisonRowsGetMentionable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, publish checklist, history and the caller’s possible actions */
        get: operations["referencesGetWorkflowStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed since the last sign-off, field by field */
        get: operations["referencesGetChangesSinceSignOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the latest version still lacks before review: blockers and warnings
         * @description Blockers are what the API refuses on this version anyway (a required field on saving; a blocking finding of the pre-review checks at the submission; a disclaimer, a citation or the reading grade at the sign-off or the publication); warnings are refused nowhere (an advisory finding of the pre-review checks is one).
         */
        get: operations["referencesGetCompleteness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review, optionally assigned to a pharmacist by a date
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send back to the authors with a comment (opens a review thread)
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowRequestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pharmacist e-signature (re-enter the password) on exactly this version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the signed-off version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the live version off the API
         * @description A FAQ, comparison row or reference that live articles show is refused (409 naming them in `data.shownBy`), unless `withDependents: true` withdraws those articles with it; the answer lists them in `linked`. Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/discard-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop the revision in progress; the live version stays
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowDiscardRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign or reassign the review
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule the publication of the signed version
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowSchedule"];
        /**
         * Cancel the scheduled publication
         * @description Runs in one transaction; a refusal changes nothing.
         */
        delete: operations["referencesCancelSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/schedule-withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a withdrawal
         * @description Runs in one transaction; a refusal changes nothing.
         */
        post: operations["referencesWorkflowScheduleWithdraw"];
        /**
         * Cancel the scheduled withdrawal
         * @description Runs in one transaction; a refusal changes nothing.
         */
        delete: operations["referencesCancelScheduleWithdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/references/{id}/workflow/mentionable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom a review comment on this document may mention
         * @description Staff who may read the document. A comment mentions them with "@" and their name (or email); the mentioned are notified.
         */
        get: operations["referencesGetMentionable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What waits for review, what needs changes, what is overdue */
        get: operations["getReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{collection}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A document’s whole record (versions, signatures, audit entries, threads)
         * @description For 21 CFR Part 11 §11.10(b) inspections; each export is audited.
         */
        get: operations["getDocumentRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{collection}/{id}/signed-copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the latest signature vouches for, as signed, with every signature manifested
         * @description An article’s page rendered from the signed versions (other content: its signed fields), a manifestation of each signature of that content (printed name, credentials, date and time with zone, meaning) and the changes since the signature before. Editors, admins and the pharmacist who signed; each export is audited with the SHA-256 of the bytes returned.
         */
        get: operations["getSignedCopy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of a period as CSV
         * @description `from` is inclusive, `to` exclusive (a date-only `to`: that whole day).
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/preview/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The page readers will see, from the latest versions (or one version), for staff
         * @description The article and its linked FAQs, comparison rows and references at their latest versions, put together as the delivery page is; `format=html` prints it as a site would (the admin shows it beside the form). Never cached.
         */
        get: operations["previewArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit-trail review of a period: its changes grouped by document (QA, editors, admins)
         * @description Whole UTC days, both included, at most 366. `signed` is the QA signature of exactly this period, with whether the entries still hash to what was signed.
         */
        get: operations["getAuditReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log/review/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the audit-trail review of a period (QA)
         * @description An electronic signature: the password again (a wrong one is 401, audited and counts toward the lockout). The period must have ended; one signature per exact period (409 when it is signed). The signature stores a SHA-256 hash of the period’s entries, so a later change to them shows.
         */
        post: operations["signAuditReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each item still needs */
        get: operations["checkRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find documents to add, by title, collection and review state
         * @description Query: `q` (words of the title, an FAQ's question or a row's feature; at most 100 characters), `collection` (one of the reviewable collections) and `state` (a workflow state), all optional. Up to 8 documents per collection, latest version first, as far as the caller may read them; `more` says which collections have more matches, and how many.
         */
        get: operations["findReleaseCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a document (and its linked ones), pinned to its signature */
        post: operations["addReleaseItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/{id}/items/{itemCollection}/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an item (an article with the linked documents only it brings)
         * @description An article takes along the linked documents in the release that no other article of the release links to; `removed` lists every item taken out, the asked one first.
         */
        delete: operations["removeReleaseItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock the release once every item is ready */
        post: operations["lockRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the release */
        post: operations["cancelRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish every item in one transaction, or none */
        post: operations["publishRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-comments/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a review thread
         * @description On the comment that opens the thread.
         */
        post: operations["resolveReviewThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-comments/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a review thread
         * @description On the comment that opens the thread.
         */
        post: operations["reopenReviewThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pre-review-checks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an advisory finding of the pre-review checks, with a reason (pharmacists)
         * @description Only in the latest check results of a document whose content is still the content checked; a blocking finding, or one already accepted, is refused (409). Recorded on the finding and in the audit trail, and named in the signature.
         */
        post: operations["acceptPreReviewFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the caller has two-factor authentication, and must */
        get: operations["getSecondFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/second-factor/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new authenticator key (needs the password); on once confirmed with a code */
        post: operations["startSecondFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/second-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turns it on with the first code from the app; returns the recovery codes once */
        post: operations["confirmSecondFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/second-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New recovery codes in place of the old (password and a current code) */
        post: operations["renewRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/second-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An admin turns off another account’s second factor (a lost device), confirming with their own password and code; its sessions end */
        post: operations["resetSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the CMS and its database answer (load balancers, compose) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A published article page. */
        DeliveredArticle: {
            slug: string;
            title: string;
            summary: string;
            keyPoints: {
                title: string;
                text: string;
            }[];
            body: components["schemas"]["LexicalState"];
            bodyHtml: string;
            drugs: string[];
            conditions: string[];
            readingTimeMinutes: number | null;
            /** @description First publication. */
            datePublished: string | null;
            /** @description Last publication that changed what readers see (a re-review without changes does not). */
            dateModified: string | null;
            /** @description Last sign-off that went live. */
            lastReviewed: string | null;
            updateLog: components["schemas"]["UpdateLogEntry"][];
            faqs: components["schemas"]["DeliveredFaq"][];
            comparisonTable: components["schemas"]["ComparisonTable"];
            references: components["schemas"]["DeliveredReference"][];
            disclaimer: {
                title: string;
                text: components["schemas"]["LexicalState"];
                textHtml: string;
            };
            review: components["schemas"]["ReviewBlock"];
            meta: components["schemas"]["DeliveredMeta"];
            /** @description schema.org MedicalWebPage: name, headline, description (meta description, else the summary), url, inLanguage, image, publisher, dates, reviewedBy, about, citation, FAQ. */
            jsonLd: {
                [key: string]: unknown;
            };
            /** @description The JSON-LD as a ready-to-embed, HTML-safe script element (type application/ld+json) for the page head. */
            jsonLdScript: string;
        };
        /** @description Lexical editor state (JSON); null when empty */
        LexicalState: ({
            root: {
                children: unknown[];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) | null;
        /** @description One publication of the page, newest first. */
        UpdateLogEntry: {
            /** @description ISO 8601 date-time */
            date: string;
            /** @enum {string} */
            kind: "first-publication" | "clinical-review" | "re-review-no-changes" | "editorial-update";
            note?: string | null;
        };
        DeliveredFaq: {
            question: string;
            answer: components["schemas"]["LexicalState"];
            answerHtml: string;
        };
        /** @description One row per feature, one cell per column. */
        ComparisonTable: {
            columns: string[];
            rows: {
                feature: string;
                cells: string[];
            }[];
        };
        /** @description A numbered citation, as the body cites it. */
        DeliveredReference: {
            number: number;
            title: string;
            authors: string | null;
            source: string | null;
            year: number | null;
            url: string | null;
            doi: string | null;
            pmid: string | null;
            /** @description ISO 8601 date-time */
            accessedAt: string | null;
        };
        /** @description The pharmacist sign-off that went live. */
        ReviewBlock: {
            reviewerName: string;
            credentials: string;
            printedName: string;
            /** @description High-risk content, signed by two pharmacists: who gave the first signature (the reviewer above gave the second). */
            firstSigner?: {
                reviewerName: string;
                credentials: string;
            };
            /** @description ISO 8601 date-time */
            lastReviewedAt: string;
            /** @description ISO 8601 date-time */
            nextReviewDue: string | null;
            /** @description When the page expires: nextReviewDue plus REVIEW_GRACE_DAYS. Past it, the page is overdue (EXPIRY_POLICY=banner) or withdrawn (EXPIRY_POLICY=withdraw). */
            expiresAt: string | null;
            /** @description The page passed expiresAt without a new sign-off: print overdueLine with it. */
            overdue: boolean;
            /** @description What readers are told on an overdue page ("This page is due for review."); null otherwise. */
            overdueLine: string | null;
            /** @description The byline as downstream sites print it. */
            line: string;
        } | null;
        /** @description SEO metadata of the live version (editorial: an editor may publish a change of it on the existing sign-off). */
        DeliveredMeta: {
            /** @description The search and share title the editors wrote; null: use the title. */
            title: string | null;
            /** @description The search and share description the editors wrote; null: use the summary. */
            description: string | null;
            /** @description The share image, or null. */
            image: {
                /** @description The image file on the CMS, readable by anyone; absolute when the CMS's SERVER_URL is set. */
                url: string;
                /** @description What the image shows, for readers who cannot see it. */
                alt: string;
                width: number | null;
                height: number | null;
            } | null;
        };
        ErrorResponse: {
            errors: components["schemas"]["ErrorItem"][];
        };
        ErrorItem: {
            message: string;
            name?: string;
            data?: {
                errors: {
                    path: string;
                    message: string;
                }[];
            } | {
                requirements: string[];
            } | {
                [key: string]: unknown;
            } | null;
        };
        /** @description One page of the live articles, by slug. */
        ArticleList: {
            docs: components["schemas"]["ArticleListEntry"][];
            page: number;
            totalPages: number;
            totalDocs: number;
        };
        ArticleListEntry: {
            slug: string;
            title: string;
            summary: string;
            /** @description The meta description the editors wrote; null: use the summary. */
            description: string | null;
            /** @description ISO 8601 date-time */
            lastReviewedAt?: string | null;
            /** @description ISO 8601 date-time */
            updatedAt: string;
        };
        WorkflowStatus: {
            state: components["schemas"]["WorkflowState"];
            live: boolean;
            revisionInProgress: boolean;
            canDiscardRevision: boolean;
            checklist: components["schemas"]["PublishChecklistItem"][];
            actions: {
                /** @enum {string} */
                action: "submit" | "request-changes" | "sign-off" | "publish" | "withdraw";
                label: string;
                /** @enum {string} */
                input: "assign" | "comment" | "none" | "note" | "password" | "reason";
            }[];
            signatureMeaning: string;
            /** @description High-risk content needs two signatures by different pharmacists, one a specialist: how many it needs and has. */
            signatures: {
                needed: 1 | 2;
                given: 0 | 1 | 2;
                firstSigner: {
                    id: string;
                    name: string;
                    /** @description ISO 8601 date-time */
                    signedAt: string;
                    specialist: boolean;
                } | null;
                /** @description What the sign-off dialog says up front: the first or the second of two signatures. */
                note: string | null;
                /** @description Why the signed-in pharmacist may not give the next signature (e.g. they gave the first). */
                notYours: string | null;
            };
            reviewedByPreview: string | null;
            /** @description The reason given for the changes the last signature covers: the publish dialog starts its public note from it. */
            suggestedNote: string | null;
            history: {
                action: string;
                label: string;
                /** @description ISO 8601 date-time */
                at: string;
                actor: string;
                comment: string | null;
            }[];
            assignment: {
                assignee: string | null;
                assigneeName: string | null;
                /** @description ISO 8601 date-time */
                dueAt: string | null;
            };
            canAssign: boolean;
            assignableReviewers: {
                id: string;
                name: string;
            }[] | null;
            openThreads: number;
            commentableFields: {
                path: string;
                label: string;
            }[];
            schedules: components["schemas"]["ScheduledChange"][];
            canSchedule: {
                publish: boolean;
                withdraw: boolean;
            };
            /** @description An article: its FAQs, comparison rows and references, which review and publication take along with includeLinked. Empty for the others. */
            linked: components["schemas"]["LinkedDocument"][];
        };
        /** @enum {string} */
        WorkflowState: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "withdrawn";
        PublishChecklistItem: {
            requirement: string;
            label: string;
            met: boolean;
            /** @description What to do when not met. */
            problems: string[];
            notes?: string[];
        };
        ScheduledChange: {
            /** @enum {string} */
            kind: "publish" | "withdraw";
            /** @description ISO 8601 date-time */
            at: string;
            note: string | null;
            reason: string | null;
            signature: {
                printedName: string;
                /** @description ISO 8601 date-time */
                signedAt: string;
            } | null;
            scheduledBy: string | null;
        };
        LinkedDocument: {
            collection: components["schemas"]["ReviewableCollection"];
            id: string;
            title: string;
            state: components["schemas"]["WorkflowState"];
            /** @description A published version of it is live. */
            live: boolean;
            /** @description In review: the clinical changes a sign-off would cover (everything, when it was never signed). */
            clinicalChanges: number | null;
            /** @description In review: it was signed before, and the changes are since then. */
            signedBefore: boolean;
            /** @description What it still needs before the article can be published, in words. */
            nextStep: string | null;
        };
        /** @enum {string} */
        ReviewableCollection: "articles" | "faqs" | "comparison-rows" | "references";
        ChangesSinceSignOff: {
            /** @description The signature the changes are counted from: the last one, or for the second of two signatures the one before the pair (null: nothing was signed before). */
            since: {
                signatureId: string;
                versionId: string;
                /** @description ISO 8601 date-time */
                signedAt: string;
                printedName: string;
            } | null;
            /** @description High-risk content with the first of its two signatures: that signature. The second signer reviews the whole content. */
            firstOfPair: {
                signatureId: string;
                versionId: string;
                /** @description ISO 8601 date-time */
                signedAt: string;
                printedName: string;
            } | null;
            /** @description Why the content changes since that signature, as the writer gave it. */
            reason: string | null;
            changes: components["schemas"]["FieldChange"][];
        };
        FieldChange: {
            /** @description Where, as data: summary, keyPoints[2].text, body[4]. */
            path: string;
            /** @description The change in words, from the field labels: "Key point 2 – Text", "Body – paragraph 4", "FAQ added: Can I drink alcohol?". Never an internal id. */
            label: string;
            /** @enum {string} */
            kind: "added" | "removed" | "changed" | "moved";
            before?: unknown;
            after?: unknown;
            /** @description What a reader sees in the signed version; null where nothing. */
            beforeText: string | null;
            /** @description What a reader sees in the latest version; null where nothing. */
            afterText: string | null;
            clinical: boolean;
            /** @description For rewritten text: its words in reading order, kept, removed or added. */
            words?: components["schemas"]["WordChange"][];
        };
        WordChange: {
            /** @enum {string} */
            op: "same" | "added" | "removed";
            text: string;
        };
        Completeness: {
            collection: components["schemas"]["ReviewableCollection"];
            id: string;
            /** @description Nothing blocks: no blockers. */
            ready: boolean;
            /** @description What the API refuses later on this version (saving, the submission, the sign-off or the publication): fix before submitting. */
            blockers: components["schemas"]["CompletenessFinding"][];
            /** @description What is empty or weak but refused nowhere: worth fixing, never blocking. */
            warnings: components["schemas"]["CompletenessFinding"][];
        };
        CompletenessFinding: {
            /** @description What was checked, stable across wording changes (e.g. `key-points`; a pre-review check’s rule code, e.g. `a11y.link-text`). */
            check: string;
            /** @description What is missing or weak, and what to do. */
            message: string;
            /** @description The field to fix (a path such as `meta.description`); null: none. */
            field: string | null;
        };
        WorkflowActionResult: {
            collection: components["schemas"]["ReviewableCollection"];
            id: string;
            state: components["schemas"]["WorkflowState"];
            message: string;
            signatureId?: string;
            /** @description Submit, sign-off and publish with includeLinked: the FAQs, comparison rows and references acted on. Withdraw with withDependents: the live articles withdrawn with the document. */
            linked?: components["schemas"]["LinkedOutcome"][];
            scheduleId?: string;
            /** @description ISO 8601 date-time */
            scheduledAt?: string;
        };
        /** @description What the action did to one linked document. */
        LinkedOutcome: {
            collection: components["schemas"]["ReviewableCollection"];
            id: string;
            title: string;
            state: string;
            done: boolean;
            reason?: string;
        };
        ReviewQueue: {
            inReview: components["schemas"]["ReviewQueueItem"][];
            changesRequested: components["schemas"]["ReviewQueueItem"][];
            overdue: components["schemas"]["ReviewQueueItem"][];
        };
        ReviewQueueItem: {
            collection: components["schemas"]["ReviewableCollection"];
            id: string;
            title: string;
            workflowState: string;
            /** @description ISO 8601 date-time */
            updatedAt: string;
            /** @description ISO 8601 date-time */
            nextReviewDue?: string | null;
            assignee: {
                id: string;
                name: string;
            } | null;
            /** @description ISO 8601 date-time */
            dueAt: string | null;
            /** @description Why a re-review was requested before it was due. */
            reviewReason?: string | null;
        };
        ArticlePreview: {
            page: components["schemas"]["DeliveredArticle"];
            /** @description The article first, then its linked documents in page order. */
            shown: components["schemas"]["PreviewedDocument"][];
            /** @description What would keep the page from being printed as shown, in words. */
            warnings: string[];
        };
        PreviewedDocument: {
            /** @enum {string} */
            collection: "articles" | "faqs" | "comparison-rows" | "references";
            id: string;
            title: string;
            /** @description The stored version shown (a `version` to pin the preview to). */
            versionId: string | null;
            /** @enum {string} */
            state: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "withdrawn";
            /** @description A published version of it is live. */
            live: boolean;
        };
        AuditReviewSignResult: {
            message: string;
            review: components["schemas"]["AuditReviewSignature"];
        };
        AuditReviewSignature: {
            id: string;
            from: string;
            to: string;
            /** @description The account that signed */
            signedBy: string;
            printedName: string;
            meaning: string;
            signedAt: string;
            entriesHash: string;
            entryCount: number;
            documentCount: number;
        };
        ReleaseCheck: {
            id: string;
            title: string;
            state: string;
            ready: boolean;
            /** @description Why a publish would be refused now, one line each; empty when ready. */
            publishBlockedBy: string[];
            items: {
                /** @enum {string} */
                collection: "articles" | "faqs" | "comparison-rows" | "references";
                /** @description The collection as the admin names it ("FAQ") */
                collectionLabel: string;
                id: string;
                title: string;
                /** @enum {string} */
                workflowState: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "withdrawn";
                /** @description Where its review stands, in words */
                stateWords: string;
                pinned: {
                    signature: string;
                    versionId: string;
                } | null;
                blockers: {
                    requirement: string;
                    /** @description The publish checklist's line */
                    label: string;
                    /** @description What stops it going live, and what to do */
                    message: string;
                }[];
            }[];
        };
        ReleaseCandidates: {
            results: {
                /** @enum {string} */
                collection: "articles" | "faqs" | "comparison-rows" | "references";
                collectionLabel: string;
                id: string;
                title: string;
                /** @enum {string} */
                workflowState: "draft" | "in_review" | "changes_requested" | "approved" | "published" | "withdrawn";
                stateWords: string;
                inRelease: boolean;
                /** @description Its latest version is live: there is nothing to release. */
                nothingNew: boolean;
            }[];
            /** @description The collections with more matching documents than the results show: narrow the search (more words, a collection or a state) to see them. */
            more: {
                /** @enum {string} */
                collection: "articles" | "faqs" | "comparison-rows" | "references";
                collectionLabel: string;
                shown: number;
                total: number;
            }[];
        };
        /** @description A release document, as GET /api/releases/{id} returns it. */
        Release: {
            id: string;
            title: string;
            /** @enum {string|null} */
            state?: "open" | "locked" | "published" | "failed" | "cancelled" | null;
            publishAt?: string | null;
            items?: ({
                /** @enum {string} */
                collectionSlug: "articles" | "faqs" | "comparison-rows" | "references";
                documentId: string;
                title?: string | null;
            } & {
                [key: string]: unknown;
            })[] | null;
        } & {
            [key: string]: unknown;
        };
        PreReviewFindingAccepted: {
            result: components["schemas"]["PreReviewCheckResult"];
            finding: components["schemas"]["PreReviewFinding"];
            message: string;
        };
        PreReviewCheckResult: {
            id: string;
            collectionSlug: string;
            documentId: string;
            versionId: string;
            contentHash: string;
            ranAt: string;
            findings?: components["schemas"]["PreReviewFinding"][] | null;
        } & {
            [key: string]: unknown;
        };
        PreReviewFinding: {
            id: string;
            rule: string;
            /** @enum {string} */
            severity: "block" | "warn";
            where: string;
            field?: string | null;
            text?: string | null;
            message: string;
            suggestion?: string | null;
            source?: string | null;
            acceptedByName?: string | null;
            acceptedAt?: string | null;
            reason?: string | null;
        } & {
            [key: string]: unknown;
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            /** @enum {string} */
            database: "up" | "down";
            checkedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type DeliveredArticle = components['schemas']['DeliveredArticle'];
export type LexicalState = components['schemas']['LexicalState'];
export type UpdateLogEntry = components['schemas']['UpdateLogEntry'];
export type DeliveredFaq = components['schemas']['DeliveredFaq'];
export type ComparisonTable = components['schemas']['ComparisonTable'];
export type DeliveredReference = components['schemas']['DeliveredReference'];
export type ReviewBlock = components['schemas']['ReviewBlock'];
export type DeliveredMeta = components['schemas']['DeliveredMeta'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ErrorItem = components['schemas']['ErrorItem'];
export type ArticleList = components['schemas']['ArticleList'];
export type ArticleListEntry = components['schemas']['ArticleListEntry'];
export type WorkflowStatus = components['schemas']['WorkflowStatus'];
export type WorkflowState = components['schemas']['WorkflowState'];
export type PublishChecklistItem = components['schemas']['PublishChecklistItem'];
export type ScheduledChange = components['schemas']['ScheduledChange'];
export type LinkedDocument = components['schemas']['LinkedDocument'];
export type ReviewableCollection = components['schemas']['ReviewableCollection'];
export type ChangesSinceSignOff = components['schemas']['ChangesSinceSignOff'];
export type FieldChange = components['schemas']['FieldChange'];
export type WordChange = components['schemas']['WordChange'];
export type Completeness = components['schemas']['Completeness'];
export type CompletenessFinding = components['schemas']['CompletenessFinding'];
export type WorkflowActionResult = components['schemas']['WorkflowActionResult'];
export type LinkedOutcome = components['schemas']['LinkedOutcome'];
export type ReviewQueue = components['schemas']['ReviewQueue'];
export type ReviewQueueItem = components['schemas']['ReviewQueueItem'];
export type ArticlePreview = components['schemas']['ArticlePreview'];
export type PreviewedDocument = components['schemas']['PreviewedDocument'];
export type AuditReviewSignResult = components['schemas']['AuditReviewSignResult'];
export type AuditReviewSignature = components['schemas']['AuditReviewSignature'];
export type ReleaseCheck = components['schemas']['ReleaseCheck'];
export type ReleaseCandidates = components['schemas']['ReleaseCandidates'];
export type Release = components['schemas']['Release'];
export type PreReviewFindingAccepted = components['schemas']['PreReviewFindingAccepted'];
export type PreReviewCheckResult = components['schemas']['PreReviewCheckResult'];
export type PreReviewFinding = components['schemas']['PreReviewFinding'];
export type Health = components['schemas']['Health'];
export type $defs = Record<string, never>;
export interface operations {
    getDeliveredArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold. */
                "if-none-match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    /** @description One per representation (identity, gzip, br). Send it back as If-None-Match to get a 304; `*`, lists and weak tags (W/"…") are understood. */
                    ETag: string;
                    /** @description `public` for anonymous callers; `public` with `s-maxage` for API keys of EDGE_CACHE_ROLES (a CDN holding a key); `private` for other signed-in callers. */
                    "Cache-Control": string;
                    /** @description `br` or `gzip` when Accept-Encoding allows it (q-values honoured); none for identity. */
                    "Content-Encoding"?: string;
                    Vary: string;
                    /** @description Space-separated purge keys: the article and every document it shows (Fastly, Varnish). */
                    "Surrogate-Key": string;
                    /** @description The same keys, comma-separated (Cloudflare). */
                    "Cache-Tag": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveredArticle"];
                };
            };
            /** @description Unchanged since the ETag you sent: use your copy. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An Authorization header was sent but signs nobody in (a wrong API key, an expired token); send a valid one, or none to read anonymously where PUBLIC_API allows it. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Accept-Encoding allows none of br, gzip and identity. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not available now. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listDeliveredArticles: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: {
                /** @description The ETag you hold. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    /** @description One per representation (identity, gzip, br). Send it back as If-None-Match to get a 304; `*`, lists and weak tags (W/"…") are understood. */
                    ETag: string;
                    /** @description `public` for anonymous callers; `public` with `s-maxage` for API keys of EDGE_CACHE_ROLES (a CDN holding a key); `private` for other signed-in callers. */
                    "Cache-Control": string;
                    /** @description `br` or `gzip` when Accept-Encoding allows it (q-values honoured); none for identity. */
                    "Content-Encoding"?: string;
                    Vary: string;
                    /** @description Space-separated purge keys: the article and every document it shows (Fastly, Varnish). */
                    "Surrogate-Key": string;
                    /** @description The same keys, comma-separated (Cloudflare). */
                    "Cache-Tag": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            /** @description Unchanged since the ETag you sent: use your copy. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An Authorization header was sent but signs nobody in (a wrong API key, an expired token); send a valid one, or none to read anonymously where PUBLIC_API allows it. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Accept-Encoding allows none of br, gzip and identity. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesGetWorkflowStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow status. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStatus"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesGetChangesSinceSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesSinceSignOff"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesGetCompleteness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completeness check. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Completeness"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    assignee?: string;
                    dueAt?: string;
                    comment?: string;
                    /** @description An article: also submit the FAQs, comparison rows and references it links to that are drafts or have changes requested, assigned as the article is */
                    includeLinked?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowRequestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                    field?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description The current code of the signer’s authenticator app (or a recovery code): required when the signer has two-factor authentication. */
                    totp?: string;
                    meaning?: string;
                    includeLinked?: boolean;
                    /** @description The version the signer read (the preview’s `shown[0].versionId`): the sign-off is refused (409) when the document changed since. */
                    readVersion?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    includeLinked?: boolean;
                    /** @description A public summary of what changed, shown in the page’s update log */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description Also withdraw every live article that shows this FAQ, comparison row or reference (listed in `linked`). Without it, a document live articles show is refused with 409 naming them. */
                    withDependents?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowDiscardRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignee: string;
                    dueAt?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    publishAt: string;
                    /** @description A public summary of what changed, shown in the page’s update log */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesCancelSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesWorkflowScheduleWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    at: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesCancelScheduleWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    articlesGetMentionable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people, by name. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: {
                            id: string;
                            name: string;
                            /** @description What to write after "@" to mention them. */
                            handle: string;
                        }[];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsGetWorkflowStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow status. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStatus"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsGetChangesSinceSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesSinceSignOff"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsGetCompleteness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completeness check. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Completeness"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    assignee?: string;
                    dueAt?: string;
                    comment?: string;
                    /** @description An article: also submit the FAQs, comparison rows and references it links to that are drafts or have changes requested, assigned as the article is */
                    includeLinked?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowRequestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                    field?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description The current code of the signer’s authenticator app (or a recovery code): required when the signer has two-factor authentication. */
                    totp?: string;
                    meaning?: string;
                    includeLinked?: boolean;
                    /** @description The version the signer read (the preview’s `shown[0].versionId`): the sign-off is refused (409) when the document changed since. */
                    readVersion?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    includeLinked?: boolean;
                    /** @description A public summary of what changed, shown in the page’s update log */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description Also withdraw every live article that shows this FAQ, comparison row or reference (listed in `linked`). Without it, a document live articles show is refused with 409 naming them. */
                    withDependents?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowDiscardRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignee: string;
                    dueAt?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    publishAt: string;
                    /** @description A public summary of what changed, shown in the page’s update log */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsCancelSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsWorkflowScheduleWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    at: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsCancelScheduleWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    faqsGetMentionable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people, by name. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: {
                            id: string;
                            name: string;
                            /** @description What to write after "@" to mention them. */
                            handle: string;
                        }[];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsGetWorkflowStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow status. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStatus"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsGetChangesSinceSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesSinceSignOff"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsGetCompleteness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completeness check. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Completeness"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    assignee?: string;
                    dueAt?: string;
                    comment?: string;
                    /** @description An article: also submit the FAQs, comparison rows and references it links to that are drafts or have changes requested, assigned as the article is */
                    includeLinked?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowRequestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                    field?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description The current code of the signer’s authenticator app (or a recovery code): required when the signer has two-factor authentication. */
                    totp?: string;
                    meaning?: string;
                    includeLinked?: boolean;
                    /** @description The version the signer read (the preview’s `shown[0].versionId`): the sign-off is refused (409) when the document changed since. */
                    readVersion?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    includeLinked?: boolean;
                    /** @description A public summary of what changed, shown in the page’s update log */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description Also withdraw every live article that shows this FAQ, comparison row or reference (listed in `linked`). Without it, a document live articles show is refused with 409 naming them. */
                    withDependents?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowDiscardRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignee: string;
                    dueAt?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    publishAt: string;
                    /** @description A public summary of what changed, shown in the page’s update log */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsCancelSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsWorkflowScheduleWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    at: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsCancelScheduleWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    comparisonRowsGetMentionable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people, by name. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: {
                            id: string;
                            name: string;
                            /** @description What to write after "@" to mention them. */
                            handle: string;
                        }[];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesGetWorkflowStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow status. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStatus"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesGetChangesSinceSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesSinceSignOff"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesGetCompleteness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completeness check. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Completeness"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    assignee?: string;
                    dueAt?: string;
                    comment?: string;
                    /** @description An article: also submit the FAQs, comparison rows and references it links to that are drafts or have changes requested, assigned as the article is */
                    includeLinked?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowRequestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                    field?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowSignOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description The current code of the signer’s authenticator app (or a recovery code): required when the signer has two-factor authentication. */
                    totp?: string;
                    meaning?: string;
                    includeLinked?: boolean;
                    /** @description The version the signer read (the preview’s `shown[0].versionId`): the sign-off is refused (409) when the document changed since. */
                    readVersion?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    includeLinked?: boolean;
                    /** @description A public summary of what changed, shown in the page’s update log */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description Also withdraw every live article that shows this FAQ, comparison row or reference (listed in `linked`). Without it, a document live articles show is refused with 409 naming them. */
                    withDependents?: boolean;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowDiscardRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignee: string;
                    dueAt?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    publishAt: string;
                    /** @description A public summary of what changed, shown in the page’s update log */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesCancelSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesWorkflowScheduleWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    at: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesCancelScheduleWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the document’s new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowActionResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    referencesGetMentionable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people, by name. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: {
                            id: string;
                            name: string;
                            /** @description What to write after "@" to mention them. */
                            handle: string;
                        }[];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReviewQueue: {
        parameters: {
            query?: {
                assigned?: "me";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueue"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDocumentRecord: {
        parameters: {
            query?: {
                format?: "json" | "html";
            };
            header?: never;
            path: {
                /** @description The reviewable collection */
                collection: "articles" | "faqs" | "comparison-rows" | "references";
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record: JSON, or a printable page with format=html. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "text/html": string;
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSignedCopy: {
        parameters: {
            query?: {
                format?: "json" | "html" | "pdf";
            };
            header?: never;
            path: {
                /** @description The reviewable collection */
                collection: "articles" | "faqs" | "comparison-rows" | "references";
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed copy: JSON, a printable page (format=html) or a PDF (format=pdf). */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "text/html": string;
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query: {
                /** @description The start, inclusive: a date (2026-01-31) or a date-time with offset (2026-01-31T12:00:00Z) */
                from: string;
                /** @description The end, exclusive; a date-only `to` includes that whole day: a date (2026-01-31) or a date-time with offset (2026-01-31T12:00:00Z) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, streamed. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    previewArticle: {
        parameters: {
            query?: {
                format?: "json" | "html";
                version?: string;
            };
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview: JSON, or the page with format=html. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePreview"];
                    "text/html": string;
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAuditReview: {
        parameters: {
            query: {
                /** @description The first day of the period (UTC), included */
                from: string;
                /** @description The last day of the period (UTC), included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            /** @description The first day of the period (UTC), included */
                            from: string;
                            /** @description The last day of the period (UTC), included */
                            to: string;
                            /** @description The first moment of `from`, inclusive */
                            start: string;
                            /** @description The first moment after `to`, exclusive */
                            end: string;
                        };
                        summary: {
                            entries: number;
                            documents: number;
                            byAction: {
                                [key: string]: number;
                            };
                            refusals: {
                                "reauthentication-failed": number;
                                "second-factor-failed": number;
                                "publish-refused": number;
                            };
                            securityEvents: {
                                "recovery-code-used": number;
                            };
                        };
                        documents: {
                            collection: string;
                            collectionLabel: string;
                            /** @description null for entries about no one document */
                            id: string | null;
                            /** @description null when the document no longer exists */
                            title: string | null;
                            entries: {
                                id: string;
                                action: string;
                                at: string;
                                /** @description Who did it; null for the CMS itself */
                                by: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description The comment, reason or change reason given */
                                comment: string | null;
                                versionId: string | null;
                                contentHash: string | null;
                                details?: unknown;
                            }[];
                        }[];
                        /** @description SHA-256 of the period’s entries as they are now */
                        entriesHash: string;
                        /** @description The signature of exactly this period, if QA signed it */
                        signed: {
                            id: string;
                            from: string;
                            to: string;
                            /** @description The account that signed */
                            signedBy: string;
                            printedName: string;
                            meaning: string;
                            signedAt: string;
                            entriesHash: string;
                            entryCount: number;
                            documentCount: number;
                            /** @description Whether the entries still hash to what was signed */
                            unchanged: boolean;
                        } | null;
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    signAuditReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The first day of the period (UTC), included */
                    from: string;
                    /** @description The last day of the period (UTC), included */
                    to: string;
                    password: string;
                    /** @description The current code of the signer’s authenticator app (or a recovery code): required when the signer has two-factor authentication. */
                    totp?: string;
                    /** @description What the signature means; default "Audit trail reviewed" */
                    meaning?: string;
                };
            };
        };
        responses: {
            /** @description The stored signature. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditReviewSignResult"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    checkRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The release id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseCheck"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    findReleaseCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The release id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseCandidates"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addReleaseItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The release id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    collection: "articles" | "faqs" | "comparison-rows" | "references";
                    id: string;
                    includeLinked?: boolean;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        release: components["schemas"]["Release"];
                        added: {
                            /** @enum {string} */
                            collection: "articles" | "faqs" | "comparison-rows" | "references";
                            id: string;
                            title: string;
                            pinned: boolean;
                            note?: string;
                        }[];
                        skipped: {
                            /** @enum {string} */
                            collection: "articles" | "faqs" | "comparison-rows" | "references";
                            id: string;
                            title: string;
                            pinned: boolean;
                            note?: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    removeReleaseItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The release id */
                id: string;
                itemCollection: "articles" | "faqs" | "comparison-rows" | "references";
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        release: components["schemas"]["Release"];
                        removed: {
                            /** @enum {string} */
                            collection: "articles" | "faqs" | "comparison-rows" | "references";
                            id: string;
                            title: string;
                            pinned: boolean;
                            note?: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    lockRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The release id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        release: components["schemas"]["Release"];
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The release id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        release: components["schemas"]["Release"];
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    publishRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The release id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        release: components["schemas"]["Release"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    resolveReviewThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread’s opening comment, updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        doc: {
                            id: string;
                            status?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        message: string;
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    reopenReviewThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread’s opening comment, updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        doc: {
                            id: string;
                            status?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        message: string;
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    acceptPreReviewFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the check results */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The id of the finding in the result’s `findings`. */
                    finding: string;
                    /** @description Why the finding is acceptable as written; recorded and audited. */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The check results, with the finding accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreReviewFindingAccepted"];
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (send Content-Type: application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enrolled: boolean;
                        enrolledAt: string | null;
                        /** @description Whether the role must have it to sign (MFA_REQUIRED_ROLES). */
                        required: boolean;
                        recoveryCodesLeft: number;
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    startSecondFactorEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description The key, as text, URI and QR code. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The base32 key, for entering by hand. */
                        secret: string;
                        /** @description The otpauth:// URI the QR code holds. */
                        uri: string;
                        /** @description The QR code as a PNG data URL. */
                        qrCode: string;
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    confirmSecondFactorEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description On; the recovery codes. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        enrolled?: true;
                        /** @description Shown this once; each works once. */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    renewRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    password: string;
                    totp?: string;
                };
            };
        };
        responses: {
            /** @description The new recovery codes. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        enrolled?: true;
                        /** @description Shown this once; each works once. */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The document does not meet what the action needs: `errors[0].data.requirements` lists every gap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    resetSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    password: string;
                    totp?: string;
                };
            };
        };
        responses: {
            /** @description Reset. */
            200: {
                headers: {
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        reset: true;
                    };
                };
            };
            /** @description Invalid input: `errors[0].data.errors` lists each field path and message. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The database does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unchanged since the ETag you sent. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

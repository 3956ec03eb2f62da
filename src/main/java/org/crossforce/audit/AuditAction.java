package org.crossforce.audit;

/** What was done: each door to police data, and each change to who may open it. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    PURPOSE_STATED,
    SEARCH,
    VIEW_DOCUMENT,
    VIEW_DOCUMENT_TREE,
    DOWNLOAD_ORIGINAL,
    VIEW_DOCUMENT_ENTITIES,
    SEARCH_ENTITIES,
    VIEW_ENTITY,
    VIEW_LINKS,
    FIND_PATH,
    BATCH_SEARCH,
    SAVE_CHART,
    OPEN_CHART,
    INGEST,
    RETRY_INGEST,
    VIEW_INGEST_JOB,
    EXPORT,
    ACCOUNT_CHANGE,
    AGREEMENT_CHANGE,
    VIEW_AUDIT_TRAIL,
    VIEW_STATISTICS,
    VIEW_CRIMES,
    VIEW_IDENTITY,
    REVIEW_IDENTITIES,
    JUDGE_IDENTITY,
    RESOLVE_IDENTITIES
}

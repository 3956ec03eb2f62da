-- The audit trail: append-only, chained by hash (docs/decisions/0010-accounts-agreements-audit-store.md).
CREATE TABLE audit_entry (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name     VARCHAR(200)  NOT NULL,
    roles         VARCHAR(1000) NOT NULL,
    forces        VARCHAR(4000) NOT NULL,
    address       VARCHAR(200),
    purpose       VARCHAR(1000),
    action        VARCHAR(40)   NOT NULL,
    outcome       VARCHAR(20)   NOT NULL,
    records       VARCHAR(1000000) NOT NULL,
    details       VARCHAR(1000000) NOT NULL,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL
);

CREATE INDEX audit_entry_user ON audit_entry (user_name, seq);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- One row: the end of the chain. Its lock orders appends from every instance.
CREATE TABLE audit_head (
    id   INT      NOT NULL PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Which force shares its records with which, up to which marking, for which roles
-- (docs/decisions/0011-grants-the-need-to-know-rule.md).
CREATE TABLE sharing_agreement (
    id              VARCHAR(40)   NOT NULL PRIMARY KEY,
    owner_force     VARCHAR(64)   NOT NULL,
    recipient_force VARCHAR(64)   NOT NULL,
    up_to           VARCHAR(40)   NOT NULL,
    roles           VARCHAR(400)  NOT NULL,
    conditional     BOOLEAN       NOT NULL,
    conditions      VARCHAR(4000) NOT NULL,
    created_by      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sharing_agreement_recipient ON sharing_agreement (recipient_force);

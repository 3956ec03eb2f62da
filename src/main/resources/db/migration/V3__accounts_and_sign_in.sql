-- Accounts held by Crossforce (an administrator may have no home force), their API tokens, and
-- sign-in sessions
-- (docs/decisions/0012-sign-in-and-sessions.md).
CREATE TABLE account (
    username             VARCHAR(100)  NOT NULL PRIMARY KEY,
    display_name         VARCHAR(200)  NOT NULL,
    password_hash        VARCHAR(400)  NOT NULL,
    roles                VARCHAR(400)  NOT NULL,
    home_force           VARCHAR(64),
    clearance            VARCHAR(40)   NOT NULL,
    enabled              BOOLEAN       NOT NULL,
    must_change_password BOOLEAN       NOT NULL,
    failed_attempts      INT           NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_by           VARCHAR(200)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Only the SHA-256 of a token is kept: the token itself is shown once, when it is issued.
CREATE TABLE api_token (
    token_hash  CHAR(64)      NOT NULL PRIMARY KEY,
    username    VARCHAR(100)  NOT NULL REFERENCES account (username),
    label       VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked     BOOLEAN       NOT NULL
);

CREATE INDEX api_token_user ON api_token (username);

-- A signed-in browser, on whichever instance it reaches. Identity fields are kept for sign-ins
-- through a force's identity provider, whose accounts Crossforce does not hold.
CREATE TABLE sign_in_session (
    id_hash      CHAR(64)      NOT NULL PRIMARY KEY,
    username     VARCHAR(200)  NOT NULL,
    display_name VARCHAR(200)  NOT NULL,
    via          VARCHAR(20)   NOT NULL,
    roles        VARCHAR(400)  NOT NULL,
    home_force   VARCHAR(64),
    clearance    VARCHAR(40)   NOT NULL,
    purpose      VARCHAR(1000) NOT NULL,
    address      VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sign_in_session_user ON sign_in_session (username);

-- Link charts saved by analysts under a name, to reopen later (docs/decisions/0013-entities-on-the-report.md).
-- A chart holds entity ids and labels; it is reopened only by its owner, and only the nodes the
-- owner may still read come back.
CREATE TABLE link_chart (
    id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    owner     VARCHAR(200)  NOT NULL,
    name      VARCHAR(200)  NOT NULL,
    saved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    nodes     INT           NOT NULL,
    body      TEXT          NOT NULL
);

CREATE INDEX link_chart_owner ON link_chart (owner, saved_at);

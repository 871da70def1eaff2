-- Append-only audit chain: each record carries the hash of the one before (mission: due process).
CREATE TABLE audit_log (
  seq        BIGINT       NOT NULL PRIMARY KEY,
  at         VARCHAR(40)  NOT NULL,
  kind       VARCHAR(40)  NOT NULL,
  subject    VARCHAR(200) NOT NULL,
  actor      VARCHAR(200) NOT NULL,
  payload    TEXT         NOT NULL,
  prev_hash  VARCHAR(64)  NOT NULL,
  hash       VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject);
-- One row: the head of the chain. Appenders update it first, which takes the write lock on SQLite
-- and the row lock on PostgreSQL, so concurrent appends from several nodes stay one chain.
CREATE TABLE audit_head (
  id    INTEGER     NOT NULL PRIMARY KEY,
  seq   BIGINT      NOT NULL,
  hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

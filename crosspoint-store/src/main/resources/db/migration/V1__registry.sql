-- The watchlist registry: lists, every version of every entry, and who changed what.
-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Times are UTC ISO-8601 text with a fixed
-- microsecond fraction ("2026-02-27T00:00:09.554000Z"), so text order is time order.

CREATE TABLE watchlist (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE registry_change (
  id BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  list_id TEXT,
  entry_id TEXT,
  source TEXT,
  detail TEXT NOT NULL,
  added INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  removed INTEGER NOT NULL
);

CREATE TABLE entry_version (
  entry_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  list_id TEXT NOT NULL,
  status TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  display_name TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  content_hash TEXT NOT NULL,
  change_id BIGINT NOT NULL REFERENCES registry_change (id),
  doc TEXT NOT NULL,
  PRIMARY KEY (entry_id, version)
);

CREATE INDEX entry_version_current ON entry_version (list_id, valid_to, status);

CREATE INDEX entry_version_time ON entry_version (entry_id, valid_from);

-- Search keys of the names of the current version of each entry (lower case, no marks).
CREATE TABLE entry_name (
  entry_id TEXT NOT NULL,
  list_id TEXT NOT NULL,
  name_key TEXT NOT NULL
);

CREATE INDEX entry_name_entry ON entry_name (entry_id);

CREATE INDEX entry_name_key ON entry_name (name_key);

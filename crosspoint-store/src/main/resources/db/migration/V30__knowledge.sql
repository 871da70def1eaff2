-- The knowledge base: ingested reports (by content hash), their mentions and facts with evidence,
-- subjects resolved across reports, inter-agency communications and listing proposals.
-- Portable SQL for SQLite and PostgreSQL. Times are UTC ISO-8601 text.

CREATE TABLE kb_document (
  sha256 TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  author TEXT,
  published TEXT,
  reliability TEXT NOT NULL,
  text TEXT NOT NULL,
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  ingested_by TEXT NOT NULL
);

CREATE TABLE kb_mention (
  document_sha TEXT NOT NULL REFERENCES kb_document (sha256),
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  canonical TEXT NOT NULL,
  attributes TEXT NOT NULL,
  PRIMARY KEY (document_sha, seq)
);

CREATE INDEX kb_mention_canonical ON kb_mention (type, canonical);

CREATE TABLE kb_fact (
  document_sha TEXT NOT NULL REFERENCES kb_document (sha256),
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  arguments TEXT NOT NULL,
  sentence TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  more_evidence TEXT NOT NULL,
  credibility INTEGER NOT NULL,
  extractor TEXT NOT NULL,
  PRIMARY KEY (document_sha, seq)
);

CREATE INDEX kb_fact_type ON kb_fact (type);

CREATE TABLE kb_subject (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  documents TEXT NOT NULL,
  watchlist_entries TEXT NOT NULL
);

CREATE TABLE kb_subject_link (
  subject_a TEXT NOT NULL,
  subject_b TEXT NOT NULL,
  relation TEXT NOT NULL,
  confidence REAL NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (subject_a, subject_b, relation)
);

CREATE TABLE kb_communication (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  sender TEXT NOT NULL,
  recipient TEXT NOT NULL,
  reference TEXT,
  sent_on TEXT,
  subject TEXT,
  body TEXT NOT NULL,
  file_name TEXT NOT NULL,
  received_at TEXT NOT NULL,
  received_by TEXT NOT NULL
);

CREATE TABLE kb_proposal (
  id TEXT PRIMARY KEY,
  list_kind TEXT NOT NULL,
  name TEXT NOT NULL,
  details TEXT NOT NULL,
  subject_id TEXT,
  communication_id TEXT REFERENCES kb_communication (id),
  evidence TEXT NOT NULL,
  status TEXT NOT NULL,
  proposed_by TEXT NOT NULL,
  proposed_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  reason TEXT
);

CREATE INDEX kb_proposal_status ON kb_proposal (status);

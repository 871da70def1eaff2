-- Encounters at crossing points, their decisions, officers' dispositions and sightings (mission S1, S5).
CREATE TABLE encounter (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  at              VARCHAR(40)  NOT NULL,
  crossing_point  VARCHAR(100) NOT NULL,
  direction       VARCHAR(10)  NOT NULL,
  officer         VARCHAR(200) NOT NULL,
  traveller_name  VARCHAR(400) NOT NULL,
  document_key    VARCHAR(200) NOT NULL,
  outcome         VARCHAR(10)  NOT NULL,
  payload         TEXT         NOT NULL
);
CREATE INDEX encounter_at ON encounter (at);
CREATE INDEX encounter_document ON encounter (document_key);

CREATE TABLE disposition (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  encounter_id  VARCHAR(64)  NOT NULL REFERENCES encounter (id),
  entry_id      VARCHAR(200) NOT NULL,
  disposition   VARCHAR(20)  NOT NULL,
  note          TEXT         NOT NULL,
  officer       VARCHAR(200) NOT NULL,
  at            VARCHAR(40)  NOT NULL
);
CREATE INDEX disposition_encounter ON disposition (encounter_id);

-- A FALSE_MATCH between one traveller document and one entry version clears that pair next time.
CREATE TABLE cleared_pair (
  document_key   VARCHAR(200) NOT NULL,
  entry_id       VARCHAR(200) NOT NULL,
  entry_version  VARCHAR(64)  NOT NULL,
  disposition_id VARCHAR(64)  NOT NULL,
  at             VARCHAR(40)  NOT NULL,
  PRIMARY KEY (document_key, entry_id)
);

-- Every HIT is a sighting of the listed subject, with place and time (S5).
CREATE TABLE sighting (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  entry_id        VARCHAR(200) NOT NULL,
  encounter_id    VARCHAR(64)  NOT NULL REFERENCES encounter (id),
  at              VARCHAR(40)  NOT NULL,
  crossing_point  VARCHAR(100) NOT NULL,
  direction       VARCHAR(10)  NOT NULL
);
CREATE INDEX sighting_entry ON sighting (entry_id);

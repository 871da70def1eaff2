-- Threat bulletins disseminated to recipient agencies, with acknowledgement (mission S9).
CREATE TABLE bulletin (
  id          VARCHAR(64)  NOT NULL PRIMARY KEY,
  title       VARCHAR(400) NOT NULL,
  body        TEXT         NOT NULL,
  severity    VARCHAR(10)  NOT NULL,
  reference   VARCHAR(200) NOT NULL,
  issued_by   VARCHAR(200) NOT NULL,
  issued_at   VARCHAR(40)  NOT NULL
);
CREATE TABLE bulletin_recipient (
  bulletin_id      VARCHAR(64)  NOT NULL REFERENCES bulletin (id),
  agency           VARCHAR(200) NOT NULL,
  acknowledged_at  VARCHAR(40),
  acknowledged_by  VARCHAR(200),
  PRIMARY KEY (bulletin_id, agency)
);

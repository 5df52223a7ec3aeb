// Ratings, dots and ROTI answers lose their link to a person: each value only says whether it
// came from the facilitator's tally or from someone's private entry. Who has already entered is
// kept apart, in `submissions`, derived here from the old links. The value tables are WITHOUT
// ROWID and keyed by random ids, so their storage order does not follow the order of entry and
// cannot be lined up with the submissions either.
export default `
CREATE TABLE submissions (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  round TEXT NOT NULL CHECK (round IN ('pulse', 'votes', 'roti')),
  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, round, participant_id)
) WITHOUT ROWID;

INSERT INTO submissions (session_id, round, participant_id)
  SELECT DISTINCT session_id, 'pulse', participant_id FROM pulse_ratings
  WHERE participant_id IS NOT NULL;
INSERT INTO submissions (session_id, round, participant_id)
  SELECT DISTINCT session_id, 'votes', participant_id FROM votes
  WHERE participant_id IS NOT NULL;
INSERT INTO submissions (session_id, round, participant_id)
  SELECT DISTINCT session_id, 'roti', participant_id FROM roti_ratings
  WHERE participant_id IS NOT NULL;

CREATE TABLE pulse_values (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  practice_id TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  entry TEXT NOT NULL CHECK (entry IN ('tally', 'private'))
) WITHOUT ROWID;
INSERT INTO pulse_values (id, session_id, practice_id, score, entry)
  SELECT id, session_id, practice_id, score,
         CASE WHEN participant_id IS NULL THEN 'tally' ELSE 'private' END
  FROM pulse_ratings;
DROP TABLE pulse_ratings;
ALTER TABLE pulse_values RENAME TO pulse_ratings;
CREATE INDEX pulse_ratings_session ON pulse_ratings (session_id, practice_id, score, entry);

CREATE TABLE vote_values (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  card_id TEXT REFERENCES cards (id) ON DELETE CASCADE,
  group_id TEXT REFERENCES card_groups (id) ON DELETE CASCADE,
  dots INTEGER NOT NULL CHECK (dots > 0),
  entry TEXT NOT NULL CHECK (entry IN ('tally', 'private')),
  CHECK ((card_id IS NULL) <> (group_id IS NULL))
) WITHOUT ROWID;
INSERT INTO vote_values (id, session_id, card_id, group_id, dots, entry)
  SELECT id, session_id, card_id, group_id, dots,
         CASE WHEN participant_id IS NULL THEN 'tally' ELSE 'private' END
  FROM votes;
DROP TABLE votes;
ALTER TABLE vote_values RENAME TO votes;
CREATE INDEX votes_session ON votes (session_id);
CREATE INDEX votes_card ON votes (card_id);
CREATE INDEX votes_group ON votes (group_id);

CREATE TABLE roti_values (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  entry TEXT NOT NULL CHECK (entry IN ('tally', 'private'))
) WITHOUT ROWID;
INSERT INTO roti_values (id, session_id, score, entry)
  SELECT id, session_id, score, CASE WHEN participant_id IS NULL THEN 'tally' ELSE 'private' END
  FROM roti_ratings;
DROP TABLE roti_ratings;
ALTER TABLE roti_values RENAME TO roti_ratings;
CREATE INDEX roti_ratings_session ON roti_ratings (session_id, score, entry);
`;

// Each session's ratings counted per score, so progress charts read a handful of rows per
// session instead of grouping every rating. Kept by the rating writer (services/writers/ratings.ts)
// in the same transaction as the ratings; filled here from the ratings stored so far.
export default `
CREATE TABLE pulse_totals (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  practice_id TEXT NOT NULL,
  d1 INTEGER NOT NULL DEFAULT 0,
  d2 INTEGER NOT NULL DEFAULT 0,
  d3 INTEGER NOT NULL DEFAULT 0,
  d4 INTEGER NOT NULL DEFAULT 0,
  d5 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (session_id, practice_id)
);

CREATE TABLE roti_totals (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  d1 INTEGER NOT NULL DEFAULT 0,
  d2 INTEGER NOT NULL DEFAULT 0,
  d3 INTEGER NOT NULL DEFAULT 0,
  d4 INTEGER NOT NULL DEFAULT 0,
  d5 INTEGER NOT NULL DEFAULT 0
);

INSERT INTO pulse_totals (session_id, practice_id, d1, d2, d3, d4, d5)
  SELECT session_id, practice_id, SUM(score = 1), SUM(score = 2), SUM(score = 3), SUM(score = 4),
    SUM(score = 5)
  FROM pulse_ratings GROUP BY session_id, practice_id;

INSERT INTO roti_totals (session_id, d1, d2, d3, d4, d5)
  SELECT session_id, SUM(score = 1), SUM(score = 2), SUM(score = 3), SUM(score = 4),
    SUM(score = 5)
  FROM roti_ratings GROUP BY session_id;
`;

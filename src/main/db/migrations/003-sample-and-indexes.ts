// Marks the sample team, and gives the dashboard aggregates covering indexes: each per-session
// GROUP BY reads only the index, so a team with hundreds of sessions still answers at once.
export default `
ALTER TABLE teams ADD COLUMN is_sample INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX teams_one_sample ON teams (is_sample) WHERE is_sample = 1;

DROP INDEX pulse_ratings_session;
CREATE INDEX pulse_ratings_session ON pulse_ratings (session_id, practice_id, score);

DROP INDEX roti_ratings_session;
CREATE INDEX roti_ratings_session ON roti_ratings (session_id, score);

DROP INDEX actions_session;
CREATE INDEX actions_session ON actions (session_id, practice_id);
`;

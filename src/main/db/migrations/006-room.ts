// The room: people who join from their own devices are participants like any other, marked as
// having joined from the room so the facilitator's check-in list leaves them alone. Their
// one-word check-ins are stored apart from them, so a word names nobody. Nothing here names a
// device: which device is which lives only in memory while the room runs.
export default `
ALTER TABLE participants ADD COLUMN via TEXT NOT NULL DEFAULT 'console'
  CHECK (via IN ('console', 'room'));

CREATE TABLE check_in_words (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  word TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX check_in_words_session ON check_in_words (session_id);
`;

export default `
CREATE TABLE team_templates (
  team_id TEXT PRIMARY KEY REFERENCES teams (id) ON DELETE CASCADE,
  stages_json TEXT NOT NULL,
  prompts_json TEXT NOT NULL,
  auto_start_timer INTEGER NOT NULL DEFAULT 0,
  dots_per_participant INTEGER NOT NULL DEFAULT 3,
  hide_cards_until_reveal INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'closed')),
  current_stage TEXT NOT NULL,
  stages_json TEXT NOT NULL,
  participant_mode TEXT NOT NULL DEFAULT 'anonymous' CHECK (participant_mode IN ('anonymous', 'named')),
  dots_per_participant INTEGER NOT NULL,
  hide_cards_until_reveal INTEGER NOT NULL,
  auto_start_timer INTEGER NOT NULL,
  pulse_revealed INTEGER NOT NULL DEFAULT 0,
  votes_revealed INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  timer_stage TEXT NOT NULL,
  timer_duration_ms INTEGER NOT NULL,
  timer_elapsed_ms INTEGER NOT NULL DEFAULT 0,
  timer_started_at TEXT,
  created_at TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX sessions_team_date ON sessions (team_id, date DESC, created_at DESC);

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  member_id TEXT,
  check_in TEXT,
  position INTEGER NOT NULL
);
CREATE INDEX participants_session ON participants (session_id, position);

CREATE TABLE pulse_ratings (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  practice_id TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE
);
CREATE INDEX pulse_ratings_session ON pulse_ratings (session_id, practice_id);
CREATE UNIQUE INDEX pulse_ratings_one_each ON pulse_ratings (session_id, practice_id, participant_id)
  WHERE participant_id IS NOT NULL;

CREATE TABLE card_groups (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  circle TEXT CHECK (circle IN ('control', 'influence', 'concern')),
  created_at TEXT NOT NULL
);
CREATE INDEX card_groups_session ON card_groups (session_id);

CREATE TABLE cards (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  practice_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('went_well', 'to_improve')),
  text TEXT NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  group_id TEXT REFERENCES card_groups (id) ON DELETE SET NULL,
  circle TEXT CHECK (circle IN ('control', 'influence', 'concern')),
  created_at TEXT NOT NULL
);
CREATE INDEX cards_session ON cards (session_id, created_at);
CREATE INDEX cards_group ON cards (group_id);

CREATE TABLE votes (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  card_id TEXT REFERENCES cards (id) ON DELETE CASCADE,
  group_id TEXT REFERENCES card_groups (id) ON DELETE CASCADE,
  participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE,
  dots INTEGER NOT NULL CHECK (dots > 0),
  CHECK ((card_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX votes_session ON votes (session_id);

CREATE TABLE kudos (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  act TEXT NOT NULL,
  who TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('worked', 'partly', 'did_not_work')),
  created_at TEXT NOT NULL
);
CREATE INDEX kudos_session ON kudos (session_id);

CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT,
  practice_id TEXT NOT NULL,
  circle TEXT NOT NULL CHECK (circle IN ('control', 'influence')),
  card_id TEXT REFERENCES cards (id) ON DELETE SET NULL,
  group_id TEXT REFERENCES card_groups (id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  created_at TEXT NOT NULL
);
CREATE INDEX actions_session ON actions (session_id);
CREATE INDEX actions_team_status ON actions (team_id, status);

CREATE TABLE commitments (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
  person TEXT NOT NULL,
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  created_at TEXT NOT NULL
);
CREATE INDEX commitments_session ON commitments (session_id);
CREATE INDEX commitments_team_status ON commitments (team_id, status);

CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  action_id TEXT REFERENCES actions (id) ON DELETE CASCADE,
  commitment_id TEXT REFERENCES commitments (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('in_progress', 'done', 'dropped')),
  note TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT NOT NULL,
  CHECK ((action_id IS NULL) <> (commitment_id IS NULL))
);
CREATE UNIQUE INDEX reviews_action ON reviews (session_id, action_id) WHERE action_id IS NOT NULL;
CREATE UNIQUE INDEX reviews_commitment ON reviews (session_id, commitment_id)
  WHERE commitment_id IS NOT NULL;
CREATE INDEX reviews_action_lookup ON reviews (action_id);
CREATE INDEX reviews_commitment_lookup ON reviews (commitment_id);

CREATE TABLE roti_ratings (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE
);
CREATE INDEX roti_ratings_session ON roti_ratings (session_id);
CREATE UNIQUE INDEX roti_ratings_one_each ON roti_ratings (session_id, participant_id)
  WHERE participant_id IS NOT NULL;
`;

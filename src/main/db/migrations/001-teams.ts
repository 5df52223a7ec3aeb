export default `
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE UNIQUE INDEX teams_active_name ON teams (name_key) WHERE archived_at IS NULL;

CREATE TABLE team_members (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (team_id, name_key)
);
CREATE INDEX team_members_team ON team_members (team_id, position);
`;

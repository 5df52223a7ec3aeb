// What the shared screen shows, kept for the workspace so a reloaded or reopened presentation
// window, or the app after a restart, carries on where the console left it. One row at most.
// A target that is deleted falls back on its own: its columns are set to NULL, and a screen
// left without its retro or chart shows the team's idle screen.
//
// ROTI gets a reveal of its own, like the pulse: hidden from the shared screen until then.
export default `
CREATE TABLE shared_screen (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  shows TEXT NOT NULL CHECK (shows IN ('idle', 'session', 'chart')),
  team_id TEXT REFERENCES teams (id) ON DELETE SET NULL,
  session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
  slide_id TEXT,
  page INTEGER NOT NULL DEFAULT 0 CHECK (page >= 0),
  page_stage TEXT
);

ALTER TABLE sessions ADD COLUMN roti_revealed INTEGER NOT NULL DEFAULT 0;
`;

import './stale-text.css';

/**
 * Shown when text this window was editing was saved differently in another window meanwhile.
 * The user's own words stay in their field; this shows the saved text beside them and lets the
 * user choose, so neither version is lost without them seeing it.
 */
export function StaleTextNotice({
  title,
  saved,
  onKeepMine,
  onTakeSaved,
}: {
  /** What happened, e.g. “These notes were changed in another window while you were editing.” */
  title: string;
  saved: string;
  onKeepMine: () => void;
  onTakeSaved: () => void;
}) {
  return (
    <div className="stale-text" role="alert">
      <p>
        <strong>{title}</strong> Your text is still here and has not been saved. The saved text is:
      </p>
      <blockquote className="stale-text-saved" aria-label="Saved text">
        {saved === '' ? <em>(empty)</em> : saved}
      </blockquote>
      <div className="button-row">
        <button type="button" className="button primary" onClick={onKeepMine}>
          Save my text instead
        </button>
        <button type="button" className="button" onClick={onTakeSaved}>
          Use the saved text
        </button>
      </div>
    </div>
  );
}

import { api } from '@renderer/api/client';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useAction } from '@renderer/hooks/use-action';
import { useQuery } from '@renderer/hooks/use-query';
import { AppError } from '@shared/errors';
import { PRACTICES, type PracticeId } from '@shared/practices';
import type { TeamTemplate } from '@shared/sessions';
import { stageById } from '@shared/stages';
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'wouter';
import './template.css';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function TemplatePage({ teamId }: { teamId: string }) {
  const team = useQuery('teams.get', { teamId });
  const stored = useQuery('templates.get', { teamId });
  const [draft, setDraft] = useState<TeamTemplate>();
  // The saved template the draft started from, so a save never silently replaces a newer one.
  const [base, setBase] = useState<TeamTemplate>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (stored.data && !draft) {
      setDraft(stored.data);
      setBase(stored.data);
    }
  }, [stored.data, draft]);
  const save = useAction(async (template: TeamTemplate) => {
    try {
      return await api.call('templates.update', { ...template, expected: base });
    } catch (reason) {
      // Told it changed elsewhere: the next save replaces the newer version knowingly.
      if (reason instanceof AppError && reason.code === 'stale') setBase(stored.data);
      throw reason;
    }
  });
  const reset = useAction(() => api.call('templates.reset', { teamId }));

  if (!draft || !team.data) return <ErrorBanner error={stored.error ?? team.error} />;

  const update = (change: Partial<TeamTemplate>) => {
    setSaved(false);
    setDraft({ ...draft, ...change });
  };
  const move = (index: number, by: -1 | 1) => {
    const stages = [...draft.stages];
    const [stage] = stages.splice(index, 1);
    if (!stage) return;
    stages.splice(index + by, 0, stage);
    update({ stages });
  };
  const setPrompts = (practiceId: PracticeId, kind: 'wentWell' | 'toImprove', text: string) =>
    update({
      prompts: {
        ...draft.prompts,
        [practiceId]: { ...draft.prompts[practiceId], [kind]: lines(text) },
      },
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const result = await save.run(draft);
    if (result) {
      setDraft(result);
      setBase(result);
      setSaved(true);
    }
  }

  return (
    <section className="page template-page" aria-labelledby="template-title">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Teams</Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/teams/${teamId}`}>{team.data.name}</Link>
      </nav>
      <h1 id="template-title">Retro template</h1>
      <p className="muted">
        Which stages {team.data.name} runs, in what order, for how long, and the questions asked in
        Reflect. Changes apply to retros started from now on.
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <section className="card" aria-labelledby="template-stages">
          <h2 id="template-stages">Stages</h2>
          <ol className="template-stages">
            {draft.stages.map((stage, index) => {
              const title = stageById(stage.id).title;
              return (
                <li key={stage.id} className={stage.enabled ? '' : 'off'}>
                  <label className="template-run">
                    <input
                      type="checkbox"
                      checked={stage.enabled}
                      onChange={(event) =>
                        update({
                          stages: draft.stages.map((s) =>
                            s.id === stage.id ? { ...s, enabled: event.target.checked } : s,
                          ),
                        })
                      }
                    />
                    Run {title}
                  </label>
                  <label className="template-minutes">
                    <input
                      type="number"
                      min={1}
                      max={120}
                      value={stage.minutes}
                      aria-label={`Minutes for ${title}`}
                      onChange={(event) =>
                        update({
                          stages: draft.stages.map((s) =>
                            s.id === stage.id
                              ? { ...s, minutes: Number.parseInt(event.target.value, 10) || 0 }
                              : s,
                          ),
                        })
                      }
                    />
                    min
                  </label>
                  <span className="template-move">
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={`Move ${title} earlier`}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={`Move ${title} later`}
                      disabled={index === draft.stages.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <p className="muted">
            Total: {draft.stages.filter((s) => s.enabled).reduce((sum, s) => sum + s.minutes, 0)}{' '}
            minutes.
          </p>
        </section>

        <section className="card stack" aria-labelledby="template-options">
          <h2 id="template-options">Options</h2>
          <label className="toggle">
            <input
              type="checkbox"
              checked={draft.autoStartTimer}
              onChange={(event) => update({ autoStartTimer: event.target.checked })}
            />
            Start the timer when a stage begins
          </label>
          <label className="toggle">
            <input
              type="checkbox"
              checked={draft.hideCardsUntilReveal}
              onChange={(event) => update({ hideCardsUntilReveal: event.target.checked })}
            />
            Hide new cards from the shared screen until revealed
          </label>
          <div className="field template-dots">
            <label htmlFor="template-dots">Dots per participant</label>
            <input
              id="template-dots"
              type="number"
              min={1}
              max={10}
              value={draft.dotsPerParticipant}
              onChange={(event) =>
                update({ dotsPerParticipant: Number.parseInt(event.target.value, 10) || 0 })
              }
            />
          </div>
        </section>

        <section className="card" aria-labelledby="template-prompts">
          <h2 id="template-prompts">Reflect prompts</h2>
          <p className="muted">One question per line.</p>
          {PRACTICES.map((practice) => (
            <fieldset key={practice.id} className="template-practice">
              <legend>{practice.name}</legend>
              <div className="field">
                <label htmlFor={`${practice.id}-well`}>
                  Went well prompts for {practice.shortName}
                </label>
                <textarea
                  id={`${practice.id}-well`}
                  rows={3}
                  defaultValue={draft.prompts[practice.id].wentWell.join('\n')}
                  onChange={(event) => setPrompts(practice.id, 'wentWell', event.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${practice.id}-improve`}>
                  To improve prompts for {practice.shortName}
                </label>
                <textarea
                  id={`${practice.id}-improve`}
                  rows={3}
                  defaultValue={draft.prompts[practice.id].toImprove.join('\n')}
                  onChange={(event) => setPrompts(practice.id, 'toImprove', event.target.value)}
                />
              </div>
            </fieldset>
          ))}
        </section>

        <ErrorBanner error={save.error ?? reset.error} />
        <div className="button-row template-save">
          <button type="submit" className="button primary" disabled={save.pending}>
            Save template
          </button>
          <button
            type="button"
            className="button"
            onClick={async () => {
              const fresh = await reset.run();
              if (fresh) {
                setDraft(undefined);
                stored.reload();
                setSaved(true);
              }
            }}
          >
            Restore defaults
          </button>
          {saved && (
            <span className="template-saved" role="status">
              Saved
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

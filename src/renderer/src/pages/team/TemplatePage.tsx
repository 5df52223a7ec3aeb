import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { PRACTICES, type PracticeId } from '@shared/practices';
import type { TeamTemplate } from '@shared/sessions';
import { stageById } from '@shared/stages';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { useResetTemplate, useUpdateTemplate } from './mutations';
import { useTeam, useTeamTemplate } from './queries';
import './template.css';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface Edit {
  teamId: string;
  template: TeamTemplate;
  /** The saved template the draft started from, so a save never silently replaces a newer one. */
  base: TeamTemplate;
  saved: boolean;
  /** Counts restores of the defaults. */
  version: number;
}

export function TemplatePage({ teamId }: { teamId: string }) {
  const team = useTeam(teamId);
  const stored = useTeamTemplate(teamId);
  // Edits belong to the team they were made for; without any, the form shows what is stored.
  const [edit, setEdit] = useState<Edit>();
  const mine = edit?.teamId === teamId ? edit : undefined;
  const draft = mine?.template ?? stored.data;
  const version = mine?.version ?? 0;
  const base = mine?.base ?? stored.data;
  const save = useUpdateTemplate();
  const reset = useResetTemplate();

  if (!draft || !team.data) return <ErrorBanner error={stored.error ?? team.error} />;

  const keep = (
    template: TeamTemplate,
    saved: boolean,
    nextVersion = version,
    nextBase: TeamTemplate = base ?? template,
  ) => setEdit({ teamId, template, base: nextBase, saved, version: nextVersion });
  const update = (change: Partial<TeamTemplate>) => keep({ ...draft, ...change }, false);
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

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    save.mutate(
      { ...draft, expected: base },
      {
        onSuccess: (result) => keep(result, true, version, result),
        // Told it changed elsewhere: the next save replaces the newer version knowingly.
        onError: (error) => {
          if (error.code === 'stale' && stored.data) keep(draft, false, version, stored.data);
        },
      },
    );
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
      {/* The prompt boxes take their text once: a new team or restored defaults draw them anew. */}
      <form key={`${teamId}-${version}`} className="stack" onSubmit={submit} noValidate>
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
          <button type="submit" className="button primary" disabled={save.isPending}>
            Save template
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              reset.mutate(
                { teamId },
                { onSuccess: (fresh) => keep(fresh, true, version + 1, fresh) },
              )
            }
          >
            Restore defaults
          </button>
          {mine?.saved && (
            <span className="template-saved" role="status">
              Saved
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { AppError } from '@shared/errors';
import { formatMoment, plural } from '@shared/format';
import {
  type ConflictResolution,
  IMPORT_COUNT_KEYS,
  IMPORT_COUNT_LABELS,
  type ImportCounts,
  type ImportPreview,
  type ImportReport,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LABEL,
} from '@shared/portability';
import { type ChangeEvent, useId, useState } from 'react';
import { useImport, usePreviewImport } from './mutations';

interface Chosen {
  name: string;
  document: string;
  preview: ImportPreview;
}

export function ImportSection() {
  const inputId = useId();
  // A new key empties the file input, so the same file can be chosen again.
  const [inputKey, setInputKey] = useState(0);
  const [chosen, setChosen] = useState<Chosen>();
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictResolution>>(new Map());
  const [report, setReport] = useState<ImportReport>();
  const [tooBig, setTooBig] = useState<AppError>();
  const read = usePreviewImport();
  const apply = useImport();

  function clear() {
    setChosen(undefined);
    setReport(undefined);
    setTooBig(undefined);
    read.reset();
    apply.reset();
  }

  function reset() {
    clear();
    setInputKey((key) => key + 1);
  }

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    clear();
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setTooBig(
        new AppError(
          'invalid_input',
          `This file is larger than ${MAX_IMPORT_LABEL}, the most Threadline imports at once. ` +
            'Export the teams one by one and import them separately.',
        ),
      );
      return;
    }
    const document = await file.text();
    read.mutate(
      { document },
      {
        onSuccess: (preview) => {
          // A Map, since the keys come from the file and may be “__proto__” or “toString”.
          setChoices(
            new Map(preview.teams.filter((t) => t.conflict).map((t) => [t.key, 'rename'])),
          );
          setChosen({ name: file.name, document, preview });
        },
      },
    );
  }

  function importNow(item: Chosen) {
    apply.mutate(
      {
        document: item.document,
        resolutions: [...choices].map(([key, choice]) => ({ key, choice })),
      },
      {
        onSuccess: (result) => {
          setReport(result);
          setChosen(undefined);
          setInputKey((key) => key + 1);
        },
      },
    );
  }

  return (
    <section className="card settings-section" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <p className="muted">
        Add the teams and retros from a Threadline export file. Nothing in this workspace is changed
        or removed: imported teams are added next to yours. Threadline checks the whole file first
        and imports nothing if any part of it is wrong.
      </p>
      <div className="field settings-file-field">
        <label htmlFor={inputId}>Import from file</label>
        <input
          key={inputKey}
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={pick}
          disabled={read.isPending || apply.isPending}
        />
      </div>
      {read.isPending && <p className="loading">Checking the file…</p>}
      <ErrorBanner error={tooBig ?? read.error} />
      {chosen && (
        <ImportPreviewPanel
          chosen={chosen}
          choices={choices}
          onChoose={(key, choice) => setChoices((current) => new Map(current).set(key, choice))}
          onImport={() => importNow(chosen)}
          onCancel={reset}
          pending={apply.isPending}
        />
      )}
      <ErrorBanner error={apply.error} />
      {report && <ImportReportPanel report={report} onDone={reset} />}
    </section>
  );
}

function countsText(counts: ImportCounts): string {
  const parts = IMPORT_COUNT_KEYS.filter((key) => counts[key] > 0).map(
    (key) => `${IMPORT_COUNT_LABELS[key]}: ${counts[key]}`,
  );
  return parts.length === 0 ? 'Nothing.' : `${parts.join(', ')}.`;
}

function notesText(preview: ImportPreview): string {
  if (preview.facilitatorNotes === 'left-out') return 'Facilitator notes: left out of this file.';
  return preview.retrosWithNotes === 0
    ? 'Facilitator notes: included, though no retro in it has any.'
    : `Facilitator notes: included, for ${plural(preview.retrosWithNotes, 'retro')}.`;
}

function ImportPreviewPanel({
  chosen,
  choices,
  onChoose,
  onImport,
  onCancel,
  pending,
}: {
  chosen: Chosen;
  choices: ReadonlyMap<string, ConflictResolution>;
  onChoose: (key: string, choice: ConflictResolution) => void;
  onImport: () => void;
  onCancel: () => void;
  pending: boolean;
}) {
  const { preview } = chosen;
  const adding = preview.teams.filter((team) => !team.conflict || choices.get(team.key) !== 'skip');
  return (
    <section className="settings-preview" aria-label="Import preview">
      <h3>
        “{chosen.name}”, exported {formatMoment(preview.exportedAt)}
      </h3>
      <p>The file holds: {countsText(preview.counts)}</p>
      <p className="settings-notes-summary">{notesText(preview)}</p>
      {preview.teams.length > 0 && (
        <ul className="settings-import-teams">
          {preview.teams.map((team) => (
            <li key={team.key}>
              <div className="settings-import-team">
                <strong>{team.name}</strong>
                <span className="muted">{plural(team.sessions, 'retro')}</span>
                {team.archived && <span className="badge">Archived</span>}
              </div>
              {team.conflict && (
                <fieldset className="settings-conflict">
                  <legend>An active team here is already called “{team.name}”.</legend>
                  <label>
                    <input
                      type="radio"
                      name={`resolution-${team.key}`}
                      checked={choices.get(team.key) !== 'skip'}
                      onChange={() => onChoose(team.key, 'rename')}
                    />
                    Import it as “{team.renameTo}”
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`resolution-${team.key}`}
                      checked={choices.get(team.key) === 'skip'}
                      onChange={() => onChoose(team.key, 'skip')}
                    />
                    Skip this team
                  </label>
                </fieldset>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        {adding.length === preview.teams.length
          ? `Importing adds ${plural(adding.length, 'team')}.`
          : `Importing adds ${plural(adding.length, 'team')} of the ${preview.teams.length}.`}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={onImport}
          disabled={pending || adding.length === 0}
        >
          {pending ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function ImportReportPanel({ report, onDone }: { report: ImportReport; onDone: () => void }) {
  return (
    <div className="settings-preview" role="status" aria-label="Import report">
      <h3>Import finished</h3>
      <p>Added: {countsText(report.added)}</p>
      {report.renamed.length > 0 && (
        <>
          <p>Renamed because the name was taken:</p>
          <ul>
            {report.renamed.map((item) => (
              <li key={`${item.from}→${item.to}`}>
                “{item.from}” is now “{item.to}”
              </li>
            ))}
          </ul>
        </>
      )}
      {report.skipped.length > 0 && (
        <p>Skipped: {report.skipped.map((team) => `“${team.name}”`).join(', ')}.</p>
      )}
      <button type="button" className="button" onClick={onDone}>
        Import another file
      </button>
    </div>
  );
}

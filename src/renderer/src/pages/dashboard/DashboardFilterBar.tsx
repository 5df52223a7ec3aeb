import { TextField } from '@renderer/components/TextField';
import type { AppError } from '@shared/errors';
import { useId } from 'react';
import { type DashboardFilter, LAST_N_CHOICES } from './dashboard-filter';

interface FilterBarProps {
  filter: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
  /** The dashboard query's error, shown at the field it is about. */
  error: AppError | null;
}

/** How many recent retros to show, and an optional date range. */
export function DashboardFilterBar({ filter, onChange, error }: FilterBarProps) {
  const selectId = useId();
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <form
      className="dash-filter"
      aria-label="Dashboard filter"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={selectId}>Retros to show</label>
        <select
          id={selectId}
          value={String(filter.last)}
          onChange={(event) => {
            const value = event.target.value;
            onChange({
              ...filter,
              last: value === 'all' ? 'all' : (Number(value) as DashboardFilter['last']),
            });
          }}
        >
          {LAST_N_CHOICES.map((n) => (
            <option key={n} value={n}>
              Last {n} retros
            </option>
          ))}
          <option value="all">All retros</option>
        </select>
      </div>
      <TextField
        label="From date"
        type="date"
        value={filter.from}
        max={filter.to || undefined}
        error={fieldError('from')}
        onChange={(event) => onChange({ ...filter, from: event.target.value })}
      />
      <TextField
        label="To date"
        type="date"
        value={filter.to}
        min={filter.from || undefined}
        error={fieldError('to')}
        onChange={(event) => onChange({ ...filter, to: event.target.value })}
      />
      {(filter.from || filter.to) && (
        <button
          type="button"
          className="button quiet"
          onClick={() => onChange({ ...filter, from: '', to: '' })}
        >
          Clear dates
        </button>
      )}
    </form>
  );
}

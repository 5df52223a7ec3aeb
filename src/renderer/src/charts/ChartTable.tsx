import type { ReactNode } from 'react';

export interface TableRow {
  key: string;
  /** The first cell names the row (a session, a practice); the rest are its numbers. */
  cells: ReactNode[];
}

/** The data-table alternative to a chart: the same numbers, readable by anyone and any tool. */
export function ChartTable({
  label,
  columns,
  rows,
}: {
  /** The table's accessible name, e.g. "Pulse trend table". */
  label: string;
  columns: string[];
  rows: TableRow[];
}) {
  return (
    <div className="chart-table-wrap">
      <table className="chart-table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

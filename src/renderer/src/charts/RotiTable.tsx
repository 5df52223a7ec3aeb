import type { RotiState } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';
import './ratings-chart.css';

/** How many people gave each ROTI score, as a table: beside the chart or in place of it. */
export function RotiTable({ roti }: { roti: RotiState }) {
  return (
    <table className="ratings-table roti-table">
      <caption>ROTI ratings as a table</caption>
      <thead>
        <tr>
          <th scope="col">Score</th>
          <th scope="col">People</th>
        </tr>
      </thead>
      <tbody>
        {ROTI_LABELS.map((label, index) => (
          <tr key={label}>
            <th scope="row">
              {index + 1} · {label}
            </th>
            <td>{roti.distribution[index]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

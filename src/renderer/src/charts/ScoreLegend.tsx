import { SCORES } from './distribution-shares';
import { SCORE_COLOURS } from './palette';
import './charts.css';

const SCORE_NAMES = ['1 lowest', '2', '3', '4', '5 highest'];

/** The colour key of rating charts: what each of the five colours stands for. */
export function ScoreLegend({ fontSize, color }: { fontSize: number; color: string }) {
  return (
    <ul className="chart-legend" style={{ fontSize, color }}>
      {SCORES.map((score, index) => (
        <li key={score}>
          <span
            className="chart-swatch"
            style={{ background: SCORE_COLOURS[index]?.fill, width: fontSize, height: fontSize }}
          />
          {SCORE_NAMES[index]}
        </li>
      ))}
    </ul>
  );
}

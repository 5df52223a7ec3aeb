import './sample-badge.css';

/** Marks the demo team loaded from the empty state, so nobody mistakes it for real data. */
export function SampleBadge() {
  return (
    <span className="badge badge-sample" title="Made-up data to show what Threadline does">
      Sample
    </span>
  );
}

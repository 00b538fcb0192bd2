import type { Json } from "./api";

/** A Gantt chart of an execution's tasks: each bar from scheduled (or started) to ended, or to now while running. */
export function Timeline({ tasks }: { tasks: Json[] }) {
  const begin = (t: Json) => t.startTime || t.scheduledTime || 0;
  const end = (t: Json) => t.endTime || Date.now();
  const timed = tasks.filter((t) => begin(t) > 0);
  if (!timed.length) return <p>No task has started yet.</p>;
  const t0 = Math.min(...timed.map(begin));
  const span = Math.max(1, Math.max(...timed.map(end)) - t0);
  const width = 700, row = 22, labelWidth = 180;
  return (
    <svg class="timeline" width={labelWidth + width + 60} height={timed.length * row + 10} role="img" aria-label="Timeline of the tasks">
      {timed.map((t, i) => {
        const x = labelWidth + ((begin(t) - t0) / span) * width;
        const w = Math.max(2, ((end(t) - begin(t)) / span) * width);
        return (
          <g class={`bar status-${t.status}`} transform={`translate(0,${i * row + 4})`}>
            <text x={0} y={14}>{t.referenceTaskName}</text>
            <rect x={x} y={2} width={w} height={row - 6} rx={2} />
            <text x={x + w + 4} y={14} class="duration">{end(t) - begin(t)} ms</text>
          </g>
        );
      })}
    </svg>
  );
}

import { useEffect, useState } from "preact/hooks";
import { get, type Json } from "../api";

const MINUTES = 60;
const MINUTE = 60_000;
const SERIES = [
  { key: "started", label: "Started", color: "#2f6db5" },
  { key: "completed", label: "Completed", color: "#2e8540" },
  { key: "failed", label: "Failed", color: "#c0392b" },
] as const;

/** Workflows started, completed and failed per minute of the last hour, one small chart per workflow type. */
export function Metrics() {
  const [counts, setCounts] = useState<Json[] | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    const load = () => get(`/api/metrics/workflows?minutes=${MINUTES}`).then(setCounts, (e) => setError(e.message));
    load();
    const timer = setInterval(load, 15_000);
    return () => clearInterval(timer);
  }, []);
  const byType = new Map<string, Json[]>();
  for (const c of counts ?? []) byType.set(c.workflowType, [...(byType.get(c.workflowType) ?? []), c]);
  const last = Math.floor(Date.now() / MINUTE) * MINUTE;
  return (
    <section>
      <h1>Workflows per minute <small>last {MINUTES} minutes</small></h1>
      {error && <p role="alert" class="error">{error}</p>}
      {counts === null && !error && <p>Loading…</p>}
      {counts?.length === 0 && <p>No workflow started or ended in the last {MINUTES} minutes.</p>}
      <p class="legend">{SERIES.map((s) => <span><span class="swatch" style={{ background: s.color }} aria-hidden="true" />{s.label}</span>)}</p>
      <table>
        <thead><tr><th scope="col">Workflow type</th>{SERIES.map((s) => <th scope="col">{s.label}</th>)}<th scope="col">Per minute</th></tr></thead>
        <tbody>{[...byType].map(([type, minutes]) => (
          <tr data-type={type}>
            <td>{type}</td>
            {SERIES.map((s) => <td class={s.key}>{minutes.reduce((sum, m) => sum + m[s.key], 0)}</td>)}
            <td><Chart type={type} minutes={minutes} last={last} /></td>
          </tr>))}
        </tbody>
      </table>
    </section>
  );
}

/** One bar per series and minute, the newest minute on the right; the table's totals say the same in text. */
function Chart({ type, minutes, last }: { type: string; minutes: Json[]; last: number }) {
  const slot = 6, height = 40;
  const max = Math.max(1, ...minutes.flatMap((m) => SERIES.map((s) => m[s.key])));
  return (
    <svg class="chart" width={MINUTES * slot} height={height + 1} role="img"
      aria-label={`${type}: started, completed and failed per minute over the last ${MINUTES} minutes`}>
      <line x1="0" y1={height} x2={MINUTES * slot} y2={height} stroke="#888" />
      {minutes.flatMap((m) => {
        const index = MINUTES - 1 - Math.round((last - m.minute) / MINUTE);
        if (index < 0 || index >= MINUTES) return [];
        return SERIES.map((s, i) => {
          const h = (m[s.key] / max) * height;
          return <rect x={index * slot + i * 2} y={height - h} width="2" height={h} fill={s.color}>
            <title>{`${new Date(m.minute).toLocaleTimeString()}: ${m[s.key]} ${s.label.toLowerCase()}`}</title>
          </rect>;
        });
      })}
    </svg>
  );
}

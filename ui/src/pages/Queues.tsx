import { useEffect, useState } from "preact/hooks";
import { get, type Json } from "../api";

/** Depth and oldest waiting age per task type, and the workers that polled it last. */
export function Queues() {
  const [sizes, setSizes] = useState<Record<string, number>>({});
  const [ages, setAges] = useState<Record<string, { depth: number; oldestAgeSeconds: number }>>({});
  const [polls, setPolls] = useState<Json[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    Promise.all([get("/api/tasks/queue/all"), get("/api/tasks/queue/ages"), get("/api/tasks/queue/polldata/all")])
      .then(([s, a, p]) => { setSizes(s ?? {}); setAges(a ?? {}); setPolls(p ?? []); }, (e) => setError(e.message));
  }, []);
  const types = [...new Set([...Object.keys(sizes), ...polls.map((p) => p.queueName)])].sort();
  return (
    <section>
      <h1>Task queues</h1>
      {error && <p role="alert" class="error">{error}</p>}
      <table>
        <thead><tr>
          <th scope="col">Task type</th><th scope="col">Pending</th><th scope="col">Oldest waiting</th>
          <th scope="col">Pollers (worker, domain, last poll)</th>
        </tr></thead>
        <tbody>{types.map((type) => (
          <tr data-queue={type}>
            <td>{type}</td><td>{sizes[type] ?? 0}</td>
            <td class="age">{ages[type] ? age(ages[type].oldestAgeSeconds) : "–"}</td>
            <td>{polls.filter((p) => p.queueName === type).map((p) => <div>{p.workerId}{p.domain ? ` (${p.domain})` : ""} · {p.lastPollTime ? new Date(p.lastPollTime).toLocaleTimeString() : ""}</div>)}</td>
          </tr>))}
        </tbody>
      </table>
    </section>
  );
}

function age(seconds: number) {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
}

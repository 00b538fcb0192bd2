import { useEffect, useState } from "preact/hooks";
import { get, type Json } from "../api";

/** Depth per task type and the workers that polled it last. */
export function Queues() {
  const [sizes, setSizes] = useState<Record<string, number>>({});
  const [polls, setPolls] = useState<Json[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    Promise.all([get("/api/tasks/queue/all"), get("/api/tasks/queue/polldata/all")])
      .then(([s, p]) => { setSizes(s ?? {}); setPolls(p ?? []); }, (e) => setError(e.message));
  }, []);
  const types = [...new Set([...Object.keys(sizes), ...polls.map((p) => p.queueName)])].sort();
  return (
    <section>
      <h1>Task queues</h1>
      {error && <p role="alert" class="error">{error}</p>}
      <table>
        <thead><tr><th scope="col">Task type</th><th scope="col">Pending</th><th scope="col">Pollers (worker, domain, last poll)</th></tr></thead>
        <tbody>{types.map((type) => (
          <tr>
            <td>{type}</td><td>{sizes[type] ?? 0}</td>
            <td>{polls.filter((p) => p.queueName === type).map((p) => <div>{p.workerId}{p.domain ? ` (${p.domain})` : ""} · {p.lastPollTime ? new Date(p.lastPollTime).toLocaleTimeString() : ""}</div>)}</td>
          </tr>))}
        </tbody>
      </table>
    </section>
  );
}

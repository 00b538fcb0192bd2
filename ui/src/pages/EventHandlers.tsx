import { useEffect, useState } from "preact/hooks";
import { enc, get, type Json } from "../api";

const RECENT = 10;

/** Every event handler with its condition, actions and active flag, and what it last did with messages. */
export function EventHandlers() {
  const [handlers, setHandlers] = useState<Json[] | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => { get("/api/event").then(setHandlers, (e) => setError(e.message)); }, []);
  return (
    <section>
      <h1>Event handlers</h1>
      {error && <p role="alert" class="error">{error}</p>}
      {handlers === null && !error && <p>Loading…</p>}
      {handlers?.length === 0 && <p>No event handler is registered (<code>POST /api/event</code>).</p>}
      {[...(handlers ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((h) => <Handler handler={h} />)}
    </section>
  );
}

function Handler({ handler }: { handler: Json }) {
  const [executions, setExecutions] = useState<Json[] | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    get(`/api/event/executions?handler=${enc(handler.name)}&limit=${RECENT}`).then(setExecutions, (e) => setError(e.message));
  }, [handler.name]);
  return (
    <article class="handler" data-handler={handler.name} aria-labelledby={`handler-${handler.name}`}>
      <h2 id={`handler-${handler.name}`}>{handler.name} <span class="badge">{handler.active ? "active" : "inactive"}</span></h2>
      <dl class="facts">
        <dt>Event</dt><dd><code>{handler.event}</code></dd>
        <dt>Condition</dt><dd>{handler.condition ? <code>{handler.condition}</code> : "(none: every message)"}</dd>
        <dt>Actions</dt><dd>{(handler.actions ?? []).map((a: Json) => <div><code>{a.action}</code> {summary(a)}</div>)}</dd>
      </dl>
      <table>
        <caption>Last {RECENT} executions of {handler.name}</caption>
        <thead><tr><th scope="col">Time</th><th scope="col">Message</th><th scope="col">Action</th><th scope="col">Outcome</th><th scope="col">Workflow</th></tr></thead>
        <tbody>
          {error && <tr><td colSpan={5} role="alert" class="error">{error}</td></tr>}
          {executions?.length === 0 && <tr><td colSpan={5}>No message handled yet.</td></tr>}
          {(executions ?? []).map((x) => (
            <tr>
              <td>{new Date(x.created).toLocaleString()}</td>
              <td><code>{x.messageId}</code></td>
              <td>{x.action ?? ""}</td>
              <td><span class={`badge status-${x.status}`}>{x.status}</span>{x.reason ? ` ${x.reason}` : ""}</td>
              <td>{x.output?.workflowId && <a href={`#/executions/${enc(x.output.workflowId)}`}>{x.output.workflowId}</a>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

/** The action's target in a few words: the workflow it starts, or the task it completes or fails. */
function summary(action: Json) {
  const start = action.start_workflow;
  if (start) return `${start.name}${start.version ? ` v${start.version}` : ""}`;
  const task = action.complete_task ?? action.fail_task;
  if (task) return `${task.taskRefName ?? task.taskId ?? ""}`;
  const target = action.terminate_workflow ?? action.update_workflow_variables;
  return target?.workflowId ?? "";
}

import { useEffect, useState } from "preact/hooks";
import { del, enc, get, post, put, type Json } from "../api";
import { Confirm, type Pending } from "../Confirm";
import { Diagram } from "../Diagram";
import { drawnRef } from "../graph";
import { Timeline } from "../Timeline";

const POLL_MS = 2000;
const FINAL = new Set(["COMPLETED", "FAILED", "TIMED_OUT", "TERMINATED"]);

export function Execution({ id }: { id: string }) {
  const [wf, setWf] = useState<Json>(null);
  const [def, setDef] = useState<Json>(null);
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<string>();
  const [logs, setLogs] = useState<Json[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [tick, setTick] = useState(0);

  // Polls the execution: only the data changes, the page stays where it is.
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const load = async () => {
      try {
        const w = await get(`/api/workflow/${enc(id)}?includeTasks=true`);
        if (stopped) return;
        setWf(w);
        setError(undefined);
        if (!def) setDef(w.workflowDefinition ?? await get(`/api/metadata/workflow/${enc(w.workflowName ?? w.workflowType)}?version=${w.workflowVersion ?? w.version}`));
      } catch (e) {
        if (!stopped) setError((e as Error).message);
      }
      if (!stopped) timer = window.setTimeout(load, POLL_MS);
    };
    load();
    return () => { stopped = true; clearTimeout(timer); };
  }, [id, tick]);

  const tasks: Json[] = wf?.tasks ?? [];
  const statuses: Record<string, string> = {};
  for (const t of tasks) statuses[drawnRef(t.referenceTaskName)] = t.status;
  const task = [...tasks].reverse().find((t) => drawnRef(t.referenceTaskName) === selected);
  useEffect(() => {
    setLogs([]);
    if (task?.taskId) get(`/api/tasks/${enc(task.taskId)}/log`).then((l) => setLogs(l ?? []), () => setLogs([]));
  }, [task?.taskId]);

  const ask = (title: string, run: () => Promise<unknown>) => () => setPending({ title, run });
  const status: string = wf?.status ?? "";
  return (
    <section>
      <h1>Execution <code>{id}</code></h1>
      {error && <p role="alert" class="error">{error}</p>}
      {wf && <>
        <p class="summary">
          <a href={`#/definitions/${enc(wf.workflowName ?? wf.workflowType)}/${wf.workflowVersion ?? wf.version}`}>{wf.workflowName ?? wf.workflowType} v{wf.workflowVersion ?? wf.version}</a>
          {" "}<span class={`badge status-${status}`} data-testid="workflow-status">{status}</span>
          {wf.correlationId && <> · correlation id {wf.correlationId}</>}
          {wf.reasonForIncompletion && <> · <span class="error">{wf.reasonForIncompletion}</span></>}
        </p>
        <div class="actions" role="group" aria-label="Actions">
          <button type="button" disabled={status !== "RUNNING"} onClick={ask("Pause this execution", () => put(`/api/workflow/${enc(id)}/pause`))}>Pause</button>
          <button type="button" disabled={status !== "PAUSED"} onClick={ask("Resume this execution", () => put(`/api/workflow/${enc(id)}/resume`))}>Resume</button>
          <button type="button" disabled={FINAL.has(status)} onClick={ask("Terminate this execution", () => del(`/api/workflow/${enc(id)}?reason=${enc("terminated from the UI")}`))}>Terminate</button>
          <button type="button" disabled={!FINAL.has(status)} onClick={ask("Restart this execution", () => post(`/api/workflow/${enc(id)}/restart`))}>Restart</button>
          <button type="button" disabled={!FINAL.has(status) || status === "COMPLETED"} onClick={ask("Retry the failed task", () => post(`/api/workflow/${enc(id)}/retry`))}>Retry</button>
          <button type="button" disabled={!task || status !== "RUNNING"} onClick={ask(`Skip task ${selected}`, () => put(`/api/workflow/${enc(id)}/skiptask/${enc(task.referenceTaskName)}`))}>Skip task</button>
          <button type="button" disabled={!task || !FINAL.has(status)} onClick={ask(`Rerun from task ${selected}`, () => post(`/api/workflow/${enc(id)}/rerun`, { reRunFromWorkflowId: id, reRunFromTaskId: task.taskId }))}>Rerun from task</button>
        </div>
        <div class="split">
          <div class="diagram-box">{def && <Diagram definition={def} statuses={statuses} selected={selected} onSelect={setSelected} />}</div>
          <div class="task-box">
            <h2>Task {selected ? <code>{selected}</code> : "(select one in the diagram or the list)"}</h2>
            {task && <dl class="task-details" data-testid="task-details">
              <dt>Status</dt><dd>{task.status}</dd>
              <dt>Type</dt><dd>{task.taskType}</dd>
              <dt>Worker id</dt><dd>{task.workerId ?? "—"}</dd>
              <dt>Retries</dt><dd>{task.retryCount ?? 0}{task.retriedTaskId ? ` (retry of ${task.retriedTaskId})` : ""}</dd>
              <dt>Poll count</dt><dd>{task.pollCount ?? 0}</dd>
              {task.reasonForIncompletion && <><dt>Reason</dt><dd class="error">{task.reasonForIncompletion}</dd></>}
              <dt>Input</dt><dd><pre>{JSON.stringify(task.inputData ?? {}, null, 2)}</pre></dd>
              <dt>Output</dt><dd><pre>{JSON.stringify(task.outputData ?? {}, null, 2)}</pre></dd>
              <dt>Logs</dt><dd>{logs.length ? <ul>{logs.map((l) => <li>{l.createdTime ? new Date(l.createdTime).toLocaleTimeString() + " " : ""}{l.log}</li>)}</ul> : "none"}</dd>
            </dl>}
          </div>
        </div>
        <h2>Tasks</h2>
        <table>
          <thead><tr><th scope="col">Reference</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Retries</th><th scope="col">Worker</th><th scope="col">Scheduled</th></tr></thead>
          <tbody>{tasks.map((t) => (
            <tr class={drawnRef(t.referenceTaskName) === selected ? "selected" : ""}>
              <td><button type="button" class="link" onClick={() => setSelected(drawnRef(t.referenceTaskName))}>{t.referenceTaskName}</button></td>
              <td>{t.taskType}</td><td><span class={`badge status-${t.status}`}>{t.status}</span></td>
              <td>{t.retryCount ?? 0}</td><td>{t.workerId}</td>
              <td>{t.scheduledTime ? new Date(t.scheduledTime).toLocaleTimeString() : ""}</td>
            </tr>))}
          </tbody>
        </table>
        <h2>Timeline</h2>
        <Timeline tasks={tasks} />
      </>}
      <Confirm pending={pending} onDone={(err) => { setPending(null); if (err) setError(err); setTick(tick + 1); }} />
    </section>
  );
}

import { useEffect, useState } from "preact/hooks";
import { enc, get, post, put, type Json } from "../api";
import { Confirm, type Pending } from "../Confirm";
import { go, type Route } from "../router";

const STATUSES = ["", "RUNNING", "COMPLETED", "FAILED", "TIMED_OUT", "TERMINATED", "PAUSED"];
const FIELDS = ["type", "status", "correlationId", "from", "to", "freeText", "sort", "start"] as const;
const PAGE = 20;

/** Conductor's query grammar, as /api/workflow/search reads it. */
export function searchQuery(p: URLSearchParams): string {
  const quote = (v: string) => `"${v.replace(/"/g, "")}"`;
  const parts: string[] = [];
  if (p.get("type")) parts.push(`workflowType IN (${p.get("type")!.split(",").map((t) => quote(t.trim())).join(",")})`);
  if (p.get("status")) parts.push(`status IN (${p.get("status")})`);
  if (p.get("correlationId")) parts.push(`correlationId = ${quote(p.get("correlationId")!)}`);
  if (p.get("from")) parts.push(`startTime > ${new Date(p.get("from")!).getTime()}`);
  if (p.get("to")) parts.push(`startTime < ${new Date(p.get("to")!).getTime()}`);
  return parts.join(" AND ");
}

export function Executions({ route }: { route: Route }) {
  const p = route.params;
  const [form, setForm] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Json>(null);
  const [error, setError] = useState<string>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<Pending | null>(null);
  const start = Number(p.get("start") ?? 0);
  const load = () => {
    const sort = p.get("sort") || "startTime:DESC";
    get(`/api/workflow/search?start=${start}&size=${PAGE}&sort=${enc(sort)}&freeText=${enc(p.get("freeText") || "*")}&query=${enc(searchQuery(p))}`)
      .then((r) => { setResult(r); setError(undefined); }, (e) => setError(e.message));
  };
  useEffect(() => {
    setForm(Object.fromEntries(FIELDS.map((f) => [f, p.get(f) ?? ""])));
    setChosen(new Set());
    load();
  }, [p.toString()]);
  const submit = (e: Event) => {
    e.preventDefault();
    const q = new URLSearchParams(Object.entries({ ...form, start: "" }).filter(([, v]) => v));
    go(`/executions?${q}`);
  };
  const pageTo = (s: number) => { const q = new URLSearchParams(p); q.set("start", String(s)); go(`/executions?${q}`); };
  const field = (name: string, label: string, type = "text") => (
    <div class="field"><label for={`search-${name}`}>{label}</label><input id={`search-${name}`} type={type} name={name} value={form[name] ?? ""} onInput={(e) => setForm({ ...form, [name]: (e.target as HTMLInputElement).value })} /></div>
  );
  const bulk = (title: string, run: (ids: string[]) => Promise<unknown>) => (
    <button type="button" disabled={!chosen.size} onClick={() => setPending({ title: `${title} ${chosen.size} execution(s)`, run: () => run([...chosen]) })}>{title}</button>
  );
  const rows: Json[] = result?.results ?? [];
  const total: number = result?.totalHits ?? 0;
  return (
    <section>
      <h1>Executions</h1>
      <form class="search" onSubmit={submit} role="search" aria-label="Search executions">
        {field("type", "Workflow type")}
        <div class="field"><label for="search-status">Status</label><select id="search-status" name="status" value={form.status ?? ""} onChange={(e) => setForm({ ...form, status: (e.target as HTMLSelectElement).value })}>
          {STATUSES.map((s) => <option value={s}>{s || "any"}</option>)}</select></div>
        {field("correlationId", "Correlation id")}
        {field("from", "Started after", "datetime-local")}
        {field("to", "Started before", "datetime-local")}
        {field("freeText", "Free text")}
        <div class="field"><label for="search-sort">Sort</label><select id="search-sort" name="sort" value={form.sort ?? ""} onChange={(e) => setForm({ ...form, sort: (e.target as HTMLSelectElement).value })}>
          <option value="">newest first</option><option value="startTime:ASC">oldest first</option>
          <option value="workflowType:ASC">type</option><option value="status:ASC">status</option></select></div>
        <button type="submit" class="primary">Search</button>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
      <div class="bulk" aria-label="Bulk actions" role="group">
        {bulk("Pause", (ids) => put("/api/workflow/bulk/pause", ids))}
        {bulk("Resume", (ids) => put("/api/workflow/bulk/resume", ids))}
        {bulk("Retry", (ids) => post("/api/workflow/bulk/retry", ids))}
        {bulk("Restart", (ids) => post("/api/workflow/bulk/restart", ids))}
        {bulk("Terminate", (ids) => post("/api/workflow/bulk/terminate?reason=terminated+from+the+UI", ids))}
      </div>
      <table>
        <thead><tr><th scope="col"><span class="sr-only">Select</span></th><th scope="col">Workflow id</th><th scope="col">Type</th><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Started</th><th scope="col">Correlation id</th></tr></thead>
        <tbody>
          {rows.map((w) => (
            <tr>
              <td><input type="checkbox" aria-label={`Select ${w.workflowId}`} checked={chosen.has(w.workflowId)}
                         onChange={() => { const s = new Set(chosen); s.has(w.workflowId) ? s.delete(w.workflowId) : s.add(w.workflowId); setChosen(s); }} /></td>
              <td><a href={`#/executions/${w.workflowId}`}>{w.workflowId}</a></td>
              <td>{w.workflowType}</td><td>{w.version}</td>
              <td><span class={`badge status-${w.status}`}>{w.status}</span></td>
              <td>{w.startTime ? new Date(w.startTime).toLocaleString() : ""}</td>
              <td>{w.correlationId}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label="Pages">
        <button type="button" disabled={start === 0} onClick={() => pageTo(Math.max(0, start - PAGE))}>Previous page</button>
        <span>{total ? `${start + 1}–${start + rows.length} of ${total}` : "No executions found"}</span>
        <button type="button" disabled={start + PAGE >= total} onClick={() => pageTo(start + PAGE)}>Next page</button>
      </nav>
      <Confirm pending={pending} onDone={(err) => { setPending(null); if (err) setError(err); load(); }} />
    </section>
  );
}

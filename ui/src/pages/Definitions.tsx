import { useEffect, useState } from "preact/hooks";
import { enc, get, type Json } from "../api";

export function Definitions() {
  const [defs, setDefs] = useState<Json[] | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => { get("/api/metadata/workflow").then(setDefs, (e) => setError(e.message)); }, []);
  const byName = new Map<string, number[]>();
  for (const d of defs ?? []) byName.set(d.name, [...(byName.get(d.name) ?? []), d.version].sort((a, b) => b - a));
  return (
    <section>
      <h1>Workflow definitions</h1>
      {error && <p role="alert" class="error">{error}</p>}
      {defs === null && !error && <p>Loading…</p>}
      <table>
        <thead><tr><th scope="col">Name</th><th scope="col">Versions</th><th scope="col">Executions</th></tr></thead>
        <tbody>
          {[...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, versions]) => (
            <tr>
              <td><a href={`#/definitions/${enc(name)}/${versions[0]}`}>{name}</a></td>
              <td>{versions.map((v) => <a class="version" href={`#/definitions/${enc(name)}/${v}`} aria-label={`${name} version ${v}`}>v{v}</a>)}</td>
              <td><a href={`#/executions?type=${enc(name)}`} aria-label={`Executions of ${name}`}>search</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

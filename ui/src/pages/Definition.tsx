import { useEffect, useState } from "preact/hooks";
import { enc, get, put, type Json } from "../api";
import { Diagram } from "../Diagram";

export function Definition({ name, version }: { name: string; version: string }) {
  const [def, setDef] = useState<Json>(null);
  const [text, setText] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  useEffect(() => {
    get(`/api/metadata/workflow/${enc(name)}?version=${enc(version)}`).then((d) => {
      setDef(d);
      setText(JSON.stringify(d, null, 2));
    }, (e) => setMessage({ error: true, text: e.message }));
  }, [name, version]);
  const save = async () => {
    let parsed: Json;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      setMessage({ error: true, text: `Not JSON: ${(e as Error).message}` });
      return;
    }
    try {
      await put("/api/metadata/workflow", [parsed]);
      setDef(parsed);
      setMessage({ error: false, text: "Saved." });
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message });
    }
  };
  return (
    <section>
      <h1>{name} <small>v{version}</small></h1>
      <p><a href={`#/executions?type=${enc(name)}`}>Executions of {name}</a></p>
      {message && <p role={message.error ? "alert" : "status"} class={message.error ? "error" : "ok"}>{message.text}</p>}
      <div class="split">
        <div class="diagram-box">{def && <Diagram definition={def} />}</div>
        <div class="json-box">
          <label for="definition-json">Definition (JSON)</label>
          <textarea id="definition-json" spellcheck={false} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
          <button type="button" onClick={save}>Save definition</button>
        </div>
      </div>
    </section>
  );
}

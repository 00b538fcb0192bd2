import { render } from "preact";
import "./style.css";
import { Definition } from "./pages/Definition";
import { Definitions } from "./pages/Definitions";
import { Execution } from "./pages/Execution";
import { EventHandlers } from "./pages/EventHandlers";
import { Executions } from "./pages/Executions";
import { Metrics } from "./pages/Metrics";
import { Queues } from "./pages/Queues";
import { useRoute } from "./router";

function App() {
  const route = useRoute();
  const [section, a, b] = route.path;
  let page;
  if (section === "definitions" && a) page = <Definition name={a} version={b ?? "1"} />;
  else if (section === "executions" && a) page = <Execution id={a} />;
  else if (section === "executions") page = <Executions route={route} />;
  else if (section === "queues") page = <Queues />;
  else if (section === "events") page = <EventHandlers />;
  else if (section === "metrics") page = <Metrics />;
  else page = <Definitions />;
  const current = (s: string) => ((section ?? "definitions") === s ? "page" : undefined);
  return (
    <>
      <header>
        <nav aria-label="Main">
          <span class="brand">Baton</span>
          <a href="#/definitions" aria-current={current("definitions")}>Definitions</a>
          <a href="#/executions" aria-current={current("executions")}>Executions</a>
          <a href="#/queues" aria-current={current("queues")}>Task queues</a>
          <a href="#/events" aria-current={current("events")}>Event handlers</a>
          <a href="#/metrics" aria-current={current("metrics")}>Metrics</a>
          <a href="/q/swagger-ui">API</a>
        </nav>
      </header>
      <main>{page}</main>
    </>
  );
}

render(<App />, document.getElementById("app")!);

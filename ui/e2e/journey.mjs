// A person's way through the UI against a running cluster: find a failed execution by searching, see its failed
// node in red, retry it, watch it turn green once a worker completes it; then the task queues, event handlers and
// metrics pages; axe-core checks each main page.
// Usage: node journey.mjs <front door URL> <folder for screenshots>
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { chromium } from "playwright-core";

const [base, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const suffix = Date.now().toString(36);
const workflowName = `ui_order_${suffix}`;
const charge = `ui_charge_${suffix}`, ship = `ui_ship_${suffix}`, notify = `ui_notify_${suffix}`;

async function api(method, path, body) {
  const response = await fetch(base + path, {
    method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  try { return JSON.parse(text); } catch { return text; }
}

async function until(what, check, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Acts as a worker: takes the next task of the type and reports it with the given status. */
async function work(type, status, extra = {}) {
  const [task] = await until(`a ${type} task`, async () => {
    const polled = await api("GET", `/api/tasks/poll/batch/${type}?workerid=ui-journey&count=1&timeout=1000`);
    return polled?.length ? polled : null;
  });
  await api("POST", `/api/tasks/${task.taskId}/log`, `${type} tried by the journey test`);
  await api("POST", "/api/tasks", { workflowInstanceId: task.workflowInstanceId, taskId: task.taskId, status, ...extra });
}

async function accessible(page, name) {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (serious.length) {
    throw new Error(`${name}: accessibility violations: ` + serious.map((v) => `${v.id} (${v.nodes.map((n) => n.target).join(", ")})`).join("; "));
  }
}

await api("POST", "/api/metadata/taskdefs", [charge, ship, notify].map((name) => ({ name, retryCount: 0, ownerEmail: "ui@example.com" })));
await api("POST", "/api/metadata/workflow", {
  name: workflowName, version: 1, schemaVersion: 2, ownerEmail: "ui@example.com",
  tasks: [
    { name: charge, taskReferenceName: "charge", type: "SIMPLE" },
    { name: "fork", taskReferenceName: "fulfil", type: "FORK_JOIN",
      forkTasks: [[{ name: ship, taskReferenceName: "ship", type: "SIMPLE" }], [{ name: notify, taskReferenceName: "notify", type: "SIMPLE" }]] },
    { name: "join", taskReferenceName: "fulfil_join", type: "JOIN", joinOn: ["ship", "notify"] },
  ],
});
const id = await api("POST", `/api/workflow/${workflowName}`, { orderId: 42 });
await work(charge, "FAILED", { reasonForIncompletion: "card declined" });
await until("the workflow to fail", async () => (await api("GET", `/api/workflow/${id}`)).status === "FAILED");

const profile = mkdtempSync(join(tmpdir(), "baton-ui-chromium-"));
// A fresh profile each run (Playwright passes it as --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  viewport: { width: 1400, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);

  // Search for the failed execution as a person would, with the form.
  await page.goto(`${base}/#/executions`);
  await page.getByLabel("Workflow type").fill(workflowName);
  await page.getByLabel("Status").selectOption("FAILED");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: id }).waitFor();
  await accessible(page, "executions");
  await page.screenshot({ path: join(shots, "executions.png"), fullPage: true });
  await page.getByRole("link", { name: id }).click();

  // The failed node is red, and its details tell why.
  const chargeNode = page.locator('g.node[data-ref="charge"]');
  await page.locator('g.node[data-ref="charge"][data-status="FAILED"]').waitFor();
  const red = await chargeNode.locator("rect").evaluate((r) => getComputedStyle(r).fill);
  if (red !== "rgb(246, 185, 185)") throw new Error(`failed node is drawn ${red}, not red`);
  await chargeNode.focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("task-details").getByText("card declined").waitFor();
  await page.getByTestId("task-details").getByText(`${charge} tried by the journey test`).waitFor();
  await accessible(page, "execution");
  await page.screenshot({ path: join(shots, "execution-failed.png"), fullPage: true });

  // Retry, confirmed in the dialog; a worker completes the retried task and the rest; the page follows by polling.
  await page.getByRole("button", { name: "Retry" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirm" }).click();
  await work(charge, "COMPLETED", { outputData: { paid: true } });
  await work(ship, "COMPLETED");
  await work(notify, "COMPLETED");
  await page.locator('g.node[data-ref="charge"][data-status="COMPLETED"]').waitFor();
  await page.getByTestId("workflow-status").getByText("COMPLETED").waitFor();
  const green = await chargeNode.locator("rect").evaluate((r) => getComputedStyle(r).fill);
  if (green !== "rgb(191, 230, 191)") throw new Error(`completed node is drawn ${green}, not green`);
  await page.screenshot({ path: join(shots, "execution-completed.png"), fullPage: true });

  // The definitions list and a definition's diagram with its JSON.
  await page.goto(`${base}/#/definitions`);
  await page.getByRole("link", { name: workflowName, exact: true }).click();
  await page.locator('svg.diagram g.node[data-ref="fulfil_join"]').waitFor();
  await page.getByLabel("Definition (JSON)").waitFor();
  await accessible(page, "definition");
  await page.screenshot({ path: join(shots, "definition.png"), fullPage: true });

  // SWITCH cases, a DO_WHILE looping back and a SUB_WORKFLOW, each drawn.
  const shapes = `ui_shapes_${suffix}`;
  await api("POST", "/api/metadata/workflow", {
    name: shapes, version: 1, schemaVersion: 2, ownerEmail: "ui@example.com",
    tasks: [
      { name: "route", taskReferenceName: "route", type: "SWITCH", evaluatorType: "value-param", expression: "kind",
        inputParameters: { kind: "${workflow.input.kind}" },
        decisionCases: { express: [{ name: ship, taskReferenceName: "express_ship", type: "SIMPLE" }] },
        defaultCase: [{ name: notify, taskReferenceName: "plain_notify", type: "SIMPLE" }] },
      { name: "repeat", taskReferenceName: "repeat", type: "DO_WHILE", loopCondition: "$.repeat['iteration'] < 2",
        loopOver: [{ name: ship, taskReferenceName: "again", type: "SIMPLE" }] },
      { name: "child", taskReferenceName: "child", type: "SUB_WORKFLOW", subWorkflowParam: { name: workflowName, version: 1 } },
    ],
  });
  await page.goto(`${base}/#/definitions/${shapes}/1`);
  for (const ref of ["route", "express_ship", "plain_notify", "repeat", "again", "child"]) {
    await page.locator(`svg.diagram g.node[data-ref="${ref}"]`).waitFor();
  }
  for (const label of ["express", "default"]) await page.locator("svg.diagram .edge-label", { hasText: label }).first().waitFor();
  if (await page.locator("svg.diagram .edge.loop").count() !== 1) throw new Error("the DO_WHILE body is not drawn looping back");
  await page.locator('g.node[data-ref="child"]', { hasText: `${workflowName} (sub-workflow)` }).waitFor();
  await page.screenshot({ path: join(shots, "definition-shapes.png"), fullPage: true });

  // Task queues: a task left waiting shows its queue's oldest age, and the journey's worker among the pollers.
  await api("POST", `/api/workflow/${workflowName}`, { orderId: 43 });
  await until(`a waiting ${charge} task`, async () => (await api("GET", "/api/tasks/queue/ages"))[charge]);
  await page.goto(`${base}/#/queues`);
  const queueRow = page.locator(`tr[data-queue="${charge}"]`);
  await queueRow.locator("td.age", { hasText: / s$/ }).waitFor();
  await queueRow.getByText("ui-journey").waitFor();
  await accessible(page, "task queues");
  await page.screenshot({ path: join(shots, "queues.png"), fullPage: true });

  // Event handlers: an EVENT task's message starts a workflow through a handler; the page lists what it did.
  const emitter = `ui_emit_${suffix}`, started = `ui_started_${suffix}`, handler = `ui_on_placed_${suffix}`;
  await api("POST", "/api/metadata/workflow", { name: started, version: 1, schemaVersion: 2, ownerEmail: "ui@example.com",
    tasks: [{ name: notify, taskReferenceName: "notify", type: "SIMPLE" }] });
  await api("POST", "/api/metadata/workflow", { name: emitter, version: 1, schemaVersion: 2, ownerEmail: "ui@example.com",
    tasks: [{ name: "emit", taskReferenceName: "emit", type: "EVENT", sink: "conductor:placed", inputParameters: { orderId: 7 } }] });
  await api("POST", "/api/event", { name: handler, event: `conductor:${emitter}:placed`, active: true,
    actions: [{ action: "start_workflow", start_workflow: { name: started, version: 1, input: { orderId: "${orderId}" } } }] });
  await api("POST", `/api/workflow/${emitter}`, {});
  const [execution] = await until("the handler's execution", async () => {
    const done = await api("GET", `/api/event/executions?handler=${handler}`);
    return done?.length && done[0].output?.workflowId ? done : null;
  }, 60);
  await page.goto(`${base}/#/events`);
  const handlerBox = page.locator(`article[data-handler="${handler}"]`);
  await handlerBox.getByText(`conductor:${emitter}:placed`).waitFor();
  await handlerBox.getByRole("link", { name: execution.output.workflowId }).waitFor();
  await accessible(page, "event handlers");
  await page.screenshot({ path: join(shots, "event-handlers.png"), fullPage: true });

  // Metrics: the journey's starts are counted for its workflow type.
  await page.goto(`${base}/#/metrics`);
  await page.locator(`tr[data-type="${workflowName}"] td.started`, { hasText: /^[1-9]\d*$/ }).waitFor();
  await page.locator(`tr[data-type="${workflowName}"] svg.chart rect`).first().waitFor();
  await accessible(page, "metrics");
  await page.screenshot({ path: join(shots, "metrics.png"), fullPage: true });

  // Keyboard: the first Tab reaches the main navigation.
  await page.goto(`${base}/#/definitions`);
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  if (focused !== "Definitions") throw new Error(`first Tab focuses ${focused}, not the Definitions link`);
  await accessible(page, "definitions");
  console.log(`UI journey passed for ${id}; screenshots in ${shots}`);
} catch (e) {
  // What the page showed when the journey failed, to read beside the error.
  for (const page of browser.pages()) await page.screenshot({ path: join(shots, "failure.png"), fullPage: true });
  throw e;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

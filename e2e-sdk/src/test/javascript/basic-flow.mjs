// Conductor's official JavaScript SDK, unchanged, against the server in CONDUCTOR_SERVER_URL (http://host:port/api):
// definitions through MetadataClient, a polling worker through TaskHandler, start, read, pause, resume, terminate,
// search, task reads and logs. Exits 0 when every step behaved as Conductor's; else prints the step and exits 1.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { OrkesClients, TaskHandler } from "@io-orkes/conductor-javascript";

const WAIT_MS = 30_000;
const suffix = randomUUID().slice(0, 8);
const greet = `js_greet_${suffix}`;
const idle = `js_idle_${suffix}`;
const flow = `js_flow_${suffix}`;
const waiting = `js_waiting_${suffix}`;

async function until(what, probe) {
    const deadline = Date.now() + WAIT_MS;
    let last;
    while (Date.now() < deadline) {
        try {
            last = await probe();
            if (last.done) return last.value;
        } catch (e) {
            last = e; // a read right after an asynchronous start may be a 404 for a moment
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${what} not within ${WAIT_MS} ms; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
}

const clients = await OrkesClients.from({ serverUrl: process.env.CONDUCTOR_SERVER_URL });
const metadata = clients.getMetadataClient();
const workflows = clients.getWorkflowClient();
const tasks = clients.getTaskClient();

async function awaitStatus(workflowId, status) {
    return until(`workflow ${workflowId} ${status}`, async () => {
        const workflow = await workflows.getWorkflow(workflowId, true);
        return { done: workflow.status === status, value: workflow };
    });
}

await metadata.registerTasks([greet, idle].map((name) => ({ name, retryCount: 0, ownerEmail: "js@example.com" })));
assert.equal((await metadata.getTask(greet)).name, greet);
for (const [name, type] of [[flow, greet], [waiting, idle]]) {
    await metadata.registerWorkflowDef({
        name, version: 1, ownerEmail: "js@example.com",
        tasks: [{ name: type, taskReferenceName: "step", type: "SIMPLE", inputParameters: { who: "${workflow.input.who}" } }],
        outputParameters: { text: "${step.output.text}" },
    });
}
assert.equal((await metadata.getWorkflowDef(flow, 1)).tasks[0].taskReferenceName, "step");

const handler = new TaskHandler({
    client: clients.getClient(),
    scanForDecorated: false,
    workers: [{
        taskDefName: greet,
        pollInterval: 100,
        execute: async (task) => ({ status: "COMPLETED", outputData: { text: `hello ${task.inputData.who}` } }),
    }],
});
await handler.startWorkers();
try {
    const correlationId = `js-${suffix}`;
    const workflowId = await workflows.startWorkflow({ name: flow, version: 1, correlationId, input: { who: "js" } });
    const done = await awaitStatus(workflowId, "COMPLETED");
    assert.deepEqual(done.output, { text: "hello js" });

    const task = await tasks.getTask(done.tasks[0].taskId);
    assert.equal(task.status, "COMPLETED");
    await tasks.addTaskLog(task.taskId, "checked from JavaScript");
    // The SDK sends the line as a JSON string; Conductor keeps the body as it came, quotes included.
    assert.deepEqual((await tasks.getTaskLogs(task.taskId)).map((log) => log.log), ['"checked from JavaScript"']);

    const found = await workflows.search(0, 10, `correlationId = '${correlationId}'`, "*");
    assert.deepEqual(found.results.map((summary) => summary.workflowId), [workflowId]);
} finally {
    await handler.stopWorkers();
}

const waitingId = await workflows.startWorkflow({ name: waiting, version: 1, input: { who: "nobody" } });
await until(`a ${idle} task queued`, async () => {
    const sizes = await tasks.getQueueSizeForTask([idle]);
    return { done: sizes[idle] === 1, value: sizes };
});
await workflows.pause(waitingId);
await awaitStatus(waitingId, "PAUSED");
await workflows.resume(waitingId);
await awaitStatus(waitingId, "RUNNING");
await workflows.terminate(waitingId, "canceled from JavaScript");
const terminated = await awaitStatus(waitingId, "TERMINATED");
assert.equal(terminated.reasonForIncompletion, "canceled from JavaScript");
console.log("JavaScript SDK basic flow passed");

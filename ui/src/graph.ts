// Turns a workflow definition (and, for an execution, its tasks) into a laid-out graph, as Conductor's UI draws it:
// SWITCH cases and FORK branches fan out, a JOIN gathers, a DO_WHILE body loops back to its node.
import dagre from "@dagrejs/dagre";
import type { Json } from "./api";

export interface GraphNode { id: string; label: string; type: string; x: number; y: number; width: number; height: number; }
export interface GraphEdge { from: string; to: string; label?: string; loop?: boolean; points: { x: number; y: number }[]; }
export interface Graph { nodes: GraphNode[]; edges: GraphEdge[]; width: number; height: number; }

const START = "__start";
const END = "__end";

interface Builder { nodes: Map<string, { label: string; type: string }>; edges: Omit<GraphEdge, "points">[]; }

function connect(b: Builder, from: string[], to: string, label?: string) {
  for (const f of from) b.edges.push({ from: f, to, label });
}

/** Adds tasks in sequence after `entry`; returns the nodes the next task follows. */
function addTasks(b: Builder, tasks: Json[], entry: string[], entryLabel?: string): string[] {
  let exits = entry;
  let label = entryLabel;
  for (const task of tasks ?? []) {
    const id: string = task.taskReferenceName;
    const type: string = task.type ?? "SIMPLE";
    const name = type === "SUB_WORKFLOW" ? `${task.subWorkflowParam?.name ?? task.name} (sub-workflow)` : task.name;
    b.nodes.set(id, { label: `${name}\n${id}`, type });
    connect(b, exits, id, label);
    label = undefined;
    if (type === "SWITCH" || type === "DECISION") {
      const cases: [string, Json[]][] = Object.entries(task.decisionCases ?? {});
      cases.push(["default", task.defaultCase ?? []]);
      exits = cases.flatMap(([caseName, branch]) => (branch.length ? addTasks(b, branch, [id], caseName) : [id]));
      exits = [...new Set(exits)];
    } else if (type === "FORK_JOIN") {
      exits = (task.forkTasks ?? []).flatMap((branch: Json[]) => addTasks(b, branch, [id]));
      if (!exits.length) exits = [id];
    } else if (type === "DO_WHILE") {
      const bodyExits = addTasks(b, task.loopOver ?? [], [id], "loop");
      for (const e of bodyExits) if (e !== id) b.edges.push({ from: e, to: id, loop: true });
      exits = [id];
    } else {
      exits = [id];
    }
  }
  return exits;
}

export function layout(definition: Json): Graph {
  const b: Builder = { nodes: new Map(), edges: [] };
  b.nodes.set(START, { label: "start", type: "START" });
  const exits = addTasks(b, definition?.tasks ?? [], [START]);
  b.nodes.set(END, { label: "end", type: "END" });
  connect(b, exits, END);

  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 30, ranksep: 45, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const [id, n] of b.nodes) {
    const terminal = n.type === "START" || n.type === "END";
    g.setNode(id, { width: terminal ? 70 : 190, height: terminal ? 30 : 50 });
  }
  b.edges.forEach((e, i) => {
    // A loop-back edge must not pull its DO_WHILE node below the body.
    if (!e.loop) g.setEdge(e.from, e.to, { label: e.label, width: e.label ? 40 : 0, height: e.label ? 14 : 0 }, `e${i}`);
  });
  dagre.layout(g);

  const nodes: GraphNode[] = [...b.nodes].map(([id, n]) => {
    const p = g.node(id);
    return { id, label: n.label, type: n.type, x: p.x, y: p.y, width: p.width, height: p.height };
  });
  const edges: GraphEdge[] = b.edges.map((e, i) => {
    if (e.loop) {
      const from = g.node(e.from), to = g.node(e.to);
      const side = Math.max(from.x + from.width / 2, to.x + to.width / 2) + 20;
      return { ...e, points: [{ x: from.x + from.width / 2, y: from.y }, { x: side, y: from.y }, { x: side, y: to.y }, { x: to.x + to.width / 2, y: to.y }] };
    }
    return { ...e, points: g.edge({ v: e.from, w: e.to, name: `e${i}` }).points };
  });
  const size = g.graph();
  return { nodes, edges, width: (size.width ?? 200) + 40, height: size.height ?? 200 };
}

/** The reference name a task of an execution is drawn under: DO_WHILE iterations carry a __N suffix. */
export function drawnRef(taskReferenceName: string): string {
  return taskReferenceName.replace(/__\d+$/, "");
}

import { useMemo } from "preact/hooks";
import type { Json } from "./api";
import { layout } from "./graph";

interface Props {
  definition: Json;
  /** Status per drawn reference name, for an execution. */
  statuses?: Record<string, string>;
  selected?: string;
  onSelect?: (ref: string) => void;
}

export function Diagram({ definition, statuses, selected, onSelect }: Props) {
  const graph = useMemo(() => layout(definition), [definition]);
  return (
    <svg class="diagram" width={graph.width} height={graph.height} role={onSelect ? "group" : "img"}
         aria-label={`Diagram of workflow ${definition?.name ?? ""}`}>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#555" />
        </marker>
      </defs>
      {graph.edges.map((e) => (
        <g class={e.loop ? "edge loop" : "edge"}>
          <polyline points={e.points.map((p) => `${p.x},${p.y}`).join(" ")} marker-end="url(#arrow)" />
          {e.label && <text x={e.points[1]?.x ?? e.points[0].x} y={(e.points[1]?.y ?? e.points[0].y) - 2} class="edge-label">{e.label}</text>}
        </g>
      ))}
      {graph.nodes.map((n) => {
        const status = statuses?.[n.id];
        const [name, ref] = n.label.split("\n");
        const terminal = n.type === "START" || n.type === "END";
        const clickable = !terminal && onSelect;
        return (
          <g class={`node type-${n.type} status-${status ?? "NONE"}${selected === n.id ? " selected" : ""}`}
             data-ref={n.id} data-status={status ?? ""}
             transform={`translate(${n.x - n.width / 2},${n.y - n.height / 2})`}
             tabindex={clickable ? 0 : undefined} role={clickable ? "button" : undefined}
             aria-label={terminal ? undefined : `${ref} (${n.type})${status ? " " + status : ""}`}
             onClick={clickable ? () => onSelect!(n.id) : undefined}
             onKeyDown={clickable ? (ev: KeyboardEvent) => (ev.key === "Enter" || ev.key === " ") && onSelect!(n.id) : undefined}>
            <rect width={n.width} height={n.height} rx={terminal ? 15 : 4} />
            {terminal ? <text x={n.width / 2} y={19} text-anchor="middle">{name}</text> : <>
              <text x={8} y={20} class="name">{name}</text>
              <text x={8} y={38} class="ref">{ref} · {n.type}{status ? ` · ${status}` : ""}</text>
            </>}
          </g>
        );
      })}
    </svg>
  );
}

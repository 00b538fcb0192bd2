// Hash routes (#/executions?...), so the front door only serves "/" and "/assets/**" and every deployment's routing stays simple.
import { useEffect, useState } from "preact/hooks";

export interface Route { path: string[]; params: URLSearchParams; }

function current(): Route {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  return { path: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query ?? "") };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current());
  useEffect(() => {
    const changed = () => setRoute(current());
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return route;
}

export function go(hash: string) {
  location.hash = hash;
}

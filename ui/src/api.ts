// Calls Baton's Conductor-compatible REST API through the same front door that served this page.

export type Json = any;

async function call(method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = JSON.parse(text).message ?? text;
    } catch {
      // not JSON: show the text as it came
    }
    throw new Error(`${method} ${path}: ${response.status} ${message}`);
  }
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const get = (path: string) => call("GET", path);
export const post = (path: string, body?: unknown) => call("POST", path, body ?? {});
export const put = (path: string, body?: unknown) => call("PUT", path, body);
export const del = (path: string) => call("DELETE", path);

export const enc = encodeURIComponent;

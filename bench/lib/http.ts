// Raw HTTP for measuring what goes over the wire (fetch would decompress).
import { request } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body exactly as sent, possibly compressed. */
  body: Buffer;
}

export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}

/** Stylesheets, scripts and module preloads a page references (what a browser downloads to show it). */
export function referencedAssets(html: string): { kind: "css" | "js"; href: string }[] {
  const assets: { kind: "css" | "js"; href: string }[] = [];
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? "";
    if (!href) continue;
    if (rel.split(/\s+/).includes("stylesheet")) assets.push({ kind: "css", href });
    else if (rel === "modulepreload" || (rel === "preload" && /\bas="script"/.test(tag))) assets.push({ kind: "js", href });
  }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) assets.push({ kind: "js", href: match[1]! });
  const seen = new Set<string>();
  return assets.filter((a) => !seen.has(a.href) && seen.add(a.href));
}

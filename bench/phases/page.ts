// The petition page: requests/s against a bare node:http server sending the
// same bytes, and what a first visit downloads (HTML + CSS + JS, gzip).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadDetails, measureLoad, type BenchContext } from "../lib/context";
import { rawGet, referencedAssets } from "../lib/http";
import { runLoad } from "../lib/load";
import { startChild, waitHealthy } from "../lib/processes";
import { FORM_PATH } from "../lib/signers";
import { freePort, log } from "../lib/util";

/** Few connections: the page is slow enough that 50 mostly measure the app shedding load (503). */
const PAGE_CONNECTIONS = 10;

async function bareServerRps(context: BenchContext, body: Buffer, contentType: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hr-bench-page-"));
  const file = path.join(dir, "page.html");
  fs.writeFileSync(file, body);
  const port = await freePort();
  const child = startChild("bare-server", ["--import", "tsx", "bench/lib/bare-server.ts"], { ...process.env, PORT: String(port), BODY_FILE: file, CONTENT_TYPE: contentType });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitHealthy(child, url);
    const result = await runLoad({ url, connections: PAGE_CONNECTIONS, durationS: context.seconds, next: () => ({ method: "GET", path: FORM_PATH }) });
    return result;
  } finally {
    await child.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function pageThroughput(context: BenchContext, size: string): Promise<void> {
  const page = await rawGet(`${context.app.url}${FORM_PATH}`);
  if (page.status !== 200) throw new Error(`petition page answered ${page.status}`);
  log(`petition page at ${size} signatures`);
  const measured = await measureLoad(context, { connections: PAGE_CONNECTIONS, next: () => ({ method: "GET", path: FORM_PATH }) });
  const ok = measured.result.status[200] ?? 0;
  log("bare node:http server with the same bytes");
  const bare = await bareServerRps(context, page.body, String(page.headers["content-type"] ?? "text/html"));
  context.report.add({
    id: `page.petition.${size}`,
    section: "Page",
    label: `GET /petitions/police-for-harm-reduction, ${PAGE_CONNECTIONS} connections, ${size} signatures (${Math.round(page.body.length / 1024)} KiB uncompressed)`,
    value: ok / measured.result.durationS,
    unit: "requests/s",
    baseline: { label: "bare node:http server sending the same bytes", value: (bare.status[200] ?? 0) / bare.durationS, unit: "requests/s" },
    details: { ...loadDetails(measured, ok), baselineLatencyMs: bare.latencyMs, baselineStatus: bare.status },
  });
}

/** Bytes a first visit transfers with gzip: the page and every stylesheet and script it references. */
export async function pageWeight(context: BenchContext): Promise<void> {
  const gzip = { "accept-encoding": "gzip" };
  const page = await rawGet(`${context.app.url}${FORM_PATH}`, gzip);
  const plain = await rawGet(`${context.app.url}${FORM_PATH}`);
  const html = plain.body.toString("utf8");
  const parts: { url: string; kind: string; bytes: number; encoding: string }[] = [
    { url: FORM_PATH, kind: "html", bytes: page.body.length, encoding: String(page.headers["content-encoding"] ?? "identity") },
  ];
  for (const asset of referencedAssets(html)) {
    const response = await rawGet(new URL(asset.href, context.app.url).toString(), gzip);
    parts.push({ url: asset.href, kind: asset.kind, bytes: response.body.length, encoding: String(response.headers["content-encoding"] ?? "identity") });
  }
  const sum = (kind?: string) => parts.filter((p) => !kind || p.kind === kind).reduce((a, p) => a + p.bytes, 0);
  context.report.add({
    id: "page.weight",
    section: "Page",
    label: "Petition page transfer, gzip: HTML + CSS + JS",
    value: sum() / 1024,
    unit: "KiB",
    baseline: { label: "uncompressed HTML alone", value: plain.body.length / 1024, unit: "KiB" },
    details: { parts, htmlKiB: sum("html") / 1024, cssKiB: sum("css") / 1024, jsKiB: sum("js") / 1024 },
    note: `HTML ${(sum("html") / 1024).toFixed(1)} KiB, CSS ${(sum("css") / 1024).toFixed(1)} KiB, JS ${(sum("js") / 1024).toFixed(1)} KiB (${parts.filter((p) => p.kind === "js").map((p) => p.url).join(", ") || "none"})`,
  });
}

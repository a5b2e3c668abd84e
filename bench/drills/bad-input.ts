// Drill "bad-input": ≥ 10,000 generated bad requests against every public form
// and API endpoint must get no 5xx and no hang; then payload-bearing signatures
// shown on the public wall must appear escaped, never as live HTML.
import net from "node:net";
import { fmtStatuses, freshSystem, stopSystem, type Verdict } from "../lib/drill";
import { FORM_PATH, uniqueClientIp } from "../lib/signers";
import { confirmPath, setKnownTokens } from "../lib/sql";
import { inParallel, log } from "../lib/util";
import { fuzzRequests, type FuzzRequest } from "./bad-input-requests";
import type { Cluster } from "../lib/postgres";

const COUNT = Number(process.env.DRILL_FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.DRILL_FUZZ_SEED ?? 20_261_124);
const CONCURRENCY = 8;
const REQUEST_TIMEOUT_MS = 30_000;
/** Odd X-Forwarded-For values: the proxy-trust path must cope with them too. */
const ODD_FORWARDED = ["garbage", "1.2.3.4, 5.6.7.8", "::1", "", "999.999.999.999", "<script>"];

/** What the wall shows must be inert text: none of these may appear as they were typed. */
const WALL_PAYLOADS = [
  { field: "name", raw: "<script>alert(1)</script>", escaped: "&lt;script&gt;alert(1)&lt;/script&gt;" },
  { field: "f_agency", raw: '"><img src=x onerror=alert(1)>', escaped: "&lt;img src=x onerror=alert(1)&gt;" },
  { field: "f_role", raw: "<svg onload=alert(1)>", escaped: "&lt;svg onload=alert(1)&gt;" },
] as const;

interface Outcome {
  request: FuzzRequest;
  status: number | "timeout" | "error";
  body: string;
}

async function send(appUrl: string, request: FuzzRequest, n: number): Promise<Outcome> {
  const forwarded = n % 10 === 0 ? ODD_FORWARDED[n % ODD_FORWARDED.length]! : uniqueClientIp(1_000_000 + n);
  try {
    const response = await fetch(`${appUrl}${request.path}`, {
      method: request.method,
      headers: { ...request.headers, "x-forwarded-for": forwarded },
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return { request, status: response.status, body: (await response.text()).slice(0, 300) };
  } catch (error) {
    const e = error as Error;
    return { request, status: e.name === "TimeoutError" ? "timeout" : "error", body: `${e.name}: ${e.message} ${String((e.cause as Error | undefined)?.message ?? "")}` };
  }
}

/** Bodies cut off in transit: the client promises more bytes than it sends, then hangs up. */
async function truncatedInTransit(port: number, count: number): Promise<void> {
  await inParallel(Array.from({ length: count }, (_, i) => i), 8, async (i) => {
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        const body = i % 2 ? '{"person":{"given_name":"trunc' : "name=trunc&email=tr";
        const path = i % 2 ? "/api/v1/petitions/police-for-harm-reduction/signatures" : FORM_PATH;
        const type = i % 2 ? "application/json" : "application/x-www-form-urlencoded";
        socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${type}\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Length: 5000\r\n\r\n${body}`);
        setTimeout(() => socket.destroy(), 200);
      });
      socket.on("error", () => resolve());
      socket.on("close", () => resolve());
    });
  });
}

export async function badInputDrill(cluster: Cluster): Promise<Verdict> {
  const system = await freshSystem(cluster, "fuzz");
  try {
    const requests = fuzzRequests(system.app.url, COUNT, SEED);
    log(`drill bad-input: ${requests.length} generated requests (seed ${SEED})`);
    const outcomes: Outcome[] = [];
    const started = performance.now();
    await inParallel(requests, CONCURRENCY, async (request, i) => {
      outcomes.push(await send(system.app.url, request, i));
      if (outcomes.length % 2_000 === 0) log(`  … ${outcomes.length}`);
    });
    await truncatedInTransit(system.app.port, 50);
    log(`drill bad-input: sent in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const byKind: Record<string, Record<string, number>> = {};
    for (const o of outcomes) {
      const kind = (byKind[o.request.kind] ??= {});
      kind[String(o.status)] = (kind[String(o.status)] ?? 0) + 1;
    }
    const serverErrors = outcomes.filter((o) => typeof o.status === "number" && o.status >= 500);
    const hangs = outcomes.filter((o) => o.status === "timeout" || o.status === "error");
    const hugeNot413 = outcomes.filter((o) => o.request.kind === "huge body" && o.status !== 413);
    const alive = system.app.child.alive();

    // Payloads on the public wall: sign with showName, confirm, then read the page.
    const wallProblems: string[] = [];
    if (alive) {
      const emails: string[] = [];
      for (let i = 0; i < WALL_PAYLOADS.length; i++) {
        const email = `wall-xss-${i}-${Date.now()}@bench.example`;
        emails.push(email);
        const fields: Record<string, string> = { name: `Wall ${i}`, email, country: "FR", f_law_enforcement: "yes", showName: "on" };
        for (const p of WALL_PAYLOADS) fields[p.field] = p.raw;
        const response = await fetch(`${system.app.url}${FORM_PATH}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: system.app.url, "x-forwarded-for": uniqueClientIp(5_000_000 + i) },
          body: new URLSearchParams(fields).toString(),
          redirect: "manual",
        });
        if (response.status !== 303) wallProblems.push(`signing with payloads answered ${response.status}`);
        await response.arrayBuffer();
      }
      const rows = await system.sql<{ id: string }[]>`select id from signatures where email = any(${emails})`;
      await setKnownTokens(system.sql, rows.map((r) => r.id));
      for (const { id } of rows) {
        const response = await fetch(`${system.app.url}${confirmPath(id)}`);
        if (response.status !== 200) wallProblems.push(`confirming a payload signature answered ${response.status}`);
        await response.arrayBuffer();
      }
      const page = await (await fetch(`${system.app.url}${FORM_PATH}`)).text();
      for (const p of WALL_PAYLOADS) {
        if (page.includes(p.raw)) wallProblems.push(`the page contains ${JSON.stringify(p.raw)} unescaped`);
        if (!page.includes(p.escaped)) wallProblems.push(`${JSON.stringify(p.raw)} is not on the wall (escaped) — the check would prove nothing`);
      }
      for (const marker of ["<script>alert", "onerror=alert(1)>", "<svg onload"]) {
        if (page.includes(marker)) wallProblems.push(`live markup ${JSON.stringify(marker)} in the page`);
      }
    }

    const problems: string[] = [];
    if (!alive) problems.push(`the app died (exit ${String(await system.app.child.exited)})`);
    if (serverErrors.length > 0) problems.push(`${serverErrors.length} 5xx`);
    if (hangs.length > 0) problems.push(`${hangs.length} requests without an answer (${hangs[0]!.body.slice(0, 120)})`);
    if (hugeNot413.length > 0) problems.push(`${hugeNot413.length} oversized bodies not refused with 413 (${fmtStatuses(count(hugeNot413.map((o) => String(o.status))))})`);
    problems.push(...wallProblems);

    const summary = `${outcomes.length} generated requests + 50 cut off in transit (seed ${SEED}), ${serverErrors.length} 5xx, ${hangs.length} unanswered, wall ${wallProblems.length === 0 ? "escapes every payload" : "FAILED"}`;
    const hangExamples = hangs.slice(0, 5).map((o) => `${o.status} ${o.request.kind} ${o.request.method} ${o.request.path.slice(0, 200)} (${o.request.path.length} chars) body=${JSON.stringify((o.request.body ?? "").slice(0, 120))} → ${o.body.slice(0, 160)}`);
    const examples = [...hangExamples, ...serverErrors.slice(0, 8).map((o) => `${o.status} ${o.request.kind} ${o.request.method} ${o.request.path.slice(0, 100)} body=${JSON.stringify((o.request.body ?? "").slice(0, 120))} → ${JSON.stringify(o.body.slice(0, 160))}`)];
    return {
      name: "bad-input",
      status: problems.length === 0 ? "PASS" : "FAIL",
      summary: problems.length === 0 ? summary : `${summary} — ${problems.join("; ")}`,
      evidence: [...(problems.length > 0 ? [`app log: ${system.app.child.saveLog("drill-bad-input-app")}`] : []), ...Object.entries(byKind).map(([kind, s]) => `${kind}: ${fmtStatuses(s)}`), ...examples],
    };
  } finally {
    await stopSystem(system);
  }
}

function count(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

// The organisers' CSV export of a petition's signatures, at the bench's large
// size (~1,000,000 rows): its time against PostgreSQL's own COPY of the same
// columns, and the web process's peak memory against its memory just before.
import { request } from "node:http";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { closeDatabase, connectDatabase } from "~/lib/database.server";
import { createSession, sessionCookie } from "~/lib/sessions.server";
import { UTM_KEYS } from "~/lib/signature-schema";
import { settle, type BenchContext } from "../lib/context";
import { startCpuMonitor } from "../lib/machine";
import { rssMiB, watchRss } from "../lib/memory";
import { connect } from "../lib/sql";
import { round } from "../lib/stats";
import { log } from "../lib/util";

interface Counted {
  /** Bytes after decompression. */
  bytes: number;
  /** Line feeds: the header plus one per row (the bench's rows hold no line breaks). */
  lines: number;
}

function countInto(counted: Counted, chunk: Buffer): void {
  counted.bytes += chunk.length;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) counted.lines++;
}

interface Download extends Counted {
  elapsedMs: number;
  firstByteMs: number;
  /** Bytes on the wire (compressed when the app compressed). */
  wireBytes: number;
  encoding: string;
}

/** GETs `url` as a browser downloads it (gzip accepted) and reads the whole body, counting as it goes. */
function download(url: string, headers: Record<string, string>): Promise<Download> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: "GET", headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`${url} answered ${res.statusCode} (${String(res.headers.location ?? res.headers["content-type"] ?? "")})`));
        return;
      }
      const firstByteMs = performance.now() - started;
      const encoding = String(res.headers["content-encoding"] ?? "identity");
      let wireBytes = 0;
      res.on("data", (chunk: Buffer) => (wireBytes += chunk.length));
      const counted: Counted = { bytes: 0, lines: 0 };
      const body: Readable = encoding === "gzip" ? res.pipe(createGunzip()) : res;
      body.on("data", (chunk: Buffer) => countInto(counted, chunk));
      body.on("end", () => resolve({ ...counted, elapsedMs: performance.now() - started, firstByteMs, wireBytes, encoding }));
      body.on("error", reject);
      res.on("error", reject);
    });
    req.on("error", reject);
    // A stall, not a slow export: the app ends an export nobody reads after 2 minutes anyway.
    req.setTimeout(120_000, () => req.destroy(new Error(`no data from ${url} for 120 s`)));
    req.end();
  });
}

/** The export's columns, in its order and format (export.server.ts), as a COPY … TO STDOUT of the same rows. */
function copyQuery(petitionId: string, fieldKeys: string[]): string {
  if (!/^[0-9a-f-]{36}$/i.test(petitionId)) throw new Error(`not a petition id: ${petitionId}`);
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const columns = [
    "full_name",
    "email",
    "country",
    "postcode",
    ...fieldKeys.map((key) => `custom_fields->>${literal(key)}`),
    "status",
    "verified::text",
    "updates_opt_in::text",
    "show_name::text",
    "source",
    ...UTM_KEYS.map((key) => `utm->>${literal(key)}`),
    iso("created_at"),
    iso("confirmed_at"),
  ];
  return `copy (select ${columns.join(", ")} from signatures where petition_id = '${petitionId}' order by created_at asc nulls first) to stdout (format csv, header)`;
}

/**
 * COPY … TO STDOUT through postgres.js, on a connection of its own that is closed
 * afterwards: when the stream applies backpressure at its very end, postgres.js
 * leaves the socket paused and the connection never takes another query
 * (porsager/postgres#499, #917). Read in flowing mode, which rarely pushes back.
 */
async function copyBaseline(context: BenchContext, query: string): Promise<Counted & { elapsedMs: number }> {
  const sql = connect(context.databaseUrl, 1);
  try {
    const counted: Counted = { bytes: 0, lines: 0 };
    const started = performance.now();
    const stream = await sql.unsafe(query).readable();
    await new Promise<void>((resolve, reject) => {
      stream.on("data", (chunk: Buffer) => countInto(counted, chunk));
      stream.on("end", resolve);
      stream.on("error", reject);
    });
    return { ...counted, elapsedMs: performance.now() - started };
  } finally {
    await sql.end({ timeout: 2 });
  }
}

/** A session for an owner or editor of the petition's organisation, made with the app's own helpers, as its cookie header. */
async function organiserCookie(context: BenchContext): Promise<{ cookie: string; email: string; role: string }> {
  const [organiser] = await context.sql<{ id: string; email: string; role: string }[]>`
    select u.id, u.email, m.role from petitions p
    join campaigns c on c.id = p.campaign_id
    join memberships m on m.organisation_id = c.organisation_id and m.role in ('owner', 'editor')
    join users u on u.id = m.user_id
    where p.id = ${context.petitionId}
    order by m.role = 'owner' desc, u.created_at limit 1`;
  if (!organiser) throw new Error("the bench petition's organisation has no owner or editor");
  const db = connectDatabase(context.databaseUrl, { max: 1, name: "hr-bench-session" });
  try {
    // Two-factor verified: the route then needs nothing more, whether or not the account has TOTP on.
    const token = await createSession(db, organiser.id, { twoFactorVerified: true });
    // The app is reached over http, so its cookie is the non-Secure one (auth.server.ts cookieFor).
    const setCookie = await sessionCookie(false).serialize(token);
    return { cookie: setCookie.split(";")[0]!, email: organiser.email, role: organiser.role };
  } finally {
    await closeDatabase(db);
  }
}

export async function exportPhase(context: BenchContext): Promise<void> {
  const { cookie, email, role } = await organiserCookie(context);
  const [count] = await context.sql<{ n: number }[]>`select count(*)::int as n from signatures where petition_id = ${context.petitionId}`;
  const rows = Number(count?.n ?? 0);
  const fields = await context.sql<{ key: string }[]>`
    select key from petition_fields where petition_id = ${context.petitionId} order by position, key`;
  const query = copyQuery(context.petitionId, fields.map((f) => f.key));

  // Both sides read the same rows; the first COPY brings them into memory, so the export does not pay for a cold cache alone.
  log(`COPY of the export's columns for ${rows} signatures (cache warm-up)`);
  const firstCopy = await copyBaseline(context, query);

  // The web process also runs the jobs: a backlog of emails left by earlier phases is work it does meanwhile.
  const [backlog] = await context.sql<{ n: number }[]>`select count(*)::int as n from email_deliveries where status = 'queued'`;
  const path = `/dashboard/petitions/${context.petitionId}/export.csv`;
  log(`GET ${path} (${rows} signatures) as ${role} ${email}`);
  await settle(context);
  const pid = context.app.child.process.pid ?? -1;
  const beforeMiB = rssMiB(pid);
  const memory = watchRss(pid, 100);
  const monitor = startCpuMonitor(() => ({ app: [pid], postgres: [context.cluster.pid() ?? -1] }));
  const csv = await download(`${context.app.url}${path}`, { cookie });
  const cpu = monitor.stop();
  const watched = memory.stop();
  const exported = csv.lines - 1;
  if (exported !== rows) log(`warning: the export held ${exported} rows, the table ${rows}`);

  log("COPY of the same columns again (baseline)");
  const copy = await copyBaseline(context, query);
  const copied = copy.lines - 1;
  const mib = (bytes: number) => round(bytes / 2 ** 20);

  context.report.add({
    id: "export.csv.time",
    section: "Export",
    label: `GET …/export.csv as the organisation's ${role}, ${rows.toLocaleString("en")} signatures, read to the end as a browser downloads it (gzip accepted)`,
    value: exported / (csv.elapsedMs / 1000),
    unit: "rows/s",
    baseline: { label: "PostgreSQL COPY (same rows, columns and order) TO STDOUT (FORMAT csv) read through postgres.js, uncompressed", value: copied / (copy.elapsedMs / 1000), unit: "rows/s" },
    details: {
      rows,
      exportedRows: exported,
      elapsedS: round(csv.elapsedMs / 1000),
      firstByteMs: round(csv.firstByteMs),
      contentEncoding: csv.encoding,
      wireMiB: mib(csv.wireBytes),
      csvMiB: mib(csv.bytes),
      cpuSeconds: cpu.cpuS,
      otherProcessesCpuPct: cpu.othersPct,
      machineBusyPct: cpu.machineBusyPct,
      baselineRows: copied,
      baselineElapsedS: round(copy.elapsedMs / 1000),
      baselineMiB: mib(copy.bytes),
      firstCopyElapsedS: round(firstCopy.elapsedMs / 1000),
      emailsQueuedForTheInProcessWorker: Number(backlog?.n ?? 0),
    },
    note:
      `${exported.toLocaleString("en")} rows, ${mib(csv.bytes)} MiB of CSV (${mib(csv.wireBytes)} MiB ${csv.encoding} on the wire) in ${(csv.elapsedMs / 1000).toFixed(1)} s, first byte after ${Math.round(csv.firstByteMs)} ms; ` +
      `COPY: ${mib(copy.bytes)} MiB in ${(copy.elapsedMs / 1000).toFixed(1)} s (measured after a first, warming COPY of ${(firstCopy.elapsedMs / 1000).toFixed(1)} s)`,
  });
  context.report.add({
    id: "export.csv.memory",
    section: "Export",
    label: `Web process resident memory (peak, sampled every 100 ms) during the CSV export of ${rows.toLocaleString("en")} signatures`,
    value: watched.peakMiB,
    unit: "MiB",
    baseline: { label: "the same process just before the request", value: beforeMiB, unit: "MiB" },
    details: { samples: watched.samples },
    note: watched.peakMiB !== null && beforeMiB !== null ? `+${(watched.peakMiB - beforeMiB).toFixed(0)} MiB during the export` : "",
  });
}

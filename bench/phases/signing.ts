// Signing throughput: the JSON API and the HTML form, from one client address
// (as loopback load arrives) and from many (as real traffic behind a load
// balancer does), against pgbench inserting the same rows into the same table.
import { loadDetails, measureLoad, measurePgbench, pgbenchDetails, type BenchContext, type Measured } from "../lib/context";
import type { PgbenchResult } from "../lib/pgbench";
import { startApp } from "../lib/app";
import { runLoad } from "../lib/load";
import { apiSigning, emailLike, formSigning } from "../lib/signers";
import { dropQueuedEmailJobs, statusCounts } from "../lib/sql";
import { log } from "../lib/util";

export const SIGNING_CONNECTIONS = [50, 200, 1000] as const;

const CONSENT = "We use your name, email address and country only for this petition. Your email address is never shown. You may ask us to erase your data at any time. Send me updates about this campaign. Show my name on the public list of signers.";

/** The same row the app writes (signing.server.ts signPetition), with a unique canonical email. */
const INSERT_ROW = `
with e as (select 'pgbench-' || gen_random_uuid() || '@bench.example' as email)
insert into signatures (id, petition_id, status, full_name, email, canonical_email, country, locale, custom_fields,
  show_name, updates_opt_in, consent_version, consent_text, source, utm, channel, ip_hash, confirm_token_hash, confirm_token_expires_at)
select gen_random_uuid(), :petition, 'pending', 'Bench Signer', e.email, e.email, 'FR', 'en', '{"law_enforcement":"yes"}',
  false, false, '2026-11-24', '${CONSENT}', 'api', '{}', 'api', substr(md5(random()::text), 1, 22),
  md5(random()::text) || md5(random()::text), now() + interval '7 days'
from e
on conflict (petition_id, canonical_email) do nothing;
`;

/**
 * The row plus its confirmation-email job in one transaction, as the app does.
 * The job is scheduled a day ahead so the app's worker does not send these.
 */
const INSERT_ROW_AND_JOB = `
begin;
${INSERT_ROW.trim()}
select graphile_worker.add_job(identifier => 'send-email', payload => json_build_object('template', 'confirm-signature',
  'to', 'pgbench@bench.example', 'idempotencyKey', 'confirm-signature/' || gen_random_uuid() || '/1',
  'props', json_build_object('locale', 'en', 'siteName', 'Harm Reduction Voices', 'signerName', 'Bench Signer',
    'petitionTitle', 'Police officers for harm reduction', 'expiresInDays', 7,
    'confirmUrl', 'http://127.0.0.1/petitions/police-for-harm-reduction/confirm/' || gen_random_uuid() || '.abcdefghijklmnopqrstuvwxyz012345')),
  run_at => now() + interval '1 day', max_attempts => 12);
commit;
`;

async function baselines(context: BenchContext) {
  const rows = new Map<number, Measured<PgbenchResult>>();
  const rowsAndJobs = new Map<number, Measured<PgbenchResult>>();
  if (!context.pgbench) return { rows, rowsAndJobs };
  for (const connections of SIGNING_CONNECTIONS) {
    const clients = Math.min(connections, context.pgbenchMaxClients);
    log(`pgbench: insert signature rows, ${clients} clients`);
    rows.set(connections, await measurePgbench(context, { script: INSERT_ROW, clients, define: { petition: context.petitionId } }));
    log(`pgbench: insert rows + email jobs, ${clients} clients`);
    rowsAndJobs.set(connections, await measurePgbench(context, { script: INSERT_ROW_AND_JOB, clients, define: { petition: context.petitionId } }));
  }
  // The app's runs should not inherit a table bloated by the baseline.
  await context.sql`delete from signatures where email like 'pgbench-%'`;
  await context.sql`delete from graphile_worker._private_jobs where payload->>'to' = 'pgbench@bench.example'`;
  await context.sql`vacuum analyze signatures`;
  return { rows, rowsAndJobs };
}

export async function signingPhase(context: BenchContext): Promise<void> {
  const { rows, rowsAndJobs } = await baselines(context);
  for (const [connections, measured] of rowsAndJobs) {
    context.report.add({
      id: `signing.baseline.row-and-job.c${connections}`,
      section: "Signing",
      label: `pgbench: signature row + email job per transaction, ${measured.result.clients} clients (for ${connections} connections; context for the baseline)`,
      value: measured.result.tps,
      unit: "tx/s",
      baseline: rows.get(connections) ? { label: "pgbench row only", value: rows.get(connections)!.result.tps, unit: "tx/s" } : null,
      details: pgbenchDetails(measured),
    });
  }

  for (const channel of ["api", "form"] as const) {
    for (const varyClientIp of [false, true]) {
      for (const connections of SIGNING_CONNECTIONS) {
        const prefix = `${channel}-${varyClientIp ? "many" : "one"}-${connections}`;
        const next = channel === "api" ? apiSigning({ prefix, varyClientIp }) : formSigning({ prefix, varyClientIp, appUrl: context.app.url });
        log(`signing via ${channel}, ${connections} connections, ${varyClientIp ? "many client addresses" : "one client address"}`);
        const measured = await measureLoad(context, { connections, next, timeoutS: 30 });
        const acknowledged = measured.result.status[channel === "api" ? 202 : 303] ?? 0;
        const stored = await statusCounts(context.sql, emailLike(prefix));
        const baseline = rows.get(connections);
        context.report.add({
          id: `signing.${channel}.${varyClientIp ? "many-ips" : "one-ip"}.c${connections}`,
          section: "Signing",
          label: `${channel === "api" ? "JSON API" : "HTML form POST"}, ${connections} connections, ${varyClientIp ? "many client addresses (X-Forwarded-For, TRUST_PROXY=true)" : "one client address (as is)"}`,
          value: acknowledged / measured.result.durationS,
          unit: "accepted signatures/s",
          baseline: baseline ? { label: `pgbench insert of the same row, ${baseline.result.clients} clients`, value: baseline.result.tps, unit: "rows/s" } : null,
          details: {
            ...loadDetails(measured, acknowledged),
            storedByStatus: stored,
            baselineLatencyMs: baseline?.result.latencyMs,
          },
          note: [
            stored.flagged ? `${stored.flagged} of ${Object.values(stored).reduce((a, b) => a + b, 0)} stored signatures held as flagged (never counted)` : "",
            measured.result.status[503] ? `${measured.result.status[503]} answered 503` : "",
            measured.result.timeouts ? `${measured.result.timeouts} timed out` : "",
            measured.result.unanswered ? `${measured.result.unanswered} unanswered when the run ended` : "",
          ]
            .filter(Boolean)
            .join("; "),
        });
        // Each run starts without the previous run's email backlog (the in-process worker would still be rendering it).
        await dropQueuedEmailJobs(context.sql);
      }
    }
  }
}

/**
 * The same JSON API run against a second web process with RUN_WORKER=false
 * (the documented production layout). The default process keeps running, so
 * its in-process worker sends these emails: the figure is the web path's cost
 * without the worker on its event loop, not a system without email.
 */
export async function signingWithoutWorker(context: BenchContext): Promise<void> {
  const connections = 50;
  const withWorker = context.report.figures.find((f) => f.id === `signing.api.many-ips.c${connections}`);
  const separate = await startApp({ databaseUrl: context.databaseUrl, resend: context.resend, runWorker: false, name: "app-no-worker" });
  try {
    // Same warm-up as the main process got, so JIT compilation is not measured.
    await runLoad({ url: separate.url, connections: 20, durationS: 3, next: apiSigning({ prefix: "warmup-noworker", varyClientIp: true }) });
    log(`signing via api, ${connections} connections, many client addresses, web process without the worker`);
    const prefix = `api-noworker-${connections}`;
    const measured = await measureLoad({ ...context, app: separate }, { connections, next: apiSigning({ prefix, varyClientIp: true }), timeoutS: 30 });
    const acknowledged = measured.result.status[202] ?? 0;
    context.report.add({
      id: `signing.api.many-ips.no-worker.c${connections}`,
      section: "Signing",
      label: `JSON API, ${connections} connections, many client addresses, second web process with RUN_WORKER=false (the default process, still running, sends its emails)`,
      value: acknowledged / measured.result.durationS,
      unit: "accepted signatures/s",
      baseline: withWorker ? { label: "same load on the default process (RUN_WORKER=true)", value: withWorker.value, unit: "accepted signatures/s" } : null,
      details: { ...loadDetails(measured, acknowledged), storedByStatus: await statusCounts(context.sql, emailLike(prefix)) },
      note: measured.result.status[503] ? `${measured.result.status[503]} answered 503` : "",
    });
  } finally {
    await separate.child.stop();
    await dropQueuedEmailJobs(context.sql);
  }
}

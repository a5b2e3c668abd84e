// Confirming through the emailed link, against pgbench running the same two
// statements (read the signer's row, then mark it confirmed).
import { loadDetails, measureLoad, measurePgbench, pgbenchDetails, type BenchContext } from "../lib/context";
import { confirmPath, insertPending, md5Uuid } from "../lib/sql";
import { log } from "../lib/util";

export const CONFIRM_CONNECTIONS = [50, 200] as const;
/** More tokens than either side can use in one run, so no request re-confirms. */
const ROWS_PER_RUN = 40_000;

/**
 * signing.server.ts confirmSignature: the lookup, then the update. pgbench
 * variables persist per client, so client c confirms rows c + k·clients, k ≥ 1.
 */
const CONFIRM_SCRIPT = `
\\set n :n + 1
\\set i :n * :clients + :client_id
select s.id, s.petition_id, s.status, s.email, s.confirm_token_hash, s.confirm_token_expires_at, s.confirmed_at,
  s.confirm_seq, s.verified, p.verified_domains
from signatures s join petitions p on p.id = s.petition_id
where s.id = md5(:prefix::text || :i::text)::uuid and s.petition_id = :petition;
update signatures set confirmed_at = now(), confirm_seq = nextval('signature_confirm_seq'),
  status = case when status = 'flagged' then 'flagged' else 'confirmed' end, verified = false
where id = md5(:prefix::text || :i::text)::uuid and confirmed_at is null;
`;

async function confirmedWithPrefix(context: BenchContext, prefix: string): Promise<number> {
  const [row] = await context.sql<{ n: number }[]>`select count(*)::int as n from signatures where email like ${`${prefix}%`} and confirmed_at is not null`;
  return Number(row!.n);
}

export async function confirmingPhase(context: BenchContext): Promise<void> {
  for (const connections of CONFIRM_CONNECTIONS) {
    const appPrefix = `confirm-app-${connections}-`;
    const basePrefix = `confirm-pg-${connections}-`;
    await insertPending(context.sql, context.petitionId, appPrefix, ROWS_PER_RUN);
    await insertPending(context.sql, context.petitionId, basePrefix, ROWS_PER_RUN);
    await context.sql`vacuum analyze signatures`;

    log(`confirming through the app, ${connections} connections`);
    let i = 0;
    const measured = await measureLoad(context, {
      connections,
      next: () => ({ method: "GET", path: confirmPath(md5Uuid(`${appPrefix}${++i}`)) }),
    });
    const appConfirmed = await confirmedWithPrefix(context, appPrefix);

    let baseline: Awaited<ReturnType<typeof measurePgbench>> | null = null;
    let baseConfirmed = 0;
    if (context.pgbench) {
      const clients = Math.min(connections, context.pgbenchMaxClients);
      log(`pgbench: confirm statements, ${clients} clients`);
      baseline = await measurePgbench(context, { script: CONFIRM_SCRIPT, clients, define: { n: 0, clients, prefix: basePrefix, petition: context.petitionId } });
      baseConfirmed = await confirmedWithPrefix(context, basePrefix);
    }
    context.report.add({
      id: `confirming.c${connections}`,
      section: "Confirming",
      label: `GET /petitions/:slug/confirm/:token, ${connections} connections`,
      value: appConfirmed / measured.result.durationS,
      unit: "confirmations/s",
      baseline: baseline ? { label: `pgbench: the same lookup + update, ${baseline.result.clients} clients`, value: baseConfirmed / baseline.result.durationS, unit: "confirmations/s" } : null,
      details: {
        ...loadDetails(measured, appConfirmed),
        confirmedInDb: appConfirmed,
        baselineLatencyMs: baseline?.result.latencyMs,
        baseline: baseline ? pgbenchDetails(baseline) : null,
      },
      note: measured.result.status[503] ? `${measured.result.status[503]} answered 503` : "",
    });
  }
}

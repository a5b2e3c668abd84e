// Shared by the drills: a verdict per drill, and a fresh system (database,
// fake Resend, app) for each so that no drill inherits another's state.
import { startApp, startFakeResend, type AppProcess, type FakeResendProcess } from "./app";
import type { Cluster } from "./postgres";
import { connect, petitionId, recount, type Recount, type Sql } from "./sql";
import { waitFor } from "./util";

export type DrillStatus = "PASS" | "FAIL" | "NOT RUN";

export interface Verdict {
  name: string;
  status: DrillStatus;
  /** One line: what was checked and what was found. */
  summary: string;
  /** Evidence for a failure (status codes, error lines, timings). */
  evidence?: string[];
}

export interface DrillSystem {
  databaseUrl: string;
  sql: Sql;
  petitionId: string;
  resend: FakeResendProcess;
  app: AppProcess;
}

export async function freshSystem(cluster: Cluster, name: string, appEnv: Record<string, string> = {}): Promise<DrillSystem> {
  const databaseUrl = await cluster.createDatabase(`hr_drill_${name.replace(/\W/g, "_")}`);
  const sql = connect(databaseUrl);
  const resend = await startFakeResend();
  const app = await startApp({ databaseUrl, resend, name: `app-${name}`, env: appEnv });
  return { databaseUrl, sql, petitionId: await petitionId(sql), resend, app };
}

export async function stopSystem(system: DrillSystem): Promise<void> {
  await system.app.child.stop();
  await system.resend.child.stop();
  await system.sql.end({ timeout: 2 });
}

/** Waits until the folding loop has folded every confirmation, then recounts. */
export async function settledRecount(sql: Sql, petition: string, timeoutMs = 60_000): Promise<Recount> {
  await waitFor("the counting loop to fold every confirmation", async () => (await recount(sql, petition)).unfolded === 0, timeoutMs, 250).catch(() => {});
  return recount(sql, petition);
}

/** Acknowledged signature ids that are not in the database. */
export async function missingIds(sql: Sql, ids: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < ids.length; i += 20_000) {
    const chunk = ids.slice(i, i + 20_000);
    const rows = await sql<{ id: string }[]>`
      select x.id from unnest(${chunk}::uuid[]) as x(id) where not exists (select 1 from signatures s where s.id = x.id)`;
    missing.push(...rows.map((r) => r.id));
  }
  return missing;
}

/** Distinct people (canonical emails) with more than one signature row among `pattern`. */
export async function duplicateSigners(sql: Sql, pattern: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from (select canonical_email from signatures where email like ${pattern}
      group by petition_id, canonical_email having count(*) > 1) d`;
  return Number(row?.n ?? 0);
}

export function countStatuses(statuses: Record<string, number>, predicate: (code: number) => boolean): number {
  return Object.entries(statuses).reduce((sum, [code, n]) => sum + (predicate(Number(code)) ? n : 0), 0);
}

export const fmtStatuses = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .map(([code, n]) => `${n}×${code}`)
    .join(", ") || "none";

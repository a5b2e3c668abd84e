import { eq, sql } from "drizzle-orm";
import { petitionCounts, petitionCountryCounts, petitionHourlyCounts, petitions } from "../../db/schema";
import type { Db } from "./database.server";

/** How often the counting loop looks for newly confirmed signatures. */
export const COUNT_INTERVAL_MS = 500;
/** Rows folded per transaction: big enough for spikes, small enough to keep transactions short. */
export const COUNT_BATCH_SIZE = 5_000;
/** One folding transaction at a time across all processes (arbitrary, fixed key). */
const COUNT_LOCK_KEY = 727_274_002;

/**
 * Folds signatures whose inclusion in the counts is out of date (newly
 * confirmed, or invalidated after being counted) into the count tables.
 * Returns how many rows it folded; 0 when another process holds the lock.
 */
export async function foldSignatureCounts(db: Db, batchSize = COUNT_BATCH_SIZE): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(${COUNT_LOCK_KEY}) as ok`);
    if (!lock?.ok) return 0;
    const [result] = await tx.execute<{ folded: number }>(sql`
      with batch as (
        select id, petition_id, country, verified, date_trunc('hour', confirmed_at) as hour,
               case when status = 'confirmed' then 1 else -1 end as delta
        from signatures
        where (status = 'confirmed') <> counted
        order by confirm_seq
        limit ${batchSize}
        for update skip locked
      ),
      marked as (
        update signatures s set counted = (b.delta = 1) from batch b where s.id = b.id returning 1
      ),
      totals as (
        insert into petition_counts as pc (petition_id, total, verified, updated_at)
        select petition_id, sum(delta), sum(case when verified then delta else 0 end), now()
        from batch group by petition_id
        on conflict (petition_id) do update
          set total = pc.total + excluded.total, verified = pc.verified + excluded.verified, updated_at = now()
        returning 1
      ),
      countries as (
        insert into petition_country_counts as cc (petition_id, country, total)
        select petition_id, country, sum(delta) from batch group by petition_id, country
        on conflict (petition_id, country) do update set total = cc.total + excluded.total
        returning 1
      ),
      hours as (
        insert into petition_hourly_counts as hc (petition_id, hour, total)
        select petition_id, hour, sum(delta) from batch group by petition_id, hour
        on conflict (petition_id, hour) do update set total = hc.total + excluded.total
        returning 1
      )
      select (select count(*) from marked)::int as folded,
             (select count(*) from totals) + (select count(*) from countries) + (select count(*) from hours) as written`);
    return Number(result?.folded ?? 0);
  });
}

/** Folds until nothing is left (used by tests and after a reconcile). */
export async function foldAllSignatureCounts(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const folded = await foldSignatureCounts(db);
    total += folded;
    if (folded < COUNT_BATCH_SIZE) return total;
  }
}

export interface ReconcileReport {
  petitionId: string;
  before: number;
  after: number;
  /** How far the table was off, beyond the confirmations simply not folded yet (0 when all was well). */
  drift: number;
}

/**
 * Recomputes a petition's counts from the signatures themselves and repairs
 * any drift. Waits for (and blocks) the folding job while it works.
 *
 * Each statement below sees the confirmations committed by the time it starts
 * (READ COMMITTED), so the totals are built from the `counted` flags the first
 * statement set, never from `status`: a signature confirmed while this runs
 * stays uncounted here and is folded once afterwards, instead of twice.
 */
export async function reconcilePetitionCounts(db: Db, petitionId: string): Promise<ReconcileReport> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${COUNT_LOCK_KEY})`);
    const [before] = await tx.select({ total: petitionCounts.total }).from(petitionCounts).where(eq(petitionCounts.petitionId, petitionId));
    const [flipped] = await tx.execute<{ delta: number | null }>(sql`
      with flipped as (
        update signatures set counted = (status = 'confirmed')
        where petition_id = ${petitionId} and counted <> (status = 'confirmed')
        returning counted
      )
      select sum(case when counted then 1 else -1 end)::int as delta from flipped`);
    await tx.delete(petitionCountryCounts).where(eq(petitionCountryCounts.petitionId, petitionId));
    await tx.execute(sql`insert into petition_country_counts (petition_id, country, total)
      select petition_id, country, count(*) from signatures where petition_id = ${petitionId} and counted
      group by petition_id, country`);
    await tx.delete(petitionHourlyCounts).where(eq(petitionHourlyCounts.petitionId, petitionId));
    await tx.execute(sql`insert into petition_hourly_counts (petition_id, hour, total)
      select petition_id, date_trunc('hour', confirmed_at), count(*) from signatures
      where petition_id = ${petitionId} and counted group by petition_id, date_trunc('hour', confirmed_at)`);
    const [after] = await tx.execute<{ total: number }>(sql`
      insert into petition_counts as pc (petition_id, total, verified, updated_at)
      select ${petitionId}, count(*) filter (where counted), count(*) filter (where counted and verified), now()
      from signatures where petition_id = ${petitionId}
      on conflict (petition_id) do update set total = excluded.total, verified = excluded.verified, updated_at = now()
      returning total`);
    const beforeTotal = before?.total ?? 0;
    const afterTotal = Number(after!.total);
    return { petitionId, before: beforeTotal, after: afterTotal, drift: afterTotal - (beforeTotal + Number(flipped?.delta ?? 0)) };
  });
}

export async function reconcileAllCounts(db: Db): Promise<ReconcileReport[]> {
  const rows = await db.select({ id: petitions.id }).from(petitions);
  const reports: ReconcileReport[] = [];
  for (const { id } of rows) reports.push(await reconcilePetitionCounts(db, id));
  return reports;
}

export interface PetitionCounts {
  /** Confirmed online signatures plus paper ones. */
  signatureCount: number;
  online: number;
  paper: number;
  verified: number;
  countryCount: number;
  updatedAt: Date | null;
}

export async function getPetitionCounts(db: Db, petitionId: string, paper: number): Promise<PetitionCounts> {
  const [row] = await db.execute<{ total: number | null; verified: number | null; updated_at: Date | string | null; countries: number }>(sql`
    select c.total, c.verified, c.updated_at,
      (select count(*)::int from petition_country_counts where petition_id = ${petitionId} and total > 0) as countries
    from (select 1) one left join petition_counts c on c.petition_id = ${petitionId}`);
  const online = Number(row?.total ?? 0);
  return {
    signatureCount: online + paper,
    online,
    paper,
    verified: Number(row?.verified ?? 0),
    countryCount: Number(row?.countries ?? 0),
    updatedAt: row?.updated_at ? new Date(row.updated_at) : null,
  };
}

export async function getCountryCounts(db: Db, petitionId: string): Promise<{ country: string; total: number }[]> {
  return db.execute<{ country: string; total: number }>(sql`
    select country, total from petition_country_counts where petition_id = ${petitionId} and total > 0
    order by total desc, country`).then((rows) => rows.map((r) => ({ country: r.country, total: Number(r.total) })));
}

export async function getHourlyCounts(db: Db, petitionId: string): Promise<{ at: Date; count: number }[]> {
  const rows = await db
    .select({ hour: petitionHourlyCounts.hour, total: petitionHourlyCounts.total })
    .from(petitionHourlyCounts)
    .where(eq(petitionHourlyCounts.petitionId, petitionId))
    .orderBy(petitionHourlyCounts.hour);
  return rows.filter((r) => r.total !== 0).map((r) => ({ at: r.hour, count: r.total }));
}

const GOAL_LADDER = [100, 500, 1_000, 5_000, 10_000, 50_000, 100_000, 500_000, 1_000_000];

/** The organiser's fixed goal, or the next rung of the ladder above the current total. */
export function currentGoal(total: number, goal: number | null, goalFixed: boolean): number {
  if (goalFixed && goal) return goal;
  const floor = goal ?? 0;
  const rung = GOAL_LADDER.find((g) => g > total && g >= floor);
  if (rung) return rung;
  let next = GOAL_LADDER.at(-1)!;
  while (next <= total) next *= 2;
  return next;
}

export interface CountingLoop {
  stop(): Promise<void>;
}

/** Runs the folding step every COUNT_INTERVAL_MS in this process (safe to run in several). */
export function startCountingLoop(db: Db, intervalMs = COUNT_INTERVAL_MS, onError: (error: unknown) => void = console.error): CountingLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let failing = false;
  const tick = () => {
    running = (async () => {
      try {
        while (!stopped && (await foldSignatureCounts(db)) === COUNT_BATCH_SIZE) {
          // A spike: keep folding without waiting for the next tick.
        }
        failing = false;
      } catch (error) {
        // Report the first failure of a run of them, not one every half second during an outage.
        if (!failing) onError(error);
        failing = true;
      }
      if (!stopped) timer = setTimeout(tick, intervalMs);
    })();
  };
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

import { sql } from "drizzle-orm";
import type { Db } from "./database.server";

export interface RateLimitRule {
  name: string;
  windowMs: number;
  limit: number;
}

/** Rules counted per client address are named `…-ip…` (e.g. `login-ip`, `sign-ip-minute`). */
const PER_ADDRESS_RULE = /(^|-)ip(-|$)/;

/**
 * Per-address limits can be raised for deployments where many people share one
 * address (a national carrier's NAT, or browser tests that all come from
 * loopback): IP_RATE_LIMIT_FACTOR, checked at boot by the env schema.
 */
export function effectiveLimit(rule: RateLimitRule): number {
  if (!PER_ADDRESS_RULE.test(rule.name)) return rule.limit;
  const factor = Number(process.env.IP_RATE_LIMIT_FACTOR ?? 1);
  return Number.isFinite(factor) && factor >= 1 ? rule.limit * factor : rule.limit;
}

/**
 * Counts one hit against a fixed time window, in PostgreSQL so that every web
 * process shares it. Only requests with the same key touch the same row.
 */
export async function hitRateLimit(db: Pick<Db, "execute">, key: string, rule: RateLimitRule): Promise<{ hits: number; exceeded: boolean }> {
  const [hit] = await hitRateLimits(db, key, [rule]);
  return { hits: hit!.hits, exceeded: hit!.exceeded };
}

/**
 * Counts one hit against each of several rules for the same key, in one
 * statement (one round trip instead of one per rule). Rows are always touched
 * in the rules' order, so concurrent callers cannot deadlock.
 */
export async function hitRateLimits(
  db: Pick<Db, "execute">,
  key: string,
  rules: readonly RateLimitRule[],
): Promise<{ rule: RateLimitRule; hits: number; exceeded: boolean }[]> {
  const keys = rules.map((rule) => `${rule.name}:${key}`);
  const values = rules.map(
    (rule, i) => sql`(${keys[i]}, to_timestamp(floor(extract(epoch from now()) * 1000 / ${rule.windowMs}) * ${rule.windowMs} / 1000.0), 1)`,
  );
  const rows = await db.execute<{ key: string; hits: number }>(sql`
    insert into rate_limits (key, window_start, hits) values ${sql.join(values, sql`, `)}
    on conflict (key, window_start) do update set hits = rate_limits.hits + 1
    returning key, hits`);
  const hitsByKey = new Map(rows.map((row) => [row.key, Number(row.hits)]));
  return rules.map((rule, i) => {
    const hits = hitsByKey.get(keys[i]!) ?? 0;
    return { rule, hits, exceeded: hits > effectiveLimit(rule) };
  });
}

/** Drops windows that ended long ago. */
export async function pruneRateLimits(db: Pick<Db, "execute">, olderThanMs = 2 * 24 * 60 * 60 * 1000): Promise<void> {
  await db.execute(sql`delete from rate_limits where window_start < now() - make_interval(secs => ${olderThanMs / 1000})`);
}

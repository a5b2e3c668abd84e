// Bench-side SQL: datasets made straight in the database (much faster than the
// API, and the API is not what they measure), and checks against a recount.
import { createHash } from "node:crypto";
import postgres from "postgres";
import { onCleanup } from "./cleanup";
import { COUNTRIES, PETITION_SLUG } from "./signers";

export type Sql = postgres.Sql;

export function connect(url: string, max = 4): Sql {
  const sql = postgres(url, { max, onnotice: () => {}, connection: { application_name: "hr-bench" } });
  const unregister = onCleanup("bench database connection", () => sql.end({ timeout: 2 }));
  const end = sql.end.bind(sql);
  sql.end = async (options) => {
    unregister();
    await end(options);
  };
  return sql;
}

export async function petitionId(sql: Sql, slug = PETITION_SLUG): Promise<string> {
  const [row] = await sql<{ id: string }[]>`select id from petitions where slug = ${slug}`;
  if (!row) throw new Error(`no petition ${slug}`);
  return row.id;
}

/** One secret for every bench-made token: only its hash is stored, as the app does (signing.server.ts). */
export const BENCH_TOKEN_SECRET = "benchSecret_0123456789abcdefABCDEF";
const BENCH_TOKEN_HASH = createHash("sha256").update(BENCH_TOKEN_SECRET).digest("hex");

/** The uuid PostgreSQL makes from `md5(text)::uuid`, so both sides can name the same rows. */
export function md5Uuid(text: string): string {
  const h = createHash("md5").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const confirmToken = (id: string) => `${id}.${BENCH_TOKEN_SECRET}`;
export const confirmPath = (id: string, slug = PETITION_SLUG) => `/petitions/${slug}/confirm/${confirmToken(id)}`;

const COUNTRY_ARRAY = `{${COUNTRIES.join(",")}}`;
/** A large petition is signed from many countries (the per-country table then has ~35 rows). */
const MORE_COUNTRIES = ["CA", "AU", "JP", "PE", "CO", "GH", "UG", "TZ", "PK", "BD", "VN", "TH", "PL", "RO", "IT", "ES", "PT", "NL", "BE", "SE"];

/**
 * Pending signatures whose confirmation token is known (`md5Uuid(prefix + i)`
 * and BENCH_TOKEN_SECRET), shaped like the app's rows; i runs from 1 to count.
 */
export async function insertPending(sql: Sql, petition: string, prefix: string, count: number): Promise<void> {
  await sql`
    insert into signatures (id, petition_id, status, full_name, email, canonical_email, country, locale, custom_fields,
      consent_version, consent_text, channel, ip_hash, confirm_token_hash, confirm_token_expires_at)
    select md5(${prefix}::text || i)::uuid, ${petition}, 'pending', 'Bench Confirmer ' || i,
      ${prefix}::text || i || '@bench.example', ${prefix}::text || i || '@bench.example',
      (${COUNTRY_ARRAY}::text[])[1 + i % ${COUNTRIES.length}], 'en', '{"law_enforcement":"yes"}',
      '2026-11-24', 'bench consent text', 'api', null, ${BENCH_TOKEN_HASH}, now() + interval '7 days'
    from generate_series(1, ${count}::int) i`;
}

/** Points the confirmation token of existing signatures at BENCH_TOKEN_SECRET (their emailed token is not needed). */
export async function setKnownTokens(sql: Sql, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 10_000) {
    await sql`update signatures set confirm_token_hash = ${BENCH_TOKEN_HASH} where id = any(${ids.slice(i, i + 10_000)}::uuid[])`;
  }
}

/**
 * Confirmed signatures already folded into the counts (`counted = true`), spread
 * over 30 days and many countries; the caller then reconciles the count tables.
 */
export async function insertCounted(sql: Sql, petition: string, prefix: string, count: number, onProgress?: (done: number) => void): Promise<void> {
  const countries = [...COUNTRIES, ...MORE_COUNTRIES];
  const codes = `{${countries.join(",")}}`;
  const chunk = 100_000;
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await sql`
      insert into signatures (id, petition_id, status, full_name, email, canonical_email, country, locale, custom_fields,
        show_name, consent_version, consent_text, channel, confirmed_at, confirm_seq, counted, created_at)
      select gen_random_uuid(), ${petition}, 'confirmed', 'Bench Counted ' || i,
        ${prefix}::text || i || '@bench.example', ${prefix}::text || i || '@bench.example',
        (${codes}::text[])[1 + i % ${countries.length}], 'en', '{"law_enforcement":"yes"}', i % 10 = 0,
        '2026-11-24', 'bench consent text', 'api',
        now() - make_interval(secs => (i % 2592000)), nextval('signature_confirm_seq'), true,
        now() - make_interval(secs => (i % 2592000) + 60)
      from generate_series(${start}::int, ${end}::int) i`;
    onProgress?.(end);
  }
}

export interface Recount {
  /** Whether petition_counts and petition_country_counts equal a count of the confirmed signatures. */
  equal: boolean;
  tableTotal: number;
  recountTotal: number;
  countryDiffs: { country: string; table: number; recount: number }[];
  /** Confirmed signatures the folding loop has not folded yet (should be 0 once it caught up). */
  unfolded: number;
}

export async function recount(sql: Sql, petition: string): Promise<Recount> {
  const [total] = await sql<{ table_total: number | null; recount_total: number; unfolded: number }[]>`
    select (select total from petition_counts where petition_id = ${petition}) as table_total,
      (select count(*)::int from signatures where petition_id = ${petition} and status = 'confirmed') as recount_total,
      (select count(*)::int from signatures where petition_id = ${petition} and (status = 'confirmed') <> counted) as unfolded`;
  const diffs = await sql<{ country: string; table: number; recount: number }[]>`
    with r as (select country, count(*)::int as n from signatures where petition_id = ${petition} and status = 'confirmed' group by country),
         t as (select country, total as n from petition_country_counts where petition_id = ${petition} and total <> 0)
    select coalesce(r.country, t.country) as country, coalesce(t.n, 0) as table, coalesce(r.n, 0) as recount
    from r full join t on r.country = t.country where coalesce(r.n, 0) <> coalesce(t.n, 0)`;
  const tableTotal = Number(total?.table_total ?? 0);
  const recountTotal = Number(total?.recount_total ?? 0);
  return { equal: tableTotal === recountTotal && diffs.length === 0, tableTotal, recountTotal, countryDiffs: [...diffs], unfolded: Number(total?.unfolded ?? 0) };
}

/** Signatures per status among emails LIKE `pattern`. */
export async function statusCounts(sql: Sql, pattern: string): Promise<Record<string, number>> {
  const rows = await sql<{ status: string; n: number }[]>`
    select status, count(*)::int as n from signatures where email like ${pattern} group by status`;
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/**
 * Drops queued (not running) confirmation-email jobs, so that one measurement
 * does not inherit the email backlog of the previous one.
 */
export async function dropQueuedEmailJobs(sql: Sql): Promise<number> {
  const rows = await sql`
    delete from graphile_worker._private_jobs j using graphile_worker._private_tasks t
    where t.id = j.task_id and t.identifier = 'send-email' and j.locked_at is null returning 1`;
  return rows.length;
}

export async function queuedJobs(sql: Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from graphile_worker._private_jobs`;
  return Number(row?.n ?? 0);
}

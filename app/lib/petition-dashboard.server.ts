import { asc, eq, sql, type SQL } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { campaigns, organisations, petitionFields, petitionTranslations, petitions, type SignatureStatus } from "../../db/schema";
import { requireUser } from "./auth.server";
import { requirePetitionRole, roleAllows, type OrgRole } from "./authorization.server";
import { getCountryCounts, getHourlyCounts, getPetitionCounts } from "./counting.server";
import { COUNTRY_CODES, countryName, isCountryCode, type CountryCode } from "./countries";
import type { Db } from "./database.server";
import { detectLocale, getFixedT } from "./i18n.server";
import type { Locale } from "./i18n";
import { renderTimeSeriesSvg } from "./time-series.server";
import { mapLegend, renderWorldMapSvg } from "./world-map.server";

export { SIGNATURE_STATES } from "./signature-states";
/** Rows per page of the signatures list and the review queue. */
export const SIGNATURES_PAGE_SIZE = 50;
/** Sources shown in each "top sources" table. */
export const TOP_SOURCES_LIMIT = 10;
/** Days shown in the per-day table. */
export const DAILY_TABLE_DAYS = 30;
/** The "recent" chart covers this window, hour by hour. */
const RECENT_WINDOW_MS = 48 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DashboardField {
  key: string;
  kind: "text" | "choice" | "yesno";
  isPublic: boolean;
  labels: Record<string, string>;
  options: { value: string; labels: Record<string, string> }[];
}

export interface DashboardPetition {
  id: string;
  slug: string;
  status: string;
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  /** Locale the text below is in (the viewer's if translated, else the petition's default). */
  locale: string;
  title: string;
  target: string;
  ask: string;
  bodyMarkdown: string;
  paperSignatures: number;
  paperSignaturesNote: string | null;
  verifiedDomains: string[];
  collectPostcode: boolean;
  fields: DashboardField[];
}

/** The petition as organisers see it, whatever its status (drafts and hidden ones too). */
export async function getDashboardPetition(db: Db, petitionId: string, locale: string): Promise<DashboardPetition | null> {
  if (!UUID.test(petitionId)) return null;
  const [row] = await db
    .select({
      id: petitions.id,
      slug: petitions.slug,
      status: petitions.status,
      defaultLocale: petitions.defaultLocale,
      paperSignatures: petitions.paperSignatures,
      paperSignaturesNote: petitions.paperSignaturesNote,
      verifiedDomains: petitions.verifiedDomains,
      collectPostcode: petitions.collectPostcode,
      organisationId: organisations.id,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
    })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .where(eq(petitions.id, petitionId));
  if (!row) return null;
  const [translations, fields] = await Promise.all([
    db.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petitionId)),
    db.select().from(petitionFields).where(eq(petitionFields.petitionId, petitionId)).orderBy(asc(petitionFields.position), asc(petitionFields.key)),
  ]);
  const text =
    translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === row.defaultLocale) ?? translations[0];
  const { defaultLocale, ...rest } = row;
  return {
    ...rest,
    locale: text?.locale ?? defaultLocale,
    title: text?.title ?? row.slug,
    target: text?.target ?? "",
    ask: text?.ask ?? "",
    bodyMarkdown: text?.bodyMarkdown ?? "",
    fields: fields.map((f) => ({ key: f.key, kind: f.kind, isPublic: f.isPublic, labels: f.labels, options: f.options })),
  };
}

/** Lets organisers type a petition's public slug in the dashboard URL; the caller still checks the role. */
export async function findPetitionIdBySlug(db: Db, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: petitions.id }).from(petitions).where(eq(petitions.slug, slug));
  return row?.id ?? null;
}

/**
 * The checks every petition dashboard loader and action starts with: a
 * signed-in user holding at least `minimum` in the petition's organisation
 * (outsiders 404, lower roles 403, admins pass), and the petition itself.
 * Reading stats needs a viewer; anything showing or changing supporters'
 * personal data needs an editor.
 */
export async function requireDashboardPetition(request: Request, context: AppLoadContext, petitionId: string, minimum: OrgRole) {
  const user = await requireUser(request, context);
  const access = await requirePetitionRole(context.db, user, petitionId, minimum);
  const locale = await detectLocale(request);
  const [petition, flagged] = await Promise.all([getDashboardPetition(context.db, petitionId, locale), countFlagged(context.db, petitionId)]);
  if (!petition) throw new Response("Not found", { status: 404 });
  const canEdit = access.role === "admin" || roleAllows(access.role, "editor");
  return {
    user,
    locale,
    petition,
    header: {
      id: petition.id,
      slug: petition.slug,
      title: petition.title,
      locale: petition.locale,
      status: petition.status,
      organisationName: petition.organisationName,
      organisationSlug: petition.organisationSlug,
      canEdit,
      flagged,
    },
  };
}

export type PetitionHeaderData = Awaited<ReturnType<typeof requireDashboardPetition>>["header"];

async function countFlagged(db: Db, petitionId: string): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from signatures where petition_id = ${petitionId} and status = 'flagged'`);
  return Number(row?.n ?? 0);
}

export type StateCounts = Record<SignatureStatus, number> & { all: number };

/**
 * Signatures by state in one GROUP BY over the (petition_id, status) index: an
 * index-only scan of one petition's entries, never one query per state.
 */
export async function countSignaturesByState(db: Db, petitionId: string): Promise<StateCounts> {
  const rows = await db.execute<{ status: SignatureStatus; n: number }>(sql`
    select status, count(*)::int as n from signatures where petition_id = ${petitionId} group by status`);
  const counts: StateCounts = { pending: 0, confirmed: 0, flagged: 0, invalidated: 0, all: 0 };
  for (const row of rows) {
    counts[row.status] = Number(row.n);
    counts.all += Number(row.n);
  }
  return counts;
}

/** Confirmed ÷ every signature not held for review; null before anyone signed. */
export function confirmationRate(counts: StateCounts): number | null {
  const denominator = counts.all - counts.flagged;
  return denominator > 0 ? counts.confirmed / denominator : null;
}

export interface SourceCount {
  /** null: signatures that arrived without one. */
  source: string | null;
  total: number;
  confirmed: number;
}

export interface TopSources {
  sources: SourceCount[];
  utmSources: SourceCount[];
}

/**
 * Where signatures came from, by `source` and by `utm_source`, in one pass over
 * the petition's rows (GROUPING SETS). Invalidated signatures are left out.
 */
export async function listTopSources(db: Db, petitionId: string, limit = TOP_SOURCES_LIMIT): Promise<TopSources> {
  const rows = await db.execute<{ kind: "source" | "utm"; value: string | null; total: number; confirmed: number }>(sql`
    with grouped as (
      select case when grouping(source) = 0 then 'source' else 'utm' end as kind,
             case when grouping(source) = 0 then source else utm->>'utm_source' end as value,
             count(*)::int as total,
             count(*) filter (where status = 'confirmed')::int as confirmed
      from signatures
      where petition_id = ${petitionId} and status <> 'invalidated'
      group by grouping sets ((source), (utm->>'utm_source'))
    ),
    ranked as (
      select *, row_number() over (partition by kind order by total desc, value nulls last) as rank from grouped
    )
    select kind, value, total, confirmed from ranked where rank <= ${limit} order by kind, rank`);
  const pick = (kind: "source" | "utm") =>
    rows.filter((r) => r.kind === kind).map((r) => ({ source: r.value, total: Number(r.total), confirmed: Number(r.confirmed) }));
  return { sources: pick("source"), utmSources: pick("utm") };
}

/** Confirmed signatures per UTC day, newest first, from the hourly count table (never the signatures). */
export async function getDailyCounts(db: Db, petitionId: string, days = DAILY_TABLE_DAYS): Promise<{ day: string; count: number }[]> {
  const rows = await db.execute<{ day: string; n: number }>(sql`
    select to_char(date_trunc('day', hour at time zone 'UTC'), 'YYYY-MM-DD') as day, sum(total)::int as n
    from petition_hourly_counts where petition_id = ${petitionId}
    group by 1 having sum(total) <> 0 order by 1 desc limit ${days}`);
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}

function withNow(points: { at: Date; count: number }[], now: Date) {
  // A trailing empty bucket carries the flat line up to now, as on the public page.
  return points.length > 0 ? [...points, { at: now, count: 0 }] : points;
}

/** Everything the petition dashboard shows, gathered with a fixed number of queries. */
export async function loadPetitionDashboard(db: Db, petition: DashboardPetition, locale: Locale, now = new Date()) {
  const [states, counts, countries, hourly, daily, sources, t] = await Promise.all([
    countSignaturesByState(db, petition.id),
    getPetitionCounts(db, petition.id, petition.paperSignatures),
    getCountryCounts(db, petition.id),
    getHourlyCounts(db, petition.id),
    getDailyCounts(db, petition.id),
    listTopSources(db, petition.id),
    getFixedT(locale),
  ]);
  const recentStart = now.getTime() - RECENT_WINDOW_MS;
  const recent = hourly.filter((h) => h.at.getTime() >= recentStart);
  const countryMap = Object.fromEntries(countries.map((c) => [c.country, c.total]));
  return {
    states,
    confirmationRate: confirmationRate(states),
    counts: { online: counts.online, paper: counts.paper, total: counts.signatureCount, verified: counts.verified, countryCount: counts.countryCount, updatedAt: counts.updatedAt?.toISOString() ?? null },
    paperNote: petition.paperSignaturesNote,
    countries: countries.map((c) => ({ ...c, name: isCountryCode(c.country) ? countryName(c.country, locale) : c.country })),
    mapSvg: renderWorldMapSvg(countryMap, { title: t("dashboard.stats.mapTitle"), description: t("dashboard.stats.mapDescription"), locale }),
    mapLegend,
    allTimeChartSvg: renderTimeSeriesSvg(withNow(hourly, now), {
      title: t("dashboard.stats.allTimeChart"),
      description: t("dashboard.stats.allTimeChartDescription"),
      emptyLabel: t("dashboard.stats.chartEmpty"),
      idPrefix: "chart-all",
      locale,
    }),
    recentChartSvg: renderTimeSeriesSvg(withNow(recent, now), {
      title: t("dashboard.stats.recentChart"),
      description: t("dashboard.stats.recentChartDescription"),
      emptyLabel: t("dashboard.stats.chartEmpty"),
      idPrefix: "chart-recent",
      locale,
    }),
    recentHours: recent
      .slice(-24)
      .reverse()
      .map((h) => ({ at: h.at.toISOString(), count: h.count })),
    daily,
    sources,
  };
}

// ---------------------------------------------------------------- signatures list

export interface SignatureListFilter {
  /** Matches name or email (substring), or country by code or by name in `locale` or English. */
  query?: string;
  state?: SignatureStatus;
  locale: string;
}

/** Position in the (created_at desc, id desc) order; created_at kept at full microsecond precision. */
export interface SignatureCursor {
  at: string;
  id: string;
}

export type PageDirection = "older" | "newer";

export interface SignatureListRow {
  id: string;
  fullName: string;
  email: string;
  country: string;
  postcode: string | null;
  status: SignatureStatus;
  verified: boolean;
  source: string | null;
  utmSource: string | null;
  channel: string;
  ipHash: string | null;
  flagReason: string | null;
  createdAt: string;
  confirmedAt: string | null;
  reviewedAt: string | null;
  anonymised: boolean;
}

export interface SignaturePage {
  rows: SignatureListRow[];
  /** Pass with direction "older" for the next page, "newer" for the previous one. */
  olderCursor: string | null;
  newerCursor: string | null;
}

const CURSOR_FORMAT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f-]{36})$/;

export function encodeCursor(cursor: SignatureCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString("base64url");
}

/** The cursor in a page link, or null when it was tampered with (the list then starts over). */
export function decodeCursor(value: string | null | undefined): SignatureCursor | null {
  if (!value || value.length > 200) return null;
  const match = CURSOR_FORMAT.exec(Buffer.from(value, "base64url").toString());
  if (!match || !UUID.test(match[2]!)) return null;
  return { at: match[1]!, id: match[2]! };
}

function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().trim();
}

/** Country codes whose code equals `query` or whose name (in `locale` or English) contains it. */
export function matchCountries(query: string, locale: string): CountryCode[] {
  const folded = foldForSearch(query);
  if (folded.length < 2) return [];
  return COUNTRY_CODES.filter(
    (code) =>
      code.toLowerCase() === folded ||
      (folded.length >= 3 && (foldForSearch(countryName(code, locale)).includes(folded) || foldForSearch(countryName(code, "en")).includes(folded))),
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function listConditions(petitionId: string, filter: SignatureListFilter): SQL[] {
  const conditions: SQL[] = [sql`petition_id = ${petitionId}`];
  if (filter.state) conditions.push(sql`status = ${filter.state}`);
  const query = filter.query?.trim();
  if (query) {
    const pattern = `%${escapeLike(query)}%`;
    const alternatives: SQL[] = [sql`full_name ilike ${pattern}`, sql`email ilike ${pattern}`];
    const codes = matchCountries(query, filter.locale);
    if (codes.length > 0) alternatives.push(sql`country in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`);
    conditions.push(sql`(${sql.join(alternatives, sql` or `)})`);
  }
  return conditions;
}

type SignaturePageRow = {
  id: string;
  full_name: string;
  email: string;
  country: string;
  postcode: string | null;
  status: SignatureStatus;
  verified: boolean;
  source: string | null;
  utm_source: string | null;
  channel: string;
  ip_hash: string | null;
  flag_reason: string | null;
  // Raw results: drizzle's postgres.js client hands timestamps back as text.
  created_at: string;
  confirmed_at: string | null;
  reviewed_at: string | null;
  anonymised_at: string | null;
  cursor_at: string;
};

/**
 * The SQL for one page of signatures in (created_at, id) order, size + 1 rows
 * (the extra one says whether there is more).
 *
 * The only index is (petition_id, created_at desc), without the id, and
 * PostgreSQL will not use it for ORDER BY created_at, id at a million rows (it
 * scans and sorts the whole petition instead). So the page is assembled from
 * three index-ordered reads: (a) the rest of the cursor's own timestamp, (b)
 * the next rows by created_at alone, and (c) every row sharing the timestamp
 * where (b) stopped, so a tie is never cut in half. Only the few rows found are
 * then sorted by (created_at, id).
 */
export function signaturePageQuery(petitionId: string, filter: SignatureListFilter, cursor: SignatureCursor | null, direction: PageDirection, size: number): SQL {
  const older = direction === "older";
  const where = sql.join(listConditions(petitionId, filter), sql` and `);
  const columns = sql`id, full_name, email, country, postcode, status, verified, source, utm->>'utm_source' as utm_source, channel,
    ip_hash, flag_reason, created_at, confirmed_at, reviewed_at, anonymised_at,
    to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at`;
  const limit = size + 1;
  // Older pages go down from the cursor, newer ones up; `inside` points from the stop back towards the cursor.
  // The NULLS clauses match the index (created_at DESC NULLS LAST), or PostgreSQL would not scan it in order.
  const [cmp, inside, dir, indexOrder, edge] = older
    ? [sql`<`, sql`>`, sql`desc`, sql`desc nulls last`, sql`min`]
    : [sql`>`, sql`<`, sql`asc`, sql`asc nulls first`, sql`max`];
  const sameInstant = cursor
    ? sql`select ${columns} from signatures where ${where} and created_at = ${cursor.at}::timestamptz and id ${cmp} ${cursor.id}::uuid
        order by id ${dir} limit ${limit}`
    : sql`select ${columns} from signatures where false`;
  const beyond = cursor ? sql`and created_at ${cmp} ${cursor.at}::timestamptz` : sql``;
  return sql`
    with a as (${sameInstant}),
    b as (select ${columns} from signatures where ${where} ${beyond} order by created_at ${indexOrder} limit ${limit}),
    stop as (select ${edge}(created_at) as at from b),
    c as (select ${columns} from signatures where ${where} and created_at = (select at from stop))
    select * from (
      select * from a
      union all select * from b where created_at ${inside} (select at from stop)
      union all select * from c
    ) page
    order by created_at ${dir}, id ${dir}
    limit ${limit}`;
}

/** One page of a petition's signatures, newest first: page N costs the same as page 1, however deep. */
export async function listSignatures(
  db: Db,
  petitionId: string,
  filter: SignatureListFilter,
  page: { cursor?: SignatureCursor | null; direction?: PageDirection; size?: number } = {},
): Promise<SignaturePage> {
  const size = page.size ?? SIGNATURES_PAGE_SIZE;
  const cursor = page.cursor ?? null;
  const direction: PageDirection = !cursor || (page.direction ?? "older") === "older" ? "older" : "newer";
  const rows = await db.execute<SignaturePageRow>(signaturePageQuery(petitionId, filter, cursor, direction, size));
  const more = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (direction === "newer") {
    // Nothing newer beyond this page: that is simply the first page, shown in full.
    if (!more) return listSignatures(db, petitionId, filter, { size });
    pageRows.reverse();
  }
  const cursorOf = (r: SignaturePageRow | undefined) => (r ? encodeCursor({ at: r.cursor_at, id: r.id }) : null);
  const first = pageRows[0];
  const last = pageRows[pageRows.length - 1];
  return {
    rows: pageRows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      email: r.email,
      country: r.country,
      postcode: r.postcode,
      status: r.status,
      verified: r.verified,
      source: r.source,
      utmSource: r.utm_source,
      channel: r.channel,
      ipHash: r.ip_hash,
      flagReason: r.flag_reason,
      createdAt: new Date(r.created_at).toISOString(),
      confirmedAt: r.confirmed_at ? new Date(r.confirmed_at).toISOString() : null,
      reviewedAt: r.reviewed_at ? new Date(r.reviewed_at).toISOString() : null,
      anonymised: r.anonymised_at !== null,
    })),
    olderCursor: (direction === "older" ? more : true) ? cursorOf(last) : null,
    newerCursor: (direction === "older" ? Boolean(page.cursor) : true) ? cursorOf(first) : null,
  };
}

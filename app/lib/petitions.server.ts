import { sharedForAMoment } from "./memo";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import {
  explainerTranslations,
  explainers,
  petitionExplainers,
  petitionFields,
  petitionTranslations,
  petitions,
  signatures,
} from "../../db/schema";
import { currentGoal, getCountryCounts, getHourlyCounts, getPetitionCounts, type PetitionCounts } from "./counting.server";
import type { Db } from "./database.server";
import { DEFAULT_LOCALE, type Locale } from "./i18n";
import { renderMarkdown } from "./markdown.server";
import type { SignerField } from "./signature-schema";
import { petitionAvailability, type PetitionAvailability, type SignablePetition } from "./signing.server";

export const PETITION_STATUSES = ["draft", "pending", "open", "closed", "delivered", "won", "rejected", "hidden"] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];
/** Statuses whose page the public may see. */
export const PUBLIC_STATUSES = ["open", "closed", "delivered", "won"] as const satisfies readonly PetitionStatus[];
export const WALL_PAGE_SIZE = 20;

export interface PetitionSummary {
  slug: string;
  title: string;
  ask: string;
  signatureCount: number;
}

function pick<T extends { locale: string }>(rows: T[], locale: Locale, fallback: string): T | undefined {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === fallback) ?? rows[0];
}

export async function listOpenPetitions(db: Db, locale: Locale): Promise<PetitionSummary[]> {
  const rows = await db
    .select({
      id: petitions.id,
      slug: petitions.slug,
      defaultLocale: petitions.defaultLocale,
      paperSignatures: petitions.paperSignatures,
      locale: petitionTranslations.locale,
      title: petitionTranslations.title,
      ask: petitionTranslations.ask,
      online: sql<number>`coalesce((select total from petition_counts where petition_id = ${petitions.id}), 0)`,
    })
    .from(petitions)
    .innerJoin(petitionTranslations, eq(petitionTranslations.petitionId, petitions.id))
    .where(eq(petitions.status, "open"))
    .orderBy(desc(petitions.createdAt));
  const groups = new Map<string, typeof rows>();
  for (const row of rows) groups.set(row.id, [...(groups.get(row.id) ?? []), row]);
  return [...groups.values()].map((group) => {
    const chosen = pick(group, locale, group[0]!.defaultLocale)!;
    return { slug: chosen.slug, title: chosen.title, ask: chosen.ask, signatureCount: Number(chosen.online) + chosen.paperSignatures };
  });
}

export interface PetitionView extends SignablePetition {
  status: PetitionStatus;
  availability: PetitionAvailability;
  locale: string;
  target: string;
  ask: string;
  bodyMarkdown: string;
  goal: number | null;
  goalFixed: boolean;
  paperSignatures: number;
  paperSignaturesNote: string | null;
  verifiedDomains: string[];
  collectPostcode: boolean;
  fields: SignerField[];
  deliveredAt: Date | null;
  /** The organisers' public note on the outcome (delivered or won). */
  outcomeNote: string | null;
}

type PetitionRow = typeof petitions.$inferSelect;

/**
 * A petition row with its text in the best available language and its
 * questions, as pages show it. `availability` can be overridden for previews
 * of petitions that are not open yet.
 */
export async function petitionViewFromRow(
  db: Db,
  petition: PetitionRow,
  locale: Locale,
  availability: PetitionAvailability = petitionAvailability(petition),
): Promise<PetitionView | null> {
  const [translations, fields] = await Promise.all([
    db.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petition.id)),
    db.select().from(petitionFields).where(eq(petitionFields.petitionId, petition.id)).orderBy(asc(petitionFields.position)),
  ]);
  const text = pick(translations, locale, petition.defaultLocale);
  if (!text) return null;
  return {
    id: petition.id,
    slug: petition.slug,
    status: petition.status as PetitionStatus,
    availability,
    opensAt: petition.opensAt,
    closesAt: petition.closesAt,
    locale: text.locale,
    title: text.title,
    target: text.target,
    ask: text.ask,
    bodyMarkdown: text.bodyMarkdown,
    goal: petition.goal,
    goalFixed: petition.goalFixed,
    paperSignatures: petition.paperSignatures,
    paperSignaturesNote: petition.paperSignaturesNote,
    verifiedDomains: petition.verifiedDomains,
    collectPostcode: petition.collectPostcode,
    deliveredAt: petition.deliveredAt,
    outcomeNote: petition.outcomeNote,
    fields: fields.map((f) => ({ key: f.key, kind: f.kind, required: f.required, isPublic: f.isPublic, labels: f.labels, options: f.options })),
  };
}

/** A publicly visible petition with its text in the best available language, or null. */
export async function findPublicPetition(db: Db, slug: string, locale: Locale): Promise<PetitionView | null> {
  const petition = await db.query.petitions.findFirst({
    where: and(eq(petitions.slug, slug), inArray(petitions.status, [...PUBLIC_STATUSES])),
  });
  return petition ? petitionViewFromRow(db, petition, locale) : null;
}

/** How long a signing request may use a petition read by an earlier one (per process). */
export const SIGNABLE_PETITION_TTL_MS = 1_000;
const signable = sharedForAMoment<PetitionView | null>(SIGNABLE_PETITION_TTL_MS);

/**
 * The petition as signing sees it, read at most once a second per process and
 * language. Under a spike every signing needs it, and three queries each would
 * cost more than the signature itself; a petition closed a moment ago may
 * accept signatures for up to a second longer.
 */
export function findSignablePetition(db: Db, slug: string, locale: Locale): Promise<PetitionView | null> {
  return signable(db, `${locale}/${slug}`, () => findPublicPetition(db, slug, locale));
}

export async function relatedExplainers(db: Db, petitionId: string, locale: Locale): Promise<{ slug: string; title: string }[]> {
  const rows = await db
    .select({ id: explainers.id, slug: explainers.slug, locale: explainerTranslations.locale, title: explainerTranslations.title })
    .from(petitionExplainers)
    .innerJoin(explainers, eq(explainers.id, petitionExplainers.explainerId))
    .innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers.id))
    .where(
      and(
        eq(petitionExplainers.petitionId, petitionId),
        eq(explainers.status, "published"),
        inArray(explainerTranslations.locale, [locale, DEFAULT_LOCALE]),
      ),
    )
    .orderBy(asc(petitionExplainers.position));
  const byId = new Map<string, typeof rows>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  return [...byId.values()].map((g) => {
    const chosen = pick(g, locale, DEFAULT_LOCALE)!;
    return { slug: chosen.slug, title: chosen.title };
  });
}

export interface PetitionStats extends PetitionCounts {
  goal: number;
  countries: { country: string; total: number }[];
  hourly: { at: Date; count: number }[];
}

export async function getPetitionStats(db: Db, petition: Pick<PetitionView, "id" | "paperSignatures" | "goal" | "goalFixed">): Promise<PetitionStats> {
  const [counts, countries, hourly] = await Promise.all([
    getPetitionCounts(db, petition.id, petition.paperSignatures),
    getCountryCounts(db, petition.id),
    getHourlyCounts(db, petition.id),
  ]);
  return { ...counts, goal: currentGoal(counts.signatureCount, petition.goal, petition.goalFixed), countries, hourly };
}

export interface WallEntry {
  name: string;
  country: string;
  details: string[];
  verified: boolean;
}

/** Signers who chose to be named, newest first. Nobody else's name ever leaves the database. */
export async function listWall(db: Db, petition: Pick<PetitionView, "id" | "fields">, page: number): Promise<{ entries: WallEntry[]; hasNext: boolean }> {
  const publicKeys = petition.fields.filter((f) => f.isPublic && f.kind === "text").map((f) => f.key);
  const rows = await db
    .select({ name: signatures.fullName, country: signatures.country, custom: signatures.customFields, verified: signatures.verified })
    .from(signatures)
    .where(and(eq(signatures.petitionId, petition.id), eq(signatures.status, "confirmed"), eq(signatures.showName, true)))
    // Exactly the signatures_wall index's order, ties included, so a page reads only its rows (no sort).
    .orderBy(sql`${signatures.confirmedAt} desc nulls last`, sql`${signatures.id} desc nulls last`)
    .limit(WALL_PAGE_SIZE + 1)
    .offset((page - 1) * WALL_PAGE_SIZE);
  return {
    entries: rows.slice(0, WALL_PAGE_SIZE).map((r) => ({
      name: r.name,
      country: r.country,
      details: publicKeys.map((k) => r.custom[k]).filter((v): v is string => Boolean(v)),
      verified: r.verified,
    })),
    hasNext: rows.length > WALL_PAGE_SIZE,
  };
}

/** Totals, per-country counts and the hourly series: no personal data. */
export async function getOpenData(db: Db, slug: string) {
  const petition = await findPublicPetition(db, slug, DEFAULT_LOCALE);
  if (!petition) return null;
  const stats = await getPetitionStats(db, petition);
  return {
    petition: { slug: petition.slug, title: petition.title, status: petition.status },
    signatureCount: stats.signatureCount,
    onlineSignatures: stats.online,
    paperSignatures: stats.paper,
    verifiedSignatures: stats.verified,
    countryCount: stats.countryCount,
    goal: stats.goal,
    updatedAt: (stats.updatedAt ?? new Date(0)).toISOString(),
    countries: stats.countries,
    hourly: stats.hourly.map((h) => ({ hour: h.at.toISOString(), signatures: h.count })),
  };
}

export function renderPetitionBody(petition: Pick<PetitionView, "bodyMarkdown">): string {
  return renderMarkdown(petition.bodyMarkdown);
}

export interface CountSnapshot {
  signatureCount: number;
  countryCount: number;
  goal: number;
  updatedAt: string;
}

/** The hot read behind count.json: one indexed query whose cost does not grow with the signatures. */
/** count.json is fetched by every open petition page; one query per quarter second serves them all. */
const COUNT_SNAPSHOT_TTL_MS = 250;
const countSnapshots = sharedForAMoment<CountSnapshot | null>(COUNT_SNAPSHOT_TTL_MS);

export function getCountSnapshot(db: Db, slug: string): Promise<CountSnapshot | null> {
  return countSnapshots(db, slug, () => readCountSnapshot(db, slug));
}

async function readCountSnapshot(db: Db, slug: string): Promise<CountSnapshot | null> {
  const [row] = await db.execute<{
    paper: number;
    goal: number | null;
    goal_fixed: boolean;
    total: number;
    updated_at: string | Date | null;
    countries: number;
  }>(sql`
    select p.paper_signatures as paper, p.goal, p.goal_fixed, coalesce(c.total, 0) as total, c.updated_at,
      (select count(*)::int from petition_country_counts cc where cc.petition_id = p.id and cc.total > 0) as countries
    from petitions p left join petition_counts c on c.petition_id = p.id
    where p.slug = ${slug} and p.status in ('open', 'closed', 'delivered', 'won')`);
  if (!row) return null;
  const signatureCount = Number(row.total) + Number(row.paper);
  return {
    signatureCount,
    countryCount: Number(row.countries),
    goal: currentGoal(signatureCount, row.goal, row.goal_fixed),
    updatedAt: (row.updated_at ? new Date(row.updated_at) : new Date(0)).toISOString(),
  };
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The open data as one CSV table: kind, key, signatures. */
export function openDataCsv(data: NonNullable<Awaited<ReturnType<typeof getOpenData>>>): string {
  const rows: (string | number)[][] = [
    ["kind", "key", "signatures"],
    ["total", "", data.signatureCount],
    ["online", "", data.onlineSignatures],
    ["paper", "", data.paperSignatures],
    ["verified", "", data.verifiedSignatures],
    ["countries", "", data.countryCount],
    ...data.countries.map((c) => ["country", c.country, c.total]),
    ...data.hourly.map((h) => ["hour", h.hour, h.signatures]),
  ];
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

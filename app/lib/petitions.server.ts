import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { explainerTranslations, explainers, petitionExplainers, petitionTranslations, petitions } from "../../db/schema";
import type { Db } from "./database.server";
import { DEFAULT_LOCALE, type Locale } from "./i18n";
import { renderMarkdown } from "./markdown.server";

export type PetitionStatus = (typeof PETITION_STATUSES)[number];
export const PETITION_STATUSES = ["draft", "pending", "open", "closed", "delivered", "won", "rejected", "hidden"] as const;
/** Statuses whose page the public may see. */
export const PUBLIC_STATUSES = ["open", "closed", "delivered", "won"] as const satisfies readonly PetitionStatus[];

export interface PetitionSummary {
  slug: string;
  title: string;
  ask: string;
  signatureCount: number;
}

export interface PetitionPage {
  id: string;
  slug: string;
  status: PetitionStatus;
  locale: string;
  title: string;
  target: string;
  ask: string;
  html: string;
  goal: number | null;
  signatureCount: number;
  countryCount: number;
  relatedExplainers: { slug: string; title: string }[];
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
    })
    .from(petitions)
    .innerJoin(petitionTranslations, eq(petitionTranslations.petitionId, petitions.id))
    .where(eq(petitions.status, "open"))
    .orderBy(desc(petitions.createdAt));
  const groups = new Map<string, typeof rows>();
  for (const row of rows) groups.set(row.id, [...(groups.get(row.id) ?? []), row]);
  return [...groups.values()].map((group) => {
    const chosen = pick(group, locale, group[0]!.defaultLocale)!;
    return { slug: chosen.slug, title: chosen.title, ask: chosen.ask, signatureCount: chosen.paperSignatures };
  });
}

export async function getPublicPetition(db: Db, slug: string, locale: Locale): Promise<PetitionPage | null> {
  const petition = await db.query.petitions.findFirst({
    where: and(eq(petitions.slug, slug), inArray(petitions.status, [...PUBLIC_STATUSES])),
  });
  if (!petition) return null;
  const translations = await db.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petition.id));
  const text = pick(translations, locale, petition.defaultLocale);
  if (!text) return null;

  const related = await db
    .select({ id: explainers.id, slug: explainers.slug, locale: explainerTranslations.locale, title: explainerTranslations.title })
    .from(petitionExplainers)
    .innerJoin(explainers, eq(explainers.id, petitionExplainers.explainerId))
    .innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers.id))
    .where(
      and(
        eq(petitionExplainers.petitionId, petition.id),
        eq(explainers.status, "published"),
        inArray(explainerTranslations.locale, [locale, DEFAULT_LOCALE]),
      ),
    )
    .orderBy(asc(petitionExplainers.position));
  const relatedById = new Map<string, typeof related>();
  for (const row of related) relatedById.set(row.id, [...(relatedById.get(row.id) ?? []), row]);

  return {
    id: petition.id,
    slug: petition.slug,
    status: petition.status as PetitionStatus,
    locale: text.locale,
    title: text.title,
    target: text.target,
    ask: text.ask,
    html: renderMarkdown(text.bodyMarkdown),
    goal: petition.goal,
    signatureCount: petition.paperSignatures,
    countryCount: 0,
    relatedExplainers: [...relatedById.values()].map((g) => {
      const chosen = pick(g, locale, DEFAULT_LOCALE)!;
      return { slug: chosen.slug, title: chosen.title };
    }),
  };
}

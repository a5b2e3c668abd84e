import { and, asc, eq, inArray } from "drizzle-orm";
import { explainerTranslations, explainers, type ExplainerSource } from "../../db/schema";
import type { Db } from "./database.server";
import { DEFAULT_LOCALE, type Locale } from "./i18n";
import { renderMarkdown } from "./markdown.server";

export interface ExplainerSummary {
  slug: string;
  title: string;
  summary: string;
  locale: string;
}

export interface ExplainerPage extends ExplainerSummary {
  html: string;
  sources: ExplainerSource[];
  updatedAt: Date;
  /** True when the page is shown in another language because the requested one is missing. */
  isFallback: boolean;
}

/** Picks the requested language, else the default one, else whatever exists. */
function pickTranslation<T extends { locale: string }>(rows: T[], locale: Locale): T | undefined {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === DEFAULT_LOCALE) ?? rows[0];
}

export async function listPublishedExplainers(db: Db, locale: Locale): Promise<ExplainerSummary[]> {
  const rows = await db
    .select({
      id: explainers.id,
      slug: explainers.slug,
      locale: explainerTranslations.locale,
      title: explainerTranslations.title,
      summary: explainerTranslations.summary,
    })
    .from(explainers)
    .innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers.id))
    .where(and(eq(explainers.status, "published"), inArray(explainerTranslations.locale, [locale, DEFAULT_LOCALE])))
    .orderBy(asc(explainers.position), asc(explainers.slug));

  const byId = new Map<string, typeof rows>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  return [...byId.values()].map((group) => {
    const chosen = pickTranslation(group, locale)!;
    return { slug: chosen.slug, title: chosen.title, summary: chosen.summary, locale: chosen.locale };
  });
}

export async function getPublishedExplainer(db: Db, slug: string, locale: Locale): Promise<ExplainerPage | null> {
  const rows = await db
    .select({
      slug: explainers.slug,
      sources: explainers.sources,
      locale: explainerTranslations.locale,
      title: explainerTranslations.title,
      summary: explainerTranslations.summary,
      bodyMarkdown: explainerTranslations.bodyMarkdown,
      updatedAt: explainerTranslations.updatedAt,
    })
    .from(explainers)
    .innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers.id))
    .where(and(eq(explainers.slug, slug), eq(explainers.status, "published")));
  const chosen = pickTranslation(rows, locale);
  if (!chosen) return null;
  return {
    slug: chosen.slug,
    title: chosen.title,
    summary: chosen.summary,
    locale: chosen.locale,
    html: renderMarkdown(chosen.bodyMarkdown),
    sources: chosen.sources,
    updatedAt: chosen.updatedAt,
    isFallback: chosen.locale !== locale,
  };
}

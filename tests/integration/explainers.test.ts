import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { getPublishedExplainer, listPublishedExplainers } from "~/lib/explainers.server";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const [draft] = await t.db.insert(schema.explainers).values({ slug: "draft-page", status: "draft", position: 99 }).returning();
  await t.db.insert(schema.explainerTranslations).values({ explainerId: draft!.id, locale: "en", title: "Draft", summary: "s", bodyMarkdown: "b" });
  const [english] = await t.db
    .insert(schema.explainers)
    .values({ slug: "english-only", status: "published", position: 98, sources: [{ publisher: "WHO", title: "T", year: 2014, url: null }] })
    .returning();
  await t.db.insert(schema.explainerTranslations).values({
    explainerId: english!.id,
    locale: "en",
    title: "Only in English",
    summary: "English summary",
    bodyMarkdown: "Text <script>alert(1)</script>",
  });
});
afterAll(() => t.drop());

describe("explainers", () => {
  it("lists published explainers in order, in the requested language", async () => {
    const fr = await listPublishedExplainers(t.db, "fr");
    expect(fr[0]).toMatchObject({ slug: "what-is-harm-reduction", locale: "fr" });
    expect(fr.map((e) => e.slug)).not.toContain("draft-page");
    expect(fr.filter((e) => e.locale === "fr")).toHaveLength(7);
  });

  it("falls back to English, and says so, when a translation is missing", async () => {
    const page = await getPublishedExplainer(t.db, "english-only", "fr");
    expect(page).toMatchObject({ title: "Only in English", locale: "en", isFallback: true });
    expect(page!.html).not.toContain("<script");
    const list = await listPublishedExplainers(t.db, "fr");
    expect(list.find((e) => e.slug === "english-only")?.locale).toBe("en");
  });

  it("renders a page's Markdown with its sources", async () => {
    const page = await getPublishedExplainer(t.db, "needle-and-syringe-programmes", "en");
    expect(page!.isFallback).toBe(false);
    expect(page!.html).toContain("<h2>");
    expect(page!.sources.length).toBeGreaterThan(1);
  });

  it("does not show drafts or unknown slugs", async () => {
    expect(await getPublishedExplainer(t.db, "draft-page", "en")).toBeNull();
    expect(await getPublishedExplainer(t.db, "no-such-page", "en")).toBeNull();
    const [row] = await t.db.select().from(schema.explainers).where(eq(schema.explainers.slug, "draft-page"));
    expect(row?.status).toBe("draft");
  });
});

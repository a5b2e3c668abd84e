import { asc, eq } from "drizzle-orm";
import { explainerTranslations, explainers } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { E, fail, type Done, type ExplainerTranslationInput, type Failure } from "./organiser-schemas";
import { pickTranslation, type Actor } from "./organisations.server";

// Explainers are platform content: only admins edit them (the routes call requireAdmin).

export async function listExplainersForEditing(db: Db, locale: string) {
  const [rows, texts] = await Promise.all([
    db.select({ id: explainers.id, slug: explainers.slug, status: explainers.status }).from(explainers).orderBy(asc(explainers.position), asc(explainers.slug)),
    db.select({ explainerId: explainerTranslations.explainerId, locale: explainerTranslations.locale, title: explainerTranslations.title }).from(explainerTranslations),
  ]);
  return rows.map((row) => {
    const own = texts.filter((t) => t.explainerId === row.id);
    return { ...row, title: pickTranslation(own, locale)?.title ?? row.slug, locales: own.map((t) => t.locale).sort() };
  });
}

export async function getExplainerForEditing(db: Db, explainerId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(explainerId)) return null;
  const [explainer] = await db.select().from(explainers).where(eq(explainers.id, explainerId));
  if (!explainer) return null;
  const translations = await db
    .select()
    .from(explainerTranslations)
    .where(eq(explainerTranslations.explainerId, explainerId))
    .orderBy(asc(explainerTranslations.locale));
  return {
    id: explainer.id,
    slug: explainer.slug,
    status: explainer.status as "draft" | "published",
    translations: translations.map((t) => ({ locale: t.locale, title: t.title, summary: t.summary, bodyMarkdown: t.bodyMarkdown, updatedAt: t.updatedAt })),
  };
}

/** Saves (or adds) one language of an explainer. */
export async function saveExplainerTranslation(db: Db, admin: Actor, explainerId: string, input: Omit<ExplainerTranslationInput, "intent">): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const [explainer] = await tx.select({ id: explainers.id }).from(explainers).where(eq(explainers.id, explainerId)).for("update");
    if (!explainer) return fail(E.notFound);
    const now = new Date();
    const text = { title: input.title, summary: input.summary, bodyMarkdown: input.bodyMarkdown, updatedAt: now };
    const [saved] = await tx
      .insert(explainerTranslations)
      .values({ explainerId, locale: input.locale, ...text })
      .onConflictDoUpdate({ target: [explainerTranslations.explainerId, explainerTranslations.locale], set: text })
      .returning({ locale: explainerTranslations.locale });
    await tx.update(explainers).set({ updatedAt: now }).where(eq(explainers.id, explainerId));
    await recordAudit(tx, {
      actorId: admin.id,
      action: "explainer.edit",
      subjectType: "explainer",
      subjectId: explainerId,
      details: { locale: saved!.locale, title: input.title },
    });
    return { ok: true as const };
  });
}

export async function setExplainerStatus(db: Db, admin: Actor, explainerId: string, status: "draft" | "published"): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(explainers)
      .set({ status, updatedAt: new Date() })
      .where(eq(explainers.id, explainerId))
      .returning({ id: explainers.id });
    if (updated.length === 0) return fail(E.notFound);
    await recordAudit(tx, {
      actorId: admin.id,
      action: status === "published" ? "explainer.publish" : "explainer.unpublish",
      subjectType: "explainer",
      subjectId: explainerId,
    });
    return { ok: true as const };
  });
}

import { and, eq, notInArray } from "drizzle-orm";
import { campaignTranslations, campaigns } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { E, fail, type Failure } from "./organiser-schemas";
import type { CampaignInput } from "./organiser-schemas";
import { isUniqueViolation, pickTranslation, type Actor } from "./organisations.server";

export async function createCampaign(db: Db, actor: Actor, organisationId: string, input: CampaignInput): Promise<({ ok: true; id: string }) | Failure> {
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .insert(campaigns)
      .values({ organisationId, slug: input.slug, status: input.status ?? "active" })
      .onConflictDoNothing({ target: campaigns.slug })
      .returning({ id: campaigns.id });
    if (!campaign) return fail(E.slugTaken, "slug");
    await tx.insert(campaignTranslations).values(input.translations.map((t) => ({ campaignId: campaign.id, ...t })));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId,
      action: "campaign.create",
      subjectType: "campaign",
      subjectId: campaign.id,
      details: { slug: input.slug, locales: input.translations.map((t) => t.locale) },
    });
    return { ok: true as const, id: campaign.id };
  });
}

export async function getCampaign(db: Db, campaignId: string, locale: string) {
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) return null;
  const translations = await db.select().from(campaignTranslations).where(eq(campaignTranslations.campaignId, campaignId));
  return {
    id: campaign.id,
    organisationId: campaign.organisationId,
    slug: campaign.slug,
    status: campaign.status as "draft" | "active" | "archived",
    title: pickTranslation(translations, locale)?.title ?? campaign.slug,
    translations: translations.map((t) => ({ locale: t.locale, title: t.title, summary: t.summary })),
  };
}

/** Replaces the campaign's texts with the submitted ones: a language left blank is removed. */
export async function updateCampaign(db: Db, actor: Actor, campaignId: string, input: CampaignInput): Promise<({ ok: true }) | Failure> {
  try {
    return await saveCampaign(db, actor, campaignId, input);
  } catch (error) {
    if (isUniqueViolation(error)) return fail(E.slugTaken, "slug");
    throw error;
  }
}

async function saveCampaign(db: Db, actor: Actor, campaignId: string, input: CampaignInput): Promise<({ ok: true }) | Failure> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for("update");
    if (!before) return fail(E.notFound);
    if (input.slug !== before.slug) {
      const [clash] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, input.slug));
      if (clash) return fail(E.slugTaken, "slug");
    }
    await tx
      .update(campaigns)
      .set({ slug: input.slug, status: input.status ?? before.status, updatedAt: new Date() })
      .where(eq(campaigns.id, campaignId));
    const locales = input.translations.map((t) => t.locale);
    await tx.delete(campaignTranslations).where(and(eq(campaignTranslations.campaignId, campaignId), notInArray(campaignTranslations.locale, locales)));
    for (const t of input.translations) {
      await tx
        .insert(campaignTranslations)
        .values({ campaignId, ...t })
        .onConflictDoUpdate({ target: [campaignTranslations.campaignId, campaignTranslations.locale], set: { title: t.title, summary: t.summary } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: before.organisationId,
      action: "campaign.edit",
      subjectType: "campaign",
      subjectId: campaignId,
      details: { slug: input.slug, status: input.status ?? before.status, locales },
    });
    return { ok: true as const };
  });
}

import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import {
  campaignTranslations,
  campaigns,
  explainerTranslations,
  explainers,
  organisations,
  petitionExplainers,
  petitionFields,
  petitionRevisions,
  petitionTranslations,
  petitions,
  users,
} from "../../db/schema";
import { recordAudit } from "./audit.server";
import { requireCampaignRole, requirePetitionRole, type OrgRole } from "./authorization.server";
import { getPetitionCounts } from "./counting.server";
import type { Db } from "./database.server";
import type { Locale } from "./i18n";
import { E, fail, type CreatePetitionInput, type Done, type Failure, type PetitionSettingsInput, type PetitionTextInput } from "./organiser-schemas";
import { isUniqueViolation, pickTranslation, type Actor } from "./organisations.server";
import { buildPetitionPage } from "./petition-page.server";
import { petitionViewFromRow, type PetitionStatus, type PetitionView } from "./petitions.server";
import { petitionAvailability } from "./signing.server";

/** From this many signatures (online plus paper), changing a published text needs a stated reason. */
export const REVISION_REASON_THRESHOLD = 100;
/** Slug and signer questions change only before anyone could have signed. */
export const STRUCTURE_EDITABLE_STATUSES: readonly PetitionStatus[] = ["draft", "rejected"];
/** Statuses a petition reaches only after approval: its text has been public. */
export const PUBLISHED_STATUSES: readonly PetitionStatus[] = ["open", "closed", "delivered", "won", "hidden"];
/** Under review: nothing changes until the admin decides. */
export const LOCKED_STATUSES: readonly PetitionStatus[] = ["pending"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isStructureEditable = (status: string) => STRUCTURE_EDITABLE_STATUSES.includes(status as PetitionStatus);

async function organisationOf(db: Db, organisationId: string) {
  const [org] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return org;
}

/**
 * Checks the user's role on the petition (outsiders 404, too low a role 403)
 * and that the URL's organisation is the petition's, so links cannot mix them.
 */
export async function requireOrgPetition(db: Db, user: Actor, orgSlug: string, petitionId: string, minimum: OrgRole) {
  const access = await requirePetitionRole(db, user, petitionId, minimum);
  const organisation = await organisationOf(db, access.organisationId);
  if (organisation?.slug !== orgSlug) throw new Response("Not found", { status: 404 });
  return { ...access, organisation };
}

export async function requireOrgCampaign(db: Db, user: Actor, orgSlug: string, campaignId: string, minimum: OrgRole) {
  const access = await requireCampaignRole(db, user, campaignId, minimum);
  const organisation = await organisationOf(db, access.organisationId);
  if (organisation?.slug !== orgSlug) throw new Response("Not found", { status: 404 });
  return { ...access, organisation };
}

export async function createPetition(db: Db, actor: Actor, campaignId: string, input: CreatePetitionInput): Promise<({ ok: true; id: string }) | Failure> {
  try {
    return await db.transaction(async (tx) => {
      const [campaign] = await tx.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, campaignId));
      if (!campaign) return fail(E.notFound);
      const [petition] = await tx
        .insert(petitions)
        .values({ campaignId, slug: input.slug, status: "draft", defaultLocale: input.defaultLocale, createdBy: actor.id })
        .onConflictDoNothing({ target: petitions.slug })
        .returning({ id: petitions.id });
      if (!petition) return fail(E.slugTaken, "slug");
      await tx.insert(petitionTranslations).values({
        petitionId: petition.id,
        locale: input.defaultLocale,
        title: input.title,
        target: input.target,
        ask: input.ask,
        bodyMarkdown: input.bodyMarkdown,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        organisationId: campaign.organisationId,
        action: "petition.create",
        subjectType: "petition",
        subjectId: petition.id,
        details: { slug: input.slug, locale: input.defaultLocale },
      });
      return { ok: true as const, id: petition.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail(E.slugTaken, "slug");
    throw error;
  }
}

export type PetitionText = { locale: string; title: string; target: string; ask: string; bodyMarkdown: string };

/** Everything the editing pages show about one petition. */
export async function getPetitionEditor(db: Db, petitionId: string, locale: string) {
  if (!UUID.test(petitionId)) throw new Response("Not found", { status: 404 });
  const [petition] = await db.select().from(petitions).where(eq(petitions.id, petitionId));
  if (!petition) throw new Response("Not found", { status: 404 });
  const [translations, fields, links, counts, campaignTexts, [campaign]] = await Promise.all([
    db.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petitionId)).orderBy(asc(petitionTranslations.locale)),
    db.select().from(petitionFields).where(eq(petitionFields.petitionId, petitionId)).orderBy(asc(petitionFields.position)),
    db.select({ explainerId: petitionExplainers.explainerId }).from(petitionExplainers).where(eq(petitionExplainers.petitionId, petitionId)),
    getPetitionCounts(db, petitionId, petition.paperSignatures),
    db.select().from(campaignTranslations).where(eq(campaignTranslations.campaignId, petition.campaignId)),
    db.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, petition.campaignId)),
  ]);
  const text = pickTranslation(translations, locale, petition.defaultLocale);
  const status = petition.status as PetitionStatus;
  return {
    petition: { ...petition, status, title: text?.title ?? petition.slug },
    campaign: { id: petition.campaignId, title: pickTranslation(campaignTexts, locale)?.title ?? campaign?.slug ?? "" },
    translations: translations.map(({ petitionId: _, ...t }) => t satisfies PetitionText),
    fields: fields.map(({ petitionId: _, ...f }) => f),
    explainerIds: links.map((l) => l.explainerId),
    signatureCount: counts.signatureCount,
    structureEditable: isStructureEditable(status),
    locked: LOCKED_STATUSES.includes(status),
    reasonRequired: PUBLISHED_STATUSES.includes(status) && counts.signatureCount >= REVISION_REASON_THRESHOLD,
  };
}

const sameText = (a: Omit<PetitionText, "locale"> | undefined, b: Omit<PetitionText, "locale">) =>
  a !== undefined && a.title === b.title && a.target === b.target && a.ask === b.ask && a.bodyMarkdown === b.bodyMarkdown;

/**
 * Saves one language's text. Once the petition has been public, every change
 * is kept in petition_revisions (before and after, with the count at the time),
 * and from REVISION_REASON_THRESHOLD signatures on it needs a stated reason:
 * people signed the earlier wording.
 */
export async function savePetitionText(db: Db, actor: Actor, petitionId: string, input: PetitionTextInput): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const [petition] = await tx
      .select({ status: petitions.status, paper: petitions.paperSignatures, campaignId: petitions.campaignId })
      .from(petitions)
      .where(eq(petitions.id, petitionId))
      .for("update");
    if (!petition) return fail(E.notFound);
    const status = petition.status as PetitionStatus;
    if (LOCKED_STATUSES.includes(status)) return fail(E.notEditable);
    const [current] = await tx
      .select()
      .from(petitionTranslations)
      .where(and(eq(petitionTranslations.petitionId, petitionId), eq(petitionTranslations.locale, input.locale)));
    const after = { title: input.title, target: input.target, ask: input.ask, bodyMarkdown: input.bodyMarkdown };
    if (sameText(current, after)) return { ok: true as const };
    const published = PUBLISHED_STATUSES.includes(status);
    const { signatureCount } = await getPetitionCounts(db, petitionId, petition.paper);
    if (published && signatureCount >= REVISION_REASON_THRESHOLD && !input.reason) return fail(E.reasonRequired, "reason");
    await tx
      .insert(petitionTranslations)
      .values({ petitionId, locale: input.locale, ...after })
      .onConflictDoUpdate({ target: [petitionTranslations.petitionId, petitionTranslations.locale], set: after });
    await tx.update(petitions).set({ updatedAt: new Date() }).where(eq(petitions.id, petitionId));
    if (published) {
      const before: Record<string, string> = current
        ? { title: current.title, target: current.target, ask: current.ask, bodyMarkdown: current.bodyMarkdown }
        : {};
      await tx.insert(petitionRevisions).values({
        petitionId,
        locale: input.locale,
        editorId: actor.id,
        reason: input.reason ?? null,
        signatureCount,
        before,
        after,
      });
    }
    const [campaign] = await tx.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, petition.campaignId));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: campaign?.organisationId,
      action: "petition.edit-text",
      subjectType: "petition",
      subjectId: petitionId,
      details: { locale: input.locale, added: !current, reason: input.reason ?? null, signatureCount, revision: published },
    });
    return { ok: true as const };
  });
}

/** Drafts only, and never the default language. */
export async function removePetitionTranslation(db: Db, actor: Actor, petitionId: string, locale: string): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const [petition] = await tx.select().from(petitions).where(eq(petitions.id, petitionId)).for("update");
    if (!petition) return fail(E.notFound);
    if (!isStructureEditable(petition.status)) return fail(E.notEditable);
    if (petition.defaultLocale === locale) return fail(E.defaultLocale);
    const deleted = await tx
      .delete(petitionTranslations)
      .where(and(eq(petitionTranslations.petitionId, petitionId), eq(petitionTranslations.locale, locale)))
      .returning({ locale: petitionTranslations.locale });
    if (deleted.length === 0) return fail(E.notFound);
    const [campaign] = await tx.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, petition.campaignId));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: campaign?.organisationId,
      action: "petition.remove-language",
      subjectType: "petition",
      subjectId: petitionId,
      details: { locale },
    });
    return { ok: true as const };
  });
}

export async function savePetitionSettings(db: Db, actor: Actor, petitionId: string, input: PetitionSettingsInput): Promise<Done | Failure> {
  try {
    return await db.transaction(async (tx) => {
      const [petition] = await tx.select().from(petitions).where(eq(petitions.id, petitionId)).for("update");
      if (!petition) return fail(E.notFound);
      if (LOCKED_STATUSES.includes(petition.status as PetitionStatus)) return fail(E.notEditable);
      const locales = await tx
        .select({ locale: petitionTranslations.locale })
        .from(petitionTranslations)
        .where(eq(petitionTranslations.petitionId, petitionId));
      if (!locales.some((l) => l.locale === input.defaultLocale)) return fail(E.defaultLocale, "defaultLocale");
      const explainerIds = input.explainerIds.length
        ? (
            await tx
              .select({ id: explainers.id })
              .from(explainers)
              .where(and(inArray(explainers.id, input.explainerIds), eq(explainers.status, "published")))
          ).map((e) => e.id)
        : [];
      const slug = isStructureEditable(petition.status) && input.slug ? input.slug : petition.slug;
      const changes = {
        slug,
        defaultLocale: input.defaultLocale,
        goal: input.goal ?? null,
        goalFixed: input.goalMode === "fixed",
        paperSignatures: input.paperSignatures,
        paperSignaturesNote: input.paperSignaturesNote ?? null,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        verifiedDomains: input.verifiedDomains,
        collectPostcode: input.collectPostcode,
      };
      if (slug !== petition.slug) {
        const [clash] = await tx.select({ id: petitions.id }).from(petitions).where(eq(petitions.slug, slug));
        if (clash) return fail(E.slugTaken, "slug");
      }
      await tx.update(petitions).set({ ...changes, updatedAt: new Date() }).where(eq(petitions.id, petitionId));
      await tx.delete(petitionExplainers).where(eq(petitionExplainers.petitionId, petitionId));
      if (explainerIds.length) {
        await tx.insert(petitionExplainers).values(input.explainerIds.filter((id) => explainerIds.includes(id)).map((explainerId, position) => ({ petitionId, explainerId, position })));
      }
      const changed = Object.fromEntries(
        Object.entries(changes).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(petition[key as keyof typeof petition])),
      );
      const [campaign] = await tx.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, petition.campaignId));
      await recordAudit(tx, {
        actorId: actor.id,
        organisationId: campaign?.organisationId,
        action: "petition.edit-settings",
        subjectType: "petition",
        subjectId: petitionId,
        details: { changed, explainerIds },
      });
      return { ok: true as const };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail(E.slugTaken, "slug");
    throw error;
  }
}

export async function listRevisions(db: Db, petitionId: string) {
  return db
    .select({
      id: petitionRevisions.id,
      locale: petitionRevisions.locale,
      reason: petitionRevisions.reason,
      signatureCount: petitionRevisions.signatureCount,
      before: petitionRevisions.before,
      after: petitionRevisions.after,
      createdAt: petitionRevisions.createdAt,
      editorName: users.displayName,
    })
    .from(petitionRevisions)
    .leftJoin(users, eq(users.id, petitionRevisions.editorId))
    .where(eq(petitionRevisions.petitionId, petitionId))
    .orderBy(desc(petitionRevisions.createdAt));
}

/** Published explainers, for the "related explainers" checkboxes. */
export async function listExplainerChoices(db: Db, locale: string): Promise<{ id: string; title: string }[]> {
  const rows = await db
    .select({ id: explainers.id, slug: explainers.slug, locale: explainerTranslations.locale, title: explainerTranslations.title })
    .from(explainers)
    .innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers.id))
    .where(eq(explainers.status, "published"))
    .orderBy(asc(explainers.position), asc(explainers.slug));
  const ids = [...new Set(rows.map((r) => r.id))];
  return ids.map((id) => {
    const group = rows.filter((r) => r.id === id);
    return { id, title: pickTranslation(group, locale)!.title };
  });
}

/** A petition in any status, shaped like the public page's PetitionView. */
async function findPetitionForPreview(db: Db, petitionId: string, locale: Locale): Promise<PetitionView | null> {
  const [petition] = await db.select().from(petitions).where(eq(petitions.id, petitionId));
  if (!petition) return null;
  // A petition not yet published shows what signers will see once it opens: the form, unless the dates say otherwise.
  const published = PUBLISHED_STATUSES.includes(petition.status as PetitionStatus);
  return petitionViewFromRow(db, petition, locale, petitionAvailability(published ? petition : { ...petition, status: "open" }));
}

/** What the public page would show (see petition-page.server.ts), for a petition in any status. */
export async function loadPetitionPreview(context: AppLoadContext, petitionId: string, locale: Locale) {
  const petition = await findPetitionForPreview(context.db, petitionId, locale);
  if (!petition) throw new Response("Not found", { status: 404 });
  return buildPetitionPage(context, petition, locale, new URL(`${context.env.APP_URL}/petitions/${petition.slug}`));
}

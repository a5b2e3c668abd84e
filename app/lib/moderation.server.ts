import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { campaigns, memberships, organisations, petitionTranslations, petitions, users } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { getFixedT } from "./i18n.server";
import { isLocale } from "./i18n";
import { enqueueJob } from "./jobs.server";
import { E, fail, type Done, type Failure } from "./organiser-schemas";
import { pickTranslation, type Actor, type Tx } from "./organisations.server";
import { renderMarkdown } from "./markdown.server";
import { getPetitionEditor } from "./petition-editor.server";
import type { PetitionStatus } from "./petitions.server";

// Every change of a petition's status, organisers' and admins' alike, in one state machine:
//   draft|rejected → pending (submit) → open (approve) | rejected (reject, with a reason)
//   open ⇄ hidden (admins, with a reason); open → closed → delivered → won (organisers)

export const TRANSITIONS = {
  submit: { from: ["draft", "rejected"], to: "pending" },
  approve: { from: ["pending"], to: "open" },
  reject: { from: ["pending"], to: "rejected" },
  hide: { from: ["open"], to: "hidden" },
  unhide: { from: ["hidden"], to: "open" },
  close: { from: ["open"], to: "closed" },
  deliver: { from: ["open", "closed"], to: "delivered" },
  won: { from: ["open", "closed", "delivered"], to: "won" },
} as const satisfies Record<string, { from: readonly PetitionStatus[]; to: PetitionStatus }>;
export type TransitionName = keyof typeof TRANSITIONS;

/** Admin decisions the organisation's owners and editors hear about by email. */
export type Decision = "approve" | "reject" | "hide" | "unhide";

export function allowedTransitions(status: string): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((name) => (TRANSITIONS[name].from as readonly string[]).includes(status));
}

interface TransitionRequest {
  name: TransitionName;
  set?: Partial<typeof petitions.$inferInsert>;
  details?: Record<string, unknown>;
  /** For admin decisions: the link base for the email to the organisers. */
  notify?: { appUrl: string; reason: string | null };
}

/**
 * Moves the petition only if it is still in a status the transition starts
 * from: one conditional UPDATE, so two admins clicking at once cannot both
 * decide, and an organiser cannot submit what is already under review.
 */
async function transition(db: Db, actor: Actor, petitionId: string, request: TransitionRequest): Promise<Done | Failure> {
  const { from, to } = TRANSITIONS[request.name];
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(petitions)
      .set({ ...request.set, status: to, updatedAt: new Date() })
      .where(and(eq(petitions.id, petitionId), inArray(petitions.status, [...from])))
      .returning({ id: petitions.id, slug: petitions.slug, defaultLocale: petitions.defaultLocale, campaignId: petitions.campaignId });
    if (!row) return fail(E.wrongStatus);
    const [campaign] = await tx
      .select({ organisationId: campaigns.organisationId, orgSlug: organisations.slug })
      .from(campaigns)
      .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
      .where(eq(campaigns.id, row.campaignId));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: campaign!.organisationId,
      action: `petition.${request.name}`,
      subjectType: "petition",
      subjectId: petitionId,
      details: { to, ...request.details },
    });
    if (request.notify) {
      await queueDecisionEmails(tx, { ...row, organisationId: campaign!.organisationId, orgSlug: campaign!.orgSlug }, request.name as Decision, request.notify);
    }
    return { ok: true as const };
  });
}

async function queueDecisionEmails(
  tx: Tx,
  petition: { id: string; slug: string; defaultLocale: string; organisationId: string; orgSlug: string },
  decision: Decision,
  notify: { appUrl: string; reason: string | null },
) {
  // There is no per-user language yet; the petition's own language is the best guess.
  const locale = isLocale(petition.defaultLocale) ? petition.defaultLocale : "en";
  const t = await getFixedT(locale);
  const texts = await tx.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petition.id));
  const title = pickTranslation(texts, locale, petition.defaultLocale)?.title ?? petition.slug;
  const recipients = await tx
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, petition.organisationId), inArray(memberships.role, ["owner", "editor"])));
  const stamp = Date.now();
  for (const recipient of recipients) {
    await enqueueJob(tx, "send-email", {
      template: "petition-decision",
      to: recipient.email,
      idempotencyKey: `petition-decision/${petition.id}/${decision}/${stamp}/${recipient.id}`,
      props: {
        locale,
        siteName: t("meta.siteName"),
        petitionTitle: title,
        decision,
        reason: notify.reason,
        manageUrl: `${notify.appUrl}/dashboard/orgs/${petition.orgSlug}/petitions/${petition.id}`,
        publicUrl: `${notify.appUrl}/petitions/${petition.slug}`,
      },
    });
  }
}

export async function submitPetition(db: Db, actor: Actor, petitionId: string): Promise<Done | Failure> {
  const [text] = await db
    .select({ locale: petitionTranslations.locale })
    .from(petitions)
    .innerJoin(petitionTranslations, and(eq(petitionTranslations.petitionId, petitions.id), eq(petitionTranslations.locale, petitions.defaultLocale)))
    .where(eq(petitions.id, petitionId));
  if (!text) return fail(E.defaultLocale);
  return transition(db, actor, petitionId, { name: "submit", set: { submittedAt: new Date() } });
}

export async function approvePetition(db: Db, admin: Actor, petitionId: string, appUrl: string, note?: string): Promise<Done | Failure> {
  return transition(db, admin, petitionId, {
    name: "approve",
    set: { reviewedBy: admin.id, reviewedAt: new Date(), rejectionReason: null },
    details: note ? { note } : {},
    notify: { appUrl, reason: note ?? null },
  });
}

export async function rejectPetition(db: Db, admin: Actor, petitionId: string, reason: string | undefined, appUrl: string): Promise<Done | Failure> {
  if (!reason) return fail(E.reasonRequired, "reason");
  return transition(db, admin, petitionId, {
    name: "reject",
    set: { reviewedBy: admin.id, reviewedAt: new Date(), rejectionReason: reason },
    details: { reason },
    notify: { appUrl, reason },
  });
}

/** The reason is kept in rejection_reason (the organisers' page shows it) until the petition is shown again. */
export async function hidePetition(db: Db, admin: Actor, petitionId: string, reason: string | undefined, appUrl: string): Promise<Done | Failure> {
  if (!reason) return fail(E.reasonRequired, "reason");
  return transition(db, admin, petitionId, {
    name: "hide",
    set: { reviewedBy: admin.id, reviewedAt: new Date(), rejectionReason: reason },
    details: { reason },
    notify: { appUrl, reason },
  });
}

export async function unhidePetition(db: Db, admin: Actor, petitionId: string, reason: string | undefined, appUrl: string): Promise<Done | Failure> {
  if (!reason) return fail(E.reasonRequired, "reason");
  return transition(db, admin, petitionId, {
    name: "unhide",
    set: { reviewedBy: admin.id, reviewedAt: new Date(), rejectionReason: null },
    details: { reason },
    notify: { appUrl, reason },
  });
}

export async function closePetition(db: Db, actor: Actor, petitionId: string): Promise<Done | Failure> {
  return transition(db, actor, petitionId, { name: "close" });
}

export async function deliverPetition(db: Db, actor: Actor, petitionId: string, input: { deliveredAt: Date; outcomeNote: string }): Promise<Done | Failure> {
  return transition(db, actor, petitionId, {
    name: "deliver",
    set: { deliveredAt: input.deliveredAt, outcomeNote: input.outcomeNote },
    details: { deliveredAt: input.deliveredAt.toISOString(), outcomeNote: input.outcomeNote },
  });
}

/** Keeps an earlier delivery date and note unless a new note is given. */
export async function markPetitionWon(db: Db, actor: Actor, petitionId: string, input: { outcomeNote?: string }): Promise<Done | Failure> {
  return transition(db, actor, petitionId, {
    name: "won",
    set: input.outcomeNote ? { outcomeNote: input.outcomeNote } : {},
    details: { outcomeNote: input.outcomeNote ?? null },
  });
}

export interface ModerationItem {
  id: string;
  slug: string;
  status: string;
  title: string;
  organisationName: string;
  orgSlug: string;
  submittedAt: Date | null;
}

async function listByStatus(db: Db, statuses: PetitionStatus[], locale: string, order: "oldest" | "newest"): Promise<ModerationItem[]> {
  const rows = await db
    .select({
      id: petitions.id,
      slug: petitions.slug,
      status: petitions.status,
      defaultLocale: petitions.defaultLocale,
      submittedAt: petitions.submittedAt,
      organisationName: organisations.name,
      orgSlug: organisations.slug,
    })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .where(inArray(petitions.status, statuses))
    .orderBy(order === "oldest" ? asc(petitions.submittedAt) : desc(petitions.updatedAt))
    .limit(200);
  const texts = rows.length
    ? await db.select().from(petitionTranslations).where(inArray(petitionTranslations.petitionId, rows.map((r) => r.id)))
    : [];
  return rows.map(({ defaultLocale, ...r }) => ({
    ...r,
    title: pickTranslation(texts.filter((t) => t.petitionId === r.id), locale, defaultLocale)?.title ?? r.slug,
  }));
}

/** The admin's queue: petitions awaiting a decision, oldest first, and the public ones that can be hidden. */
export async function getModerationQueue(db: Db, locale: string) {
  const [pending, published] = await Promise.all([
    listByStatus(db, ["pending"], locale, "oldest"),
    listByStatus(db, ["open", "hidden"], locale, "newest"),
  ]);
  return { pending, published };
}

/** Everything an admin reads before deciding: every language's text (rendered as the public page would), the questions, the settings. */
export async function getPetitionForReview(db: Db, petitionId: string, locale: string) {
  const editor = await getPetitionEditor(db, petitionId, locale);
  const [organisation] = await db
    .select({ name: organisations.name, slug: organisations.slug })
    .from(campaigns)
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .where(eq(campaigns.id, editor.petition.campaignId));
  const p = editor.petition;
  return {
    organisation: organisation!,
    campaignTitle: editor.campaign.title,
    signatureCount: editor.signatureCount,
    transitions: allowedTransitions(p.status).filter((name): name is Decision => ["approve", "reject", "hide", "unhide"].includes(name)),
    petition: {
      id: p.id,
      slug: p.slug,
      status: p.status,
      title: p.title,
      defaultLocale: p.defaultLocale,
      submittedAt: p.submittedAt,
      rejectionReason: p.rejectionReason,
      goal: p.goal,
      goalFixed: p.goalFixed,
      paperSignatures: p.paperSignatures,
      opensAt: p.opensAt,
      closesAt: p.closesAt,
      verifiedDomains: p.verifiedDomains,
      collectPostcode: p.collectPostcode,
    },
    translations: editor.translations.map((t) => ({ ...t, html: renderMarkdown(t.bodyMarkdown) })),
    fields: editor.fields.map((f) => ({ key: f.key, kind: f.kind, required: f.required, isPublic: f.isPublic, labels: f.labels, options: f.options })),
  };
}

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PetitionDecisionProps } from "../../emails/petition-decision";
import * as schema from "../../db/schema";
import { createCampaign, getCampaign, updateCampaign } from "~/lib/campaign-editor.server";
import { renderEmail } from "~/lib/email.server";
import { getExplainerForEditing, saveExplainerTranslation, setExplainerStatus } from "~/lib/explainer-editor.server";
import { INVITE_TTL_MS, acceptInvitation, createInvitation, describeInvitation } from "~/lib/invitations.server";
import {
  approvePetition,
  closePetition,
  deliverPetition,
  hidePetition,
  markPetitionWon,
  rejectPetition,
  submitPetition,
  unhidePetition,
} from "~/lib/moderation.server";
import { CampaignSchema, E, PetitionSettingsSchema, createFieldSchema, parseDomainList } from "~/lib/organiser-schemas";
import { changeMemberRole, createOrganisation, removeMember } from "~/lib/organisations.server";
import { REVISION_REASON_THRESHOLD, createPetition, getPetitionEditor, listRevisions, savePetitionSettings, savePetitionText } from "~/lib/petition-editor.server";
import { addPetitionField, deletePetitionField, movePetitionField, updatePetitionField } from "~/lib/petition-fields.server";
import { findPublicPetition } from "~/lib/petitions.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { auditActions, createOrgWithMembers, createUser, insertPetition, queuedEmails } from "./organiser-helpers";

const APP_URL = "https://petitions.test";
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const text = { title: "Fund naloxone", target: "The minister", ask: "Fund it.", bodyMarkdown: "Because it works." };

async function statusOf(petitionId: string) {
  const [row] = await t.db.select().from(schema.petitions).where(eq(schema.petitions.id, petitionId));
  return row!;
}

describe("organisations", () => {
  it("lets only a user with a verified email create one, and makes them its owner", async () => {
    const unverified = await createUser(t.db, { verified: false });
    expect(await createOrganisation(t.db, unverified, { name: "Nope", slug: "nope-org" })).toMatchObject({ ok: false, message: E.emailNotVerified });
    const user = await createUser(t.db);
    const result = await createOrganisation(t.db, user, { name: "Harm Reduction Dakar", slug: "hr-dakar", country: "SN" });
    expect(result).toMatchObject({ ok: true, slug: "hr-dakar" });
    const [membership] = await t.db.select().from(schema.memberships).where(eq(schema.memberships.userId, user.id));
    expect(membership?.role).toBe("owner");
    expect(await auditActions(t.db, (result as { id: string }).id)).toEqual(["organisation.create"]);
    expect(await createOrganisation(t.db, user, { name: "Again", slug: "hr-dakar" })).toMatchObject({ ok: false, field: "slug", message: E.slugTaken });
    expect(await createOrganisation(t.db, user, { name: "Reserved", slug: "new" })).toMatchObject({ ok: false, message: E.slugReserved });
    expect(await t.db.select().from(schema.organisations).where(eq(schema.organisations.slug, "nope-org"))).toHaveLength(0);
  });
});

describe("members and roles", () => {
  it("never lets the last owner be demoted or removed", async () => {
    const { org, owner, editor } = await createOrgWithMembers(t.db, "owners");
    expect(await changeMemberRole(t.db, owner, org.id, owner.id, "editor")).toMatchObject({ ok: false, message: E.lastOwner });
    expect(await removeMember(t.db, owner, org.id, owner.id)).toMatchObject({ ok: false, message: E.lastOwner });
    expect(await changeMemberRole(t.db, owner, org.id, editor.id, "owner")).toEqual({ ok: true });
    expect(await changeMemberRole(t.db, editor, org.id, owner.id, "viewer")).toEqual({ ok: true });
    expect(await removeMember(t.db, editor, org.id, editor.id)).toMatchObject({ ok: false, message: E.lastOwner });
    expect(await auditActions(t.db, owner.id)).toEqual(["member.role"]);
  });

  it("keeps one owner when two owners demote each other at the same moment", async () => {
    const { org, owner, editor } = await createOrgWithMembers(t.db, "race");
    await changeMemberRole(t.db, owner, org.id, editor.id, "owner");
    const results = await Promise.all([
      changeMemberRole(t.db, owner, org.id, editor.id, "viewer"),
      changeMemberRole(t.db, editor, org.id, owner.id, "viewer"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const owners = await t.db
      .select()
      .from(schema.memberships)
      .where(and(eq(schema.memberships.organisationId, org.id), eq(schema.memberships.role, "owner")));
    expect(owners).toHaveLength(1);
  });

  it("removes a member and records who did it", async () => {
    const { org, owner, viewer } = await createOrgWithMembers(t.db, "remove");
    expect(await removeMember(t.db, owner, org.id, viewer.id)).toEqual({ ok: true });
    expect(await removeMember(t.db, owner, org.id, viewer.id)).toMatchObject({ ok: false, message: E.notMember });
    const [entry] = await t.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.subjectId, viewer.id), eq(schema.auditLog.action, "member.remove")));
    expect(entry).toMatchObject({ actorId: owner.id, organisationId: org.id });
  });
});

describe("invitations", () => {
  const meta = { appUrl: APP_URL, locale: "fr", siteName: "Voix" };

  it("emails a single-use link; the accepting account joins with the invited role", async () => {
    const { org, owner } = await createOrgWithMembers(t.db, "invite");
    const invited = await createInvitation(t.db, owner, org, { email: "new.colleague@example.org", role: "editor" }, meta);
    if (!invited.ok) throw new Error("invitation failed");
    const [id, secret] = invited.token.split(".");
    const [row] = await t.db.select().from(schema.invitations).where(eq(schema.invitations.id, id!));
    expect(row!.secretHash).not.toContain(secret);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(INVITE_TTL_MS - 60_000);
    const [email] = (await queuedEmails(t.db, "invitation")).filter((e) => e.to === "new.colleague@example.org");
    expect(email?.props).toMatchObject({ acceptUrl: `${APP_URL}/invitations/${invited.token}`, role: "editor", locale: "fr" });
    const rendered = await renderEmail("invitation", email!.props as never);
    expect(rendered.subject).toBe(`Vous êtes invité·e à rejoindre ${org.name}`);
    expect(rendered.text).toContain(invited.token);

    expect(await describeInvitation(t.db, invited.token)).toMatchObject({ state: "valid", role: "editor", organisation: { slug: org.slug } });
    // Any account may accept, whatever its address.
    const someone = await createUser(t.db);
    expect(await acceptInvitation(t.db, someone, invited.token)).toEqual({ ok: true, slug: org.slug });
    const [membership] = await t.db.select().from(schema.memberships).where(eq(schema.memberships.userId, someone.id));
    expect(membership?.role).toBe("editor");
    const other = await createUser(t.db);
    expect(await acceptInvitation(t.db, other, invited.token)).toEqual({ ok: false, reason: "used" });
    expect(await describeInvitation(t.db, invited.token)).toEqual({ state: "used", organisation: { name: org.name, slug: org.slug }, role: "editor" });
    expect(await auditActions(t.db, id!)).toEqual(["member.invite", "member.join"]);
  });

  it("refuses expired links, wrong secrets, and lets only one of two simultaneous clicks win", async () => {
    const { org, owner } = await createOrgWithMembers(t.db, "expire");
    const old = await createInvitation(t.db, owner, org, { email: "late@example.org", role: "viewer" }, meta, new Date(Date.now() - INVITE_TTL_MS - 1000));
    if (!old.ok) throw new Error("invitation failed");
    const late = await createUser(t.db);
    expect(await acceptInvitation(t.db, late, old.token)).toEqual({ ok: false, reason: "expired" });
    expect(await describeInvitation(t.db, old.token)).toMatchObject({ state: "expired" });

    const fresh = await createInvitation(t.db, owner, org, { email: "race@example.org", role: "viewer" }, meta);
    if (!fresh.ok) throw new Error("invitation failed");
    const forged = `${fresh.token.split(".")[0]}.${"A".repeat(27)}`;
    expect(await acceptInvitation(t.db, late, forged)).toEqual({ ok: false, reason: "invalid" });
    expect(await describeInvitation(t.db, forged)).toEqual({ state: "invalid" });
    expect(await describeInvitation(t.db, "not-a-token")).toEqual({ state: "invalid" });

    const [a, b] = [await createUser(t.db), await createUser(t.db)];
    const outcomes = await Promise.all([acceptInvitation(t.db, a, fresh.token), acceptInvitation(t.db, b, fresh.token)]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toEqual({ ok: false, reason: "used" });
  });

  it("leaves the link unused when a member follows it, and refuses to invite a member", async () => {
    const { org, owner, viewer } = await createOrgWithMembers(t.db, "member");
    expect(await createInvitation(t.db, owner, org, { email: viewer.email.toUpperCase(), role: "owner" }, meta)).toMatchObject({ ok: false, field: "email" });
    const invited = await createInvitation(t.db, owner, org, { email: "x@example.org", role: "owner" }, meta);
    if (!invited.ok) throw new Error("invitation failed");
    expect(await acceptInvitation(t.db, viewer, invited.token)).toEqual({ ok: false, reason: "already-member", slug: org.slug });
    expect(await describeInvitation(t.db, invited.token)).toMatchObject({ state: "valid" });
  });
});

describe("campaigns", () => {
  it("creates and edits a campaign in several languages", async () => {
    const { org, editor } = await createOrgWithMembers(t.db, "campaigns");
    const parsed = CampaignSchema.parse({
      slug: "Naloxone-Now",
      translations: [
        { locale: "en", title: "Naloxone now", summary: "Everywhere" },
        { locale: "fr", title: "", summary: "" },
        { locale: "pt-br", title: "Naloxona já" },
      ],
    });
    expect(parsed.slug).toBe("naloxone-now");
    expect(parsed.translations.map((tr) => tr.locale)).toEqual(["en", "pt-BR"]);
    expect(CampaignSchema.safeParse({ slug: "x", translations: [{ locale: "en" }] }).error?.issues[0]?.message).toBe(E.translationNeeded);
    expect(CampaignSchema.safeParse({ slug: "x", translations: [{ locale: "en", summary: "only" }] }).error?.issues[0]?.message).toBe(E.titleRequired);
    expect(CampaignSchema.safeParse({ slug: "x", translations: [{ locale: "english", title: "T" }] }).success).toBe(false);

    const created = await createCampaign(t.db, editor, org.id, parsed);
    if (!created.ok) throw new Error("campaign failed");
    expect(await createCampaign(t.db, editor, org.id, parsed)).toMatchObject({ ok: false, field: "slug" });
    const updated = await updateCampaign(t.db, editor, created.id, { slug: "naloxone-now", status: "archived", translations: [{ locale: "fr", title: "La naloxone maintenant", summary: "" }] });
    expect(updated).toEqual({ ok: true });
    const campaign = await getCampaign(t.db, created.id, "fr");
    expect(campaign).toMatchObject({ status: "archived", title: "La naloxone maintenant", translations: [{ locale: "fr" }] });
    expect(await auditActions(t.db, created.id)).toEqual(["campaign.create", "campaign.edit"]);
  });
});

describe("petitions and the signer-profile builder", () => {
  it("creates a draft with its text in the main language", async () => {
    const { campaign, editor } = await createOrgWithMembers(t.db, "create");
    const created = await createPetition(t.db, editor, campaign.id, { slug: "fund-naloxone-now", defaultLocale: "fr", ...text });
    if (!created.ok) throw new Error("petition failed");
    const view = await getPetitionEditor(t.db, created.id, "en");
    expect(view.petition).toMatchObject({ status: "draft", defaultLocale: "fr", createdBy: editor.id });
    expect(view.translations).toEqual([{ locale: "fr", ...text }]);
    expect(await createPetition(t.db, editor, campaign.id, { slug: "fund-naloxone-now", defaultLocale: "en", ...text })).toMatchObject({ ok: false, field: "slug" });
  });

  it("validates questions: keys, labels in the main language, at least two distinct options", () => {
    const schema = createFieldSchema("en");
    const issues = (input: unknown) => schema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues({ key: "1agency", kind: "text", labels: [{ locale: "en", text: "Agency" }] })).toEqual([`key: ${E.fieldKey}`]);
    expect(issues({ key: "agency", kind: "text", labels: [{ locale: "fr", text: "Service" }] })).toEqual([`labels.0.text: ${E.labelRequired}`]);
    expect(issues({ key: "role", kind: "choice", labels: [{ locale: "en", text: "Role" }], options: [{ value: "police", labels: [{ locale: "en", text: "Police" }] }] })).toEqual([
      `options: ${E.optionsNeeded}`,
    ]);
    expect(
      issues({
        key: "role",
        kind: "choice",
        labels: [{ locale: "en", text: "Role" }],
        options: [
          { value: "police", labels: [{ locale: "en", text: "Police" }] },
          { value: "police", labels: [{ locale: "en", text: "Police again" }] },
          { value: "Bad Value", labels: [{ locale: "fr", text: "Douane" }] },
          { value: "", labels: [{ locale: "en", text: "" }] },
        ],
      }),
    ).toEqual([`options.1.value: ${E.optionDuplicate}`, `options.2.value: ${E.optionValue}`, `options.2.labels.0.text: ${E.labelRequired}`]);
    const ok = schema.parse({
      key: "Role",
      kind: "choice",
      required: true,
      labels: [{ locale: "en", text: "Your role" }, { locale: "fr", text: "" }],
      options: [
        { value: "police", labels: [{ locale: "en", text: "Police" }, { locale: "fr", text: "Police" }] },
        { value: "customs", labels: [{ locale: "en", text: "Customs" }] },
        { value: "", labels: [] },
      ],
    });
    expect(ok).toEqual({
      key: "role",
      kind: "choice",
      required: true,
      isPublic: false,
      labels: { en: "Your role" },
      options: [
        { value: "police", labels: { en: "Police", fr: "Police" } },
        { value: "customs", labels: { en: "Customs" } },
      ],
    });
    // Options only belong to multiple-choice questions.
    const options = [{ value: "a", labels: [{ locale: "en", text: "A" }] }];
    expect(schema.parse({ key: "officer", kind: "yesno", labels: [{ locale: "en", text: "Officer?" }], options }).options).toEqual([]);
  });

  it("adds, reorders, edits and removes questions while a draft, then only rewords them", async () => {
    const { campaign, editor } = await createOrgWithMembers(t.db, "fields");
    const petition = await insertPetition(t.db, campaign.id);
    const field = (key: string, kind: "text" | "yesno" = "text") => ({ key, kind, required: false, isPublic: false, labels: { en: key }, options: [] });
    expect(await addPetitionField(t.db, editor, petition.id, field("agency"))).toEqual({ ok: true });
    expect(await addPetitionField(t.db, editor, petition.id, field("officer", "yesno"))).toEqual({ ok: true });
    expect(await addPetitionField(t.db, editor, petition.id, field("rank"))).toEqual({ ok: true });
    expect(await addPetitionField(t.db, editor, petition.id, field("agency"))).toMatchObject({ ok: false, field: "key", message: E.fieldKeyTaken });
    const keys = async () => (await getPetitionEditor(t.db, petition.id, "en")).fields.map((f) => f.key);
    const idOf = async (key: string) => (await getPetitionEditor(t.db, petition.id, "en")).fields.find((f) => f.key === key)!.id;
    expect(await movePetitionField(t.db, editor, petition.id, await idOf("rank"), "up")).toEqual({ ok: true });
    expect(await keys()).toEqual(["agency", "rank", "officer"]);
    expect(await deletePetitionField(t.db, editor, petition.id, await idOf("agency"))).toEqual({ ok: true });
    expect(await keys()).toEqual(["rank", "officer"]);
    expect((await getPetitionEditor(t.db, petition.id, "en")).fields.map((f) => f.position)).toEqual([0, 1]);
    expect(await updatePetitionField(t.db, editor, petition.id, await idOf("rank"), field("officer"))).toMatchObject({ ok: false, message: E.fieldKeyTaken });

    await t.db.update(schema.petitions).set({ status: "open" }).where(eq(schema.petitions.id, petition.id));
    const rankId = await idOf("rank");
    expect(await addPetitionField(t.db, editor, petition.id, field("new_one"))).toMatchObject({ ok: false, message: E.notEditable });
    expect(await deletePetitionField(t.db, editor, petition.id, rankId)).toMatchObject({ ok: false, message: E.notEditable });
    expect(await updatePetitionField(t.db, editor, petition.id, rankId, { ...field("renamed", "yesno"), labels: { en: "Rank", fr: "Grade" } })).toEqual({ ok: true });
    const rank = (await getPetitionEditor(t.db, petition.id, "en")).fields.find((f) => f.id === rankId);
    expect(rank).toMatchObject({ key: "rank", kind: "text", labels: { en: "Rank", fr: "Grade" } });
    expect(await auditActions(t.db, petition.id)).toEqual([
      "petition.field-add",
      "petition.field-add",
      "petition.field-add",
      "petition.field-move",
      "petition.field-remove",
      "petition.field-edit",
    ]);
  });

  it("validates settings: domains, goals and dates; the slug is fixed once published", async () => {
    expect(parseDomainList("Police.example, @customs.example\n\nbad_domain;police.example")).toEqual({ domains: ["police.example", "customs.example"], invalid: ["bad_domain"] });
    const base = { defaultLocale: "en", goalMode: "automatic", paperSignatures: 0 };
    expect(PetitionSettingsSchema.safeParse({ ...base, verifiedDomains: "police.example, not a domain!" }).success).toBe(false);
    expect(PetitionSettingsSchema.safeParse({ ...base, goalMode: "fixed" }).error?.issues[0]).toMatchObject({ path: ["goal"], message: E.goalRequired });
    expect(PetitionSettingsSchema.safeParse({ ...base, opensAt: "2030-01-02T00:00", closesAt: "2030-01-01T00:00" }).error?.issues[0]).toMatchObject({ path: ["closesAt"] });

    const { campaign, editor } = await createOrgWithMembers(t.db, "settings");
    const petition = await insertPetition(t.db, campaign.id);
    const [explainer] = await t.db.select().from(schema.explainers).where(eq(schema.explainers.status, "published")).limit(1);
    const input = PetitionSettingsSchema.parse({
      ...base,
      slug: "renamed-petition",
      goalMode: "fixed",
      goal: 5000,
      paperSignatures: 120,
      paperSignaturesNote: "Collected at the Dakar conference",
      closesAt: "2031-06-30T12:00",
      verifiedDomains: "police.example\ncustoms.example",
      collectPostcode: true,
      explainerIds: [explainer!.id],
    });
    expect(await savePetitionSettings(t.db, editor, petition.id, input)).toEqual({ ok: true });
    expect(await statusOf(petition.id)).toMatchObject({
      slug: "renamed-petition",
      goal: 5000,
      goalFixed: true,
      paperSignatures: 120,
      closesAt: new Date("2031-06-30T12:00:00Z"),
      verifiedDomains: ["police.example", "customs.example"],
      collectPostcode: true,
    });
    expect((await getPetitionEditor(t.db, petition.id, "en")).explainerIds).toEqual([explainer!.id]);
    expect(await savePetitionSettings(t.db, editor, petition.id, { ...input, defaultLocale: "fr" })).toMatchObject({ ok: false, field: "defaultLocale" });
    await t.db.update(schema.petitions).set({ status: "open" }).where(eq(schema.petitions.id, petition.id));
    expect(await savePetitionSettings(t.db, editor, petition.id, { ...input, slug: "another-slug" })).toEqual({ ok: true });
    expect((await statusOf(petition.id)).slug).toBe("renamed-petition");
  });
});

describe("submission and moderation", () => {
  it("submit → approve: the petition opens and owners and editors (not viewers) get an email", async () => {
    const { campaign, owner, editor, viewer } = await createOrgWithMembers(t.db, "approve");
    const admin = await createUser(t.db, { admin: true });
    const petition = await insertPetition(t.db, campaign.id);
    expect(await approvePetition(t.db, admin, petition.id, APP_URL)).toMatchObject({ ok: false, message: E.wrongStatus });
    expect(await submitPetition(t.db, editor, petition.id)).toEqual({ ok: true });
    const submitted = await statusOf(petition.id);
    expect(submitted.status).toBe("pending");
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect(await submitPetition(t.db, editor, petition.id)).toMatchObject({ ok: false, message: E.wrongStatus });
    expect(await savePetitionText(t.db, editor, petition.id, { locale: "en", ...text, title: "Changed under review" })).toMatchObject({ ok: false, message: E.notEditable });

    expect(await approvePetition(t.db, admin, petition.id, APP_URL)).toEqual({ ok: true });
    expect(await statusOf(petition.id)).toMatchObject({ status: "open", reviewedBy: admin.id });
    expect(await findPublicPetition(t.db, petition.slug, "en")).not.toBeNull();
    const emails = (await queuedEmails(t.db, "petition-decision")).filter((e) => (e.props.manageUrl as string).endsWith(petition.id));
    expect(emails.map((e) => e.to).sort()).toEqual([owner.email, editor.email].sort());
    expect(emails.map((e) => e.to)).not.toContain(viewer.email);
    expect(emails[0]!.props).toMatchObject({ decision: "approve", publicUrl: `${APP_URL}/petitions/${petition.slug}`, petitionTitle: "Fund naloxone" });
    expect(await auditActions(t.db, petition.id)).toEqual(["petition.submit", "petition.approve"]);
  });

  it("submit → reject with a reason → edit → resubmit", async () => {
    const { campaign, editor } = await createOrgWithMembers(t.db, "reject");
    const admin = await createUser(t.db, { admin: true });
    const petition = await insertPetition(t.db, campaign.id, { defaultLocale: "fr" });
    await submitPetition(t.db, editor, petition.id);
    expect(await rejectPetition(t.db, admin, petition.id, undefined, APP_URL)).toMatchObject({ ok: false, field: "reason", message: E.reasonRequired });
    expect((await statusOf(petition.id)).status).toBe("pending");
    expect(await rejectPetition(t.db, admin, petition.id, "Nommez la ministre concernée.", APP_URL)).toEqual({ ok: true });
    expect(await statusOf(petition.id)).toMatchObject({ status: "rejected", rejectionReason: "Nommez la ministre concernée.", reviewedBy: admin.id });
    const [email] = (await queuedEmails(t.db, "petition-decision")).filter((e) => e.to === editor.email);
    expect(email!.props).toMatchObject({ decision: "reject", reason: "Nommez la ministre concernée.", locale: "fr" });
    const rendered = await renderEmail("petition-decision", email!.props as never);
    expect(rendered.subject).toBe("Votre pétition doit être modifiée : Fund naloxone");
    expect(rendered.text).toContain("Nommez la ministre concernée.");
    const english = await renderEmail("petition-decision", { ...(email!.props as unknown as PetitionDecisionProps), locale: "en" });
    expect(english.subject).toBe("Your petition needs changes: Fund naloxone");

    expect(await savePetitionText(t.db, editor, petition.id, { locale: "fr", ...text, target: "La ministre de la Santé" })).toEqual({ ok: true });
    expect(await listRevisions(t.db, petition.id)).toHaveLength(0);
    expect(await submitPetition(t.db, editor, petition.id)).toEqual({ ok: true });
    expect((await statusOf(petition.id)).status).toBe("pending");
  });

  it("lets admins hide and show an open petition, with a reason each time", async () => {
    const { campaign } = await createOrgWithMembers(t.db, "hide");
    const admin = await createUser(t.db, { admin: true });
    const petition = await insertPetition(t.db, campaign.id, { status: "open" });
    expect(await hidePetition(t.db, admin, petition.id, "", APP_URL)).toMatchObject({ ok: false, message: E.reasonRequired });
    expect(await hidePetition(t.db, admin, petition.id, "Reported as misleading; checking.", APP_URL)).toEqual({ ok: true });
    expect(await statusOf(petition.id)).toMatchObject({ status: "hidden", rejectionReason: "Reported as misleading; checking." });
    expect(await findPublicPetition(t.db, petition.slug, "en")).toBeNull();
    expect(await hidePetition(t.db, admin, petition.id, "again", APP_URL)).toMatchObject({ ok: false, message: E.wrongStatus });
    expect(await unhidePetition(t.db, admin, petition.id, "Checked: accurate.", APP_URL)).toEqual({ ok: true });
    expect(await statusOf(petition.id)).toMatchObject({ status: "open", rejectionReason: null });
    expect(await auditActions(t.db, petition.id)).toEqual(["petition.hide", "petition.unhide"]);
  });

  it("lets only one of two admins decide at the same moment", async () => {
    const { campaign, editor } = await createOrgWithMembers(t.db, "twoadmins");
    const [a, b] = [await createUser(t.db, { admin: true }), await createUser(t.db, { admin: true })];
    const petition = await insertPetition(t.db, campaign.id);
    await submitPetition(t.db, editor, petition.id);
    const results = await Promise.all([approvePetition(t.db, a, petition.id, APP_URL), rejectPetition(t.db, b, petition.id, "No.", APP_URL)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await auditActions(t.db, petition.id)).toHaveLength(2);
  });

  it("closes, delivers (date and public note) and marks as won", async () => {
    const { campaign, editor } = await createOrgWithMembers(t.db, "outcome");
    const petition = await insertPetition(t.db, campaign.id, { status: "open" });
    expect(await markPetitionWon(t.db, editor, petition.id, {})).toEqual({ ok: true });
    const other = await insertPetition(t.db, campaign.id, { status: "open" });
    expect(await closePetition(t.db, editor, other.id)).toEqual({ ok: true });
    expect(await closePetition(t.db, editor, other.id)).toMatchObject({ ok: false, message: E.wrongStatus });
    const deliveredAt = new Date("2026-03-01T00:00:00Z");
    expect(await deliverPetition(t.db, editor, other.id, { deliveredAt, outcomeNote: "Handed to the minister's office." })).toEqual({ ok: true });
    expect(await statusOf(other.id)).toMatchObject({ status: "delivered", deliveredAt, outcomeNote: "Handed to the minister's office." });
    expect(await markPetitionWon(t.db, editor, other.id, { outcomeNote: "Naloxone funded in 2027 budget." })).toEqual({ ok: true });
    expect(await statusOf(other.id)).toMatchObject({ status: "won", deliveredAt, outcomeNote: "Naloxone funded in 2027 budget." });
    expect(await auditActions(t.db, other.id)).toEqual(["petition.close", "petition.deliver", "petition.won"]);
  });
});

describe("revisions of a published text", () => {
  it(`needs a reason from ${REVISION_REASON_THRESHOLD} signatures (paper included) and records before and after`, async () => {
    const { campaign, editor } = await createOrgWithMembers(t.db, "revisions");
    const petition = await insertPetition(t.db, campaign.id, { status: "open", paperSignatures: REVISION_REASON_THRESHOLD - 1 });
    expect(await savePetitionText(t.db, editor, petition.id, { locale: "en", ...text, ask: "Fund naloxone now." })).toEqual({ ok: true });
    let revisions = await listRevisions(t.db, petition.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ reason: null, signatureCount: 99 });

    await t.db.insert(schema.petitionCounts).values({ petitionId: petition.id, total: 1 });
    const edit = { locale: "en", ...text, ask: "Fund naloxone in every clinic, now." };
    expect(await savePetitionText(t.db, editor, petition.id, edit)).toMatchObject({ ok: false, field: "reason", message: E.reasonRequired });
    expect(await savePetitionText(t.db, editor, petition.id, { ...edit, reason: "Clarified where." })).toEqual({ ok: true });
    revisions = await listRevisions(t.db, petition.id);
    expect(revisions).toHaveLength(2);
    expect(revisions[0]).toMatchObject({
      locale: "en",
      reason: "Clarified where.",
      signatureCount: 100,
      editorName: editor.displayName,
      before: { ask: "Fund naloxone now." },
      after: { ask: "Fund naloxone in every clinic, now." },
    });
    // Saving the same text again changes nothing and records nothing.
    expect(await savePetitionText(t.db, editor, petition.id, edit)).toEqual({ ok: true });
    // A new language is a change too.
    expect(await savePetitionText(t.db, editor, petition.id, { locale: "fr", ...text })).toMatchObject({ ok: false, message: E.reasonRequired });
    expect(await savePetitionText(t.db, editor, petition.id, { locale: "fr", ...text, reason: "Traduction" })).toEqual({ ok: true });
    expect((await listRevisions(t.db, petition.id))[0]).toMatchObject({ locale: "fr", before: {} });
    const audit = await t.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.subjectId, petition.id), eq(schema.auditLog.action, "petition.edit-text")));
    expect(audit).toHaveLength(3);
  });
});

describe("explainer editing", () => {
  it("saves a language, adds a translation and publishes or unpublishes", async () => {
    const admin = await createUser(t.db, { admin: true });
    const [explainer] = await t.db.select().from(schema.explainers).where(eq(schema.explainers.slug, "myths-and-facts"));
    const id = explainer!.id;
    const input = { locale: "en", title: "Myths and facts", summary: "What the evidence says.", bodyMarkdown: "## Myth 1\n\nText <script>x</script>" };
    expect(await saveExplainerTranslation(t.db, admin, id, input)).toEqual({ ok: true });
    expect(await saveExplainerTranslation(t.db, admin, id, { ...input, locale: "pt-BR", title: "Mitos e fatos" })).toEqual({ ok: true });
    const edited = await getExplainerForEditing(t.db, id);
    expect(edited!.translations.map((tr) => tr.locale)).toEqual(["en", "fr", "pt-BR"]);
    expect(await setExplainerStatus(t.db, admin, id, "draft")).toEqual({ ok: true });
    expect((await getExplainerForEditing(t.db, id))!.status).toBe("draft");
    await setExplainerStatus(t.db, admin, id, "published");
    expect(await auditActions(t.db, id)).toEqual(["explainer.edit", "explainer.edit", "explainer.unpublish", "explainer.publish"]);
    expect(await getExplainerForEditing(t.db, "not-an-id")).toBeNull();
  });
});

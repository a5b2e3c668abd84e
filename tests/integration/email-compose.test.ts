// Organiser updates: audience and exact count, authorization, drafts, send now,
// schedule and cancel (with audit), stats; carry-over, milestones and outcomes.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { foldAllSignatureCounts } from "~/lib/counting.server";
import { countAudience, fanOutMessage } from "~/lib/email-audience.server";
import { drainDeliveries } from "~/lib/email-delivery.server";
import { detectMilestones, detectOutcomes, highestRungReached } from "~/lib/email-events.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { hashPassword } from "../../db/seed";
import {
  cancelMessage,
  createDraft,
  messageStats,
  previewMessage,
  requireMessage,
  saveDraft,
  scheduleMessage,
  sendTestToSelf,
  type ComposeInput,
} from "~/lib/supporter-updates.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { addSupporters } from "../support/email-fixtures";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { createPetition } from "../support/fixtures";

let t: TestDatabase;
let fake: FakeResend;
let organisationId: string;
let campaignId: string;
const users: Record<"editor" | "viewer" | "outsider" | "owner", { id: string; isAdmin: boolean; email: string; displayName: string }> = {} as never;
const settings = { appUrl: "https://petitions.example", requestsPerSecond: 50, maxAttempts: 2, retryBaseMs: 10, retryMaxMs: 10, orphanAfterMs: 0, drainJobMaxMs: 60_000 };

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend();
  const campaign = await t.db.query.campaigns.findFirst();
  campaignId = campaign!.id;
  organisationId = campaign!.organisationId;
  const passwordHash = await hashPassword("not used in these tests");
  for (const role of ["owner", "editor", "viewer", "outsider"] as const) {
    const [user] = await t.db.insert(schema.users).values({ email: `${role}@org.example`, displayName: `The ${role}`, passwordHash }).returning();
    users[role] = { id: user!.id, isAdmin: false, email: user!.email, displayName: user!.displayName };
    if (role !== "outsider") await t.db.insert(schema.memberships).values({ organisationId, userId: user!.id, role });
  }
});
afterAll(async () => {
  await fake?.close();
  await t?.drop();
});

function mailer() {
  return createMailer(parseEnv({ RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url }), t.db);
}

const input = (overrides: Partial<ComposeInput> = {}): ComposeInput => ({
  subject: "We met the minister",
  bodyMarkdown: "Thank you. **It worked.**",
  scope: "petition",
  countries: [],
  locales: [],
  verifiedOnly: false,
  ...overrides,
});

async function thrownStatus(promise: Promise<unknown>): Promise<number | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as Response).status;
  }
}

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await t.db.execute<{ action: string }>(sql`select action from audit_log where subject_id = ${subjectId} order by id`);
  return rows.map((r) => r.action);
}

describe("the audience", () => {
  it("is exactly the consenting, confirmed, reachable supporters, one per person, filtered as asked", async () => {
    const petition = await createPetition(t.db);
    const sibling = await createPetition(t.db);
    await addSupporters(t.db, petition.id, "aud-sn", 3, { country: "SN" });
    await addSupporters(t.db, petition.id, "aud-fr", 2, { country: "FR", locale: "fr", verified: true });
    await addSupporters(t.db, petition.id, "aud-no", 2, { updatesOptIn: false });
    await addSupporters(t.db, petition.id, "aud-pending", 2, { status: "pending" });
    await addSupporters(t.db, petition.id, "aud-gone", 1);
    await t.db.execute(sql`update signatures set anonymised_at = now() where email = 'aud-gone-0@example.org'`);
    await t.db.execute(sql`insert into suppressions (canonical_email, reason) values ('aud-sn-2@example.org', 'bounced')`);
    // The same people signed the sibling petition too: still one email each for the campaign.
    await addSupporters(t.db, sibling.id, "aud-sn", 2, { country: "SN" });

    const base = { scope: "petition" as const, petitionId: petition.id };
    expect(await countAudience(t.db, base)).toBe(4);
    expect(await countAudience(t.db, { ...base, countries: ["FR"] })).toBe(2);
    expect(await countAudience(t.db, { ...base, locales: ["en"] })).toBe(2);
    expect(await countAudience(t.db, { ...base, verifiedOnly: true })).toBe(2);
    expect(await countAudience(t.db, { ...base, countries: ["SN"], verifiedOnly: true })).toBe(0);
    expect(await countAudience(t.db, { scope: "petition", petitionId: sibling.id })).toBe(2);
    const campaignCount = await countAudience(t.db, { scope: "campaign", campaignId });
    const [distinct] = await t.db.execute<{ n: number }>(sql`
      select count(distinct s.canonical_email)::int as n from signatures s join petitions p on p.id = s.petition_id
      where p.campaign_id = ${campaignId} and s.status = 'confirmed' and s.updates_opt_in and s.anonymised_at is null
        and s.canonical_email not in (select canonical_email from suppressions)`);
    expect(campaignCount).toBe(distinct!.n);
  });
});

describe("drafts and sends", () => {
  it("are for editors and owners; viewers may only look, outsiders see nothing", async () => {
    const petition = await createPetition(t.db);
    expect(await thrownStatus(createDraft(t.db, users.viewer, { kind: "update", petitionId: petition.id }, "en"))).toBe(403);
    expect(await thrownStatus(createDraft(t.db, users.outsider, { kind: "update", petitionId: petition.id }, "en"))).toBe(404);
    const id = await createDraft(t.db, users.editor, { kind: "update", petitionId: petition.id }, "en");
    expect(await thrownStatus(requireMessage(t.db, users.viewer, id, "viewer", "en"))).toBeNull();
    expect(await thrownStatus(requireMessage(t.db, users.viewer, id, "editor", "en"))).toBe(403);
    expect(await thrownStatus(requireMessage(t.db, users.outsider, id, "viewer", "en"))).toBe(404);
    const asViewer = await requireMessage(t.db, users.viewer, id, "viewer", "en");
    expect(await thrownStatus(saveDraft(t.db, users.viewer, asViewer, input()))).toBe(403);
    expect(await thrownStatus(scheduleMessage(t.db, users.viewer, asViewer, { sendAt: null, expectedCount: 0 }))).toBe(403);
    expect(await auditActions(id)).toEqual(["email.draft-created"]);
  });

  it("send now to the exact count shown, refuse a stale count, and go out through the ledger", async () => {
    const petition = await createPetition(t.db);
    const emails = await addSupporters(t.db, petition.id, "send-now", 3);
    const id = await createDraft(t.db, users.editor, { kind: "update", petitionId: petition.id }, "en");
    let message = await requireMessage(t.db, users.editor, id, "editor", "en");
    expect(await saveDraft(t.db, users.editor, message, input())).toEqual({ ok: true });
    message = await requireMessage(t.db, users.editor, id, "editor", "en");
    expect(await countAudience(t.db, message.audience)).toBe(3);

    // Someone signed up between the count being shown and "send" being pressed.
    await addSupporters(t.db, petition.id, "send-now-late", 1);
    expect(await scheduleMessage(t.db, users.editor, message, { sendAt: null, expectedCount: 3 })).toEqual({ ok: false, reason: "count-changed", count: 4 });
    expect(await scheduleMessage(t.db, users.editor, message, { sendAt: null, expectedCount: 4 })).toEqual({ ok: true });
    expect(await auditActions(id)).toEqual(["email.draft-created", "email.sent"]);
    // A second press does nothing.
    expect(await scheduleMessage(t.db, users.editor, message, { sendAt: null, expectedCount: 4 })).toEqual({ ok: false, reason: "not-draft" });
    // Draft text cannot change any more either.
    expect(await saveDraft(t.db, users.editor, message, input({ subject: "changed" }))).toEqual({ ok: false, reason: "not-draft" });

    const [job] = await t.db.execute<{ key: string; run_at: Date }>(sql`select key, run_at from graphile_worker.jobs where task_identifier = 'send-message'`);
    expect(job!.key).toBe(`send-message/${id}`);
    expect(await fanOutMessage(t.db, id)).toEqual({ status: "fanned-out", recipients: 4 });
    await drainDeliveries(t.db, mailer(), settings);
    expect(fake.emails.filter((e) => e.subject === "We met the minister").flatMap((e) => e.to).sort()).toEqual([...emails, "send-now-late-0@example.org"].sort());
    expect(await messageStats(t.db, id)).toMatchObject({ total: 4, sent: 4, waiting: 0, failed: 0 });
  });

  it("can be scheduled and cancelled before they start, with both recorded in the audit log", async () => {
    const petition = await createPetition(t.db);
    await addSupporters(t.db, petition.id, "scheduled", 2);
    const id = await createDraft(t.db, users.owner, { kind: "update", petitionId: petition.id }, "en");
    await saveDraft(t.db, users.owner, await requireMessage(t.db, users.owner, id, "editor", "en"), input());
    const message = await requireMessage(t.db, users.owner, id, "editor", "en");
    const sendAt = new Date(Date.now() + 3_600_000);
    expect(await scheduleMessage(t.db, users.owner, message, { sendAt, expectedCount: 2 })).toEqual({ ok: true });
    const [job] = await t.db.execute<{ run_at: string }>(sql`select run_at from graphile_worker.jobs where key = ${`send-message/${id}`}`);
    expect(new Date(job!.run_at).getTime()).toBe(sendAt.getTime());

    expect(await cancelMessage(t.db, users.editor, message)).toEqual({ ok: true });
    const jobs = await t.db.execute(sql`select 1 from graphile_worker.jobs where key = ${`send-message/${id}`}`);
    expect(jobs).toHaveLength(0);
    expect(await cancelMessage(t.db, users.editor, message)).toEqual({ ok: false, reason: "not-draft" });
    // Even if the job had already been picked up, a cancelled message is not fanned out.
    expect(await fanOutMessage(t.db, id)).toEqual({ status: "skipped", reason: "status is cancelled" });
    expect(await auditActions(id)).toEqual(["email.draft-created", "email.scheduled", "email.cancelled"]);
  });

  it("refuse to send to nobody, and send a test to the organiser only", async () => {
    const petition = await createPetition(t.db);
    const id = await createDraft(t.db, users.editor, { kind: "update", petitionId: petition.id }, "en");
    await saveDraft(t.db, users.editor, await requireMessage(t.db, users.editor, id, "editor", "en"), input());
    const message = await requireMessage(t.db, users.editor, id, "editor", "en");
    expect(await scheduleMessage(t.db, users.editor, message, { sendAt: null, expectedCount: 0 })).toEqual({ ok: false, reason: "no-recipients", count: 0 });
    expect(await sendTestToSelf(t.db, users.editor, message, { appUrl: settings.appUrl, locale: "fr" })).toEqual({ ok: true });
    const [job] = await t.db.execute<{ payload: { to: string; template: string; props: { subject: string; locale: string } } }>(sql`
      select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id
      where k.identifier = 'send-email' and j.payload->>'to' = ${users.editor.email}`);
    expect(job!.payload).toMatchObject({ template: "supporter-update", props: { subject: "[Test] We met the minister", locale: "fr" } });
    expect(await auditActions(id)).toEqual(["email.draft-created", "email.test-sent"]);
  });

  it("preview with the real template, in the chosen language", async () => {
    const petition = await createPetition(t.db);
    const id = await createDraft(t.db, users.editor, { kind: "update", petitionId: petition.id }, "en");
    await saveDraft(t.db, users.editor, await requireMessage(t.db, users.editor, id, "editor", "en"), input({ bodyMarkdown: "## Next\n\n<script>alert(1)</script>Hello" }));
    const message = await requireMessage(t.db, users.editor, id, "editor", "en");
    const preview = await previewMessage(t.db, message, { appUrl: settings.appUrl, locale: "fr", signerName: "Zoé" });
    expect(preview!.email.subject).toBe("We met the minister");
    expect(preview!.email.html).toContain("Bonjour Zoé");
    expect(preview!.email.html).toContain("<h2>Next</h2>");
    expect(preview!.email.html).not.toContain("<script>");
    expect(preview!.email.html).toContain("Se désabonner");
  });
});

describe("carry-over invitations", () => {
  it("go to the campaign's consenting supporters who have not signed the new petition, with a link and no signature", async () => {
    const old = await createPetition(t.db);
    const next = await createPetition(t.db);
    const emails = await addSupporters(t.db, old.id, "carry", 3);
    await addSupporters(t.db, next.id, "carry", 1);
    const id = await createDraft(t.db, users.editor, { kind: "carry-over", targetPetitionId: next.id }, "en");
    let message = await requireMessage(t.db, users.editor, id, "editor", "en");
    expect(message.subject).toBe(next.title);
    await saveDraft(t.db, users.editor, message, input({ scope: "campaign", bodyMarkdown: "" }));
    message = await requireMessage(t.db, users.editor, id, "editor", "en");
    expect(message.audience).toMatchObject({ scope: "campaign", targetPetitionId: next.id });
    const count = await countAudience(t.db, message.audience);
    expect(await scheduleMessage(t.db, users.editor, message, { sendAt: null, expectedCount: count })).toEqual({ ok: true });
    fake.reset();
    await fanOutMessage(t.db, id);
    await drainDeliveries(t.db, mailer(), settings);
    const recipients = fake.emails.flatMap((e) => e.to);
    expect(recipients).toEqual(expect.arrayContaining([emails[1]!, emails[2]!]));
    expect(recipients).not.toContain(emails[0]!);
    const invitation = fake.emails.find((e) => e.to[0] === emails[1])!;
    expect(invitation.html).toContain(`${settings.appUrl}/petitions/${next.slug}`);
    expect(invitation.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const [signed] = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from signatures where petition_id = ${next.id}`);
    expect(signed!.n).toBe(1);
  });
});

describe("milestones and outcomes", () => {
  it("walk the goal ladder shown on the petition page", () => {
    expect(highestRungReached(99, null, false)).toBe(0);
    expect(highestRungReached(100, null, false)).toBe(100);
    expect(highestRungReached(4_999, null, false)).toBe(1_000);
    expect(highestRungReached(2_000_000, null, false)).toBe(2_000_000);
    expect(highestRungReached(800, 750, true)).toBe(750);
    expect(highestRungReached(700, 750, true)).toBe(0);
  });

  it("email consenting signers and the organisation once when a petition passes a rung", async () => {
    const petition = await createPetition(t.db);
    const emails = await addSupporters(t.db, petition.id, "milestone", 99);
    await foldAllSignatureCounts(t.db);
    expect(await detectMilestones(t.db)).toEqual([]);
    await addSupporters(t.db, petition.id, "milestone-late", 1, { updatesOptIn: false });
    await foldAllSignatureCounts(t.db);
    const created = await Promise.all([detectMilestones(t.db), detectMilestones(t.db)]);
    const ids = created.flat();
    expect(ids).toHaveLength(1);
    expect(await detectMilestones(t.db)).toEqual([]);

    fake.reset();
    const staff = (await t.db.execute<{ email: string }>(sql`
      select u.email from memberships m join users u on u.id = m.user_id where m.organisation_id = ${organisationId} and m.role in ('owner', 'editor')`)).map((r) => r.email);
    expect(staff).toEqual(expect.arrayContaining([users.editor.email, users.owner.email]));
    expect(staff).not.toContain(users.viewer.email);
    expect(await fanOutMessage(t.db, ids[0]!)).toEqual({ status: "fanned-out", recipients: 99 + staff.length });
    await drainDeliveries(t.db, mailer(), settings);
    const bySubject = new Map<string, string[]>();
    for (const e of fake.emails) bySubject.set(e.subject!, [...(bySubject.get(e.subject!) ?? []), e.to[0]!]);
    expect(bySubject.get(`“${petition.title}” has passed 100 signatures`)!.sort()).toEqual([...emails].sort());
    expect(bySubject.get(`Milestone: “${petition.title}” has 100 signatures`)!.sort()).toEqual([...staff].sort());
  });

  it("tell consenting signers when a petition closes or wins, once per outcome", async () => {
    const petition = await createPetition(t.db);
    await addSupporters(t.db, petition.id, "outcome", 2);
    await foldAllSignatureCounts(t.db);
    await t.db.update(schema.petitions).set({ status: "won", outcomeNote: "Naloxone in every car.", updatedAt: new Date() }).where(sql`id = ${petition.id}`);
    const created = await detectOutcomes(t.db);
    expect(created).toHaveLength(1);
    expect(await detectOutcomes(t.db)).toEqual([]);
    fake.reset();
    await fanOutMessage(t.db, created[0]!);
    await drainDeliveries(t.db, mailer(), settings);
    expect(fake.emails.map((e) => e.subject)).toEqual([`We won: “${petition.title}”`, `We won: “${petition.title}”`]);
    expect(fake.emails[0]!.text).toContain("Naloxone in every car.");
  });
});

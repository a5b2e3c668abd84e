// Every organiser, dashboard and admin route, loader and action, called directly as React
// Router would, for each kind of visitor. The table is the specification: a route added to
// app/routes/config/organiser.ts, app/routes/config/dashboard.ts or to supporterEmailDashboardRoutes
// in app/routes/config/supporter-email.ts without rows here fails the coverage check below.
import { randomBytes } from "node:crypto";
import { and, desc, eq, gt } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { startSession } from "~/lib/auth.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { createInvitation } from "~/lib/invitations.server";
import { createDraft, requireMessage, saveDraft } from "~/lib/supporter-updates.server";
import { dashboardRoutes } from "~/routes/config/dashboard";
import { organiserRoutes } from "~/routes/config/organiser";
import { supporterEmailDashboardRoutes, supporterEmailRoutes } from "~/routes/config/supporter-email";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertSignatures, type SignatureRow } from "./dashboard-helpers";
import { createOrgWithMembers, createUser, insertPetition, type TestUser } from "./organiser-helpers";

const APP_URL = "https://petitions.test";
const WHO = ["anonymous", "outsider", "viewer", "editor", "owner", "admin"] as const;
type Who = (typeof WHO)[number];
/** "login": redirected to /login; "redirect": redirected elsewhere (a success); a number: the status. */
type Outcome = "login" | "redirect" | 200 | 400 | 403 | 404;
/** One value per visitor, in WHO order: anonymous, member of another organisation, viewer, editor, owner, platform admin. */
type Six<T> = [T, T, T, T, T, T];
/** Ids made for one case (a fresh signature or message for an action to change). */
type Subject = Record<string, string>;
type Form = Record<string, string | string[]>;

interface Fixture {
  orgId: string;
  orgSlug: string;
  campaignId: string;
  /** A draft petition of organisation A (the organiser pages edit it). */
  petitionId: string;
  /** An open petition of organisation A with signatures (the dashboard pages read it). */
  livePetitionId: string;
  /** A confirmed signature on it, name shown on the wall. */
  signatureId: string;
  signerName: string;
  signerEmail: string;
  /** The address hash of the two held signatures on it (another organisation's petition has one more). */
  heldIp: string;
  heldIds: string[];
  /** Organisation B's open petition, and a held signature on it from the same address. */
  foreignPetitionId: string;
  foreignSignatureId: string;
  /** A draft supporter update of organisation A. */
  messageId: string;
  ownerId: string;
  explainerId: string;
  invitationToken: () => Promise<string>;
}

interface Row {
  file: string;
  method: "loader" | "action";
  path: (f: Fixture, s: Subject) => string;
  params: (f: Fixture, s: Subject) => Promise<Record<string, string>> | Record<string, string>;
  expect: Six<Outcome>;
  /** What an action posts. Without it the form is empty: a 400 means the visitor got past authorization and reached validation. */
  form?: (f: Fixture, s: Subject, who: Who) => Form;
  /** The audit entries an allowed call (200 or redirect) records; a refused or invalid one records none. */
  audit?: string[];
  /**
   * For actions that change something: `prepare` makes a fresh subject for each case, `read`
   * reads it before and after the call. An allowed call leaves it as `done` says (which must
   * differ from before); a refused one leaves it exactly as it was.
   */
  effect?: { prepare: (f: Fixture) => Promise<Subject>; read: (s: Subject) => Promise<unknown>; done: (before: unknown, who: Who) => unknown };
  /** What a visitor who got a 200 was shown: `probe` names what it finds in the loader's data (or the body), checked against `expect`. */
  sees?: { probe: (data: unknown, f: Fixture) => string[]; expect: Six<string[] | null> };
}

const org = (f: Fixture) => ({ orgSlug: f.orgSlug });
const campaign = (f: Fixture) => ({ orgSlug: f.orgSlug, campaignId: f.campaignId });
const petition = (f: Fixture) => ({ orgSlug: f.orgSlug, petitionId: f.petitionId });
const orgPath = (f: Fixture) => `/dashboard/orgs/${f.orgSlug}`;
const petitionPath = (f: Fixture, rest = "") => `${orgPath(f)}/petitions/${f.petitionId}${rest}`;

// Actions are posted with an empty form: a 400 means the visitor got past authorization
// and reached validation, without changing anything.
const ORGANISER_ROWS: Row[] = [
  { file: "routes/organiser/org-new.tsx", method: "loader", path: () => "/dashboard/orgs/new", params: () => ({}), expect: ["login", 200, 200, 200, 200, 200] },
  { file: "routes/organiser/org-new.tsx", method: "action", path: () => "/dashboard/orgs/new", params: () => ({}), expect: ["login", 400, 400, 400, 400, 400] },
  { file: "routes/organiser/org-overview.tsx", method: "loader", path: orgPath, params: org, expect: ["login", 404, 200, 200, 200, 200] },
  { file: "routes/organiser/org-members.tsx", method: "loader", path: (f) => `${orgPath(f)}/members`, params: org, expect: ["login", 404, 403, 403, 200, 200] },
  { file: "routes/organiser/org-members.tsx", method: "action", path: (f) => `${orgPath(f)}/members`, params: org, expect: ["login", 404, 403, 403, 400, 400] },
  { file: "routes/organiser/campaign-new.tsx", method: "loader", path: (f) => `${orgPath(f)}/campaigns/new`, params: org, expect: ["login", 404, 403, 200, 200, 200] },
  { file: "routes/organiser/campaign-new.tsx", method: "action", path: (f) => `${orgPath(f)}/campaigns/new`, params: org, expect: ["login", 404, 403, 400, 400, 400] },
  { file: "routes/organiser/campaign-edit.tsx", method: "loader", path: (f) => `${orgPath(f)}/campaigns/${f.campaignId}`, params: campaign, expect: ["login", 404, 403, 200, 200, 200] },
  { file: "routes/organiser/campaign-edit.tsx", method: "action", path: (f) => `${orgPath(f)}/campaigns/${f.campaignId}`, params: campaign, expect: ["login", 404, 403, 400, 400, 400] },
  { file: "routes/organiser/petition-new.tsx", method: "loader", path: (f) => `${orgPath(f)}/campaigns/${f.campaignId}/petitions/new`, params: campaign, expect: ["login", 404, 403, 200, 200, 200] },
  { file: "routes/organiser/petition-new.tsx", method: "action", path: (f) => `${orgPath(f)}/campaigns/${f.campaignId}/petitions/new`, params: campaign, expect: ["login", 404, 403, 400, 400, 400] },
  { file: "routes/organiser/petition-overview.tsx", method: "loader", path: (f) => petitionPath(f), params: petition, expect: ["login", 404, 200, 200, 200, 200] },
  { file: "routes/organiser/petition-overview.tsx", method: "action", path: (f) => petitionPath(f), params: petition, expect: ["login", 404, 403, 400, 400, 400] },
  { file: "routes/organiser/petition-text.tsx", method: "loader", path: (f) => petitionPath(f, "/text"), params: petition, expect: ["login", 404, 403, 200, 200, 200] },
  { file: "routes/organiser/petition-text.tsx", method: "action", path: (f) => petitionPath(f, "/text"), params: petition, expect: ["login", 404, 403, 400, 400, 400] },
  { file: "routes/organiser/petition-fields.tsx", method: "loader", path: (f) => petitionPath(f, "/fields"), params: petition, expect: ["login", 404, 403, 200, 200, 200] },
  { file: "routes/organiser/petition-fields.tsx", method: "action", path: (f) => petitionPath(f, "/fields"), params: petition, expect: ["login", 404, 403, 400, 400, 400] },
  { file: "routes/organiser/petition-settings.tsx", method: "loader", path: (f) => petitionPath(f, "/settings"), params: petition, expect: ["login", 404, 403, 200, 200, 200] },
  { file: "routes/organiser/petition-settings.tsx", method: "action", path: (f) => petitionPath(f, "/settings"), params: petition, expect: ["login", 404, 403, 400, 400, 400] },
  { file: "routes/organiser/petition-preview.tsx", method: "loader", path: (f) => petitionPath(f, "/preview"), params: petition, expect: ["login", 404, 200, 200, 200, 200] },
  { file: "routes/organiser/petition-preview.tsx", method: "action", path: (f) => petitionPath(f, "/preview"), params: petition, expect: ["login", 404, 400, 400, 400, 400] },
  { file: "routes/organiser/petition-revisions.tsx", method: "loader", path: (f) => petitionPath(f, "/revisions"), params: petition, expect: ["login", 404, 200, 200, 200, 200] },
  // Any signed-in account may accept an invitation (each action call gets a fresh one).
  { file: "routes/organiser/invitation-accept.tsx", method: "loader", path: () => "/invitations/x", params: async (f) => ({ token: await f.invitationToken() }), expect: ["login", 200, 200, 200, 200, 200] },
  { file: "routes/organiser/invitation-accept.tsx", method: "action", path: () => "/invitations/x", params: async (f) => ({ token: await f.invitationToken() }), expect: ["login", "redirect", "redirect", "redirect", "redirect", "redirect"], audit: ["member.join"] },
  { file: "routes/admin/queue.tsx", method: "loader", path: () => "/admin", params: () => ({}), expect: ["login", 403, 403, 403, 403, 200] },
  { file: "routes/admin/petition-review.tsx", method: "loader", path: (f) => `/admin/petitions/${f.petitionId}`, params: (f) => ({ petitionId: f.petitionId }), expect: ["login", 403, 403, 403, 403, 200] },
  { file: "routes/admin/petition-review.tsx", method: "action", path: (f) => `/admin/petitions/${f.petitionId}`, params: (f) => ({ petitionId: f.petitionId }), expect: ["login", 403, 403, 403, 403, 400] },
  { file: "routes/admin/explainers.tsx", method: "loader", path: () => "/admin/explainers", params: () => ({}), expect: ["login", 403, 403, 403, 403, 200] },
  { file: "routes/admin/explainer-edit.tsx", method: "loader", path: (f) => `/admin/explainers/${f.explainerId}`, params: (f) => ({ explainerId: f.explainerId }), expect: ["login", 403, 403, 403, 403, 200] },
  { file: "routes/admin/explainer-edit.tsx", method: "action", path: (f) => `/admin/explainers/${f.explainerId}`, params: (f) => ({ explainerId: f.explainerId }), expect: ["login", 403, 403, 403, 403, 400] },
];

let t: TestDatabase;
let context: AppLoadContext;
let fixture: Fixture;
const cookies = {} as Record<Who, string | null>;

// ---------------------------------------------------------------- subjects for the actions that change things

async function signatureStatus(s: Subject) {
  const [row] = await t.db.select({ status: schema.signatures.status }).from(schema.signatures).where(eq(schema.signatures.id, s.signatureId!));
  return row?.status;
}

/** A new signature on the live petition, for one case to review. */
const freshSignature =
  (row: SignatureRow) =>
  async (f: Fixture): Promise<Subject> => {
    const ip = `matrix-${randomBytes(4).toString("hex")}`;
    const [id] = await insertSignatures(t.db, f.livePetitionId, [{ ipHash: ip, ...row }]);
    return { signatureId: id!, ip };
  };

async function message(s: Subject) {
  const [row] = await t.db
    .select({ status: schema.emailMessages.status, subject: schema.emailMessages.subject })
    .from(schema.emailMessages)
    .where(eq(schema.emailMessages.id, s.messageId!));
  return row;
}

/** A new supporter update of organisation A's live petition, for one case to change. */
const freshMessage =
  (status: "draft" | "scheduled") =>
  async (f: Fixture): Promise<Subject> => {
    const [row] = await t.db
      .insert(schema.emailMessages)
      .values({
        organisationId: f.orgId,
        campaignId: f.campaignId,
        petitionId: f.livePetitionId,
        kind: "update",
        subject: "As it was",
        bodyMarkdown: "Nothing yet.",
        audience: { scope: "petition", petitionId: f.livePetitionId, campaignId: f.campaignId },
        status,
        scheduledAt: status === "scheduled" ? new Date(Date.now() + 3_600_000) : null,
        recipientCount: status === "scheduled" ? 1 : null,
        createdBy: f.ownerId,
      })
      .returning({ id: schema.emailMessages.id });
    return { messageId: row!.id };
  };

async function orgMessageCount(): Promise<number> {
  return t.db.$count(schema.emailMessages, eq(schema.emailMessages.organisationId, fixture.orgId));
}

// ---------------------------------------------------------------- the dashboard (app/routes/config/dashboard.ts)

const live = (f: Fixture) => ({ petitionId: f.livePetitionId });
const livePath = (f: Fixture, rest = "") => `/dashboard/petitions/${f.livePetitionId}${rest}`;
const get = (data: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v as Record<string, unknown> | null | undefined)?.[k], data);
/** Supporters' email addresses are personal data: pages that show none must not carry one either. */
const leaksEmail = (data: unknown, f: Fixture) => (JSON.stringify(data).includes(f.signerEmail) ? ["email"] : []);
const canEdit = (flag: unknown) => (flag === true ? ["canEdit"] : []);
const ids = (rows: unknown) => ((rows ?? []) as { id: string }[]).map((r) => r.id);

const DASHBOARD_ROWS: Row[] = [
  // Viewers see the figures (never people); editors and owners are offered the tools that change things.
  {
    file: "routes/dashboard/petition-stats.tsx", method: "loader", path: (f) => livePath(f, "/stats"), params: live, expect: ["login", 404, 200, 200, 200, 200],
    sees: { probe: (d, f) => [...canEdit(get(d, "header", "canEdit")), ...leaksEmail(d, f)], expect: [null, null, [], ["canEdit"], ["canEdit"], ["canEdit"]] },
  },
  // Names and emails: editors and owners only.
  {
    file: "routes/dashboard/petition-signatures.tsx", method: "loader", path: (f) => livePath(f, `/signatures?q=${encodeURIComponent(f.signerEmail)}`), params: live, expect: ["login", 404, 403, 200, 200, 200],
    sees: { probe: (d, f) => (ids(get(d, "page", "rows")).includes(f.signatureId) ? ["signer"] : []), expect: [null, null, null, ["signer"], ["signer"], ["signer"]] },
  },
  {
    file: "routes/dashboard/petition-signature.tsx", method: "loader", path: (f) => livePath(f, `/signatures/${f.signatureId}`), params: (f) => ({ ...live(f), signatureId: f.signatureId }), expect: ["login", 404, 403, 200, 200, 200],
    sees: { probe: (d, f) => (get(d, "signature", "email") === f.signerEmail ? ["signer"] : []), expect: [null, null, null, ["signer"], ["signer"], ["signer"]] },
  },
  {
    file: "routes/dashboard/petition-signature.tsx", method: "action", path: (f, s) => livePath(f, `/signatures/${s.signatureId}`), params: (f, s) => ({ ...live(f), signatureId: s.signatureId! }), expect: ["login", 404, 403, "redirect", "redirect", "redirect"],
    form: () => ({ decision: "invalidate" }),
    effect: { prepare: freshSignature({ status: "confirmed" }), read: signatureStatus, done: () => "invalidated" },
    audit: ["signature.invalidate"],
  },
  {
    file: "routes/dashboard/petition-review.tsx", method: "loader", path: (f) => livePath(f, "/review"), params: live, expect: ["login", 404, 403, 200, 200, 200],
    sees: { probe: (d, f) => (f.heldIds.every((id) => ids(get(d, "page", "rows")).includes(id)) ? ["held"] : []), expect: [null, null, null, ["held"], ["held"], ["held"]] },
  },
  {
    file: "routes/dashboard/petition-review.tsx", method: "action", path: (f) => livePath(f, "/review"), params: live, expect: ["login", 404, 403, "redirect", "redirect", "redirect"],
    form: (_, s) => ({ signatureId: s.signatureId!, decision: "accept" }),
    effect: { prepare: freshSignature({ status: "flagged" }), read: signatureStatus, done: () => "pending" },
    audit: ["signature.accept"],
  },
  // The preview only counts, but it is the first step of a change: editors and owners. It counts this petition's signatures only.
  {
    file: "routes/dashboard/petition-review-bulk.tsx", method: "loader", path: (f) => livePath(f, `/review/bulk?decision=invalidate&ip=${f.heldIp}&states=flagged`), params: live, expect: ["login", 404, 403, 200, 200, 200],
    sees: { probe: (d) => [`would change ${String(get(d, "preview", "count"))}`], expect: [null, null, null, ["would change 2"], ["would change 2"], ["would change 2"]] },
  },
  {
    file: "routes/dashboard/petition-review-bulk.tsx", method: "action", path: (f) => livePath(f, "/review/bulk"), params: live, expect: ["login", 404, 403, "redirect", "redirect", "redirect"],
    form: (_, s) => ({ decision: "invalidate", ip: s.ip!, states: "flagged", previewed: "1" }),
    effect: { prepare: freshSignature({ status: "flagged" }), read: signatureStatus, done: () => "invalidated" },
    audit: ["signatures.bulk-invalidate"],
  },
  // The CSV is read to the end, as a browser would: the export is recorded only then.
  {
    file: "routes/dashboard/petition-export.ts", method: "loader", path: (f) => livePath(f, "/export.csv"), params: live, expect: ["login", 404, 403, 200, 200, 200],
    sees: { probe: (body, f) => (String(body).includes(f.signerEmail) ? ["signer"] : []), expect: [null, null, null, ["signer"], ["signer"], ["signer"]] },
    audit: ["signatures.export"],
  },
  // Only what is public already (names on the wall, counts): viewers too, and no email addresses.
  {
    file: "routes/dashboard/petition-delivery-pack.tsx", method: "loader", path: (f) => livePath(f, "/delivery-pack"), params: live, expect: ["login", 404, 200, 200, 200, 200],
    sees: {
      probe: (d, f) => [...(((get(d, "pack", "signatories") ?? []) as { name: string }[]).some((s) => s.name === f.signerName) ? ["name"] : []), ...leaksEmail(d, f)],
      expect: [null, null, ["name"], ["name"], ["name"], ["name"]],
    },
  },
  // Who did what to whom: owners only.
  {
    file: "routes/dashboard/org-audit.tsx", method: "loader", path: (f) => `${orgPath(f)}/audit`, params: org, expect: ["login", 404, 403, 403, 200, 200],
    sees: { probe: (d, f) => (((get(d, "rows") ?? []) as { subjectId: string | null }[]).some((r) => r.subjectId === f.messageId) ? ["draft-created"] : []), expect: [null, null, null, null, ["draft-created"], ["draft-created"]] },
  },
];

// ---------------------------------------------------------------- supporter updates (supporterEmailDashboardRoutes)

const messagePath = (id: string, rest = "") => `/dashboard/email/messages/${id}${rest}`;

const SUPPORTER_EMAIL_ROWS: Row[] = [
  // Any signed-in organiser has the page; it lists only their own organisations' messages, and offers to write only where they may.
  {
    file: "routes/supporter-email/index.tsx", method: "loader", path: () => "/dashboard/email", params: () => ({}), expect: ["login", 200, 200, 200, 200, 200],
    sees: {
      probe: (d, f) => [
        ...(ids(get(d, "messages")).includes(f.messageId) ? ["message"] : []),
        ...(((get(d, "targets") ?? []) as { campaignId: string }[]).some((c) => c.campaignId === f.campaignId) ? ["campaign"] : []),
      ],
      expect: [null, [], ["message"], ["message", "campaign"], ["message", "campaign"], ["message", "campaign"]],
    },
  },
  {
    file: "routes/supporter-email/index.tsx", method: "action", path: () => "/dashboard/email", params: () => ({}), expect: ["login", 404, 403, "redirect", "redirect", "redirect"],
    form: (f) => ({ intent: "update", target: `petition:${f.livePetitionId}` }),
    effect: { prepare: async () => ({}), read: orgMessageCount, done: (before) => (before as number) + 1 },
    audit: ["email.draft-created"],
  },
  {
    file: "routes/supporter-email/message.tsx", method: "loader", path: (f) => messagePath(f.messageId), params: (f) => ({ id: f.messageId }), expect: ["login", 404, 200, 200, 200, 200],
    sees: { probe: (d) => canEdit(get(d, "canEdit")), expect: [null, null, [], ["canEdit"], ["canEdit"], ["canEdit"]] },
  },
  // Cancelling a scheduled send.
  {
    file: "routes/supporter-email/message.tsx", method: "action", path: (_, s) => messagePath(s.messageId!), params: (_, s) => ({ id: s.messageId! }), expect: ["login", 404, 403, "redirect", "redirect", "redirect"],
    effect: { prepare: freshMessage("scheduled"), read: async (s) => (await message(s))?.status, done: () => "cancelled" },
    audit: ["email.cancelled"],
  },
  {
    file: "routes/supporter-email/compose.tsx", method: "loader", path: (f) => messagePath(f.messageId, "/edit"), params: (f) => ({ id: f.messageId }), expect: ["login", 404, 403, 200, 200, 200],
    sees: { probe: (d) => [String(get(d, "message", "subject"))], expect: [null, null, null, ["Matrix update"], ["Matrix update"], ["Matrix update"]] },
  },
  // Saving a draft.
  {
    file: "routes/supporter-email/compose.tsx", method: "action", path: (_, s) => messagePath(s.messageId!, "/edit"), params: (_, s) => ({ id: s.messageId! }), expect: ["login", 404, 403, "redirect", "redirect", "redirect"],
    form: (_, __, who) => ({ intent: "save", subject: `Saved by ${who}`, body: "Thank you.", scope: "petition" }),
    effect: { prepare: freshMessage("draft"), read: async (s) => (await message(s))?.subject, done: (_, who) => `Saved by ${who}` },
  },
  {
    file: "routes/supporter-email/preview.ts", method: "loader", path: (f) => messagePath(f.messageId, "/preview"), params: (f) => ({ id: f.messageId }), expect: ["login", 404, 200, 200, 200, 200],
    sees: { probe: (body) => (String(body).includes("Matrix body") ? ["body"] : []), expect: [null, null, ["body"], ["body"], ["body"], ["body"]] },
  },
];

const ROWS: Row[] = [...ORGANISER_ROWS, ...DASHBOARD_ROWS, ...SUPPORTER_EMAIL_ROWS];

/** The route lists whose every loader and action must have rows. */
const COVERED = { "organiser.ts": organiserRoutes, "dashboard.ts": dashboardRoutes, "supporter-email.ts supporterEmailDashboardRoutes": supporterEmailDashboardRoutes };

/**
 * supporter-email.ts also exports supporterEmailRoutes, which are not organiser pages and have
 * no rows: supporters reach them through a signed token from an email (unsubscribe, email
 * preferences, their own data) or, for the webhook, Resend with its signature. None has an
 * organisation role to check. They are named here, one by one, so that an organiser page put
 * in that list fails the coverage check instead of escaping the table.
 */
const PUBLIC_SUPPORTER_EMAIL_FILES = [
  "routes/supporter-email/unsubscribe.tsx",
  "routes/supporter-email/unsubscribe-one-click.ts",
  "routes/supporter-email/preferences.tsx",
  "routes/supporter-email/webhook-resend.ts",
  "routes/supporter-email/my-data.tsx",
  "routes/supporter-email/my-data-manage.tsx",
  "routes/supporter-email/my-data-download.ts",
];

type RouteModule = { loader?: (args: unknown) => Promise<unknown>; action?: (args: unknown) => Promise<unknown> };
const modules = import.meta.glob<RouteModule>([
  "../../app/routes/organiser/*.tsx",
  "../../app/routes/admin/*.tsx",
  "../../app/routes/dashboard/*.{ts,tsx}",
  "../../app/routes/supporter-email/*.{ts,tsx}",
]);
const moduleFor = (file: string) => {
  const load = modules[`../../app/${file}`];
  if (!load) throw new Error(`no module for ${file}`);
  return load();
};

beforeAll(async () => {
  t = await createTestDatabase();
  const env = parseEnv({ APP_URL });
  context = { db: t.db, env, mailer: createMailer(env, t.db), cspNonce: "n", clientIp: "203.0.113.7", ipHashKey: "key" };
  const a = await createOrgWithMembers(t.db, "matrix-a");
  const b = await createOrgWithMembers(t.db, "matrix-b");
  const c = await createOrgWithMembers(t.db, "matrix-c");
  const admin = await createUser(t.db, { admin: true, totp: true });
  const draft = await insertPetition(t.db, a.campaign.id);
  const [explainer] = await t.db.select({ id: schema.explainers.id }).from(schema.explainers).limit(1);
  const meta = { appUrl: APP_URL, locale: "en", siteName: "Test" };

  const livePetition = await insertPetition(t.db, a.campaign.id, { status: "open" });
  const tag = randomBytes(4).toString("hex");
  const signerName = `Matrix Signer ${tag}`;
  const signerEmail = `matrix-signer-${tag}@example.org`;
  const heldIp = `matrix-held-${tag}`;
  const [signatureId] = await insertSignatures(t.db, livePetition.id, [{ name: signerName, email: signerEmail, status: "confirmed", showName: true }]);
  const heldIds = await insertSignatures(t.db, livePetition.id, [
    { status: "flagged", ipHash: heldIp },
    { status: "flagged", ipHash: heldIp },
  ]);
  const foreignPetition = await insertPetition(t.db, b.campaign.id, { status: "open" });
  const [foreignSignatureId] = await insertSignatures(t.db, foreignPetition.id, [{ status: "flagged", ipHash: heldIp }]);
  const messageId = await createDraft(t.db, a.owner, { kind: "update", petitionId: livePetition.id }, "en");
  const draftMessage = await requireMessage(t.db, a.owner, messageId, "editor", "en");
  const saved = await saveDraft(t.db, a.owner, draftMessage, { subject: "Matrix update", bodyMarkdown: "Matrix body", scope: "petition", countries: [], locales: [], verifiedOnly: false });
  if (!saved.ok) throw new Error("could not save the draft");

  fixture = {
    orgId: a.org.id,
    orgSlug: a.org.slug,
    campaignId: a.campaign.id,
    petitionId: draft.id,
    livePetitionId: livePetition.id,
    signatureId: signatureId!,
    signerName,
    signerEmail,
    heldIp,
    heldIds,
    foreignPetitionId: foreignPetition.id,
    foreignSignatureId: foreignSignatureId!,
    messageId,
    ownerId: a.owner.id,
    explainerId: explainer!.id,
    invitationToken: async () => {
      const created = await createInvitation(t.db, c.owner, c.org, { email: `guest-${Math.random()}@example.org`, role: "viewer" }, meta);
      if (!created.ok) throw new Error("could not invite");
      return created.token;
    },
  };
  const signIn = async (user: TestUser) => (await startSession(context, user.id, true)).split(";")[0]!;
  cookies.anonymous = null;
  cookies.outsider = await signIn(b.editor);
  cookies.viewer = await signIn(a.viewer);
  cookies.editor = await signIn(a.editor);
  cookies.owner = await signIn(a.owner);
  cookies.admin = await signIn(admin);
});
afterAll(() => t.drop());

function isDataWithInit(value: unknown): value is { init: ResponseInit | null; data: unknown } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}

function classify(response: Response): Outcome {
  if (response.status >= 300 && response.status < 400) {
    return (response.headers.get("Location") ?? "").startsWith("/login") ? "login" : "redirect";
  }
  return response.status as Outcome;
}

/** Runs a loader or action the way React Router does: what the visitor got, and the data (or body) of a 200. */
async function invoke(row: Pick<Row, "file" | "method">, path: string, params: Record<string, string>, cookie: string | null, form: Form = {}): Promise<{ outcome: Outcome; data: unknown }> {
  const mod = await moduleFor(row.file);
  const fn = mod[row.method];
  if (!fn) throw new Error(`${row.file} has no ${row.method}`);
  const headers = new Headers({ Origin: APP_URL });
  if (cookie) headers.set("Cookie", cookie);
  const body = new FormData();
  for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) body.append(key, v);
  const request = row.method === "loader" ? new Request(`${APP_URL}${path}`, { headers }) : new Request(`${APP_URL}${path}`, { method: "POST", headers, body });
  try {
    const result = await fn({ request, params, context });
    if (result instanceof Response) {
      const outcome = classify(result);
      // Read to the end, as a browser would: a streamed export does its work only when read.
      return { outcome, data: outcome === 200 ? await result.text() : null };
    }
    if (isDataWithInit(result)) return { outcome: (result.init?.status ?? 200) as Outcome, data: result.data };
    return { outcome: 200, data: result };
  } catch (thrown) {
    if (thrown instanceof Response) return { outcome: classify(thrown), data: null };
    throw thrown;
  }
}

async function call(row: Pick<Row, "file" | "method">, path: string, params: Record<string, string>, cookie: string | null, form?: Form): Promise<Outcome> {
  return (await invoke(row, path, params, cookie, form)).outcome;
}

async function lastAuditId(): Promise<number> {
  const [row] = await t.db.select({ id: schema.auditLog.id }).from(schema.auditLog).orderBy(desc(schema.auditLog.id)).limit(1);
  return row?.id ?? 0;
}

async function auditSince(id: number): Promise<string[]> {
  const rows = await t.db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(gt(schema.auditLog.id, id)).orderBy(schema.auditLog.id);
  return rows.map((r) => r.action);
}

const allows = (outcome: Outcome) => outcome === 200 || outcome === "redirect";

describe("authorization matrix", () => {
  const cases = ROWS.flatMap((row) => WHO.map((who, i) => ({ row, who, i, expected: row.expect[i]!, name: `${row.file} ${row.method}` })));

  it.each(cases)("$name as $who → $expected", async ({ row, who, i, expected }) => {
    const subject = row.effect ? await row.effect.prepare(fixture) : {};
    const params = await row.params(fixture, subject);
    const before = row.effect ? await row.effect.read(subject) : undefined;
    const since = await lastAuditId();

    const { outcome, data } = await invoke(row, row.path(fixture, subject), params, cookies[who], row.form?.(fixture, subject, who));
    expect(outcome).toBe(expected);

    expect(await auditSince(since)).toEqual(allows(expected) ? (row.audit ?? []) : []);
    if (row.effect) {
      const after = await row.effect.read(subject);
      if (allows(expected)) {
        expect(row.effect.done(before, who)).not.toEqual(before);
        expect(after).toEqual(row.effect.done(before, who));
      } else {
        expect(after).toEqual(before);
      }
    }
    if (row.sees && expected === 200) expect(row.sees.probe(data, fixture)).toEqual(row.sees.expect[i]);
  });

  it("has a row for the loader and the action of every route in the organiser, dashboard and supporter-email dashboard configs", async () => {
    const missing: string[] = [];
    const files = new Set<string>();
    for (const [config, entries] of Object.entries(COVERED)) {
      expect(entries.length, config).toBeGreaterThan(0);
      for (const entry of entries) {
        files.add(entry.file);
        const mod = await moduleFor(entry.file);
        for (const method of ["loader", "action"] as const) {
          if (mod[method] && !ROWS.some((row) => row.file === entry.file && row.method === method)) missing.push(`${config}: ${entry.file} ${method}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(ROWS.filter((row) => !files.has(row.file)).map((row) => row.file)).toEqual([]);
    // Every row's expectations line up with what it checks.
    for (const row of ROWS) {
      if (row.sees) expect(row.sees.expect.map((seen) => seen !== null), `${row.file} ${row.method}`).toEqual(row.expect.map((outcome) => outcome === 200));
      if (row.effect || row.form) expect(row.method, `${row.file} posts a form from a loader`).toBe("action");
    }
  });

  it("leaves out of the table only the supporters' own pages of supporter-email.ts, each named", () => {
    expect(supporterEmailRoutes.map((entry) => entry.file).sort()).toEqual([...PUBLIC_SUPPORTER_EMAIL_FILES].sort());
    expect(supporterEmailRoutes.filter((entry) => entry.path?.startsWith("dashboard")).map((entry) => entry.file)).toEqual([]);
  });

  it("changed nothing else: refused calls left everything as it was, allowed ones only their own subject", async () => {
    const [draft] = await t.db.select().from(schema.petitions).where(eq(schema.petitions.id, fixture.petitionId));
    expect(draft).toMatchObject({ status: "draft", slug: expect.stringMatching(/^petition-/) });
    const [livePetition] = await t.db.select().from(schema.petitions).where(eq(schema.petitions.id, fixture.livePetitionId));
    expect(livePetition).toMatchObject({ status: "open" });
    for (const [id, status] of [
      [fixture.signatureId, "confirmed"],
      [fixture.heldIds[0]!, "flagged"],
      [fixture.heldIds[1]!, "flagged"],
      [fixture.foreignSignatureId, "flagged"],
    ] as const) {
      expect(await signatureStatus({ signatureId: id }), id).toBe(status);
    }
    expect(await message({ messageId: fixture.messageId })).toEqual({ status: "draft", subject: "Matrix update" });
    const audit = await t.db.select({ action: schema.auditLog.action }).from(schema.auditLog);
    // The invitations the table created and accepted, the fixture's draft, and what the allowed rows above expect.
    const expected = ["member.invite", "member.join", "email.draft-created", ...ROWS.flatMap((row) => row.audit ?? [])];
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(expected));
  });
});

describe("links that mix organisations", () => {
  it("answers 404 when the petition or campaign belongs to another organisation than the URL's", async () => {
    const other = await createOrgWithMembers(t.db, "matrix-d");
    const foreign = await insertPetition(t.db, other.campaign.id);
    const asOwner = cookies.owner;
    // Org A's owner, org A's slug, org D's petition.
    expect(await call({ file: "routes/organiser/petition-overview.tsx", method: "loader" }, "/", { orgSlug: fixture.orgSlug, petitionId: foreign.id }, asOwner)).toBe(404);
    expect(await call({ file: "routes/organiser/campaign-edit.tsx", method: "loader" }, "/", { orgSlug: fixture.orgSlug, campaignId: other.campaign.id }, asOwner)).toBe(404);
    // Even an admin, who may see both, cannot mix them.
    expect(await call({ file: "routes/organiser/petition-text.tsx", method: "loader" }, "/", { orgSlug: other.org.slug, petitionId: fixture.petitionId }, cookies.admin)).toBe(404);
    expect(await call({ file: "routes/organiser/petition-overview.tsx", method: "loader" }, "/", { orgSlug: fixture.orgSlug, petitionId: "not-a-uuid" }, asOwner)).toBe(404);
    expect(await call({ file: "routes/organiser/org-overview.tsx", method: "loader" }, "/", { orgSlug: "no-such-org" }, cookies.admin)).toBe(404);
  });

  it("answers 404 for a signature of another organisation's petition reached through this one's URL, and leaves it alone", async () => {
    const params = { petitionId: fixture.livePetitionId, signatureId: fixture.foreignSignatureId };
    const since = await lastAuditId();
    expect(await call({ file: "routes/dashboard/petition-signature.tsx", method: "loader" }, "/", params, cookies.admin)).toBe(404);
    expect(await call({ file: "routes/dashboard/petition-signature.tsx", method: "action" }, "/", params, cookies.owner, { decision: "invalidate" })).toBe(404);
    expect(
      await call({ file: "routes/dashboard/petition-review.tsx", method: "action" }, "/", { petitionId: fixture.livePetitionId }, cookies.owner, {
        signatureId: fixture.foreignSignatureId,
        decision: "invalidate",
      }),
    ).toBe(404);
    expect(await signatureStatus({ signatureId: fixture.foreignSignatureId })).toBe("flagged");
    expect(await auditSince(since)).toEqual([]);
  });

  it("reviews in bulk only the URL's petition, even when another organisation's signatures match the filter", async () => {
    const ip = `matrix-shared-${randomBytes(4).toString("hex")}`;
    const [ours] = await insertSignatures(t.db, fixture.livePetitionId, [{ status: "flagged", ipHash: ip }]);
    const [theirs] = await insertSignatures(t.db, fixture.foreignPetitionId, [{ status: "flagged", ipHash: ip }]);
    expect(
      await call({ file: "routes/dashboard/petition-review-bulk.tsx", method: "action" }, "/", { petitionId: fixture.livePetitionId }, cookies.owner, {
        decision: "invalidate",
        ip,
        states: "flagged",
        previewed: "1",
      }),
    ).toBe("redirect");
    expect(await signatureStatus({ signatureId: ours! })).toBe("invalidated");
    expect(await signatureStatus({ signatureId: theirs! })).toBe("flagged");
    const [entry] = await t.db
      .select({ details: schema.auditLog.details })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "signatures.bulk-invalidate"), eq(schema.auditLog.subjectId, fixture.livePetitionId)))
      .orderBy(desc(schema.auditLog.id))
      .limit(1);
    expect(entry!.details).toMatchObject({ changed: 1 });
  });

  it("sends an admin without two-factor sign-in to set it up, and a half-signed-in one to the second step", async () => {
    const plainAdmin = await createUser(t.db, { admin: true });
    const cookie = (await startSession(context, plainAdmin.id, true)).split(";")[0]!;
    const mod = await moduleFor("routes/admin/queue.tsx");
    const thrown = await mod.loader!({ request: new Request(`${APP_URL}/admin`, { headers: { Cookie: cookie } }), params: {}, context }).catch((e: unknown) => e);
    expect((thrown as Response).headers.get("Location")).toBe("/account/two-factor?required=admin");

    const totpAdmin = await createUser(t.db, { admin: true, totp: true });
    const halfCookie = (await startSession(context, totpAdmin.id, false)).split(";")[0]!;
    const half = await mod.loader!({ request: new Request(`${APP_URL}/admin`, { headers: { Cookie: halfCookie } }), params: {}, context }).catch((e: unknown) => e);
    expect((half as Response).headers.get("Location")).toMatch(/^\/login\/two-factor\?redirectTo=%2Fadmin/);
  });
});

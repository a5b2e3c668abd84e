// Every organiser and admin route, loader and action, called directly as React Router
// would, for each kind of visitor. The table is the specification: a route added to
// app/routes/config/organiser.ts without rows here fails the coverage check below.
import { eq } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { startSession } from "~/lib/auth.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { createInvitation } from "~/lib/invitations.server";
import { organiserRoutes } from "~/routes/config/organiser";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createOrgWithMembers, createUser, insertPetition, type TestUser } from "./organiser-helpers";

const APP_URL = "https://petitions.test";
const WHO = ["anonymous", "outsider", "viewer", "editor", "owner", "admin"] as const;
type Who = (typeof WHO)[number];
/** "login": redirected to /login; "redirect": redirected elsewhere (a success); a number: the status. */
type Outcome = "login" | "redirect" | 200 | 400 | 403 | 404;

interface Fixture {
  orgSlug: string;
  campaignId: string;
  petitionId: string;
  explainerId: string;
  invitationToken: () => Promise<string>;
}

interface Row {
  file: string;
  method: "loader" | "action";
  path: (f: Fixture) => string;
  params: (f: Fixture) => Promise<Record<string, string>> | Record<string, string>;
  /** In WHO order: anonymous, member of another organisation, viewer, editor, owner, platform admin. */
  expect: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
}

const org = (f: Fixture) => ({ orgSlug: f.orgSlug });
const campaign = (f: Fixture) => ({ orgSlug: f.orgSlug, campaignId: f.campaignId });
const petition = (f: Fixture) => ({ orgSlug: f.orgSlug, petitionId: f.petitionId });
const orgPath = (f: Fixture) => `/dashboard/orgs/${f.orgSlug}`;
const petitionPath = (f: Fixture, rest = "") => `${orgPath(f)}/petitions/${f.petitionId}${rest}`;

// Actions are posted with an empty form: a 400 means the visitor got past authorization
// and reached validation, without changing anything.
const ROWS: Row[] = [
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
  { file: "routes/organiser/invitation-accept.tsx", method: "action", path: () => "/invitations/x", params: async (f) => ({ token: await f.invitationToken() }), expect: ["login", "redirect", "redirect", "redirect", "redirect", "redirect"] },
  { file: "routes/admin/queue.tsx", method: "loader", path: () => "/admin", params: () => ({}), expect: ["login", 403, 403, 403, 403, 200] },
  { file: "routes/admin/petition-review.tsx", method: "loader", path: (f) => `/admin/petitions/${f.petitionId}`, params: (f) => ({ petitionId: f.petitionId }), expect: ["login", 403, 403, 403, 403, 200] },
  { file: "routes/admin/petition-review.tsx", method: "action", path: (f) => `/admin/petitions/${f.petitionId}`, params: (f) => ({ petitionId: f.petitionId }), expect: ["login", 403, 403, 403, 403, 400] },
  { file: "routes/admin/explainers.tsx", method: "loader", path: () => "/admin/explainers", params: () => ({}), expect: ["login", 403, 403, 403, 403, 200] },
  { file: "routes/admin/explainer-edit.tsx", method: "loader", path: (f) => `/admin/explainers/${f.explainerId}`, params: (f) => ({ explainerId: f.explainerId }), expect: ["login", 403, 403, 403, 403, 200] },
  { file: "routes/admin/explainer-edit.tsx", method: "action", path: (f) => `/admin/explainers/${f.explainerId}`, params: (f) => ({ explainerId: f.explainerId }), expect: ["login", 403, 403, 403, 403, 400] },
];

type RouteModule = { loader?: (args: unknown) => Promise<unknown>; action?: (args: unknown) => Promise<unknown> };
const modules = import.meta.glob<RouteModule>(["../../app/routes/organiser/*.tsx", "../../app/routes/admin/*.tsx"]);
const moduleFor = (file: string) => {
  const load = modules[`../../app/${file}`];
  if (!load) throw new Error(`no module for ${file}`);
  return load();
};

let t: TestDatabase;
let context: AppLoadContext;
let fixture: Fixture;
const cookies = {} as Record<Who, string | null>;

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
  fixture = {
    orgSlug: a.org.slug,
    campaignId: a.campaign.id,
    petitionId: draft.id,
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

function isDataWithInit(value: unknown): value is { init: ResponseInit | null } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}

function classify(response: Response): Outcome {
  if (response.status >= 300 && response.status < 400) {
    return (response.headers.get("Location") ?? "").startsWith("/login") ? "login" : "redirect";
  }
  return response.status as Outcome;
}

/** Runs a loader or action the way React Router does and says what the visitor got. */
async function call(row: Pick<Row, "file" | "method">, path: string, params: Record<string, string>, cookie: string | null): Promise<Outcome> {
  const mod = await moduleFor(row.file);
  const fn = mod[row.method];
  if (!fn) throw new Error(`${row.file} has no ${row.method}`);
  const headers = new Headers({ Origin: APP_URL });
  if (cookie) headers.set("Cookie", cookie);
  const request =
    row.method === "loader"
      ? new Request(`${APP_URL}${path}`, { headers })
      : new Request(`${APP_URL}${path}`, { method: "POST", headers, body: new FormData() });
  try {
    const result = await fn({ request, params, context });
    if (result instanceof Response) return classify(result);
    if (isDataWithInit(result)) return (result.init?.status ?? 200) as Outcome;
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return classify(thrown);
    throw thrown;
  }
}

describe("authorization matrix", () => {
  const cases = ROWS.flatMap((row) => WHO.map((who, i) => ({ row, who, expected: row.expect[i]!, name: `${row.file} ${row.method}` })));

  it.each(cases)("$name as $who → $expected", async ({ row, who, expected }) => {
    const outcome = await call(row, row.path(fixture), await row.params(fixture), cookies[who]);
    expect(outcome).toBe(expected);
  });

  it("has a row for the loader and the action of every route in app/routes/config/organiser.ts", async () => {
    const missing: string[] = [];
    for (const entry of organiserRoutes) {
      const mod = await moduleFor(entry.file);
      for (const method of ["loader", "action"] as const) {
        if (mod[method] && !ROWS.some((row) => row.file === entry.file && row.method === method)) missing.push(`${entry.file} ${method}`);
      }
    }
    expect(missing).toEqual([]);
    const files = new Set(organiserRoutes.map((entry) => entry.file));
    expect(ROWS.filter((row) => !files.has(row.file)).map((row) => row.file)).toEqual([]);
  });

  it("changed nothing: every action above stopped at authorization or validation", async () => {
    const [draft] = await t.db.select().from(schema.petitions).where(eq(schema.petitions.id, fixture.petitionId));
    expect(draft).toMatchObject({ status: "draft", slug: expect.stringMatching(/^petition-/) });
    const audit = await t.db.select({ action: schema.auditLog.action }).from(schema.auditLog);
    // Only the invitations the table created and accepted.
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(["member.invite", "member.join"]));
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

// Unsubscribe links: signed per recipient, one-click POST (RFC 8058) from a mail
// client's origin, the page's choices, and the preferences page.
import { sql } from "drizzle-orm";
import express from "express";
import type { AppLoadContext } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { countAudience } from "~/lib/email-audience.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { findUnsubscribeSubject, listPreferences, setCampaignPreference, unsubscribeToken, verifyUnsubscribeToken } from "~/lib/unsubscribe.server";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "~/routes/supporter-email/unsubscribe";
import { action as oneClickAction, loader as oneClickLoader } from "~/routes/supporter-email/unsubscribe-one-click";
import { verifyRequestOrigin } from "../../server/security";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { addSupporters } from "../support/email-fixtures";
import { createPetition } from "../support/fixtures";
import { listen } from "../support/http";

let t: TestDatabase;
let server: { url: string; close: () => Promise<void> };
const APP_URL = "http://app.test";

function context(): AppLoadContext {
  const env = parseEnv({ APP_URL });
  return { db: t.db, env, mailer: createMailer(env, t.db), cspNonce: "n", clientIp: null, ipHashKey: "k" };
}

beforeAll(async () => {
  t = await createTestDatabase();
  // The real origin check in front of the real route action, as server/app.ts wires them.
  const app = express();
  app.use(verifyRequestOrigin({ appUrl: APP_URL }));
  app.all(/.*/, async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`${APP_URL}${req.originalUrl}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === "GET" ? undefined : Buffer.concat(chunks),
    });
    const [, , token = "", oneClick] = req.path.split("/");
    const handler = oneClick === "one-click" ? (req.method === "GET" ? oneClickLoader : oneClickAction) : unsubscribeAction;
    let response: Response;
    try {
      response = (await handler({ request, params: { token }, context: context() } as never)) as Response;
    } catch (thrown) {
      response = thrown as Response;
    }
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.status(response.status).end(Buffer.from(await response.arrayBuffer()));
  });
  server = await listen(app);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

/** A supporter who signed two petitions of the demo campaign and one of another campaign. */
async function supporterInTwoCampaigns(prefix: string) {
  const first = await createPetition(t.db);
  const second = await createPetition(t.db);
  const [organisation] = await t.db.select().from(schema.organisations).limit(1);
  const [campaign] = await t.db.insert(schema.campaigns).values({ organisationId: organisation!.id, slug: `other-${prefix}`, status: "active" }).returning();
  await t.db.insert(schema.campaignTranslations).values({ campaignId: campaign!.id, locale: "en", title: `Other campaign ${prefix}` });
  const third = await createPetition(t.db);
  await t.db.update(schema.petitions).set({ campaignId: campaign!.id }).where(sql`id = ${third.id}`);
  const [email] = await addSupporters(t.db, first.id, prefix, 1);
  await addSupporters(t.db, second.id, prefix, 1);
  await addSupporters(t.db, third.id, prefix, 1);
  const [signature] = await t.db.execute<{ id: string }>(sql`select id from signatures where petition_id = ${first.id} and email = ${email!}`);
  return { email: email!, signatureId: signature!.id, first, second, third, otherCampaignId: campaign!.id };
}

async function optIns(email: string): Promise<boolean[]> {
  const rows = await t.db.execute<{ updates_opt_in: boolean }>(sql`select updates_opt_in from signatures where email = ${email} order by created_at, id`);
  return rows.map((r) => r.updates_opt_in);
}

describe("unsubscribe links", () => {
  it("are signed per recipient: a tampered token is refused with a clear 400", async () => {
    const { signatureId } = await supporterInTwoCampaigns("signed");
    const token = await unsubscribeToken(t.db, signatureId);
    expect(await verifyUnsubscribeToken(t.db, token)).toBe(signatureId);
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    const otherId = signatureId.replace(/^./, signatureId[0] === "a" ? "b" : "a");
    for (const bad of [flipped, `${otherId}.${token.split(".")[1]}`, "nonsense", `${signatureId}.`]) {
      expect(await verifyUnsubscribeToken(t.db, bad)).toBeNull();
      const response = (await unsubscribeLoader({ request: new Request(`${APP_URL}/unsubscribe/x`), params: { token: bad }, context: context() } as never)) as unknown as { init: { status: number }; data: { ok: boolean } };
      expect(response.init.status).toBe(400);
      expect(response.data.ok).toBe(false);
    }
    const post = await fetch(`${server.url}/unsubscribe/${flipped}/one-click`, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) });
    expect(post.status).toBe(400);
    expect(await post.text()).toMatch(/Invalid unsubscribe link/);
  });

  it("unsubscribe with one POST from a mail client (no Origin of ours): this campaign only, no page", async () => {
    const { email, signatureId } = await supporterInTwoCampaigns("oneclick");
    const token = await unsubscribeToken(t.db, signatureId);
    expect(await optIns(email)).toEqual([true, true, true]);
    // What a mail provider sends for RFC 8058: a form-encoded body, from its own servers.
    const response = await fetch(`${server.url}/unsubscribe/${token}/one-click`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.com" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await optIns(email)).toEqual([false, false, true]);
    // Harmless when repeated; opening the link instead leads to the page with choices.
    expect((await fetch(`${server.url}/unsubscribe/${token}/one-click`, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) })).status).toBe(200);
    const opened = await fetch(`${server.url}/unsubscribe/${token}/one-click`, { redirect: "manual" });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`/unsubscribe/${token}`);
    // A POST without the one-click body is not an unsubscribe.
    expect((await fetch(`${server.url}/unsubscribe/${token}/one-click`, { method: "POST", body: "x=1" })).status).toBe(400);
  });

  it("leave other cross-site POSTs refused by the origin check", async () => {
    const app = express();
    app.use(verifyRequestOrigin({ appUrl: APP_URL }));
    app.all(/.*/, (_req, res) => void res.status(204).end());
    const other = await listen(app);
    try {
      const crossSite = { method: "POST", headers: { origin: "https://evil.example" }, body: "x=1" };
      expect((await fetch(`${other.url}/dashboard/email`, crossSite)).status).toBe(403);
      expect((await fetch(`${other.url}/unsubscribe-all`, crossSite)).status).toBe(403);
      expect((await fetch(`${other.url}/unsubscribe/anything`, crossSite)).status).toBe(204);
    } finally {
      await other.close();
    }
  });

  it("show choices on GET without changing anything, and apply the one chosen", async () => {
    const { email, signatureId } = await supporterInTwoCampaigns("page");
    const token = await unsubscribeToken(t.db, signatureId);
    const page = (await unsubscribeLoader({ request: new Request(`${APP_URL}/unsubscribe/${token}`), params: { token }, context: context() } as never)) as unknown as { data: { ok: boolean; subscribed: boolean; campaign: string } };
    expect(page.data).toMatchObject({ ok: true, subscribed: true });
    expect(await optIns(email)).toEqual([true, true, true]);

    const response = await fetch(`${server.url}/unsubscribe/${token}`, { method: "POST", headers: { origin: APP_URL }, body: new URLSearchParams({ scope: "everything" }), redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe/${token}?done=everything`);
    expect(await optIns(email)).toEqual([false, false, false]);
    const [suppressed] = await t.db.execute<{ reason: string }>(sql`select reason from suppressions where canonical_email = ${email}`);
    expect(suppressed!.reason).toBe("unsubscribed");
  });

  it("lead to preferences where a supporter can choose campaign by campaign, and come back", async () => {
    const { email, signatureId, first, otherCampaignId } = await supporterInTwoCampaigns("prefs");
    const token = await unsubscribeToken(t.db, signatureId);
    await fetch(`${server.url}/unsubscribe/${token}`, { method: "POST", headers: { origin: APP_URL }, body: new URLSearchParams({ scope: "everything" }) });
    const before = await listPreferences(t.db, token, "en");
    expect(before!.campaigns.map((c) => c.subscribed)).toEqual([false, false]);

    expect(await setCampaignPreference(t.db, token, otherCampaignId, true)).toBe(true);
    expect(await optIns(email)).toEqual([false, false, true]);
    const [suppressed] = await t.db.execute(sql`select 1 from suppressions where canonical_email = ${email}`);
    expect(suppressed).toBeUndefined();
    // Only campaigns this person signed in.
    const [foreign] = await t.db.insert(schema.campaigns).values({ organisationId: (await t.db.select().from(schema.organisations).limit(1))[0]!.id, slug: "foreign-prefs" }).returning();
    expect(await setCampaignPreference(t.db, token, foreign!.id, true)).toBe(false);
    expect(await countAudience(t.db, { scope: "petition", petitionId: first.id })).toBe(0);
    expect((await findUnsubscribeSubject(t.db, token, "en"))!.subscribedToCampaign).toBe(false);
  });
});

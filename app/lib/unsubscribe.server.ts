import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { campaignTranslations, campaigns, organisations, petitions, signatures, suppressions } from "../../db/schema";
import type { Db } from "./database.server";
import { getOrCreateSecret } from "./secrets.server";

/** Name of the app secret that signs unsubscribe and preference links. */
const UNSUBSCRIBE_KEY = "unsubscribe-link-key";
const MAC_LENGTH = 32;
const TOKEN_FORMAT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{32})$/;

/** Secrets never change once created, so each process reads each one once per database. */
const secretCache = new WeakMap<object, Map<string, Promise<string>>>();

export function cachedSecret(db: Db, name: string): Promise<string> {
  let byName = secretCache.get(db);
  if (!byName) secretCache.set(db, (byName = new Map()));
  let value = byName.get(name);
  if (!value) {
    value = getOrCreateSecret(db, name);
    value.catch(() => byName!.delete(name));
    byName.set(name, value);
  }
  return value;
}

function mac(key: string, signatureId: string): string {
  return createHmac("sha256", key).update(`unsubscribe/${signatureId}`).digest("base64url").slice(0, MAC_LENGTH);
}

/**
 * A link token for one recipient: `<signature id>.<HMAC>`. It names the
 * signature (hence the address and the campaign) without putting the address
 * in the URL, and cannot be forged or pointed at someone else.
 */
export async function unsubscribeToken(db: Db, signatureId: string): Promise<string> {
  return `${signatureId}.${mac(await cachedSecret(db, UNSUBSCRIBE_KEY), signatureId)}`;
}

/**
 * The links a bulk email carries: the page with choices (in the footer), the RFC 8058
 * one-click endpoint (in the List-Unsubscribe header; opened with GET it leads to the
 * page), and the preferences page.
 */
export async function unsubscribeLinks(db: Db, appUrl: string, signatureId: string) {
  const token = await unsubscribeToken(db, signatureId);
  return {
    unsubscribeUrl: `${appUrl}/unsubscribe/${token}`,
    oneClickUrl: `${appUrl}/unsubscribe/${token}/one-click`,
    preferencesUrl: `${appUrl}/email-preferences/${token}`,
  };
}

/** The signature a token names, or null when the token was altered. */
export async function verifyUnsubscribeToken(db: Db, token: string): Promise<string | null> {
  const match = TOKEN_FORMAT.exec(token);
  if (!match) return null;
  const [, signatureId, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(mac(await cachedSecret(db, UNSUBSCRIBE_KEY), signatureId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? signatureId : null;
}

export interface UnsubscribeSubject {
  signatureId: string;
  canonicalEmail: string;
  campaignId: string;
  campaignTitle: string;
  organisationName: string;
  /** Whether any of this person's signatures in the campaign still asks for updates. */
  subscribedToCampaign: boolean;
  unsubscribedFromEverything: boolean;
}

function pickTitle(rows: { locale: string; title: string }[], locale: string): string {
  return (rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === "en") ?? rows[0])?.title ?? "";
}

/** What an unsubscribe link is about; null when the token is invalid or the signer has erased their data. */
export async function findUnsubscribeSubject(db: Db, token: string, locale: string): Promise<UnsubscribeSubject | null> {
  const signatureId = await verifyUnsubscribeToken(db, token);
  if (!signatureId) return null;
  const [row] = await db
    .select({
      canonicalEmail: signatures.canonicalEmail,
      anonymisedAt: signatures.anonymisedAt,
      campaignId: petitions.campaignId,
      organisationName: organisations.name,
    })
    .from(signatures)
    .innerJoin(petitions, eq(petitions.id, signatures.petitionId))
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .where(eq(signatures.id, signatureId));
  if (!row || row.anonymisedAt) return null;
  const [titles, [subscribed], [suppressed]] = await Promise.all([
    db.select({ locale: campaignTranslations.locale, title: campaignTranslations.title }).from(campaignTranslations).where(eq(campaignTranslations.campaignId, row.campaignId)),
    db.execute<{ any: boolean }>(sql`
      select exists (select 1 from signatures s join petitions p on p.id = s.petition_id
        where s.canonical_email = ${row.canonicalEmail} and p.campaign_id = ${row.campaignId} and s.updates_opt_in) as any`),
    db.select({ reason: suppressions.reason }).from(suppressions).where(eq(suppressions.canonicalEmail, row.canonicalEmail)),
  ]);
  return {
    signatureId,
    canonicalEmail: row.canonicalEmail,
    campaignId: row.campaignId,
    campaignTitle: pickTitle(titles, locale),
    organisationName: row.organisationName,
    subscribedToCampaign: Boolean(subscribed?.any),
    unsubscribedFromEverything: suppressed !== undefined,
  };
}

export type UnsubscribeScope = "campaign" | "everything";

async function withdrawConsent(tx: Pick<Db, "execute">, canonical: string, campaignId: string | null): Promise<void> {
  await tx.execute(sql`
    update signatures s set updates_opt_in = false
    where s.canonical_email = ${canonical} and s.updates_opt_in
      ${campaignId ? sql`and s.petition_id in (select id from petitions where campaign_id = ${campaignId})` : sql``}`);
}

/**
 * Withdraws consent: from this campaign (every signature of this person in
 * it), or from everything (every signature, and the address goes on the
 * suppression list so no bulk mail reaches it, whatever list it is on).
 * Returns false when the token is not valid. Doing it twice is harmless.
 */
export async function unsubscribe(db: Db, token: string, scope: UnsubscribeScope): Promise<boolean> {
  const signatureId = await verifyUnsubscribeToken(db, token);
  if (!signatureId) return false;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ canonicalEmail: signatures.canonicalEmail, campaignId: petitions.campaignId })
      .from(signatures)
      .innerJoin(petitions, eq(petitions.id, signatures.petitionId))
      .where(and(eq(signatures.id, signatureId), isNull(signatures.anonymisedAt)));
    if (!row) return;
    await withdrawConsent(tx, row.canonicalEmail, scope === "campaign" ? row.campaignId : null);
    if (scope === "everything") {
      await tx.insert(suppressions).values({ canonicalEmail: row.canonicalEmail, reason: "unsubscribed" }).onConflictDoNothing();
    }
  });
  return true;
}

export interface CampaignPreference {
  campaignId: string;
  title: string;
  organisationName: string;
  subscribed: boolean;
}

/** Every campaign this person signed in, with whether they get its updates. */
export async function listPreferences(db: Db, token: string, locale: string): Promise<{ subject: UnsubscribeSubject; campaigns: CampaignPreference[] } | null> {
  const subject = await findUnsubscribeSubject(db, token, locale);
  if (!subject) return null;
  const rows = await db.execute<{ campaign_id: string; organisation_name: string; subscribed: boolean }>(sql`
    select p.campaign_id, o.name as organisation_name, bool_or(s.updates_opt_in) as subscribed
    from signatures s join petitions p on p.id = s.petition_id join campaigns c on c.id = p.campaign_id
    join organisations o on o.id = c.organisation_id
    where s.canonical_email = ${subject.canonicalEmail} and s.anonymised_at is null
    group by p.campaign_id, o.name order by o.name`);
  const ids = rows.map((r) => r.campaign_id);
  const titles = ids.length
    ? await db.select().from(campaignTranslations).where(inArray(campaignTranslations.campaignId, ids))
    : [];
  return {
    subject,
    campaigns: rows.map((r) => ({
      campaignId: r.campaign_id,
      organisationName: r.organisation_name,
      title: pickTitle(titles.filter((t) => t.campaignId === r.campaign_id), locale),
      subscribed: r.subscribed && !subject.unsubscribedFromEverything,
    })),
  };
}

/**
 * Sets whether this person gets a campaign's updates, from the preferences
 * page. Subscribing there is consent given anew by the person themselves, so
 * it applies to all their signatures in the campaign and lifts an earlier
 * "unsubscribe from everything" (never a bounce or complaint suppression).
 */
export async function setCampaignPreference(db: Db, token: string, campaignId: string, subscribed: boolean): Promise<boolean> {
  const signatureId = await verifyUnsubscribeToken(db, token);
  if (!signatureId) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ canonicalEmail: signatures.canonicalEmail })
      .from(signatures)
      .where(and(eq(signatures.id, signatureId), isNull(signatures.anonymisedAt)));
    if (!row) return false;
    const [signed] = await tx.execute<{ n: number }>(sql`
      select count(*)::int as n from signatures s join petitions p on p.id = s.petition_id
      where s.canonical_email = ${row.canonicalEmail} and p.campaign_id = ${campaignId} and s.anonymised_at is null`);
    // Only campaigns this person signed in: the token proves who they are, not a licence to subscribe anyone anywhere.
    if (!signed || Number(signed.n) === 0) return false;
    if (subscribed) {
      await tx.execute(sql`
        update signatures set updates_opt_in = true
        where canonical_email = ${row.canonicalEmail} and anonymised_at is null
          and petition_id in (select id from petitions where campaign_id = ${campaignId})`);
      await tx.delete(suppressions).where(and(eq(suppressions.canonicalEmail, row.canonicalEmail), eq(suppressions.reason, "unsubscribed")));
    } else {
      await withdrawConsent(tx, row.canonicalEmail, campaignId);
    }
    return true;
  });
}

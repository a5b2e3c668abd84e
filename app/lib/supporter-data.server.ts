import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { canonicalEmail } from "./canonical-email";
import type { Db } from "./database.server";
import { enqueueJob } from "./jobs.server";
import { hitRateLimit, type RateLimitRule } from "./rate-limit.server";
import { cachedSecret } from "./unsubscribe.server";

export const MY_DATA_LINK_TTL_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Per address and per client: enough for a person, useless for mail-bombing someone. */
export const MY_DATA_RATE_RULES = {
  address: { name: "my-data-address", windowMs: 60 * 60 * 1000, limit: 3 },
  ip: { name: "my-data-ip", windowMs: 60 * 60 * 1000, limit: 20 },
} satisfies Record<string, RateLimitRule>;

const LINK_KEY = "supporter-data-link-key";
const ERASURE_KEY = "erasure-hash-key";

async function linkKey(db: Db): Promise<Buffer> {
  return Buffer.from(await cachedSecret(db, LINK_KEY), "base64url");
}

/**
 * The emailed link's token: the address and an expiry, sealed with AES-256-GCM
 * (so it can neither be forged nor read: the address never appears in URLs or
 * logs) under a key shared by every process through the database.
 */
export async function sealDataToken(db: Db, canonical: string, now = Date.now()): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await linkKey(db), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ e: canonical, x: now + MY_DATA_LINK_TTL_MS }), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export type DataTokenCheck = { ok: true; canonicalEmail: string } | { ok: false; reason: "invalid" | "expired" };

export async function openDataToken(db: Db, token: string, now = Date.now()): Promise<DataTokenCheck> {
  if (!/^[A-Za-z0-9_-]{40,400}$/.test(token)) return { ok: false, reason: "invalid" };
  const raw = Buffer.from(token, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", await linkKey(db), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const payload = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")) as { e: string; x: number };
    if (typeof payload.e !== "string" || typeof payload.x !== "number") return { ok: false, reason: "invalid" };
    if (payload.x <= now) return { ok: false, reason: "expired" };
    return { ok: true, canonicalEmail: payload.e };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

export interface DataRequestMeta {
  locale: string;
  siteName: string;
  appUrl: string;
  ipHash: string | null;
}

/**
 * Emails a link to the data held about an address, if there is any. The
 * answer is the same whether or not the address signed anything, so the form
 * cannot be used to find out who signed what.
 */
export async function requestDataLink(db: Db, email: string, meta: DataRequestMeta): Promise<{ ok: true } | { ok: false; reason: "rate-limited" }> {
  const canonical = canonicalEmail(email);
  const [byAddress, byIp] = await Promise.all([
    hitRateLimit(db, canonical, MY_DATA_RATE_RULES.address),
    meta.ipHash ? hitRateLimit(db, meta.ipHash, MY_DATA_RATE_RULES.ip) : Promise.resolve({ exceeded: false }),
  ]);
  if (byAddress.exceeded || byIp.exceeded) return { ok: false, reason: "rate-limited" };
  const [row] = await db.execute<{ email: string }>(sql`
    select email from signatures where canonical_email = ${canonical} and anonymised_at is null order by created_at desc limit 1`);
  if (!row) return { ok: true };
  const token = await sealDataToken(db, canonical);
  await enqueueJob(db, "send-email", {
    template: "my-data-link",
    // The address they typed now: it is theirs (same canonical form) and it is where they look.
    to: email.trim(),
    idempotencyKey: `my-data/${randomUUID()}`,
    props: { locale: meta.locale, siteName: meta.siteName, manageUrl: `${meta.appUrl}/my-data/${token}`, expiresInHours: MY_DATA_LINK_TTL_MS / HOUR_MS },
  });
  return { ok: true };
}

export interface SupporterSignature {
  petitionSlug: string;
  petitionTitle: string;
  fullName: string;
  email: string;
  country: string;
  postcode: string | null;
  locale: string;
  status: string;
  verified: boolean;
  showName: boolean;
  updatesOptIn: boolean;
  consentVersion: string;
  consentText: string;
  customFields: Record<string, string>;
  source: string | null;
  utm: Record<string, string>;
  channel: string;
  signedAt: string;
  confirmedAt: string | null;
}

export async function listSupporterSignatures(db: Db, canonical: string): Promise<SupporterSignature[]> {
  const rows = await db.execute<{
    slug: string; title: string | null; full_name: string; email: string; country: string; postcode: string | null; locale: string;
    status: string; verified: boolean; show_name: boolean; updates_opt_in: boolean; consent_version: string; consent_text: string;
    custom_fields: Record<string, string>; source: string | null; utm: Record<string, string>; channel: string; created_at: Date | string; confirmed_at: Date | string | null;
  }>(sql`
    select p.slug, coalesce(
        (select title from petition_translations t where t.petition_id = p.id and t.locale = s.locale),
        (select title from petition_translations t where t.petition_id = p.id and t.locale = p.default_locale)) as title,
      s.full_name, s.email, s.country, s.postcode, s.locale, s.status, s.verified, s.show_name, s.updates_opt_in,
      s.consent_version, s.consent_text, s.custom_fields, s.source, s.utm, s.channel, s.created_at, s.confirmed_at
    from signatures s join petitions p on p.id = s.petition_id
    where s.canonical_email = ${canonical} and s.anonymised_at is null
    order by s.created_at`);
  const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
  return rows.map((r) => ({
    petitionSlug: r.slug,
    petitionTitle: r.title ?? r.slug,
    fullName: r.full_name,
    email: r.email,
    country: r.country,
    postcode: r.postcode,
    locale: r.locale,
    status: r.status,
    verified: r.verified,
    showName: r.show_name,
    updatesOptIn: r.updates_opt_in,
    consentVersion: r.consent_version,
    consentText: r.consent_text,
    customFields: r.custom_fields,
    source: r.source,
    utm: r.utm,
    channel: r.channel,
    signedAt: iso(r.created_at)!,
    confirmedAt: iso(r.confirmed_at),
  }));
}

/** Everything held about an address, as the JSON download gives it. */
export async function exportSupporterData(db: Db, canonical: string) {
  const [signatures, emails, suppression] = await Promise.all([
    listSupporterSignatures(db, canonical),
    db.execute<{ kind: string; status: string; sent_at: Date | string | null }>(sql`
      select coalesce(m.kind, split_part(d.transactional_key, '/', 1)) as kind, d.status, d.sent_at
      from email_deliveries d left join email_messages m on m.id = d.message_id
      where d.recipient in (select email from signatures where canonical_email = ${canonical})
      order by d.created_at`),
    db.execute<{ reason: string; created_at: Date | string }>(sql`select reason, created_at from suppressions where canonical_email = ${canonical}`),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    email: canonical,
    signatures,
    emailsSent: emails.map((e) => ({ kind: e.kind, status: e.status, sentAt: e.sent_at === null ? null : new Date(e.sent_at).toISOString() })),
    suppression: suppression[0] ? { reason: suppression[0].reason, since: new Date(suppression[0].created_at).toISOString() } : null,
  };
}

/**
 * The value an erased signature keeps as its canonical address: a keyed hash,
 * so one person's erased signatures stay unique per petition (and a signing
 * check could compare against it) but the address cannot be recovered.
 */
export async function erasedCanonicalEmail(db: Db, canonical: string): Promise<string> {
  return `erased-${createHmac("sha256", await cachedSecret(db, ERASURE_KEY)).update(canonical).digest("base64url").slice(0, 32)}`;
}

/**
 * Erases a supporter's personal data: name, address, postcode, answers,
 * campaign tags and IP hash are removed from every signature, which keeps
 * counting (status and counts are untouched). Addresses are also removed from
 * the email ledger and the local outbox. The suppression list keeps the
 * address if it is on it, so that nobody mails someone who asked not to be.
 */
export async function eraseSupporterData(db: Db, canonical: string): Promise<number> {
  const hashed = await erasedCanonicalEmail(db, canonical);
  const placeholder = `${hashed}@erased.invalid`;
  return db.transaction(async (tx) => {
    const addresses = (await tx.execute<{ email: string }>(sql`select distinct email from signatures where canonical_email = ${canonical}`)).map((r) => r.email);
    if (addresses.length === 0) return 0;
    const list = sql.join(addresses.map((a) => sql`${a}`), sql`, `);
    const erased = await tx.execute(sql`
      update signatures set full_name = '', email = ${placeholder}, canonical_email = ${hashed}, postcode = null,
        custom_fields = '{}'::jsonb, utm = '{}'::jsonb, ip_hash = null, source = null, show_name = false, updates_opt_in = false,
        confirm_token_hash = null, confirm_token_expires_at = null, anonymised_at = now()
      where canonical_email = ${canonical}
      returning id`);
    // Mail still waiting to go to an erased address will not go.
    await tx.execute(sql`
      update email_deliveries set recipient = ${placeholder}, updated_at = now(),
        status = case when status = 'queued' then 'suppressed' else status end,
        last_error = case when status = 'queued' then 'erased' else last_error end
      where recipient in (${list})`);
    await tx.execute(sql`delete from outbox_messages where to_address in (${list})`);
    return erased.length;
  });
}

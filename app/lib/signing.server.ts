import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { petitionCounts, petitions, signatures, type SignatureStatus } from "../../db/schema";
import { canonicalEmail, domainMatches, emailDomain } from "./canonical-email";
import type { Db } from "./database.server";
import { isDisposableDomain } from "./disposable-domains";
import { confirmationDeliveryKey, confirmationLinkKey, deriveConfirmationSecret } from "./email-content.server";
import { sharedForAMoment } from "./memo";
import { queueThanksEmail, queueTransactionalDelivery } from "./email-delivery.server";
import { hitRateLimits, type RateLimitRule } from "./rate-limit.server";
import type { SignatureInput } from "./signature-schema";

export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_CONFIRMATION_SENDS = 3;
/** Bump when the consent wording changes; each signature records the version it agreed to. */
export const CONSENT_VERSION = "2026-11-24";

/** Many signers share an address (mobile carriers, conference Wi-Fi): over-limit signatures are held for review, not refused. */
export const SIGNING_RATE_RULES: RateLimitRule[] = [
  { name: "sign-ip-minute", windowMs: 60_000, limit: 20 },
  { name: "sign-ip-day", windowMs: 24 * 60 * 60 * 1000, limit: 300 },
];

export interface SignablePetition {
  id: string;
  slug: string;
  status: string;
  opensAt: Date | null;
  closesAt: Date | null;
  title: string;
}

export interface SignMeta {
  locale: string;
  channel: "web" | "embed" | "api";
  ipHash: string | null;
  consentText: string;
}

export type SignOutcome = "created" | "resent" | "resend-limit" | "already-confirmed" | "closed" | "not-open-yet";

export type PetitionAvailability = "open" | "closed" | "not-open-yet";

export function petitionAvailability(petition: Pick<SignablePetition, "status" | "opensAt" | "closesAt">, now = new Date()): PetitionAvailability {
  if (petition.status !== "open") return "closed";
  if (petition.opensAt && petition.opensAt > now) return "not-open-yet";
  if (petition.closesAt && petition.closesAt <= now) return "closed";
  return "open";
}

function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * A confirmation link is `<signature id>.<secret>`; only a hash of the secret
 * is stored. The secret is derived from a server key and the send number, so
 * the delivery ledger can render the same email again after a crash, byte for
 * byte (see docs/decisions/006-email-delivery-ledger.md).
 */
function confirmationToken(key: string, signatureId: string, sendNumber: number) {
  const secret = deriveConfirmationSecret(key, signatureId, sendNumber);
  return { hash: hashToken(secret), expiresAt: new Date(Date.now() + CONFIRM_TOKEN_TTL_MS) };
}

/** The link key never changes once made, so each process reads it once per database. */
const linkKeys = sharedForAMoment<string>(Number.POSITIVE_INFINITY);
const cachedConfirmationLinkKey = (db: Db) => linkKeys(db, "confirm-link-key", () => confirmationLinkKey(db));

async function flagReasons(db: Db, input: SignatureInput, ipHash: string | null): Promise<string[]> {
  const reasons: string[] = [];
  if (isDisposableDomain(emailDomain(input.email))) reasons.push("disposable-domain");
  if (ipHash) {
    // Outside the signing statement: the per-address rows are locked only for a moment.
    for (const hit of await hitRateLimits(db, ipHash, SIGNING_RATE_RULES)) {
      if (hit.exceeded) reasons.push(hit.rule.name);
    }
  }
  return reasons;
}

/**
 * Records a signature (pending until its email link is opened) and queues the
 * confirmation email. Writes one row and one job; nothing every signer shares.
 */
export async function signPetition(
  db: Db,
  petition: SignablePetition,
  input: SignatureInput,
  meta: SignMeta,
): Promise<{ outcome: SignOutcome; signatureId?: string }> {
  const availability = petitionAvailability(petition);
  if (availability !== "open") return { outcome: availability };
  // The honeypot was filled in: a bot. It sees success and nothing is stored.
  if (input.website) return { outcome: "created" };

  const [reasons, linkKey] = await Promise.all([flagReasons(db, input, meta.ipHash), cachedConfirmationLinkKey(db)]);
  const canonical = canonicalEmail(input.email);
  const id = randomUUID();
  const token = confirmationToken(linkKey, id, 1);
  const status = reasons.length > 0 ? "flagged" : "pending";

  // A first signature and its confirmation email are one statement: atomic without a
  // transaction's extra round trips, and nothing any other signer touches.
  const created = await db.execute<{ id: string }>(sql`
    with inserted as (
      insert into ${signatures} (id, petition_id, status, flag_reason, full_name, email, canonical_email, country, postcode,
        locale, custom_fields, show_name, updates_opt_in, consent_version, consent_text, source, utm, channel, ip_hash,
        confirm_token_hash, confirm_token_expires_at)
      values (${id}, ${petition.id}, ${status}, ${reasons.length > 0 ? reasons.join(",") : null}, ${input.name}, ${input.email},
        ${canonical}, ${input.country}, ${input.postcode ?? null}, ${meta.locale}, ${JSON.stringify(input.customFields)}::jsonb,
        ${input.showName}, ${input.updates}, ${CONSENT_VERSION}, ${meta.consentText}, ${input.source ?? null},
        ${JSON.stringify(input.utm)}::jsonb, ${meta.channel}, ${meta.ipHash}, ${token.hash}, ${token.expiresAt.toISOString()}::timestamptz)
      on conflict (petition_id, canonical_email) do nothing
      returning id, email, locale
    ), queued as (
      insert into email_deliveries (transactional_key, recipient, signature_id, locale)
      select ${confirmationDeliveryKey(id, 1)}::text, i.email, i.id, i.locale from inserted i
      on conflict (transactional_key) do nothing
    )
    select id from inserted`);
  if (created.length === 1) return { outcome: "created", signatureId: id };

  return db.transaction(async (tx) => {
    // Signed before: never a second row. Re-send the link while it is still unconfirmed, up to the limit.
    const [existing] = await tx
      .select()
      .from(signatures)
      .where(and(eq(signatures.petitionId, petition.id), eq(signatures.canonicalEmail, canonical)))
      .for("update");
    if (!existing || existing.status === "invalidated") return { outcome: "already-confirmed" as const };
    if (existing.confirmedAt) return { outcome: "already-confirmed" as const };
    if (existing.confirmationSends >= MAX_CONFIRMATION_SENDS) return { outcome: "resend-limit" as const };
    const sendNumber = existing.confirmationSends + 1;
    const renewed = confirmationToken(linkKey, existing.id, sendNumber);
    await tx
      .update(signatures)
      .set({ confirmTokenHash: renewed.hash, confirmTokenExpiresAt: renewed.expiresAt, confirmationSends: sendNumber })
      .where(eq(signatures.id, existing.id));
    await queueTransactionalDelivery(tx, {
      key: confirmationDeliveryKey(existing.id, sendNumber),
      recipient: existing.email,
      signatureId: existing.id,
      locale: existing.locale,
    });
    return { outcome: "resent" as const, signatureId: existing.id };
  });
}

export type ConfirmOutcome = "confirmed" | "already-confirmed" | "expired" | "invalid";

export interface ConfirmResult {
  outcome: ConfirmOutcome;
  signature?: { id: string; petitionId: string; status: SignatureStatus; confirmSeq: number | null; verified: boolean };
}

const TOKEN_FORMAT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{16,64})$/;

/**
 * Opens an emailed confirmation link. Touches only the signer's own row; opening
 * it again is harmless and says it was already done.
 */
export async function confirmSignature(db: Db, petitionId: string, token: string): Promise<ConfirmResult> {
  const match = TOKEN_FORMAT.exec(token);
  if (!match) return { outcome: "invalid" };
  const [, id, secret] = match as unknown as [string, string, string];
  const [row] = await db
    .select({
      id: signatures.id,
      petitionId: signatures.petitionId,
      status: signatures.status,
      email: signatures.email,
      hash: signatures.confirmTokenHash,
      expiresAt: signatures.confirmTokenExpiresAt,
      confirmedAt: signatures.confirmedAt,
      confirmSeq: signatures.confirmSeq,
      verified: signatures.verified,
      verifiedDomains: petitions.verifiedDomains,
    })
    .from(signatures)
    .innerJoin(petitions, eq(petitions.id, signatures.petitionId))
    .where(and(eq(signatures.id, id), eq(signatures.petitionId, petitionId)));
  if (!row?.hash || row.status === "invalidated") return { outcome: "invalid" };
  const expected = Buffer.from(row.hash, "hex");
  const actual = Buffer.from(hashToken(secret), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { outcome: "invalid" };
  const view = (r: { id: string; petitionId: string; status: SignatureStatus; confirmSeq: number | null; verified: boolean }) => ({
    id: r.id,
    petitionId: r.petitionId,
    status: r.status,
    confirmSeq: r.confirmSeq,
    verified: r.verified,
  });
  if (row.confirmedAt) return { outcome: "already-confirmed", signature: view(row) };
  if (!row.expiresAt || row.expiresAt <= new Date()) return { outcome: "expired" };

  const verified = domainMatches(emailDomain(row.email), row.verifiedDomains);
  // The confirmation and the thank-you email it triggers commit together.
  const updated = await db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(signatures)
    .set({
      confirmedAt: sql`now()`,
      confirmSeq: sql`nextval('signature_confirm_seq')`,
      // A flagged signature stays held for review even once its address is proven.
      status: sql`case when ${signatures.status} = 'flagged' then 'flagged' else 'confirmed' end`,
      verified,
    })
    .where(and(eq(signatures.id, id), sql`${signatures.confirmedAt} is null`))
    .returning({
      id: signatures.id,
      petitionId: signatures.petitionId,
      status: signatures.status,
      confirmSeq: signatures.confirmSeq,
      verified: signatures.verified,
    });
    if (confirmed) await queueThanksEmail(tx, confirmed.id);
    return confirmed;
  });
  if (!updated) {
    // Opened twice at the same moment: the other request confirmed it.
    const again = await confirmSignature(db, petitionId, token);
    return { ...again, outcome: again.outcome === "confirmed" ? "already-confirmed" : again.outcome };
  }
  return { outcome: "confirmed", signature: view(updated) };
}

/**
 * "You are signature N": the folded total plus confirmations not yet folded
 * that came before this one. Cheap, because the unfolded set is seconds long.
 */
export async function signerNumber(db: Db, signature: NonNullable<ConfirmResult["signature"]>): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`
    select coalesce((select total from ${petitionCounts} where petition_id = ${signature.petitionId}), 0)
      + (select paper_signatures from ${petitions} where id = ${signature.petitionId})
      + (select count(*) from ${signatures}
          where (status = 'confirmed') <> counted and status = 'confirmed' and petition_id = ${signature.petitionId}
            and confirm_seq <= ${signature.confirmSeq ?? 0})
      + ${signature.status === "flagged" ? 1 : 0} as n`);
  return Number(row!.n);
}

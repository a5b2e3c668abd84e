import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { signatures, type SignatureStatus } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { DECISION_FROM_STATES, type ReviewDecision } from "./signature-states";

export { DECISION_FROM_STATES, REVIEW_DECISIONS, type ReviewDecision } from "./signature-states";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Groups shown beside the review queue (busiest addresses and domains among held signatures). */
export const REVIEW_GROUPS_LIMIT = 10;

/** Accepting returns a held signature to where it would have been: counted if its email was confirmed, else pending. */
const ACCEPTED_STATUS = sql`case when ${signatures.confirmedAt} is not null then 'confirmed' else 'pending' end`;

function newStatus(decision: ReviewDecision): SQL {
  return decision === "accept" ? ACCEPTED_STATUS : sql`'invalidated'`;
}

export interface ReviewActor {
  userId: string;
  organisationId: string;
}

export type ReviewOutcome = { ok: true; from: SignatureStatus; to: SignatureStatus } | { ok: false; reason: "not-found" | "not-allowed" };

/**
 * Accepts or invalidates one signature of `petitionId`. The petition in the
 * WHERE clause keeps an id from another petition (or organisation) out of reach.
 */
export async function reviewSignature(
  db: Db,
  petitionId: string,
  signatureId: string,
  decision: ReviewDecision,
  actor: ReviewActor,
): Promise<ReviewOutcome> {
  if (!UUID.test(signatureId)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: signatures.status })
      .from(signatures)
      .where(and(eq(signatures.id, signatureId), eq(signatures.petitionId, petitionId)))
      .for("update");
    if (!current) return { ok: false, reason: "not-found" } as const;
    if (!DECISION_FROM_STATES[decision].includes(current.status)) return { ok: false, reason: "not-allowed" } as const;
    const [updated] = await tx
      .update(signatures)
      .set({ status: sql`${newStatus(decision)}`, reviewedBy: actor.userId, reviewedAt: sql`now()` })
      .where(eq(signatures.id, signatureId))
      .returning({ status: signatures.status });
    await recordAudit(tx, {
      actorId: actor.userId,
      organisationId: actor.organisationId,
      action: `signature.${decision}`,
      subjectType: "signature",
      subjectId: signatureId,
      details: { petitionId, from: current.status, to: updated!.status },
    });
    return { ok: true, from: current.status, to: updated!.status } as const;
  });
}

export interface BulkFilter {
  /** Exact keyed hash of the signer's address, as shown in the queue. */
  ipHash?: string;
  /** Email domain, matched exactly against the canonical address (lower case). */
  domain?: string;
  /** Signed at or after… */
  from?: Date;
  /** …and strictly before. */
  to?: Date;
  /** Which states to touch; always narrowed to what the decision may start from. */
  states: SignatureStatus[];
}

export function hasCriterion(filter: BulkFilter): boolean {
  return Boolean(filter.ipHash || filter.domain || filter.from || filter.to);
}

/** The one WHERE clause both the preview and the change use, so the count shown is the count changed. */
function bulkWhere(petitionId: string, decision: ReviewDecision, filter: BulkFilter): SQL {
  const allowed = DECISION_FROM_STATES[decision];
  const states = filter.states.filter((s) => allowed.includes(s));
  if (!hasCriterion(filter)) throw new Error("a bulk review needs at least one criterion");
  return and(
    eq(signatures.petitionId, petitionId),
    // An empty list must match nothing, not everything.
    states.length > 0 ? inArray(signatures.status, states) : sql`false`,
    filter.ipHash ? eq(signatures.ipHash, filter.ipHash) : undefined,
    filter.domain ? sql`split_part(${signatures.canonicalEmail}, '@', 2) = ${filter.domain.trim().toLowerCase().replace(/^@/, "")}` : undefined,
    filter.from ? gte(signatures.createdAt, filter.from) : undefined,
    filter.to ? lt(signatures.createdAt, filter.to) : undefined,
  )!;
}

export interface BulkPreview {
  /** Signatures the decision would change right now. */
  count: number;
  /** Of those, how many have a confirmed email address (accepting them makes them count). */
  emailConfirmed: number;
}

/** What a bulk decision would change right now: the confirmation step shows this before anything happens. */
export async function previewBulkReview(db: Db, petitionId: string, decision: ReviewDecision, filter: BulkFilter): Promise<BulkPreview> {
  const [row] = await db.execute<{ n: number; confirmed: number }>(sql`
    select count(*)::int as n, count(*) filter (where ${signatures.confirmedAt} is not null)::int as confirmed
    from ${signatures} where ${bulkWhere(petitionId, decision, filter)}`);
  return { count: Number(row?.n ?? 0), emailConfirmed: Number(row?.confirmed ?? 0) };
}

/**
 * Applies a bulk decision: re-runs the previewed filter inside one transaction
 * and records exactly how many rows changed. Invalidated signatures that were
 * counted leave the counts at the next fold of the counting loop.
 */
export async function applyBulkReview(
  db: Db,
  petitionId: string,
  decision: ReviewDecision,
  filter: BulkFilter,
  actor: ReviewActor,
  previewCount: number | null,
): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.execute<{ n: number; confirmed: number }>(sql`
      with changed as (
        update ${signatures} set status = ${newStatus(decision)}, reviewed_by = ${actor.userId}, reviewed_at = now()
        where ${bulkWhere(petitionId, decision, filter)}
        returning status
      )
      select count(*)::int as n, count(*) filter (where status = 'confirmed')::int as confirmed from changed`);
    const changed = Number(row?.n ?? 0);
    await recordAudit(tx, {
      actorId: actor.userId,
      organisationId: actor.organisationId,
      action: `signatures.bulk-${decision}`,
      subjectType: "petition",
      subjectId: petitionId,
      details: {
        changed,
        previewed: previewCount,
        filter: {
          ipHash: filter.ipHash ?? null,
          domain: filter.domain ?? null,
          from: filter.from?.toISOString() ?? null,
          to: filter.to?.toISOString() ?? null,
          states: filter.states,
        },
        ...(decision === "accept" ? { nowConfirmed: Number(row?.confirmed ?? 0) } : {}),
      },
    });
    return changed;
  });
}

export interface FlagGroup {
  value: string;
  count: number;
}

/** The busiest addresses and email domains among held signatures: where bulk decisions usually start. */
export async function listFlagGroups(db: Db, petitionId: string, limit = REVIEW_GROUPS_LIMIT): Promise<{ ips: FlagGroup[]; domains: FlagGroup[] }> {
  const rows = await db.execute<{ kind: "ip" | "domain"; value: string; n: number }>(sql`
    with held as (
      select ip_hash, split_part(canonical_email, '@', 2) as domain from signatures
      where petition_id = ${petitionId} and status = 'flagged'
    )
    (select 'ip' as kind, ip_hash as value, count(*)::int as n from held where ip_hash is not null
      group by ip_hash having count(*) > 1 order by n desc, value limit ${limit})
    union all
    (select 'domain', domain, count(*)::int as n from held group by domain having count(*) > 1 order by n desc, domain limit ${limit})`);
  const pick = (kind: "ip" | "domain") => rows.filter((r) => r.kind === kind).map((r) => ({ value: r.value, count: Number(r.n) }));
  return { ips: pick("ip"), domains: pick("domain") };
}

export interface SignatureDetail {
  id: string;
  fullName: string;
  email: string;
  country: string;
  postcode: string | null;
  locale: string;
  status: SignatureStatus;
  verified: boolean;
  showName: boolean;
  updatesOptIn: boolean;
  source: string | null;
  utm: Record<string, string>;
  channel: string;
  ipHash: string | null;
  flagReason: string | null;
  customFields: Record<string, string>;
  createdAt: string;
  confirmedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  anonymised: boolean;
}

/** One signature of `petitionId` with everything a reviewer needs, or null. */
export async function getSignatureDetail(db: Db, petitionId: string, signatureId: string): Promise<SignatureDetail | null> {
  if (!UUID.test(signatureId)) return null;
  const [row] = await db.execute<{
    id: string;
    full_name: string;
    email: string;
    country: string;
    postcode: string | null;
    locale: string;
    status: SignatureStatus;
    verified: boolean;
    show_name: boolean;
    updates_opt_in: boolean;
    source: string | null;
    utm: Record<string, string>;
    channel: string;
    ip_hash: string | null;
    flag_reason: string | null;
    custom_fields: Record<string, string>;
    created_at: string;
    confirmed_at: string | null;
    reviewed_at: string | null;
    reviewer: string | null;
    anonymised_at: string | null;
  }>(sql`
    select s.id, s.full_name, s.email, s.country, s.postcode, s.locale, s.status, s.verified, s.show_name, s.updates_opt_in,
           s.source, s.utm, s.channel, s.ip_hash, s.flag_reason, s.custom_fields, s.created_at, s.confirmed_at, s.reviewed_at,
           u.display_name as reviewer, s.anonymised_at
    from signatures s left join users u on u.id = s.reviewed_by
    where s.id = ${signatureId} and s.petition_id = ${petitionId}`);
  if (!row) return null;
  const iso = (v: string | null) => (v ? new Date(v).toISOString() : null);
  return {
    id: row.id,
    fullName: row.full_name,
    email: row.email,
    country: row.country,
    postcode: row.postcode,
    locale: row.locale,
    status: row.status,
    verified: row.verified,
    showName: row.show_name,
    updatesOptIn: row.updates_opt_in,
    source: row.source,
    utm: row.utm,
    channel: row.channel,
    ipHash: row.ip_hash,
    flagReason: row.flag_reason,
    customFields: row.custom_fields,
    createdAt: new Date(row.created_at).toISOString(),
    confirmedAt: iso(row.confirmed_at),
    reviewedAt: iso(row.reviewed_at),
    reviewedBy: row.reviewer,
    anonymised: row.anonymised_at !== null,
  };
}

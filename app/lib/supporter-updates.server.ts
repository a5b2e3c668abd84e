import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { EmailMessageKind, EmailMessageStatus } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { requireCampaignRole, requireOrgRole, requirePetitionRole, type OrgRole } from "./authorization.server";
import type { Db } from "./database.server";
import { audienceFacets, countAudience } from "./email-audience.server";
import { renderMessageFor, type MessageAudience } from "./email-content.server";
import { enqueueJob, removeJob } from "./jobs.server";
import type { SessionUser } from "./sessions.server";

type Actor = Pick<SessionUser, "id" | "isAdmin" | "email" | "displayName">;

/** Furthest ahead a send may be scheduled. */
export const MAX_SCHEDULE_AHEAD_MS = 365 * 24 * 60 * 60 * 1000;

const titleIn = (table: "campaign_translations" | "petition_translations", idColumn: string, id: ReturnType<typeof sql>, locale: string) =>
  sql`coalesce(
    (select title from ${sql.raw(table)} where ${sql.raw(idColumn)} = ${id} and locale = ${locale}),
    (select title from ${sql.raw(table)} where ${sql.raw(idColumn)} = ${id} order by locale = 'en' desc, locale limit 1))`;

// ---------------------------------------------------------------- what the organiser can write to

export interface SendTarget {
  campaignId: string;
  campaignTitle: string;
  organisationName: string;
  petitions: { id: string; title: string; status: string }[];
}

/** Campaigns (with their petitions) the user may write to: editor or owner of the organisation, or admin. */
export async function listSendTargets(db: Db, user: Pick<SessionUser, "id" | "isAdmin">, locale: string): Promise<SendTarget[]> {
  const rows = await db.execute<{ campaign_id: string; campaign_title: string | null; organisation_name: string; petition_id: string | null; petition_title: string | null; petition_status: string | null }>(sql`
    select c.id as campaign_id, ${titleIn("campaign_translations", "campaign_id", sql`c.id`, locale)} as campaign_title,
      o.name as organisation_name, p.id as petition_id, ${titleIn("petition_translations", "petition_id", sql`p.id`, locale)} as petition_title,
      p.status as petition_status
    from campaigns c join organisations o on o.id = c.organisation_id
    left join petitions p on p.campaign_id = c.id and p.status not in ('draft', 'rejected')
    where ${user.isAdmin}::boolean or exists (
      select 1 from memberships m where m.organisation_id = c.organisation_id and m.user_id = ${user.id} and m.role in ('owner', 'editor'))
    order by o.name, c.created_at, p.created_at`);
  const byCampaign = new Map<string, SendTarget>();
  for (const row of rows) {
    let target = byCampaign.get(row.campaign_id);
    if (!target) {
      target = { campaignId: row.campaign_id, campaignTitle: row.campaign_title ?? "", organisationName: row.organisation_name, petitions: [] };
      byCampaign.set(row.campaign_id, target);
    }
    if (row.petition_id) target.petitions.push({ id: row.petition_id, title: row.petition_title ?? "", status: row.petition_status! });
  }
  return [...byCampaign.values()];
}

export interface MessageSummary {
  id: string;
  kind: EmailMessageKind;
  subject: string;
  status: EmailMessageStatus;
  recipientCount: number | null;
  scheduledAt: Date | null;
  createdAt: Date;
  campaignTitle: string;
  petitionTitle: string | null;
}

/** Messages of every organisation the user belongs to (any role), newest first. */
export async function listMessages(db: Db, user: Pick<SessionUser, "id" | "isAdmin">, locale: string, limit = 100): Promise<MessageSummary[]> {
  const rows = await db.execute<{
    id: string; kind: EmailMessageKind; subject: string; status: EmailMessageStatus; recipient_count: number | null;
    scheduled_at: string | null; created_at: string; campaign_title: string | null; petition_title: string | null;
  }>(sql`
    select m.id, m.kind, m.subject, m.status, m.recipient_count, m.scheduled_at, m.created_at,
      ${titleIn("campaign_translations", "campaign_id", sql`coalesce(m.campaign_id, (select campaign_id from petitions where id = m.petition_id))`, locale)} as campaign_title,
      case when m.petition_id is null then null else ${titleIn("petition_translations", "petition_id", sql`m.petition_id`, locale)} end as petition_title
    from email_messages m
    where ${user.isAdmin}::boolean or exists (select 1 from memberships x where x.organisation_id = m.organisation_id and x.user_id = ${user.id})
    order by m.created_at desc limit ${limit}`);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    status: r.status,
    recipientCount: r.recipient_count === null ? null : Number(r.recipient_count),
    scheduledAt: r.scheduled_at ? new Date(r.scheduled_at) : null,
    createdAt: new Date(r.created_at),
    campaignTitle: r.campaign_title ?? "",
    petitionTitle: r.petition_title,
  }));
}

// ---------------------------------------------------------------- drafts

export type DraftTarget = { kind: "update"; campaignId: string } | { kind: "update"; petitionId: string } | { kind: "carry-over"; targetPetitionId: string };

/** Starts a draft for a campaign, a petition, or an invitation to a campaign's next petition. Editors and owners only. */
export async function createDraft(db: Db, user: Actor, target: DraftTarget, locale: string): Promise<string> {
  let organisationId: string;
  let campaignId: string;
  let petitionId: string | null = null;
  let audience: MessageAudience;
  let subject = "";
  if ("campaignId" in target) {
    ({ organisationId, campaignId } = await requireCampaignRole(db, user, target.campaignId, "editor"));
    audience = { scope: "campaign", campaignId };
  } else if (target.kind === "update") {
    ({ organisationId, campaignId, petitionId } = await requirePetitionRole(db, user, target.petitionId, "editor"));
    audience = { scope: "petition", petitionId: petitionId!, campaignId };
  } else {
    ({ organisationId, campaignId } = await requirePetitionRole(db, user, target.targetPetitionId, "editor"));
    audience = { scope: "campaign", campaignId, targetPetitionId: target.targetPetitionId };
    const [row] = await db.execute<{ title: string | null }>(sql`select ${titleIn("petition_translations", "petition_id", sql`${target.targetPetitionId}::uuid`, locale)} as title`);
    subject = row?.title ?? "";
  }
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await tx.execute(sql`
      insert into email_messages (id, organisation_id, campaign_id, petition_id, kind, subject, body_markdown, audience, status, created_by)
      values (${id}, ${organisationId}, ${campaignId}, ${petitionId}, ${target.kind}, ${subject}, '', ${JSON.stringify(audience)}::jsonb, 'draft', ${user.id})`);
    await recordAudit(tx, { actorId: user.id, organisationId, action: "email.draft-created", subjectType: "email_message", subjectId: id, details: { kind: target.kind } });
    return id;
  });
}

export interface MessageView {
  id: string;
  organisationId: string;
  campaignId: string | null;
  petitionId: string | null;
  kind: EmailMessageKind;
  subject: string;
  bodyMarkdown: string;
  audience: MessageAudience;
  status: EmailMessageStatus;
  scheduledAt: Date | null;
  sentAt: Date | null;
  recipientCount: number | null;
  createdAt: Date;
  campaignTitle: string;
  petitionTitle: string | null;
  targetTitle: string | null;
  /** The user's role on the message's organisation ("admin" for platform admins). */
  role: OrgRole | "admin";
}

/** A message after checking the user's role on its organisation: outsiders get 404, too low a role 403. */
export async function requireMessage(db: Db, user: Pick<SessionUser, "id" | "isAdmin">, id: string, minimum: OrgRole, locale: string): Promise<MessageView> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Response("Not found", { status: 404 });
  const [row] = await db.execute<{
    id: string; organisation_id: string; campaign_id: string | null; petition_id: string | null; kind: EmailMessageKind; subject: string;
    body_markdown: string; audience: MessageAudience; status: EmailMessageStatus; scheduled_at: string | null; sent_at: string | null;
    recipient_count: number | null; created_at: string; campaign_title: string | null; petition_title: string | null; target_title: string | null;
  }>(sql`
    select m.*, ${titleIn("campaign_translations", "campaign_id", sql`m.campaign_id`, locale)} as campaign_title,
      case when m.petition_id is null then null else ${titleIn("petition_translations", "petition_id", sql`m.petition_id`, locale)} end as petition_title,
      case when m.audience->>'targetPetitionId' is null then null
        else ${titleIn("petition_translations", "petition_id", sql`(m.audience->>'targetPetitionId')::uuid`, locale)} end as target_title
    from email_messages m where m.id = ${id}`);
  if (!row) throw new Response("Not found", { status: 404 });
  const role = await requireOrgRole(db, user, row.organisation_id, minimum);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    campaignId: row.campaign_id,
    petitionId: row.petition_id,
    kind: row.kind,
    subject: row.subject,
    bodyMarkdown: row.body_markdown,
    audience: row.audience,
    status: row.status,
    scheduledAt: row.scheduled_at ? new Date(row.scheduled_at) : null,
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    recipientCount: row.recipient_count === null ? null : Number(row.recipient_count),
    createdAt: new Date(row.created_at),
    campaignTitle: row.campaign_title ?? "",
    petitionTitle: row.petition_title,
    targetTitle: row.target_title,
    role,
  };
}

export interface ComposeInput {
  subject: string;
  bodyMarkdown: string;
  /** Only a petition's own update may choose; campaign drafts and carry-overs are campaign-wide. */
  scope: "petition" | "campaign";
  countries: string[];
  locales: string[];
  verifiedOnly: boolean;
}

function audienceFor(message: MessageView, input: ComposeInput): MessageAudience {
  const petitionScope = input.scope === "petition" && message.petitionId !== null && message.kind === "update";
  return {
    scope: petitionScope ? "petition" : "campaign",
    ...(petitionScope ? { petitionId: message.petitionId! } : {}),
    campaignId: message.campaignId ?? undefined,
    ...(message.audience.targetPetitionId ? { targetPetitionId: message.audience.targetPetitionId } : {}),
    countries: [...new Set(input.countries)].sort(),
    locales: [...new Set(input.locales)].sort(),
    verifiedOnly: input.verifiedOnly,
  };
}

export type ComposeResult = { ok: true } | { ok: false; reason: "not-draft" | "count-changed" | "no-recipients" | "empty"; count?: number };

/** Saves a draft's text and audience (editors and owners; only while it is a draft). */
export async function saveDraft(db: Db, user: Actor, message: MessageView, input: ComposeInput): Promise<ComposeResult> {
  await requireOrgRole(db, user, message.organisationId, "editor");
  const audience = audienceFor(message, input);
  const updated = await db.execute(sql`
    update email_messages set subject = ${input.subject}, body_markdown = ${input.bodyMarkdown}, audience = ${JSON.stringify(audience)}::jsonb
    where id = ${message.id} and status = 'draft' returning id`);
  return updated.length === 1 ? { ok: true } : { ok: false, reason: "not-draft" };
}

/** The filter choices and the exact count for a draft, as the compose screen shows them. */
export async function describeAudience(db: Db, message: MessageView) {
  const [facets, count] = await Promise.all([audienceFacets(db, message.audience), countAudience(db, message.audience)]);
  return { ...facets, count };
}

/** Renders a message as a recipient would see it (for the preview frame and test sends). */
export async function previewMessage(db: Db, message: MessageView, options: { appUrl: string; locale: string; signerName: string | null }) {
  const example = "00000000-0000-4000-8000-000000000000.preview";
  return renderMessageFor(
    db,
    message.id,
    {
      locale: options.locale,
      signerName: options.signerName,
      isOrganisation: false,
      unsubscribeUrl: `${options.appUrl}/unsubscribe/${example}`,
      preferencesUrl: `${options.appUrl}/email-preferences/${example}`,
    },
    options.appUrl,
  );
}

/** Sends the draft, as it stands, to the organiser's own address (a normal send-email job, never to supporters). */
export async function sendTestToSelf(db: Db, user: Actor, message: MessageView, options: { appUrl: string; locale: string }): Promise<ComposeResult> {
  await requireOrgRole(db, user, message.organisationId, "editor");
  if (!message.subject.trim()) return { ok: false, reason: "empty" };
  const preview = await previewMessage(db, message, { ...options, signerName: user.displayName });
  if (!preview) throw new Response("Not found", { status: 404 });
  await db.transaction(async (tx) => {
    await enqueueJob(tx, "send-email", {
      template: preview.template,
      props: { ...preview.props, ...("subject" in preview.props ? { subject: `[Test] ${preview.props.subject}` } : {}) } as typeof preview.props,
      to: user.email,
      idempotencyKey: `test/${message.id}/${randomUUID()}`,
    });
    await recordAudit(tx, { actorId: user.id, organisationId: message.organisationId, action: "email.test-sent", subjectType: "email_message", subjectId: message.id, details: { to: user.email } });
  });
  return { ok: true };
}

/**
 * Sends now (`sendAt` null) or schedules a draft. The count the organiser saw
 * must still be the count: if the audience changed meanwhile they are shown
 * the new number and asked again. The fan-out itself happens in the job.
 */
export async function scheduleMessage(db: Db, user: Actor, message: MessageView, options: { sendAt: Date | null; expectedCount: number }): Promise<ComposeResult> {
  await requireOrgRole(db, user, message.organisationId, "editor");
  return db.transaction(async (tx) => {
    const [current] = await tx.execute<{ status: string; subject: string; body_markdown: string; kind: string; audience: MessageAudience }>(sql`
      select status, subject, body_markdown, kind, audience from email_messages where id = ${message.id} for update`);
    if (current?.status !== "draft") return { ok: false, reason: "not-draft" } as const;
    if (!current.subject.trim() || (current.kind === "update" && !current.body_markdown.trim())) return { ok: false, reason: "empty" } as const;
    const count = await countAudience(tx, current.audience);
    if (count === 0) return { ok: false, reason: "no-recipients", count } as const;
    if (count !== options.expectedCount) return { ok: false, reason: "count-changed", count } as const;
    const runAt = options.sendAt ?? new Date();
    await tx.execute(sql`update email_messages set status = 'scheduled', scheduled_at = ${runAt.toISOString()}::timestamptz, recipient_count = ${count} where id = ${message.id}`);
    await enqueueJob(tx, "send-message", { messageId: message.id }, { jobKey: `send-message/${message.id}`, runAt, maxAttempts: 5 });
    await recordAudit(tx, {
      actorId: user.id,
      organisationId: message.organisationId,
      action: options.sendAt ? "email.scheduled" : "email.sent",
      subjectType: "email_message",
      subjectId: message.id,
      details: { recipients: count, sendAt: runAt.toISOString(), kind: current.kind },
    });
    return { ok: true } as const;
  });
}

/** Cancels a scheduled send before it starts; a send already under way cannot be recalled. */
export async function cancelMessage(db: Db, user: Actor, message: MessageView): Promise<ComposeResult> {
  await requireOrgRole(db, user, message.organisationId, "editor");
  return db.transaction(async (tx) => {
    const cancelled = await tx.execute(sql`update email_messages set status = 'cancelled' where id = ${message.id} and status = 'scheduled' returning id`);
    if (cancelled.length === 0) return { ok: false, reason: "not-draft" } as const;
    await removeJob(tx, `send-message/${message.id}`);
    await recordAudit(tx, { actorId: user.id, organisationId: message.organisationId, action: "email.cancelled", subjectType: "email_message", subjectId: message.id });
    return { ok: true } as const;
  });
}

export interface MessageStats {
  total: number;
  waiting: number;
  sent: number;
  delivered: number;
  bounced: number;
  complained: number;
  failed: number;
  suppressed: number;
  /** Recipients who have since withdrawn consent (from this campaign or from everything). */
  unsubscribed: number;
}

/** Progress while a message goes out, and its outcome afterwards. */
export async function messageStats(db: Db, messageId: string): Promise<MessageStats> {
  const [row] = await db.execute<Record<keyof MessageStats, number>>(sql`
    select count(*)::int as total,
      count(*) filter (where d.status in ('queued', 'sending'))::int as waiting,
      count(*) filter (where d.status in ('sent', 'delivered', 'bounced', 'complained'))::int as sent,
      count(*) filter (where d.status = 'delivered')::int as delivered,
      count(*) filter (where d.status = 'bounced')::int as bounced,
      count(*) filter (where d.status = 'complained')::int as complained,
      count(*) filter (where d.status = 'failed')::int as failed,
      count(*) filter (where d.status = 'suppressed')::int as suppressed,
      count(*) filter (where d.signature_id is not null and d.status <> 'suppressed' and (s.updates_opt_in is false
        or exists (select 1 from suppressions x where x.canonical_email = s.canonical_email and x.reason = 'unsubscribed')))::int as unsubscribed
    from email_deliveries d left join signatures s on s.id = d.signature_id
    where d.message_id = ${messageId}`);
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)])) as unknown as MessageStats;
}

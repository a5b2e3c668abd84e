import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** Locales are BCP 47 tags such as `en`, `fr` or `pt-BR`. */
const localeCheck = (column: string) => sql.raw(`${column} ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`);
const slugCheck = (column: string) => sql.raw(`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    country: text("country"),
    website: text("website"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("organisations_slug_key").on(t.slug), check("organisations_slug_format", slugCheck("slug"))],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    isAdmin: boolean("is_admin").notNull().default(false),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /** Base32 TOTP secret once two-factor sign-in is enabled. */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last TOTP time step accepted, so a code cannot be replayed. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  "memberships",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    check("memberships_role_valid", sql`${t.role} in ('owner', 'editor', 'viewer')`),
    index("memberships_user_idx").on(t.userId),
  ],
);

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    status: text("status").notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("campaigns_slug_key").on(t.slug),
    check("campaigns_slug_format", slugCheck("slug")),
    check("campaigns_status_valid", sql`${t.status} in ('draft', 'active', 'archived')`),
    index("campaigns_organisation_idx").on(t.organisationId),
  ],
);

export const campaignTranslations = pgTable(
  "campaign_translations",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.locale] }), check("campaign_translations_locale", localeCheck("locale"))],
);

export interface ExplainerSource {
  publisher: string;
  title: string;
  year: number | null;
  url: string | null;
}

export const explainers = pgTable(
  "explainers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    position: integer("position").notNull().default(0),
    status: text("status").notNull().default("draft"),
    campaignId: uuid("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    sources: jsonb("sources").$type<ExplainerSource[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("explainers_slug_key").on(t.slug),
    check("explainers_slug_format", slugCheck("slug")),
    check("explainers_status_valid", sql`${t.status} in ('draft', 'published')`),
  ],
);

export const explainerTranslations = pgTable(
  "explainer_translations",
  {
    explainerId: uuid("explainer_id")
      .notNull()
      .references(() => explainers.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.explainerId, t.locale] }),
    check("explainer_translations_locale", localeCheck("locale")),
  ],
);

export const petitions = pgTable(
  "petitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    status: text("status").notNull().default("draft"),
    defaultLocale: text("default_locale").notNull().default("en"),
    goal: integer("goal"),
    goalFixed: boolean("goal_fixed").notNull().default(false),
    paperSignatures: integer("paper_signatures").notNull().default(0),
    paperSignaturesNote: text("paper_signatures_note"),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    /** Email domains whose confirmed signers are marked as verified (e.g. a police service's domain). */
    verifiedDomains: text("verified_domains").array().notNull().default(sql`'{}'::text[]`),
    collectPostcode: boolean("collect_postcode").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    rejectionReason: text("rejection_reason"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    outcomeNote: text("outcome_note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("petitions_slug_key").on(t.slug),
    check("petitions_slug_format", slugCheck("slug")),
    check(
      "petitions_status_valid",
      sql`${t.status} in ('draft', 'pending', 'open', 'closed', 'delivered', 'won', 'rejected', 'hidden')`,
    ),
    check("petitions_goal_positive", sql`${t.goal} is null or ${t.goal} > 0`),
    check("petitions_paper_nonnegative", sql`${t.paperSignatures} >= 0`),
    index("petitions_campaign_idx").on(t.campaignId),
  ],
);

export const petitionTranslations = pgTable(
  "petition_translations",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    target: text("target").notNull(),
    ask: text("ask").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.locale] }), check("petition_translations_locale", localeCheck("locale"))],
);

export const petitionExplainers = pgTable(
  "petition_explainers",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    explainerId: uuid("explainer_id")
      .notNull()
      .references(() => explainers.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.explainerId] })],
);

/**
 * Where email goes when no Resend key is configured: a local capture that
 * `/dev/outbox` shows, so development never pretends to have sent anything.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    idempotencyKey: text("idempotency_key").notNull(),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("outbox_messages_idempotency_key").on(t.idempotencyKey),
    index("outbox_messages_created_idx").on(t.createdAt),
  ],
);

export type SignerFieldKind = "text" | "choice" | "yesno";

export interface SignerFieldOption {
  value: string;
  labels: Record<string, string>;
}

/** Questions an organiser adds to a petition's form, e.g. "Do you serve in law enforcement?". */
export const petitionFields = pgTable(
  "petition_fields",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    kind: text("kind").$type<SignerFieldKind>().notNull(),
    required: boolean("required").notNull().default(false),
    /** Shown beside the signer's name on the public wall (e.g. agency, role). */
    isPublic: boolean("is_public").notNull().default(false),
    position: integer("position").notNull().default(0),
    labels: jsonb("labels").$type<Record<string, string>>().notNull(),
    options: jsonb("options").$type<SignerFieldOption[]>().notNull().default([]),
  },
  (t) => [
    uniqueIndex("petition_fields_key").on(t.petitionId, t.key),
    check("petition_fields_key_format", sql.raw(`key ~ '^[a-z][a-z0-9_]{0,39}$'`)),
    check("petition_fields_kind_valid", sql`${t.kind} in ('text', 'choice', 'yesno')`),
  ],
);

/** Orders confirmations without a shared counter row: sequences never block concurrent callers. */
export const signatureConfirmSeq = pgSequence("signature_confirm_seq");

export type SignatureStatus = "pending" | "confirmed" | "flagged" | "invalidated";

export const signatures = pgTable(
  "signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    status: text("status").$type<SignatureStatus>().notNull().default("pending"),
    fullName: text("full_name").notNull(),
    email: text("email").notNull(),
    /** Lower-cased, +tag removed, Gmail dots removed: one signature per person per petition. */
    canonicalEmail: text("canonical_email").notNull(),
    country: text("country").notNull(),
    postcode: text("postcode"),
    locale: text("locale").notNull(),
    customFields: jsonb("custom_fields").$type<Record<string, string>>().notNull().default({}),
    showName: boolean("show_name").notNull().default(false),
    updatesOptIn: boolean("updates_opt_in").notNull().default(false),
    consentVersion: text("consent_version").notNull(),
    consentText: text("consent_text").notNull(),
    source: text("source"),
    utm: jsonb("utm").$type<Record<string, string>>().notNull().default({}),
    channel: text("channel").notNull().default("web"),
    /** Keyed hash of the signer's IP: enough to spot bursts, useless to identify anyone. */
    ipHash: text("ip_hash"),
    flagReason: text("flag_reason"),
    /** Whether the signature came from, and was confirmed at, one of the petition's verified domains. */
    verified: boolean("verified").notNull().default(false),
    confirmTokenHash: text("confirm_token_hash"),
    confirmTokenExpiresAt: timestamp("confirm_token_expires_at", { withTimezone: true }),
    confirmationSends: integer("confirmation_sends").notNull().default(1),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmSeq: bigint("confirm_seq", { mode: "number" }),
    /** Set by the counting job: whether this row is included in the count tables. */
    counted: boolean("counted").notNull().default(false),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    /** Set when the signer erased their data: the row still counts, but holds nothing personal. */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("signatures_one_per_person").on(t.petitionId, t.canonicalEmail),
    check("signatures_status_valid", sql`${t.status} in ('pending', 'confirmed', 'flagged', 'invalidated')`),
    check("signatures_country_format", sql.raw(`country ~ '^[A-Z]{2}$'`)),
    check("signatures_confirmation_sends", sql`${t.confirmationSends} between 1 and 3`),
    check("signatures_confirmed_has_time", sql`${t.status} <> 'confirmed' or ${t.confirmedAt} is not null`),
    // The counting job's work list: rows whose inclusion in the counts is out of date.
    index("signatures_uncounted").on(t.confirmSeq).where(sql`(${t.status} = 'confirmed') <> ${t.counted}`),
    index("signatures_wall").on(t.petitionId, t.confirmedAt.desc(), t.id.desc()).where(sql`${t.status} = 'confirmed' and ${t.showName}`),
    index("signatures_petition_seq").on(t.petitionId, t.confirmSeq).where(sql`${t.status} = 'confirmed'`),
    index("signatures_petition_created").on(t.petitionId, t.createdAt.desc()),
    index("signatures_petition_status").on(t.petitionId, t.status),
    index("signatures_canonical_email").on(t.canonicalEmail),
  ],
);

export const petitionCounts = pgTable("petition_counts", {
  petitionId: uuid("petition_id")
    .primaryKey()
    .references(() => petitions.id, { onDelete: "cascade" }),
  total: integer("total").notNull().default(0),
  verified: integer("verified").notNull().default(0),
  updatedAt: updatedAt(),
});

export const petitionCountryCounts = pgTable(
  "petition_country_counts",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    country: text("country").notNull(),
    total: integer("total").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.country] })],
);

export const petitionHourlyCounts = pgTable(
  "petition_hourly_counts",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    total: integer("total").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.hour] })],
);

/** Fixed-window counters shared by every process (e.g. signatures per IP per minute). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_window_idx").on(t.windowStart)],
);

/** Secrets generated on first start and shared by every process (e.g. the IP-hashing key). */
export const appSecrets = pgTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/** Sessions after Lucia's guide: the cookie holds `<id>.<secret>`; only a hash of the secret is stored. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    secretHash: text("secret_hash").notNull(),
    /** False until the second factor is given, for users who have one. */
    twoFactorVerified: boolean("two_factor_verified").notNull().default(false),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

export type AccountTokenPurpose = "verify-email" | "reset-password" | "change-email";

/** Single-purpose, single-use, expiring links sent by email to account holders. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<AccountTokenPurpose>().notNull(),
    secretHash: text("secret_hash").notNull(),
    /** The address being switched to, for change-email tokens. */
    newEmail: text("new_email"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("account_tokens_user_idx").on(t.userId, t.purpose),
    check("account_tokens_purpose_valid", sql`${t.purpose} in ('verify-email', 'reset-password', 'change-email')`),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    secretHash: text("secret_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("invitations_role_valid", sql`${t.role} in ('owner', 'editor', 'viewer')`),
    index("invitations_organisation_idx").on(t.organisationId),
  ],
);

/** Text edits to a petition after it gathered signatures, with the stated reason. */
export const petitionRevisions = pgTable(
  "petition_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    editorId: uuid("editor_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason"),
    signatureCount: integer("signature_count").notNull(),
    before: jsonb("before").$type<Record<string, string>>().notNull(),
    after: jsonb("after").$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("petition_revisions_petition_idx").on(t.petitionId, t.createdAt)],
);

/** Who did what: every organiser and admin action that changes something. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_organisation_idx").on(t.organisationId, t.createdAt), index("audit_log_subject_idx").on(t.subjectType, t.subjectId)],
);

export type EmailMessageKind = "update" | "milestone" | "carry-over" | "outcome";
export type EmailMessageStatus = "draft" | "scheduled" | "sending" | "sent" | "cancelled";

/** A bulk message to supporters (an organiser's update, a milestone, an invitation to the next petition). */
export const emailMessages = pgTable(
  "email_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id").references(() => campaigns.id, { onDelete: "cascade" }),
    petitionId: uuid("petition_id").references(() => petitions.id, { onDelete: "cascade" }),
    kind: text("kind").$type<EmailMessageKind>().notNull(),
    subject: text("subject").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    /** Who receives it: { petitionId?, campaignId?, countries?, locales?, verifiedOnly? }. */
    audience: jsonb("audience").$type<Record<string, unknown>>().notNull().default({}),
    status: text("status").$type<EmailMessageStatus>().notNull().default("draft"),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    recipientCount: integer("recipient_count"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    check("email_messages_kind_valid", sql`${t.kind} in ('update', 'milestone', 'carry-over', 'outcome')`),
    check("email_messages_status_valid", sql`${t.status} in ('draft', 'scheduled', 'sending', 'sent', 'cancelled')`),
    index("email_messages_organisation_idx").on(t.organisationId, t.createdAt),
  ],
);

export type DeliveryStatus = "queued" | "sending" | "sent" | "delivered" | "bounced" | "complained" | "failed" | "suppressed";

/** One row per (message, recipient): the ledger that makes every send exactly-once. */
export const emailDeliveries = pgTable(
  "email_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: uuid("message_id").references(() => emailMessages.id, { onDelete: "cascade" }),
    /** For transactional mail (confirmations): what the delivery is about, e.g. `confirm-signature/<id>/1`. */
    transactionalKey: text("transactional_key"),
    recipient: text("recipient").notNull(),
    signatureId: uuid("signature_id").references(() => signatures.id, { onDelete: "set null" }),
    locale: text("locale").notNull().default("en"),
    status: text("status").$type<DeliveryStatus>().notNull().default("queued"),
    /** Deliveries sent in one Resend batch share this; it is also the batch's idempotency key. */
    batchKey: text("batch_key"),
    resendId: text("resend_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("email_deliveries_message_recipient").on(t.messageId, t.recipient),
    uniqueIndex("email_deliveries_transactional_key").on(t.transactionalKey),
    uniqueIndex("email_deliveries_resend_id").on(t.resendId),
    index("email_deliveries_queue").on(t.createdAt, t.id).where(sql`${t.status} = 'queued'`),
    index("email_deliveries_batch").on(t.batchKey),
    check(
      "email_deliveries_status_valid",
      sql`${t.status} in ('queued', 'sending', 'sent', 'delivered', 'bounced', 'complained', 'failed', 'suppressed')`,
    ),
  ],
);

/** Addresses no bulk or transactional mail may go to (hard bounces, complaints, "unsubscribe from everything"). */
export const suppressions = pgTable("suppressions", {
  canonicalEmail: text("canonical_email").primaryKey(),
  reason: text("reason").notNull(),
  createdAt: createdAt(),
});

/** Webhook deliveries already processed (Svix ids), so a repeated event changes nothing. */
export const webhookEvents = pgTable("webhook_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
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

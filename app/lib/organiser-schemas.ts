import { z } from "zod";
import { isCountryCode } from "./countries";

// The organiser forms' schemas, shared by the routes (Conform, both sides) and the lib tests.
// Messages are translation keys under `organiser.errors`.

export const ORG_NAME_MAX = 120;
export const SLUG_MAX = 80;
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 600;
export const TARGET_MAX = 200;
export const ASK_MAX = 1_000;
export const BODY_MAX = 30_000;
export const REASON_MAX = 1_000;
export const NOTE_MAX = 2_000;
export const LABEL_MAX = 300;
export const MAX_FIELDS = 20;
export const MAX_OPTIONS = 30;
export const MAX_DOMAINS = 50;
export const MAX_LOCALES = 20;
export const GOAL_MAX = 100_000_000;

export const E = {
  required: "organiser.errors.required",
  tooLong: "organiser.errors.tooLong",
  slug: "organiser.errors.slug",
  slugTaken: "organiser.errors.slugTaken",
  slugReserved: "organiser.errors.slugReserved",
  locale: "organiser.errors.locale",
  email: "organiser.errors.email",
  url: "organiser.errors.url",
  country: "organiser.errors.country",
  choice: "organiser.errors.choice",
  number: "organiser.errors.number",
  date: "organiser.errors.date",
  closesBeforeOpens: "organiser.errors.closesBeforeOpens",
  goalRequired: "organiser.errors.goalRequired",
  domain: "organiser.errors.domain",
  tooMany: "organiser.errors.tooMany",
  fieldKey: "organiser.errors.fieldKey",
  fieldKeyTaken: "organiser.errors.fieldKeyTaken",
  optionsNeeded: "organiser.errors.optionsNeeded",
  optionValue: "organiser.errors.optionValue",
  optionDuplicate: "organiser.errors.optionDuplicate",
  labelRequired: "organiser.errors.labelRequired",
  titleRequired: "organiser.errors.titleRequired",
  translationNeeded: "organiser.errors.translationNeeded",
  reasonRequired: "organiser.errors.reasonRequired",
  notEditable: "organiser.errors.notEditable",
  wrongStatus: "organiser.errors.wrongStatus",
  lastOwner: "organiser.errors.lastOwner",
  emailNotVerified: "organiser.errors.emailNotVerified",
  notMember: "organiser.errors.notMember",
  alreadyMember: "organiser.errors.alreadyMember",
  notFound: "organiser.errors.notFound",
  defaultLocale: "organiser.errors.defaultLocale",
  futureDate: "organiser.errors.futureDate",
} as const;

/** A failure the user can fix: a translation key, and the form field it belongs to (if any). */
export interface Failure {
  ok: false;
  message: string;
  field?: string;
}
export interface Done {
  ok: true;
}

export const fail = (message: string, field?: string): Failure => ({ ok: false, message, field });

const requiredText = (max: number) => z.string({ error: E.required }).trim().min(1, E.required).max(max, E.tooLong);
const optionalText = (max: number) => z.string().trim().max(max, E.tooLong).optional();

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The same rule as the database's check constraint on every locale column. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const OPTION_VALUE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const slugSchema = z
  .string({ error: E.required })
  .trim()
  .toLowerCase()
  .max(SLUG_MAX, E.tooLong)
  .regex(SLUG_PATTERN, E.slug);

/** A BCP 47 tag in its canonical form (`pt-br` → `pt-BR`), or null when it is not one. */
export function canonicalLocale(value: string): string | null {
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim());
    return tag && LOCALE_PATTERN.test(tag) ? tag : null;
  } catch {
    return null;
  }
}

export const localeSchema = z
  .string({ error: E.required })
  .trim()
  .max(35, E.locale)
  .transform((value, ctx) => {
    const tag = canonicalLocale(value);
    if (!tag) {
      ctx.addIssue({ code: "custom", message: E.locale });
      return z.NEVER;
    }
    return tag;
  });

const uuid = z.string({ error: E.required }).regex(/^[0-9a-f-]{36}$/i, E.required);
export const roleSchema = z.enum(["owner", "editor", "viewer"], { error: E.choice });

// ------------------------------------------------------------ organisations

export const CreateOrganisationSchema = z.object({
  name: requiredText(ORG_NAME_MAX),
  slug: slugSchema,
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => isCountryCode(value), E.country)
    .optional(),
  website: z.url({ protocol: /^https?$/, error: E.url }).max(300, E.tooLong).optional(),
});

export const ChangeRoleSchema = z.object({ intent: z.literal("role"), userId: uuid, role: roleSchema });
export const RemoveMemberSchema = z.object({ intent: z.literal("remove"), userId: uuid });
export const InviteSchema = z.object({
  intent: z.literal("invite"),
  email: z.string({ error: E.required }).trim().max(254, E.tooLong).pipe(z.email(E.email)),
  role: roleSchema,
});
export const RevokeInvitationSchema = z.object({ intent: z.literal("revoke"), invitationId: uuid });

// ------------------------------------------------------------ campaigns

const CampaignTranslationSchema = z.object({
  locale: localeSchema,
  title: optionalText(TITLE_MAX),
  summary: optionalText(SUMMARY_MAX),
});

/** Languages left blank are dropped; at least one language needs a title. */
export const CampaignSchema = z
  .object({
    slug: slugSchema,
    status: z.enum(["draft", "active", "archived"], { error: E.choice }).optional(),
    translations: z.array(CampaignTranslationSchema).max(MAX_LOCALES, E.tooMany),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    let filled = 0;
    value.translations.forEach((t, index) => {
      if (!t.title && !t.summary) return;
      if (!t.title) ctx.addIssue({ code: "custom", path: ["translations", index, "title"], message: E.titleRequired });
      if (seen.has(t.locale)) ctx.addIssue({ code: "custom", path: ["translations", index, "locale"], message: E.locale });
      seen.add(t.locale);
      filled++;
    });
    if (filled === 0) ctx.addIssue({ code: "custom", path: ["translations"], message: E.translationNeeded });
  })
  .transform((value) => ({
    ...value,
    translations: value.translations
      .filter((t) => t.title)
      .map((t) => ({ locale: t.locale, title: t.title!, summary: t.summary ?? "" })),
  }));
export type CampaignInput = z.infer<typeof CampaignSchema>;

// ------------------------------------------------------------ petitions

export const PetitionTextSchema = z.object({
  locale: localeSchema,
  title: requiredText(TITLE_MAX),
  target: requiredText(TARGET_MAX),
  ask: requiredText(ASK_MAX),
  bodyMarkdown: requiredText(BODY_MAX),
  /** Required by the lib once a published petition has enough signatures. */
  reason: optionalText(REASON_MAX),
});
export type PetitionTextInput = z.infer<typeof PetitionTextSchema>;

export const CreatePetitionSchema = PetitionTextSchema.omit({ reason: true, locale: true }).extend({
  slug: slugSchema,
  defaultLocale: localeSchema,
});
export type CreatePetitionInput = z.infer<typeof CreatePetitionSchema>;

/** `datetime-local` values, read as UTC (the form says so). */
const utcDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, E.date)
  .transform((value, ctx) => {
    const date = new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: E.date });
      return z.NEVER;
    }
    return date;
  })
  .optional();

/** Splits on commas, spaces and new lines; lower-cases; drops a leading `@`. */
export function parseDomainList(text: string): { domains: string[]; invalid: string[] } {
  const items = text
    .split(/[\s,;]+/)
    .map((item) => item.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, ""))
    .filter(Boolean);
  const domains = [...new Set(items)];
  return { domains: domains.filter((d) => DOMAIN_PATTERN.test(d)), invalid: domains.filter((d) => !DOMAIN_PATTERN.test(d)) };
}

export const PetitionSettingsSchema = z
  .object({
    /** Only while the petition is a draft (or rejected): published links must keep working. */
    slug: slugSchema.optional(),
    defaultLocale: localeSchema,
    goalMode: z.enum(["automatic", "fixed"], { error: E.choice }),
    goal: z.number({ error: E.number }).int(E.number).min(1, E.number).max(GOAL_MAX, E.number).optional(),
    paperSignatures: z.number({ error: E.number }).int(E.number).min(0, E.number).max(GOAL_MAX, E.number).default(0),
    paperSignaturesNote: optionalText(NOTE_MAX),
    opensAt: utcDateTime,
    closesAt: utcDateTime,
    verifiedDomains: z
      .string()
      .max(5_000, E.tooLong)
      .optional()
      .transform((value, ctx) => {
        const { domains, invalid } = parseDomainList(value ?? "");
        if (invalid.length > 0) ctx.addIssue({ code: "custom", message: E.domain });
        if (domains.length > MAX_DOMAINS) ctx.addIssue({ code: "custom", message: E.tooMany });
        return domains;
      }),
    collectPostcode: z.boolean().default(false),
    explainerIds: z.array(uuid).max(50, E.tooMany).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.goalMode === "fixed" && !value.goal) ctx.addIssue({ code: "custom", path: ["goal"], message: E.goalRequired });
    if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: E.closesBeforeOpens });
    }
  });
export type PetitionSettingsInput = z.infer<typeof PetitionSettingsSchema>;

const LabelSchema = z.object({ locale: localeSchema, text: optionalText(LABEL_MAX) });
const OptionSchema = z.object({
  value: z.string().trim().toLowerCase().max(40, E.tooLong).optional(),
  labels: z.array(LabelSchema).max(MAX_LOCALES, E.tooMany).default([]),
});

const labelsToRecord = (labels: { locale: string; text?: string }[]) =>
  Object.fromEntries(labels.filter((l) => l.text).map((l) => [l.locale, l.text!]));

/**
 * The signer-profile builder's form for one question. `defaultLocale` is the
 * petition's: every label must exist at least in that language.
 */
export function createFieldSchema(defaultLocale: string) {
  return z
    .object({
      key: z.string({ error: E.required }).trim().toLowerCase().regex(FIELD_KEY_PATTERN, E.fieldKey),
      kind: z.enum(["text", "choice", "yesno"], { error: E.choice }),
      required: z.boolean().default(false),
      isPublic: z.boolean().default(false),
      labels: z.array(LabelSchema).max(MAX_LOCALES, E.tooMany).default([]),
      options: z.array(OptionSchema).max(MAX_OPTIONS, E.tooMany).default([]),
    })
    .superRefine((value, ctx) => {
      const defaultIndex = value.labels.findIndex((l) => l.locale === defaultLocale);
      if (defaultIndex === -1 || !value.labels[defaultIndex]!.text) {
        ctx.addIssue({ code: "custom", path: ["labels", Math.max(defaultIndex, 0), "text"], message: E.labelRequired });
      }
      if (value.kind !== "choice") return;
      const seen = new Set<string>();
      let count = 0;
      value.options.forEach((option, index) => {
        const hasLabel = option.labels.some((l) => l.text);
        if (!option.value && !hasLabel) return;
        count++;
        if (!option.value || !OPTION_VALUE_PATTERN.test(option.value)) {
          ctx.addIssue({ code: "custom", path: ["options", index, "value"], message: E.optionValue });
        } else if (seen.has(option.value)) {
          ctx.addIssue({ code: "custom", path: ["options", index, "value"], message: E.optionDuplicate });
        }
        if (option.value) seen.add(option.value);
        const labelIndex = option.labels.findIndex((l) => l.locale === defaultLocale);
        if (labelIndex === -1 || !option.labels[labelIndex]!.text) {
          ctx.addIssue({ code: "custom", path: ["options", index, "labels", Math.max(labelIndex, 0), "text"], message: E.labelRequired });
        }
      });
      if (count < 2) ctx.addIssue({ code: "custom", path: ["options"], message: E.optionsNeeded });
    })
    .transform((value) => ({
      key: value.key,
      kind: value.kind,
      required: value.required,
      isPublic: value.isPublic,
      labels: labelsToRecord(value.labels),
      options:
        value.kind === "choice"
          ? value.options.filter((o) => o.value).map((o) => ({ value: o.value!, labels: labelsToRecord(o.labels) }))
          : [],
    }));
}
export type FieldInput = z.output<ReturnType<typeof createFieldSchema>>;

export const FieldActionSchema = z.object({
  intent: z.enum(["delete", "up", "down"], { error: E.choice }),
  fieldId: uuid,
});

// ------------------------------------------------------------ status changes

export const DeliverSchema = z.object({
  intent: z.literal("deliver"),
  deliveredOn: z
    .string({ error: E.required })
    .regex(/^\d{4}-\d{2}-\d{2}$/, E.date)
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: E.date });
        return z.NEVER;
      }
      if (date.getTime() > Date.now() + 24 * 60 * 60 * 1000) {
        ctx.addIssue({ code: "custom", message: E.futureDate });
        return z.NEVER;
      }
      return date;
    }),
  outcomeNote: requiredText(NOTE_MAX),
});
export const WonSchema = z.object({ intent: z.literal("won"), outcomeNote: optionalText(NOTE_MAX) });
export const ReasonSchema = z.object({
  intent: z.enum(["approve", "reject", "hide", "unhide"], { error: E.choice }),
  reason: optionalText(REASON_MAX),
});

// ------------------------------------------------------------ explainers

export const ExplainerTranslationSchema = z.object({
  intent: z.enum(["save", "preview"], { error: E.choice }),
  locale: localeSchema,
  title: requiredText(TITLE_MAX),
  summary: requiredText(SUMMARY_MAX),
  bodyMarkdown: requiredText(BODY_MAX),
});
export type ExplainerTranslationInput = z.infer<typeof ExplainerTranslationSchema>;

import { createHmac, randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { TemplateName, TemplateProps } from "../../emails";
import type { PetitionOutcome } from "../../emails/petition-outcome";
import {
  appSecrets,
  campaignTranslations,
  emailMessages,
  organisations,
  petitionTranslations,
  petitions,
  signatures,
  type EmailMessageKind,
} from "../../db/schema";
import type { Db } from "./database.server";
import { renderEmail, type BatchEmail, type RenderedEmail } from "./email.server";
import { formatNumber } from "./format";
import { isLocale, DEFAULT_LOCALE } from "./i18n";
import { getFixedT } from "./i18n.server";
import { renderMarkdown } from "./markdown.server";
import { CONFIRM_TOKEN_TTL_MS } from "./signing.server";
import { unsubscribeLinks } from "./unsubscribe.server";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Name of the app secret from which confirmation links are derived. */
const CONFIRM_LINK_KEY = "confirm-link-key";

// ---------------------------------------------------------------- confirmation links

/**
 * The secret half of a confirmation link, derived from the signature and the
 * send number. Deriving it (instead of drawing it at random) is what lets the
 * delivery ledger render the same email again after a crash, byte for byte,
 * so that a re-sent batch matches its idempotency key. Only its hash is stored.
 */
export function deriveConfirmationSecret(key: string, signatureId: string, sendNumber: number): string {
  return createHmac("sha256", key).update(confirmationDeliveryKey(signatureId, sendNumber)).digest("base64url");
}

/** The ledger key (and idempotency key) of a signature's `sendNumber`-th confirmation email; parsed back by parseTransactionalKey. */
export function confirmationDeliveryKey(signatureId: string, sendNumber: number): string {
  return `confirm-signature/${signatureId}/${sendNumber}`;
}

/** Reads the key inside the caller's transaction, creating it the very first time. */
export async function confirmationLinkKey(tx: Pick<Db, "execute">): Promise<string> {
  const read = async () => (await tx.execute<{ value: string }>(sql`select value from ${appSecrets} where name = ${CONFIRM_LINK_KEY}`))[0]?.value;
  const existing = await read();
  if (existing) return existing;
  const fresh = randomBytes(32).toString("base64url");
  await tx.execute(sql`insert into ${appSecrets} (name, value) values (${CONFIRM_LINK_KEY}, ${fresh}) on conflict (name) do nothing`);
  return (await read())!;
}

export function parseTransactionalKey(key: string): { kind: "confirm-signature"; signatureId: string; sendNumber: number } | { kind: "thanks-share"; signatureId: string } | null {
  const confirm = /^confirm-signature\/([0-9a-f-]{36})\/(\d+)$/.exec(key);
  if (confirm) return { kind: "confirm-signature", signatureId: confirm[1]!, sendNumber: Number(confirm[2]) };
  const thanks = /^thanks-share\/([0-9a-f-]{36})$/.exec(key);
  if (thanks) return { kind: "thanks-share", signatureId: thanks[1]! };
  return null;
}

// ---------------------------------------------------------------- loading what emails talk about

function pick<T extends { locale: string }>(rows: T[], locale: string, fallback: string = DEFAULT_LOCALE): T | undefined {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === fallback) ?? rows[0];
}

/** The translations are static, so each process looks the name up once per language. */
const siteNames = new Map<string, Promise<string>>();

function siteName(locale: string): Promise<string> {
  const key = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let name = siteNames.get(key);
  if (!name) siteNames.set(key, (name = getFixedT(key).then((t) => t("meta.siteName"))));
  return name;
}

interface PetitionInfo {
  id: string;
  slug: string;
  defaultLocale: string;
  campaignId: string;
  outcomeNote: string | null;
  translations: { locale: string; title: string; ask: string; target: string }[];
}

async function loadPetitions(db: Db, ids: string[]): Promise<Map<string, PetitionInfo>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [rows, texts] = await Promise.all([
    db.select().from(petitions).where(inArray(petitions.id, unique)),
    db.select().from(petitionTranslations).where(inArray(petitionTranslations.petitionId, unique)),
  ]);
  return new Map(
    rows.map((p) => [
      p.id,
      {
        id: p.id,
        slug: p.slug,
        defaultLocale: p.defaultLocale,
        campaignId: p.campaignId,
        outcomeNote: p.outcomeNote,
        translations: texts.filter((t) => t.petitionId === p.id),
      },
    ]),
  );
}

function petitionText(petition: PetitionInfo, locale: string) {
  return pick(petition.translations, locale, petition.defaultLocale) ?? { locale, title: petition.slug, ask: "", target: "" };
}

async function loadCampaignTitles(db: Db, ids: string[]): Promise<Map<string, { locale: string; title: string }[]>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select().from(campaignTranslations).where(inArray(campaignTranslations.campaignId, unique));
  const map = new Map<string, { locale: string; title: string }[]>();
  for (const row of rows) map.set(row.campaignId, [...(map.get(row.campaignId) ?? []), row]);
  return map;
}

/** Who receives which audience, with what for the template: stored on the message at fan-out, so a re-render is identical. */
export interface MessageAudience {
  scope?: "petition" | "campaign";
  petitionId?: string;
  campaignId?: string;
  countries?: string[];
  locales?: string[];
  verifiedOnly?: boolean;
  /** Carry-over: the petition supporters are invited to (those who signed it already are left out). */
  targetPetitionId?: string;
  /** Milestone: the rung that was passed. */
  milestone?: number;
  /** Outcome: what happened, and the count at that moment. */
  outcome?: PetitionOutcome;
  count?: number;
}

interface MessageContext {
  id: string;
  kind: EmailMessageKind;
  subject: string;
  bodyMarkdown: string;
  /** Rendered once per batch, not once per recipient. */
  bodyHtml: string;
  audience: MessageAudience;
  organisationName: string;
  campaignId: string | null;
  petition: PetitionInfo | null;
  target: PetitionInfo | null;
}

async function loadMessages(db: Db, ids: string[]): Promise<{ messages: Map<string, MessageContext>; campaignTitles: Map<string, { locale: string; title: string }[]> }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { messages: new Map(), campaignTitles: new Map() };
  const rows = await db
    .select({ message: emailMessages, organisationName: organisations.name })
    .from(emailMessages)
    .innerJoin(organisations, eq(organisations.id, emailMessages.organisationId))
    .where(inArray(emailMessages.id, unique));
  const audienceOf = (m: (typeof rows)[number]["message"]) => m.audience as MessageAudience;
  const petitionIds = rows.flatMap((r) => [r.message.petitionId, audienceOf(r.message).targetPetitionId].filter((x): x is string => Boolean(x)));
  const petitionInfo = await loadPetitions(db, petitionIds);
  const campaignIds = rows.map((r) => r.message.campaignId ?? petitionInfo.get(r.message.petitionId ?? "")?.campaignId).filter((x): x is string => Boolean(x));
  const campaignTitles = await loadCampaignTitles(db, campaignIds);
  const messages = new Map<string, MessageContext>();
  for (const { message, organisationName } of rows) {
    const petition = message.petitionId ? (petitionInfo.get(message.petitionId) ?? null) : null;
    const audience = audienceOf(message);
    messages.set(message.id, {
      id: message.id,
      kind: message.kind,
      subject: message.subject,
      bodyMarkdown: message.bodyMarkdown,
      bodyHtml: message.bodyMarkdown.trim() ? renderMarkdown(message.bodyMarkdown) : "",
      audience,
      organisationName,
      campaignId: message.campaignId ?? petition?.campaignId ?? null,
      petition,
      target: audience.targetPetitionId ? (petitionInfo.get(audience.targetPetitionId) ?? null) : null,
    });
  }
  return { messages, campaignTitles };
}

// ---------------------------------------------------------------- what each message says

export interface Recipient {
  locale: string;
  signerName: string | null;
  /** Organisation members get the staff version of a milestone, without unsubscribe links. */
  isOrganisation: boolean;
  unsubscribeUrl: string | null;
  preferencesUrl: string | null;
}

type TemplateChoice = { [N in TemplateName]: { template: N; props: TemplateProps<N> } }[TemplateName];

async function messageTemplate(
  context: MessageContext,
  campaignTitles: Map<string, { locale: string; title: string }[]>,
  recipient: Recipient,
  appUrl: string,
): Promise<TemplateChoice> {
  const locale = recipient.locale;
  const base = {
    locale,
    siteName: await siteName(locale),
    signerName: recipient.signerName,
    unsubscribeUrl: recipient.unsubscribeUrl,
    preferencesUrl: recipient.preferencesUrl,
    campaignTitle: pick(campaignTitles.get(context.campaignId ?? "") ?? [], locale)?.title ?? "",
  };
  const petitionUrl = (p: PetitionInfo) => `${appUrl}/petitions/${p.slug}`;
  switch (context.kind) {
    case "update":
      return {
        template: "supporter-update",
        props: {
          ...base,
          subject: context.subject,
          organisationName: context.organisationName,
          bodyHtml: context.bodyHtml,
          petitionUrl: context.petition ? petitionUrl(context.petition) : null,
        },
      };
    case "carry-over": {
      const target = context.target;
      if (!target) throw new Error(`Carry-over message ${context.id} has no target petition`);
      const text = petitionText(target, locale);
      return {
        template: "carry-over",
        props: {
          ...base,
          subject: context.subject,
          bodyHtml: context.bodyHtml,
          petitionTitle: text.title,
          petitionAsk: text.ask,
          petitionUrl: petitionUrl(target),
        },
      };
    }
    case "milestone": {
      const petition = context.petition!;
      return {
        template: "milestone",
        props: {
          ...base,
          audience: recipient.isOrganisation ? "organisation" : "signer",
          petitionTitle: petitionText(petition, locale).title,
          petitionUrl: petitionUrl(petition),
          dashboardUrl: `${appUrl}/dashboard`,
          count: formatNumber(context.audience.milestone ?? 0, locale),
        },
      };
    }
    case "outcome": {
      const petition = context.petition!;
      const text = petitionText(petition, locale);
      return {
        template: "petition-outcome",
        props: {
          ...base,
          outcome: context.audience.outcome ?? "closed",
          petitionTitle: text.title,
          target: text.target,
          petitionUrl: petitionUrl(petition),
          count: formatNumber(context.audience.count ?? 0, locale),
          note: petition.outcomeNote,
        },
      };
    }
  }
}

async function render(choice: TemplateChoice) {
  return renderEmail(choice.template, choice.props as never);
}

/** Props that differ from one recipient to the next; everything else is shared by a whole batch. */
const PERSONAL_PROPS = ["signerName", "confirmUrl", "unsubscribeUrl", "preferencesUrl"] as const;
const placeholder = (name: string) => `QQhrvPersonal${name}QQ`;

/** The same escaping React applies to text and attribute values. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
}

/**
 * Renders once per batch for each distinct template, language and content,
 * with placeholders where each recipient's own values go, then fills them in:
 * rendering a React email costs tens of milliseconds, and a batch of 100 must
 * be ready well within the half second a request slot lasts.
 */
function personalisedRenderer() {
  const cache = new Map<string, Promise<RenderedEmail>>();
  return async (choice: TemplateChoice): Promise<RenderedEmail> => {
    const props = { ...(choice.props as unknown as Record<string, unknown>) };
    const values: [string, string][] = [];
    for (const name of PERSONAL_PROPS) {
      const value = props[name];
      // Empty values change the wording (no greeting name), so they are rendered as they are.
      if (typeof value === "string" && value !== "") {
        values.push([placeholder(name), value]);
        props[name] = placeholder(name);
      }
    }
    const key = `${choice.template}:${JSON.stringify(props)}`;
    let base = cache.get(key);
    if (!base) cache.set(key, (base = render({ template: choice.template, props } as unknown as TemplateChoice)));
    const email = await base;
    let { subject, html, text } = email;
    for (const [token, value] of values) {
      subject = subject.split(token).join(value);
      html = html.split(token).join(escapeHtml(value));
      text = text.split(token).join(value);
    }
    return { subject, html, text };
  };
}

/** A message rendered as one recipient would see it: the compose screen's preview and "send a test to myself". */
export async function renderMessageFor(db: Db, messageId: string, recipient: Recipient, appUrl: string) {
  const { messages, campaignTitles } = await loadMessages(db, [messageId]);
  const context = messages.get(messageId);
  if (!context) return null;
  const choice = await messageTemplate(context, campaignTitles, recipient, appUrl);
  return { ...choice, email: await render(choice) };
}

// ---------------------------------------------------------------- rendering ledger rows

export interface DeliveryToRender {
  id: string;
  messageId: string | null;
  transactionalKey: string | null;
  recipient: string;
  signatureId: string | null;
  locale: string;
}

export type RenderOutcome = { ok: true; email: BatchEmail } | { ok: false; reason: string };

interface SignatureContext {
  signatures: Map<string, { id: string; fullName: string; locale: string; petitionId: string; anonymisedAt: Date | null }>;
  petitions: Map<string, PetitionInfo>;
  confirmKey: string;
}

async function loadSignatureContext(db: Db, rows: DeliveryToRender[]): Promise<SignatureContext> {
  const ids = [...new Set(rows.map((r) => r.signatureId ?? (r.transactionalKey ? parseTransactionalKey(r.transactionalKey)?.signatureId : undefined)).filter((x): x is string => Boolean(x)))];
  const found = ids.length
    ? await db
        .select({ id: signatures.id, fullName: signatures.fullName, locale: signatures.locale, petitionId: signatures.petitionId, anonymisedAt: signatures.anonymisedAt })
        .from(signatures)
        .where(inArray(signatures.id, ids))
    : [];
  const needsConfirmKey = rows.some((r) => r.transactionalKey?.startsWith("confirm-signature/"));
  return {
    signatures: new Map(found.map((s) => [s.id, s])),
    petitions: await loadPetitions(db, found.map((s) => s.petitionId)),
    confirmKey: needsConfirmKey ? await confirmationLinkKey(db) : "",
  };
}

/** The template and props of a confirmation or thanks delivery; a string says why there is none. */
async function transactionalChoice(row: DeliveryToRender, context: SignatureContext, appUrl: string): Promise<TemplateChoice | string> {
  const parsed = row.transactionalKey ? parseTransactionalKey(row.transactionalKey) : null;
  if (!parsed) return `no content for ${row.transactionalKey ?? "a row without a key"}`;
  const signature = context.signatures.get(parsed.signatureId);
  if (!signature || signature.anonymisedAt) return "signature no longer exists";
  const petition = context.petitions.get(signature.petitionId)!;
  const common = {
    locale: signature.locale,
    siteName: await siteName(signature.locale),
    signerName: signature.fullName,
    petitionTitle: petitionText(petition, signature.locale).title,
  };
  if (parsed.kind === "thanks-share") return { template: "thanks-share", props: { ...common, petitionUrl: `${appUrl}/petitions/${petition.slug}` } };
  const secret = deriveConfirmationSecret(context.confirmKey, signature.id, parsed.sendNumber);
  return {
    template: "confirm-signature",
    props: {
      ...common,
      confirmUrl: `${appUrl}/petitions/${petition.slug}/confirm/${signature.id}.${secret}`,
      expiresInDays: Math.round(CONFIRM_TOKEN_TTL_MS / DAY_MS),
    },
  };
}

/** The props of queued confirmation emails without rendering them (tests read the links from here). */
export async function renderConfirmationProps(db: Db, rows: DeliveryToRender[], appUrl: string): Promise<{ confirmUrl: string; petitionTitle: string }[]> {
  const context = await loadSignatureContext(db, rows);
  return Promise.all(
    rows.map(async (row) => {
      const choice = await transactionalChoice(row, context, appUrl);
      if (typeof choice === "string" || choice.template !== "confirm-signature") return { confirmUrl: "", petitionTitle: "" };
      return { confirmUrl: choice.props.confirmUrl, petitionTitle: choice.props.petitionTitle };
    }),
  );
}

/**
 * What each delivery row says, computed only from the database, so that the
 * same rows always give the same emails (a re-sent batch must match its
 * idempotency key). Rows that can no longer be rendered (the signature was
 * deleted) come back as failures with a reason.
 */
export async function renderDeliveries(db: Db, rows: DeliveryToRender[], appUrl: string): Promise<RenderOutcome[]> {
  const [context, { messages, campaignTitles }] = await Promise.all([
    loadSignatureContext(db, rows),
    loadMessages(db, rows.map((r) => r.messageId).filter((x): x is string => Boolean(x))),
  ]);
  const renderFor = personalisedRenderer();
  const outcomes: RenderOutcome[] = [];
  for (const row of rows) {
    try {
      outcomes.push(await renderOne(row));
    } catch (error) {
      outcomes.push({ ok: false, reason: `rendering failed: ${(error as Error).message}` });
    }
  }
  return outcomes;

  async function renderOne(row: DeliveryToRender): Promise<RenderOutcome> {
    if (!row.messageId) {
      const choice = await transactionalChoice(row, context, appUrl);
      if (typeof choice === "string") return { ok: false, reason: choice };
      return { ok: true, email: { ...(await renderFor(choice)), to: row.recipient } };
    }
    const message = messages.get(row.messageId);
    if (!message) return { ok: false, reason: "message deleted" };
    const signature = row.signatureId ? context.signatures.get(row.signatureId) : undefined;
    if (row.signatureId && (!signature || signature.anonymisedAt)) return { ok: false, reason: "signer erased their data" };
    const links = signature ? await unsubscribeLinks(db, appUrl, signature.id) : null;
    const choice = await messageTemplate(
      message,
      campaignTitles,
      {
        locale: row.locale,
        signerName: signature?.fullName ?? null,
        isOrganisation: !signature,
        unsubscribeUrl: links?.unsubscribeUrl ?? null,
        preferencesUrl: links?.preferencesUrl ?? null,
      },
      appUrl,
    );
    // RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the link.
    const headers = links
      ? { "List-Unsubscribe": `<${links.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
      : undefined;
    return { ok: true, email: { ...(await renderFor(choice)), to: row.recipient, headers } };
  }
}

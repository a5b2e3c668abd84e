import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import * as schema from "../../db/schema";
import type { Db } from "~/lib/database.server";
import { renderConfirmationProps } from "~/lib/email-content.server";
import { findPublicPetition, type PetitionView } from "~/lib/petitions.server";
import type { SignatureInput } from "~/lib/signature-schema";
import type { SignMeta } from "~/lib/signing.server";

export const TEST_META: SignMeta = {
  locale: "en",
  channel: "web",
  ipHash: null,
  consentText: "test consent",
};
/** The APP_URL that test emails' links are rendered with. */
export const TEST_APP_URL = "http://app.test";

export interface PetitionOverrides {
  status?: string;
  opensAt?: Date | null;
  closesAt?: Date | null;
  verifiedDomains?: string[];
  paperSignatures?: number;
  goal?: number | null;
  goalFixed?: boolean;
}

/** A fresh open petition (in the demo campaign) with a yes/no question and a public text field. */
export async function createPetition(db: Db, overrides: PetitionOverrides = {}): Promise<PetitionView> {
  const campaign = await db.query.campaigns.findFirst();
  const slug = `test-${randomBytes(4).toString("hex")}`;
  const [petition] = await db
    .insert(schema.petitions)
    .values({
      campaignId: campaign!.id,
      slug,
      status: overrides.status ?? "open",
      opensAt: overrides.opensAt ?? null,
      closesAt: overrides.closesAt ?? null,
      verifiedDomains: overrides.verifiedDomains ?? [],
      paperSignatures: overrides.paperSignatures ?? 0,
      goal: overrides.goal ?? null,
      goalFixed: overrides.goalFixed ?? false,
    })
    .returning();
  await db.insert(schema.petitionTranslations).values({
    petitionId: petition!.id,
    locale: "en",
    title: `Petition ${slug}`,
    target: "The minister",
    ask: "Please do the right thing.",
    bodyMarkdown: "Because it works.",
  });
  await db.insert(schema.petitionFields).values([
    { petitionId: petition!.id, key: "officer", kind: "yesno", required: true, position: 0, labels: { en: "Officer?" } },
    { petitionId: petition!.id, key: "agency", kind: "text", required: false, isPublic: true, position: 1, labels: { en: "Agency" } },
  ]);
  const view = await findPublicPetition(db, slug, "en");
  if (!view) throw new Error(`petition ${slug} with status ${overrides.status} is not public`);
  return view;
}

export function signer(n: number | string, overrides: Partial<SignatureInput> = {}): SignatureInput {
  return {
    name: `Signer ${n}`,
    email: `signer${n}@example.org`,
    country: "SN",
    updates: false,
    showName: false,
    utm: {},
    customFields: { officer: "yes" },
    ...overrides,
  };
}

/**
 * Confirmation emails queued in the delivery ledger (sent or not), newest
 * first, with the props the worker renders them with.
 */
export async function queuedEmails(db: Db, to?: string): Promise<{ to: string; props: { confirmUrl: string; petitionTitle: string } }[]> {
  const rows = await db.execute<{ id: string; transactional_key: string; recipient: string; signature_id: string | null; locale: string }>(sql`
    select id, transactional_key, recipient, signature_id, locale from email_deliveries
    where transactional_key like 'confirm-signature/%' ${to === undefined ? sql`` : sql`and message_id is null and recipient = ${to}`}
    order by created_at desc, split_part(transactional_key, '/', 3)::int desc`);
  const rendered = await renderConfirmationProps(
    db,
    rows.map((r) => ({ id: r.id, messageId: null, transactionalKey: r.transactional_key, recipient: r.recipient, signatureId: r.signature_id, locale: r.locale })),
    TEST_APP_URL,
  );
  return rows.map((r, i) => ({ to: r.recipient, props: rendered[i]! }));
}

/** The raw token from the newest confirmation email queued for an address. */
export async function latestConfirmToken(db: Db, email: string): Promise<string> {
  const [job] = await queuedEmails(db, email);
  if (!job) throw new Error(`no confirmation email queued for ${email}`);
  return job.props.confirmUrl.split("/confirm/")[1]!;
}

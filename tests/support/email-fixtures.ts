import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import * as schema from "../../db/schema";
import { canonicalEmail } from "~/lib/canonical-email";
import type { Db } from "~/lib/database.server";
import type { MessageAudience } from "~/lib/email-content.server";

export interface SupporterOverrides {
  country?: string;
  locale?: string;
  verified?: boolean;
  updatesOptIn?: boolean;
  status?: schema.SignatureStatus;
}

/** Confirmed signers written straight to the table (fast), with addresses `<prefix>-<i>@example.org`. */
export async function addSupporters(db: Db, petitionId: string, prefix: string, count: number, overrides: SupporterOverrides = {}): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i}@example.org`);
  for (let start = 0; start < emails.length; start += 500) {
    await db.insert(schema.signatures).values(
      emails.slice(start, start + 500).map((email, i) => ({
        petitionId,
        status: overrides.status ?? ("confirmed" as const),
        fullName: `Supporter ${prefix} ${start + i}`,
        email,
        canonicalEmail: canonicalEmail(email),
        country: overrides.country ?? "SN",
        locale: overrides.locale ?? "en",
        updatesOptIn: overrides.updatesOptIn ?? true,
        verified: overrides.verified ?? false,
        consentVersion: "test",
        consentText: "test consent",
        confirmedAt: new Date(),
      })),
    );
  }
  return emails;
}

/** A bulk message ready for fan-out (status 'scheduled'), to one petition's consenting signers unless told otherwise. */
export async function createScheduledMessage(
  db: Db,
  petitionId: string,
  options: { kind?: schema.EmailMessageKind; subject?: string; body?: string; audience?: MessageAudience } = {},
): Promise<string> {
  const [row] = await db.execute<{ id: string }>(sql`
    insert into email_messages (id, organisation_id, campaign_id, petition_id, kind, subject, body_markdown, audience, status, scheduled_at)
    select ${randomUUID()}, c.organisation_id, c.id, p.id, ${options.kind ?? "update"}, ${options.subject ?? "News from the campaign"},
      ${options.body ?? "We met the **minister**."}, ${JSON.stringify(options.audience ?? { scope: "petition", petitionId })}::jsonb, 'scheduled', now()
    from petitions p join campaigns c on c.id = p.campaign_id where p.id = ${petitionId}
    returning id`);
  return row!.id;
}

export async function deliveriesOf(db: Db, messageId: string) {
  return db.execute<{ id: string; recipient: string; status: string; resend_id: string | null; batch_key: string | null; attempts: number; last_error: string | null }>(sql`
    select id, recipient, status, resend_id, batch_key, attempts, last_error from email_deliveries where message_id = ${messageId} order by recipient`);
}

// Shared by the email drills: a bulk update to many supporters, and the check
// that every intended recipient got it exactly once.
import { sql as dsql } from "drizzle-orm";
import type { Db } from "~/lib/database.server";
import { enqueueJob } from "~/lib/jobs.server";
import { addSupporters, createScheduledMessage } from "../../tests/support/email-fixtures";
import type { FakeResendProcess } from "../lib/app";

/** Adds `count` consenting supporters and queues an update to them; returns their addresses and the message id. */
export async function queueUpdate(db: Db, petition: string, prefix: string, count: number): Promise<{ emails: string[]; messageId: string; subject: string }> {
  const emails = await addSupporters(db, petition, prefix, count);
  const subject = `Drill ${prefix}`;
  const messageId = await createScheduledMessage(db, petition, { subject });
  await enqueueJob(db, "send-message", { messageId }, { jobKey: `send-message/${messageId}` });
  return { emails, messageId, subject };
}

export async function deliveryStatuses(db: Db, messageId: string): Promise<Record<string, number>> {
  const rows = await db.execute<{ status: string; n: number }>(dsql`
    select status, count(*)::int as n from email_deliveries where message_id = ${messageId} group by status`);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export interface ExactlyOnce {
  /** Intended recipients the provider never accepted an email for. */
  missing: number;
  /** Intended recipients who got it more than once. */
  duplicated: number;
  /** Accepted emails to anyone not intended (should be none). */
  strangers: number;
}

/**
 * Compares the provider's accepted emails with the intended recipients. Only addresses with
 * `prefix` count, and with `subject` only that message: adding thousands of supporters also
 * passes milestones, whose announcement is a different, legitimate email.
 */
export async function exactlyOnce(resend: FakeResendProcess, intended: readonly string[], prefix: string, subject?: string): Promise<ExactlyOnce> {
  const { recipients } = await resend.recipients(subject);
  const want = new Set(intended.map((e) => e.toLowerCase()));
  const got = new Map<string, number>();
  for (const to of recipients) {
    const address = to.toLowerCase();
    if (!address.startsWith(prefix.toLowerCase())) continue;
    got.set(address, (got.get(address) ?? 0) + 1);
  }
  let missing = 0;
  let duplicated = 0;
  for (const address of want) {
    const n = got.get(address) ?? 0;
    if (n === 0) missing++;
    if (n > 1) duplicated++;
  }
  const strangers = [...got.keys()].filter((a) => !want.has(a)).length;
  return { missing, duplicated, strangers };
}

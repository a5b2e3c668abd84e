import { sql } from "drizzle-orm";
import { Resend } from "resend";
import { canonicalEmail } from "./canonical-email";
import type { Db } from "./database.server";

/** How a delivery's status may move: never backwards (a late "delivered" does not undo a bounce). */
const STATUS_RANK: Record<string, number> = { queued: 0, sending: 1, sent: 2, delivered: 3, bounced: 4, complained: 5 };

const EVENT_STATUS: Record<string, "sent" | "delivered" | "bounced" | "complained"> = {
  "email.sent": "sent",
  "email.delivered": "delivered",
  "email.bounced": "bounced",
  "email.complained": "complained",
};

export interface WebhookHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

export type WebhookResult =
  | { status: 400; message: string }
  | { status: 200; message: "processed" | "duplicate" | "ignored" };

interface ResendEvent {
  type: string;
  created_at?: string;
  data?: { email_id?: string; to?: string[] | string; bounce?: { type?: string; subType?: string; message?: string } };
}

/**
 * Verifies a Resend webhook (Svix-style: HMAC over `id.timestamp.body`,
 * timestamps older or newer than five minutes refused) with the SDK's own
 * verifier, on the raw body exactly as received.
 */
export function verifyWebhook(secret: string | undefined, rawBody: string, headers: WebhookHeaders): ResendEvent | null {
  if (!secret || !headers.id || !headers.timestamp || !headers.signature) return null;
  // The verifier needs no API key, but the client will not construct without one.
  const resend = new Resend("re_webhook_verification_only");
  try {
    const event = resend.webhooks.verify({
      payload: rawBody,
      headers: { id: headers.id, timestamp: headers.timestamp, signature: headers.signature },
      webhookSecret: secret,
    }) as unknown as ResendEvent;
    return event && typeof event.type === "string" ? event : null;
  } catch {
    return null;
  }
}

/**
 * Applies one verified event in one transaction: records its id (a repeated
 * delivery of the same event changes nothing), moves the delivery forward
 * only (events arrive out of order), and puts hard-bounced and complaining
 * addresses on the suppression list every send checks.
 */
export async function processWebhookEvent(db: Db, eventId: string, event: ResendEvent): Promise<WebhookResult> {
  return db.transaction(async (tx) => {
    const recorded = await tx.execute(sql`insert into webhook_events (id, type) values (${eventId}, ${event.type}) on conflict (id) do nothing returning id`);
    if (recorded.length === 0) return { status: 200, message: "duplicate" } as const;
    const status = EVENT_STATUS[event.type];
    if (!status) return { status: 200, message: "ignored" } as const;

    const emailId = event.data?.email_id;
    if (emailId) {
      const lower = Object.entries(STATUS_RANK).filter(([, rank]) => rank < STATUS_RANK[status]!).map(([name]) => name);
      await tx.execute(sql`
        update email_deliveries set status = ${status}, updated_at = now()
        where resend_id = ${emailId} and status in (${sql.join(lower.map((s) => sql`${s}`), sql`, `)})`);
    }

    // Suppress by the addresses the event names, so it holds even for a delivery we cannot match yet.
    const hard = event.type === "email.bounced" ? !/^(transient|undetermined)$/i.test(event.data?.bounce?.type ?? "") : event.type === "email.complained";
    if (hard) {
      const to = event.data?.to;
      const addresses = (Array.isArray(to) ? to : to ? [to] : []).map(canonicalEmail);
      for (const address of addresses) {
        await tx.execute(sql`
          insert into suppressions (canonical_email, reason) values (${address}, ${status})
          on conflict (canonical_email) do update set reason = excluded.reason where suppressions.reason = 'unsubscribed'`);
      }
    }
    return { status: 200, message: "processed" } as const;
  });
}

export async function handleResendWebhook(db: Db, secret: string | undefined, rawBody: string, headers: WebhookHeaders): Promise<WebhookResult> {
  const event = verifyWebhook(secret, rawBody, headers);
  if (!event) return { status: 400, message: "Invalid or stale webhook signature" };
  return processWebhookEvent(db, headers.id!, event);
}

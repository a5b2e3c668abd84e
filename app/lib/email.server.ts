import { render } from "@react-email/render";
import { sql } from "drizzle-orm";
import { createElement, type ComponentType } from "react";
import { Resend } from "resend";
import { templates, type TemplateName, type TemplateProps } from "../../emails";
import { outboxMessages } from "../../db/schema";
import type { Db } from "./database.server";
import type { Env } from "./env.server";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
  /** Same key, same message: a retried send is never delivered twice. */
  idempotencyKey: string;
}

/** One message of a batch: the batch as a whole carries the idempotency key. */
export interface BatchEmail extends RenderedEmail {
  to: string;
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
}

/** Resend accepts at most this many messages in one batch request. */
export const MAX_BATCH_SIZE = 100;
/** A request that has not answered by then is abandoned and retried (same idempotency key, so harmless). */
const RESEND_REQUEST_TIMEOUT_MS = 30_000;

export interface Mailer {
  transport: "resend" | "outbox";
  /** Whether each request counts against the provider's rate limit (the outbox has none). */
  rateLimited: boolean;
  send(email: OutgoingEmail): Promise<{ id: string }>;
  /** Sends up to MAX_BATCH_SIZE messages in one request; ids come back in the same order. */
  sendBatch(emails: BatchEmail[], options: { idempotencyKey: string }): Promise<{ ids: string[] }>;
}

/** A send that did not happen. `retryable` tells the job whether trying again can help. */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly statusCode: number | null,
    readonly retryAfterMs: number | null = null,
    /** Resend's error name, e.g. `invalid_idempotent_request`. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = "EmailSendError";
  }
}

export async function renderEmail<N extends TemplateName>(name: N, props: TemplateProps<N>): Promise<RenderedEmail> {
  // TypeScript cannot correlate `name` with its props across the union of templates.
  const template = templates[name] as unknown as { component: ComponentType<TemplateProps<N>>; subject: (props: TemplateProps<N>) => string };
  const element = createElement(template.component, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(props), html, text };
}

function parseRetryAfterMs(value: string | undefined): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

type ResendResult = { data: unknown; error: { statusCode?: number | null; name: string; message: string } | null; headers?: Record<string, string> | null };

/** Turns an SDK result into data or an EmailSendError that says whether trying again can help. */
function unwrapResend<T>(result: ResendResult): T {
  if (!result.error) return result.data as T;
  const status = result.error.statusCode ?? null;
  // 429 and 5xx are worth retrying, and so is a request that never got an answer (no status);
  // 409 concurrent_idempotent_requests means the same key is still being processed. Other 4xx
  // mean the message itself is wrong.
  const retryable = status === null || status === 429 || status >= 500 || result.error.name === "concurrent_idempotent_requests";
  const retryAfter = parseRetryAfterMs(result.headers?.["retry-after"]);
  throw new EmailSendError(
    `Resend refused the message (${status ?? "no status"} ${result.error.name}): ${result.error.message}`,
    retryable,
    status,
    retryAfter,
    result.error.name,
  );
}

function createResendMailer(env: Env, apiKey: string): Mailer {
  const resend = new Resend(apiKey, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  const toApi = (email: BatchEmail) => ({
    from: env.EMAIL_FROM,
    to: [email.to],
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers,
    tags: email.tags,
  });
  return {
    transport: "resend",
    rateLimited: true,
    async send(email) {
      let result: ResendResult;
      try {
        result = await resend.emails.send(toApi(email), {
          idempotencyKey: email.idempotencyKey,
          signal: AbortSignal.timeout(RESEND_REQUEST_TIMEOUT_MS),
        });
      } catch (error) {
        // The SDK reports API errors in its result; a throw means the request itself failed.
        throw new EmailSendError(`Resend request failed: ${(error as Error).message}`, true, null);
      }
      return { id: unwrapResend<{ id: string }>(result).id };
    },
    async sendBatch(emails, options) {
      if (emails.length === 0 || emails.length > MAX_BATCH_SIZE) throw new Error(`A batch holds 1 to ${MAX_BATCH_SIZE} emails, not ${emails.length}`);
      let result: ResendResult;
      try {
        result = await resend.batch.send(emails.map(toApi), {
          idempotencyKey: options.idempotencyKey,
          signal: AbortSignal.timeout(RESEND_REQUEST_TIMEOUT_MS),
        });
      } catch (error) {
        throw new EmailSendError(`Resend request failed: ${(error as Error).message}`, true, null);
      }
      const data = unwrapResend<{ data: { id: string }[] }>(result).data;
      if (data.length !== emails.length) {
        throw new EmailSendError(`Resend accepted ${data.length} of ${emails.length} emails in batch ${options.idempotencyKey}`, false, null);
      }
      return { ids: data.map((d) => d.id) };
    },
  };
}

function createOutboxMailer(env: Env, db: Db): Mailer {
  async function keep(emails: (BatchEmail & { idempotencyKey: string })[]): Promise<string[]> {
    const rows = await db
      .insert(outboxMessages)
      .values(
        emails.map((email) => ({
          idempotencyKey: email.idempotencyKey,
          fromAddress: env.EMAIL_FROM,
          toAddress: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: email.headers ?? {},
        })),
      )
      // Same key, same message: a retried send returns the row kept the first time.
      .onConflictDoUpdate({ target: outboxMessages.idempotencyKey, set: { idempotencyKey: sql`excluded.idempotency_key` } })
      .returning({ id: outboxMessages.id, idempotencyKey: outboxMessages.idempotencyKey });
    const byKey = new Map(rows.map((r) => [r.idempotencyKey, r.id]));
    return emails.map((e) => byKey.get(e.idempotencyKey)!);
  }
  return {
    transport: "outbox",
    rateLimited: false,
    async send(email) {
      const [id] = await keep([email]);
      return { id: id! };
    },
    async sendBatch(emails, options) {
      return { ids: await keep(emails.map((email, i) => ({ ...email, idempotencyKey: `${options.idempotencyKey}/${i}` }))) };
    },
  };
}

/** Resend when a key is configured; otherwise the local outbox, never a silent no-op. */
export function createMailer(env: Env, db: Db): Mailer {
  return env.RESEND_API_KEY ? createResendMailer(env, env.RESEND_API_KEY) : createOutboxMailer(env, db);
}

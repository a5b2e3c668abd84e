import { render } from "@react-email/render";
import { createElement } from "react";
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

export interface Mailer {
  transport: "resend" | "outbox";
  send(email: OutgoingEmail): Promise<{ id: string }>;
}

/** A send that did not happen. `retryable` tells the job whether trying again can help. */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly statusCode: number | null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "EmailSendError";
  }
}

export async function renderEmail<N extends TemplateName>(name: N, props: TemplateProps<N>): Promise<RenderedEmail> {
  const template = templates[name];
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

function createResendMailer(env: Env, apiKey: string): Mailer {
  const resend = new Resend(apiKey, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  return {
    transport: "resend",
    async send(email) {
      let result: Awaited<ReturnType<typeof resend.emails.send>>;
      try {
        result = await resend.emails.send(
          {
            from: env.EMAIL_FROM,
            to: [email.to],
            subject: email.subject,
            html: email.html,
            text: email.text,
            headers: email.headers,
            tags: email.tags,
          },
          { idempotencyKey: email.idempotencyKey },
        );
      } catch (error) {
        // The SDK reports API errors in its result; a throw means the request itself failed.
        throw new EmailSendError(`Resend request failed: ${(error as Error).message}`, true, null);
      }
      if (result.error) {
        const status = result.error.statusCode ?? null;
        // 429 and 5xx are worth retrying; other 4xx mean the message itself is wrong.
        const retryable = status === null || status === 429 || status >= 500;
        const retryAfter = parseRetryAfterMs(result.headers?.["retry-after"]);
        throw new EmailSendError(`Resend refused the message (${status ?? "no status"} ${result.error.name}): ${result.error.message}`, retryable, status, retryAfter);
      }
      return { id: result.data!.id };
    },
  };
}

function createOutboxMailer(env: Env, db: Db): Mailer {
  return {
    transport: "outbox",
    async send(email) {
      const [inserted] = await db
        .insert(outboxMessages)
        .values({
          idempotencyKey: email.idempotencyKey,
          fromAddress: env.EMAIL_FROM,
          toAddress: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: email.headers ?? {},
        })
        .onConflictDoUpdate({ target: outboxMessages.idempotencyKey, set: { idempotencyKey: email.idempotencyKey } })
        .returning({ id: outboxMessages.id });
      return { id: inserted!.id };
    },
  };
}

/** Resend when a key is configured; otherwise the local outbox, never a silent no-op. */
export function createMailer(env: Env, db: Db): Mailer {
  return env.RESEND_API_KEY ? createResendMailer(env, env.RESEND_API_KEY) : createOutboxMailer(env, db);
}

import { handleResendWebhook } from "~/lib/webhooks.server";
import type { Route } from "./+types/webhook-resend";

export function loader() {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}

/** Resend's delivery events. The signature covers the raw body, so it is read as text before anything parses it. */
export async function action({ request, context }: Route.ActionArgs) {
  if (request.method !== "POST") return loader();
  const rawBody = await request.text();
  const result = await handleResendWebhook(context.db, context.env.RESEND_WEBHOOK_SECRET, rawBody, {
    id: request.headers.get("svix-id"),
    timestamp: request.headers.get("svix-timestamp"),
    signature: request.headers.get("svix-signature"),
  });
  return Response.json({ result: result.message }, { status: result.status, headers: { "Cache-Control": "no-store" } });
}

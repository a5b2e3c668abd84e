import { getOutboxMessage } from "~/lib/outbox.server";
import type { Route } from "./+types/dev-outbox-html";

export async function loader({ params, context }: Route.LoaderArgs) {
  if (context.mailer.transport !== "outbox") throw new Response("Not found", { status: 404 });
  const message = await getOutboxMessage(context.db, params.id);
  if (!message) throw new Response("Not found", { status: 404 });
  return new Response(message.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // Email HTML is full of inline styles; it is shown sandboxed, with no scripts, inside our own page only.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; sandbox; frame-ancestors 'self'",
      "Cache-Control": "no-store",
    },
  });
}

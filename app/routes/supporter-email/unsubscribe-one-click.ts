import { redirect } from "react-router";
import { unsubscribe } from "~/lib/unsubscribe.server";
import type { Route } from "./+types/unsubscribe-one-click";

/** A client that opens the List-Unsubscribe link instead of POSTing to it gets the page with choices. */
export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/unsubscribe/${encodeURIComponent(params.token)}`, 303);
}

/**
 * RFC 8058 one-click unsubscribe: the mail provider POSTs `List-Unsubscribe=One-Click`
 * from its own servers (this path is exempt from the origin check; the signed token is
 * the authority) and gets a bare answer, no page. It unsubscribes from this campaign.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const text = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  const form = await request.formData().catch(() => null);
  if (form?.get("List-Unsubscribe") !== "One-Click") return new Response("Expected List-Unsubscribe=One-Click\n", { status: 400, headers: text });
  const ok = await unsubscribe(context.db, params.token, "campaign");
  return new Response(ok ? "Unsubscribed\n" : "Invalid unsubscribe link\n", { status: ok ? 200 : 400, headers: text });
}

import { requireUser } from "~/lib/auth.server";
import { detectLocale } from "~/lib/i18n.server";
import { isLocale } from "~/lib/i18n";
import { previewMessage, requireMessage } from "~/lib/supporter-updates.server";
import type { Route } from "./+types/preview";

/** The message rendered by the real template, for the compose screen's sandboxed frame. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : await detectLocale(request);
  const message = await requireMessage(context.db, user, params.id, "viewer", locale);
  const preview = await previewMessage(context.db, message, { appUrl: context.env.APP_URL, locale, signerName: user.displayName });
  if (!preview) throw new Response("Not found", { status: 404 });
  const format = new URL(request.url).searchParams.get("format");
  return new Response(format === "text" ? preview.email.text : preview.email.html, {
    headers: {
      "Content-Type": format === "text" ? "text/plain; charset=utf-8" : "text/html; charset=utf-8",
      // Email HTML is full of inline styles; it is shown sandboxed, with no scripts, inside our own page only.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; sandbox; frame-ancestors 'self'",
      "Cache-Control": "no-store",
    },
  });
}

import { exportSupporterData, openDataToken } from "~/lib/supporter-data.server";
import type { Route } from "./+types/my-data-download";

/** The supporter's own data as a JSON file (the link in the email is the only key). */
export async function loader({ params, context }: Route.LoaderArgs) {
  const check = await openDataToken(context.db, params.token);
  if (!check.ok) throw new Response("This link is not valid", { status: check.reason === "expired" ? 410 : 400 });
  const body = JSON.stringify(await exportSupporterData(context.db, check.canonicalEmail), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-data.json"',
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

import { COUNT_INTERVAL_MS } from "~/lib/counting.server";
import { withOutageResponse } from "~/lib/outage.server";
import { getCountSnapshot } from "~/lib/petitions.server";
import type { Route } from "./+types/petition-count";

/** Cacheable for about one counting interval; stale copies may be served while refreshing or if we are down. */
const COUNT_CACHE_CONTROL = `public, max-age=${Math.ceil(COUNT_INTERVAL_MS / 1000)}, stale-while-revalidate=30, stale-if-error=600`;

export async function loader({ params, context }: Route.LoaderArgs) {
  return withOutageResponse(async () => {
    const snapshot = await getCountSnapshot(context.db, params.slug);
    if (!snapshot) return Response.json({ error: "not_found", message: "No such petition." }, { status: 404 });
    return Response.json(snapshot, { headers: { "Cache-Control": COUNT_CACHE_CONTROL, "Access-Control-Allow-Origin": "*" } });
  });
}

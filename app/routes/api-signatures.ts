import { withOutageResponse } from "~/lib/outage.server";
import { recordSignatureFromApi } from "~/lib/signature-api.server";
import type { Route } from "./+types/api-signatures";

export async function action({ request, params, context }: Route.ActionArgs) {
  if (request.method !== "POST") return Response.json({ error: "method_not_allowed", message: "Use POST." }, { status: 405, headers: { Allow: "POST" } });
  return withOutageResponse(async () => {
    const { status, body } = await recordSignatureFromApi(request, context, params.slug);
    return Response.json(body, { status });
  });
}

export function loader() {
  return Response.json({ error: "method_not_allowed", message: "Use POST to record a signature." }, { status: 405, headers: { Allow: "POST" } });
}

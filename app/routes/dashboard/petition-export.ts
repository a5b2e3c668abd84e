import { exportSignaturesCsv } from "~/lib/export.server";
import { requireUser } from "~/lib/auth.server";
import { requirePetitionRole } from "~/lib/authorization.server";
import type { Route } from "./+types/petition-export";

/**
 * The full CSV of a petition's signatures, streamed. It holds supporters'
 * personal data, so editors and owners only (viewers see counts, never people).
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const access = await requirePetitionRole(context.db, user, params.petitionId, "editor");
  const csv = await exportSignaturesCsv(context.db, access.petitionId, { userId: user.id, organisationId: access.organisationId });
  if (!csv) throw new Response("Not found", { status: 404 });
  const { filename, stream } = csv;
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

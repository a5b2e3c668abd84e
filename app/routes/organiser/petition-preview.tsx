import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Link, data } from "react-router";
import { PetitionPageBody } from "~/components/petition-page-body";
import { requireUser } from "~/lib/auth.server";
import { detectLocale } from "~/lib/i18n.server";
import { loadPetitionPreview, requireOrgPetition } from "~/lib/petition-editor.server";
import { signFormSchemaFor } from "~/lib/signature-schema";
import type { Route } from "./+types/petition-preview";
import { readForm } from "~/lib/form-data.server";

// The public petition page's own components, for a petition in any status (drafts
// included), under a banner. Nothing here is cached or indexed, and signing is off.

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const page = await loadPetitionPreview(context, params.petitionId, locale);
  return data({ locale, organisation, ...page }, { headers: { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" } });
}

/** Checks the sign form the way the public page would, and records nothing. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const { petition } = await loadPetitionPreview(context, params.petitionId, locale);
  const submission = parseWithZod(await readForm(request), { schema: signFormSchemaFor(petition) });
  return data({ result: submission.reply(), checked: submission.status === "success" }, { status: submission.status === "success" ? 200 : 400 });
}

export default function PetitionPreview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, petition, organisation } = loaderData;
  const manage = `/dashboard/orgs/${organisation.slug}/petitions/${petition.id}`;
  return (
    <>
      <div className="preview-banner" role="note" aria-label={t("organiser.preview.label")}>
        <p>
          <strong>{t("organiser.preview.label")}</strong> — {t("organiser.preview.explain", { status: t(`petition.status.${petition.status}`) })}{" "}
          <Link to={manage}>{t("organiser.preview.back")}</Link>
        </p>
        {actionData?.checked ? <p role="status">{t("organiser.preview.formOk")}</p> : null}
      </div>
      <PetitionPageBody
        page={loaderData}
        locale={locale}
        title={`${t("organiser.preview.label")}: ${petition.title}`}
        lastResult={actionData?.result}
      />
    </>
  );
}

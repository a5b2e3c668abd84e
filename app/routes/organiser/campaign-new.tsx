import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { createCampaign } from "~/lib/campaign-editor.server";
import { detectLocale } from "~/lib/i18n.server";
import { CampaignSchema } from "~/lib/organiser-schemas";
import { requireOrganisation } from "~/lib/organisations.server";
import type { Route } from "./+types/campaign-new";
import { ADD_LANGUAGE, CampaignForm, addLanguageReply } from "./ui/campaign-form";
import { failureReply } from "./ui/form-fields";
import { Breadcrumbs, withNotice } from "./ui/page-parts";
import { readForm } from "~/lib/form-data.server";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrganisation(context.db, user, params.orgSlug, "editor");
  return { organisation, locale: await detectLocale(request) };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrganisation(context.db, user, params.orgSlug, "editor");
  const formData = await readForm(request);
  if (formData.get("intent") === ADD_LANGUAGE) {
    const result = addLanguageReply(formData);
    return data({ result }, { status: result.error ? 400 : 200 });
  }
  const submission = parseWithZod(formData, { schema: CampaignSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await createCampaign(context.db, user, organisation.id, submission.value);
  if (!result.ok) return data({ result: failureReply(submission, result) }, { status: 400 });
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/campaigns/${result.id}`, "created"), 303);
}

export default function NewCampaign({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, locale } = loaderData;
  return (
    <>
      <PageTitle title={t("organiser.campaign.newTitle")} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: `/dashboard/orgs/${organisation.slug}`, label: organisation.name },
        ]}
      />
      <h1>{t("organiser.campaign.newTitle")}</h1>
      <p>{t("organiser.campaign.lead")}</p>
      <CampaignForm
        id="campaign"
        lastResult={actionData?.result}
        defaultValue={{ translations: [{ locale: "en" }, { locale: "fr" }] }}
        showStatus={false}
        uiLocale={locale}
        submitLabel={t("organiser.campaign.create")}
      />
    </>
  );
}

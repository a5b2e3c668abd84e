import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Link, data, redirect } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { getCampaign, updateCampaign } from "~/lib/campaign-editor.server";
import { detectLocale } from "~/lib/i18n.server";
import { CampaignSchema } from "~/lib/organiser-schemas";
import { requireOrgCampaign } from "~/lib/petition-editor.server";
import type { Route } from "./+types/campaign-edit";
import { ADD_LANGUAGE, CampaignForm, addLanguageReply } from "./ui/campaign-form";
import { failureReply } from "./ui/form-fields";
import { Breadcrumbs, Notice, withNotice } from "./ui/page-parts";
import { readForm } from "~/lib/form-data.server";

async function load({ request, params, context }: Route.LoaderArgs | Route.ActionArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgCampaign(context.db, user, params.orgSlug, params.campaignId, "editor");
  return { user, organisation };
}

export async function loader(args: Route.LoaderArgs) {
  const { organisation } = await load(args);
  const locale = await detectLocale(args.request);
  const campaign = await getCampaign(args.context.db, args.params.campaignId, locale);
  if (!campaign) throw new Response("Not found", { status: 404 });
  return { organisation, campaign, locale };
}

export async function action(args: Route.ActionArgs) {
  const { user, organisation } = await load(args);
  const formData = await readForm(args.request);
  if (formData.get("intent") === ADD_LANGUAGE) {
    const result = addLanguageReply(formData);
    return data({ result }, { status: result.error ? 400 : 200 });
  }
  const submission = parseWithZod(formData, { schema: CampaignSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await updateCampaign(args.context.db, user, args.params.campaignId, submission.value);
  if (!result.ok) return data({ result: failureReply(submission, result) }, { status: 400 });
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/campaigns/${args.params.campaignId}`, "saved"), 303);
}

export default function EditCampaign({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, campaign, locale } = loaderData;
  const present = campaign.translations.map((tr) => tr.locale);
  const translations = [...campaign.translations, ...["en", "fr"].filter((l) => !present.includes(l)).map((l) => ({ locale: l }))];
  const base = `/dashboard/orgs/${organisation.slug}`;
  return (
    <>
      <PageTitle title={campaign.title} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: base, label: organisation.name },
        ]}
      />
      <h1>{campaign.title}</h1>
      <Notice />
      <p>
        <Link to={`${base}/campaigns/${campaign.id}/petitions/new`}>{t("organiser.org.newPetition")}</Link>
      </p>
      <h2>{t("organiser.campaign.editHeading")}</h2>
      <CampaignForm
        id="campaign"
        lastResult={actionData?.result}
        defaultValue={{ slug: campaign.slug, status: campaign.status, translations }}
        showStatus
        uiLocale={locale}
        submitLabel={t("organiser.save")}
      />
    </>
  );
}

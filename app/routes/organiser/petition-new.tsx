import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, data, redirect } from "react-router";
import type { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { getCampaign } from "~/lib/campaign-editor.server";
import { detectLocale } from "~/lib/i18n.server";
import { CreatePetitionSchema } from "~/lib/organiser-schemas";
import { createPetition, requireOrgCampaign } from "~/lib/petition-editor.server";
import type { Route } from "./+types/petition-new";
import { FormErrors, TextArea, TextInput, failureReply } from "./ui/form-fields";
import { Breadcrumbs, withNotice } from "./ui/page-parts";
import { readForm } from "~/lib/form-data.server";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgCampaign(context.db, user, params.orgSlug, params.campaignId, "editor");
  const locale = await detectLocale(request);
  const campaign = await getCampaign(context.db, params.campaignId, locale);
  if (!campaign) throw new Response("Not found", { status: 404 });
  return { organisation, campaign: { id: campaign.id, title: campaign.title }, locale };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgCampaign(context.db, user, params.orgSlug, params.campaignId, "editor");
  const submission = parseWithZod(await readForm(request), { schema: CreatePetitionSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await createPetition(context.db, user, params.campaignId, submission.value);
  if (!result.ok) return data({ result: failureReply(submission, result) }, { status: 400 });
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/petitions/${result.id}`, "created"), 303);
}

export default function NewPetition({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, campaign, locale } = loaderData;
  const [form, fields] = useForm<z.input<typeof CreatePetitionSchema>>({ id: "new-petition", lastResult: actionData?.result, defaultValue: { defaultLocale: locale }, shouldValidate: "onBlur" });
  const base = `/dashboard/orgs/${organisation.slug}`;
  return (
    <>
      <PageTitle title={t("organiser.petition.newTitle")} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: base, label: organisation.name },
          { to: `${base}/campaigns/${campaign.id}`, label: campaign.title },
        ]}
      />
      <h1>{t("organiser.petition.newTitle")}</h1>
      <p>{t("organiser.petition.newLead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormErrors form={form} />
        <TextInput meta={fields.slug} label={t("organiser.fields.slug")} hint={t("organiser.petition.slugHint")} />
        <TextInput meta={fields.defaultLocale} label={t("organiser.petition.defaultLocale")} hint={t("organiser.addLanguage.hint")} />
        <TextInput meta={fields.title} label={t("organiser.petition.title")} />
        <TextInput meta={fields.target} label={t("organiser.petition.target")} hint={t("organiser.petition.targetHint")} />
        <TextArea meta={fields.ask} label={t("organiser.petition.ask")} hint={t("organiser.petition.askHint")} rows={3} />
        <TextArea meta={fields.bodyMarkdown} label={t("organiser.petition.body")} hint={t("organiser.petition.bodyHint")} rows={12} />
        <button type="submit" className="button-primary">
          {t("organiser.petition.create")}
        </button>
      </Form>
    </>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import type { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { countryOptions } from "~/lib/countries";
import { detectLocale } from "~/lib/i18n.server";
import { CreateOrganisationSchema, E } from "~/lib/organiser-schemas";
import { createOrganisation } from "~/lib/organisations.server";
import type { Route } from "./+types/org-new";
import { FormErrors, Select, TextInput, failureReply } from "./ui/form-fields";
import { withNotice } from "./ui/page-parts";
import { readForm } from "~/lib/form-data.server";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  return { emailVerified: user.emailVerified, countries: countryOptions(locale) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await readForm(request), { schema: CreateOrganisationSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await createOrganisation(context.db, user, submission.value);
  if (!result.ok) return data({ result: failureReply(submission, result) }, { status: result.message === E.emailNotVerified ? 403 : 400 });
  return redirect(withNotice(`/dashboard/orgs/${result.slug}`, "created"), 303);
}

export default function NewOrganisation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm<z.input<typeof CreateOrganisationSchema>>({ id: "new-organisation", lastResult: actionData?.result, shouldValidate: "onBlur" });
  return (
    <div className="narrow-wide">
      <PageTitle title={t("organiser.orgNew.title")} />
      <h1>{t("organiser.orgNew.title")}</h1>
      {!loaderData.emailVerified ? (
        <p className="notice">
          {t("organiser.orgNew.verifyFirst")} <Link to="/account">{t("organiser.orgNew.verifyLink")}</Link>
        </p>
      ) : null}
      <p>{t("organiser.orgNew.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormErrors form={form} />
        <TextInput meta={fields.name} label={t("organiser.orgNew.name")} autoComplete="organization" />
        <TextInput meta={fields.slug} label={t("organiser.fields.slug")} hint={t("organiser.fields.slugHint")} />
        <Select
          meta={fields.country}
          label={t("organiser.orgNew.country")}
          options={[{ value: "", label: t("organiser.orgNew.noCountry") }, ...loaderData.countries.map((c) => ({ value: c.code, label: c.name }))]}
        />
        <TextInput meta={fields.website} type="url" label={t("organiser.orgNew.website")} hint={t("organiser.orgNew.websiteHint")} />
        <button type="submit" className="button-primary">
          {t("organiser.orgNew.submit")}
        </button>
      </Form>
    </div>
  );
}

import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { clientIpHash } from "~/lib/auth.server";
import { detectLocale, getFixedT } from "~/lib/i18n.server";
import { requestDataLink } from "~/lib/supporter-data.server";
import type { Route } from "./+types/my-data";
import { FieldError, FormError, Notice } from "./ui/parts";
import { readForm } from "~/lib/form-data.server";

const MyDataSchema = z.object({
  email: z.string({ error: "supporterEmail.myData.errors.email" }).trim().max(254).pipe(z.email("supporterEmail.myData.errors.email")),
});

export async function loader({ request }: Route.LoaderArgs) {
  return { sent: new URL(request.url).searchParams.has("sent") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: MyDataSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const locale = await detectLocale(request);
  const t = await getFixedT(locale);
  const result = await requestDataLink(context.db, submission.value.email, {
    locale,
    siteName: t("meta.siteName"),
    appUrl: context.env.APP_URL,
    ipHash: clientIpHash(context),
  });
  if (!result.ok) return data({ result: submission.reply({ formErrors: ["supporterEmail.myData.rateLimited"] }) }, { status: 429 });
  return redirect("/my-data?sent", 303);
}

export default function MyData({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm<z.input<typeof MyDataSchema>>({ id: "my-data", lastResult: actionData?.result, shouldValidate: "onBlur" });
  return (
    <div className="narrow">
      <PageTitle title={t("supporterEmail.myData.title")} />
      <h1>{t("supporterEmail.myData.title")}</h1>
      <Notice message={loaderData.sent ? t("supporterEmail.myData.sent") : null} />
      <p>{t("supporterEmail.myData.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormError message={form.errors?.[0] ? t(form.errors[0]) : null} id={form.errorId} />
        <div className="field">
          <label htmlFor={fields.email.id}>{t("supporterEmail.myData.email")}</label>
          <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" />
          <FieldError errors={fields.email.errors} id={fields.email.errorId} />
        </div>
        <button type="submit" className="button-primary">
          {t("supporterEmail.myData.submit")}
        </button>
      </Form>
    </div>
  );
}

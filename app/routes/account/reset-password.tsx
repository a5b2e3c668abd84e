import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { inspectAccountToken, resetPassword } from "~/lib/account.server";
import { startSession } from "~/lib/auth.server";
import type { Route } from "./+types/reset-password";
import { FormField } from "./form-field";
import { LinkProblemPage, SECRET_URL_HEADERS, linkProblemStatus } from "./link-problem";
import { NewPasswordField } from "./schemas";
import { readForm } from "~/lib/form-data.server";

const ResetPasswordSchema = z.object({ password: NewPasswordField });

// Opening the link only shows the form (mail scanners open links too); saving uses the link up.
export async function loader({ params, context }: Route.LoaderArgs) {
  const check = await inspectAccountToken(context.db, params.token, "reset-password");
  if (!check.ok) return data({ ok: false as const, reason: check.reason }, { status: linkProblemStatus(check.reason), headers: SECRET_URL_HEADERS });
  return data({ ok: true as const }, { headers: SECRET_URL_HEADERS });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ResetPasswordSchema });
  if (submission.status !== "success") return data({ ok: true as const, result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const result = await resetPassword(context.db, params.token, submission.value.password);
  if (!result.ok) return data({ ok: false as const, reason: result.reason }, { status: linkProblemStatus(result.reason), headers: SECRET_URL_HEADERS });
  // Every old session is gone; this fresh one still has to pass the second factor if there is one.
  const cookie = await startSession(context, result.userId, !result.needsTwoFactor);
  return redirect(result.needsTwoFactor ? "/login/two-factor?redirectTo=%2Fdashboard" : "/dashboard", { headers: { "Set-Cookie": cookie } });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult: actionData?.ok ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
    shouldValidate: "onBlur",
  });
  const problem = actionData && !actionData.ok ? actionData.reason : !loaderData.ok ? loaderData.reason : null;
  if (problem) return <LinkProblemPage reason={problem} next="/forgot-password" nextLabel={t("account.reset.requestNew")} />;
  return (
    <div className="narrow">
      <PageTitle title={t("account.reset.title")} />
      <h1>{t("account.reset.title")}</h1>
      <p>{t("account.reset.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormField meta={fields.password} label={t("account.reset.password")} type="password" autoComplete="new-password" hint={t("account.passwordHint")} />
        <button type="submit" className="button-primary">
          {t("account.reset.submit")}
        </button>
      </Form>
    </div>
  );
}

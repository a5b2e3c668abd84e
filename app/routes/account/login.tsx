import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { authenticate, clientIpHash, getSession, safeRedirectPath, startSession } from "~/lib/auth.server";
import type { Route } from "./+types/login";
import { readForm } from "~/lib/form-data.server";

const LoginSchema = z.object({
  email: z.string({ error: "account.errors.required" }).trim().max(254).pipe(z.email("account.errors.email")),
  password: z.string({ error: "account.errors.required" }).max(256),
  redirectTo: z.string().max(500).optional(),
});

/** Messages other pages redirect here with (`?notice=`); anything else is ignored. */
const LOGIN_NOTICES: Record<string, string> = {
  "signed-out-everywhere": "account.login.notice.signedOutEverywhere",
  "email-changed": "account.login.notice.emailChanged",
};

export async function loader({ request, context }: Route.LoaderArgs) {
  const session = await getSession(request, context);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (session?.twoFactorVerified || (session && !session.user.totpEnabled)) throw redirect(redirectTo);
  const notice = LOGIN_NOTICES[new URL(request.url).searchParams.get("notice") ?? ""] ?? null;
  return { redirectTo, notice };
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: LoginSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const { email, password, redirectTo } = submission.value;
  const result = await authenticate(context.db, email, password, clientIpHash(context));
  if (!result.ok) {
    const message = result.reason === "rate-limited" ? "account.login.rateLimited" : "account.login.invalid";
    return data({ result: submission.reply({ formErrors: [message], hideFields: ["password"] }) }, { status: result.reason === "rate-limited" ? 429 : 400 });
  }
  const cookie = await startSession(context, result.userId, !result.needsTwoFactor);
  const target = safeRedirectPath(redirectTo);
  const next = result.needsTwoFactor ? `/login/two-factor?redirectTo=${encodeURIComponent(target)}` : target;
  return redirect(next, { headers: { "Set-Cookie": cookie } });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <div className="narrow">
      <PageTitle title={t("account.login.title")} />
      <h1>{t("account.login.title")}</h1>
      {loaderData.notice ? (
        <p className="notice" role="status">
          {t(loaderData.notice)}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack-form">
        {form.errors?.length ? (
          <p className="form-error" role="alert" id={form.errorId}>
            {t(form.errors[0]!)}
          </p>
        ) : null}
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <div className="field">
          <label htmlFor={fields.email.id}>{t("account.login.email")}</label>
          <input {...getInputProps(fields.email, { type: "email" })} autoComplete="username" />
          {fields.email.errors ? <p className="field-error" id={fields.email.errorId}>{t(fields.email.errors[0]!)}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={fields.password.id}>{t("account.login.password")}</label>
          <input {...getInputProps(fields.password, { type: "password" })} autoComplete="current-password" />
          {fields.password.errors ? <p className="field-error" id={fields.password.errorId}>{t(fields.password.errors[0]!)}</p> : null}
        </div>
        <button type="submit" className="button-primary">
          {t("account.login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("account.login.forgot")}</Link>
      </p>
      <p>
        {t("account.login.noAccount")} <Link to="/signup">{t("account.login.signUp")}</Link>
      </p>
    </div>
  );
}

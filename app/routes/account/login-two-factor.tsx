import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { getSession, safeRedirectPath } from "~/lib/auth.server";
import { verifyTwoFactorLogin } from "~/lib/totp.server";
import type { Route } from "./+types/login-two-factor";
import { FormError, FormField } from "./form-field";
import { TotpCodeField } from "./schemas";
import { readForm } from "~/lib/form-data.server";

const TwoFactorLoginSchema = z.object({ code: TotpCodeField, redirectTo: z.string().max(500).optional() });

/** The half-signed-in session (password given, code not yet), or a redirect when there is nothing to do here. */
async function requirePendingSession(request: Request, context: Route.LoaderArgs["context"], redirectTo: string) {
  const session = await getSession(request, context);
  if (!session) throw redirect(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  if (!session.user.totpEnabled || session.twoFactorVerified) throw redirect(redirectTo);
  return session;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  await requirePendingSession(request, context, redirectTo);
  return { redirectTo };
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: TwoFactorLoginSchema });
  const redirectTo = safeRedirectPath(submission.payload.redirectTo);
  const session = await requirePendingSession(request, context, redirectTo);
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["code"] }) }, { status: 400 });
  const outcome = await verifyTwoFactorLogin(context.db, { userId: session.user.id, sessionId: session.id, code: submission.value.code });
  if (outcome === "verified" || outcome === "not-enabled") return redirect(redirectTo);
  if (outcome === "rate-limited") {
    return data({ result: submission.reply({ formErrors: ["account.errors.rateLimited"], hideFields: ["code"] }) }, { status: 429 });
  }
  return data({ result: submission.reply({ fieldErrors: { code: ["account.errors.invalidCode"] }, hideFields: ["code"] }) }, { status: 400 });
}

export default function LoginTwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "login-two-factor",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TwoFactorLoginSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <div className="narrow">
      <PageTitle title={t("account.twoFactorLogin.title")} />
      <h1>{t("account.twoFactorLogin.title")}</h1>
      <p>{t("account.twoFactorLogin.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormError errors={form.errors} id={form.errorId} />
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <FormField meta={fields.code} label={t("account.twoFactorLogin.code")} type="text" autoComplete="one-time-code" inputMode="numeric" />
        <button type="submit" className="button-primary">
          {t("account.twoFactorLogin.submit")}
        </button>
      </Form>
      <Form method="post" action="/logout">
        <button type="submit" className="button-link">
          {t("account.twoFactorLogin.cancel")}
        </button>
      </Form>
    </div>
  );
}

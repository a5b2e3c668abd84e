import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { accountMailMeta, signUp } from "~/lib/account.server";
import { clientIpHash, getSession, safeRedirectPath } from "~/lib/auth.server";
import type { Route } from "./+types/signup";
import { FormError, FormField } from "./form-field";
import { EmailField, NewPasswordField } from "./schemas";
import { readForm } from "~/lib/form-data.server";

const SignupSchema = z.object({
  displayName: z.string({ error: "account.errors.required" }).trim().min(1, "account.errors.required").max(100, "account.errors.tooLong"),
  email: EmailField,
  password: NewPasswordField,
  redirectTo: z.string().max(500).optional(),
});

export async function loader({ request, context }: Route.LoaderArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getSession(request, context)) throw redirect(redirectTo);
  return { redirectTo };
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: SignupSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const { redirectTo, ...input } = submission.value;
  const meta = await accountMailMeta(request, context);
  const result = await signUp(context.db, input, { ...meta, ipHash: clientIpHash(context) });
  if (result.outcome === "rate-limited") {
    return data({ result: submission.reply({ formErrors: ["account.signup.rateLimited"], hideFields: ["password"] }) }, { status: 429 });
  }
  // A new address and one that already has an account get the same answer: the same page, and no
  // session either way (a cookie only for new accounts would tell them apart). Opening the emailed
  // link signs a new organiser in.
  return redirect(`/signup/check-email?redirectTo=${encodeURIComponent(safeRedirectPath(redirectTo))}`);
}

export default function Signup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "signup",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <div className="narrow">
      <PageTitle title={t("account.signup.title")} />
      <h1>{t("account.signup.title")}</h1>
      <p>{t("account.signup.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormError errors={form.errors} id={form.errorId} />
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <FormField meta={fields.displayName} label={t("account.signup.displayName")} type="text" autoComplete="name" hint={t("account.signup.displayNameHint")} />
        <FormField meta={fields.email} label={t("account.signup.email")} type="email" autoComplete="email" />
        <FormField meta={fields.password} label={t("account.signup.password")} type="password" autoComplete="new-password" hint={t("account.passwordHint")} />
        <button type="submit" className="button-primary">
          {t("account.signup.submit")}
        </button>
      </Form>
      <p>
        {t("account.signup.haveAccount")} <Link to="/login">{t("account.signup.signIn")}</Link>
      </p>
    </div>
  );
}

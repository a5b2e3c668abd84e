import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { changePassword } from "~/lib/account.server";
import { requireUser } from "~/lib/auth.server";
import type { Route } from "./+types/password";
import { FormError, FormField } from "./form-field";
import { CurrentPasswordField, NewPasswordField } from "./schemas";
import { readForm } from "~/lib/form-data.server";

const ChangePasswordSchema = z.object({ currentPassword: CurrentPasswordField, newPassword: NewPasswordField });
const HIDDEN = ["currentPassword", "newPassword"];

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireUser(request, context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await readForm(request), { schema: ChangePasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: HIDDEN }) }, { status: 400 });
  const outcome = await changePassword(context.db, { userId: user.id, sessionId: user.sessionId, ...submission.value });
  if (outcome === "changed") return redirect("/account?done=password-changed");
  if (outcome === "rate-limited") return data({ result: submission.reply({ formErrors: ["account.errors.rateLimited"], hideFields: HIDDEN }) }, { status: 429 });
  return data({ result: submission.reply({ fieldErrors: { currentPassword: ["account.errors.wrongPassword"] }, hideFields: HIDDEN }) }, { status: 400 });
}

export default function ChangePassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "change-password",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <div className="narrow">
      <PageTitle title={t("account.password.title")} />
      <h1>{t("account.password.title")}</h1>
      <p>{t("account.password.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormError errors={form.errors} id={form.errorId} />
        <FormField meta={fields.currentPassword} label={t("account.password.current")} type="password" autoComplete="current-password" />
        <FormField meta={fields.newPassword} label={t("account.password.new")} type="password" autoComplete="new-password" hint={t("account.passwordHint")} />
        <button type="submit" className="button-primary">
          {t("account.password.submit")}
        </button>
      </Form>
      <p>
        <Link to="/account">{t("account.backToAccount")}</Link>
      </p>
    </div>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { accountMailMeta, requestEmailChange } from "~/lib/account.server";
import { requireUser } from "~/lib/auth.server";
import type { Route } from "./+types/email";
import { FormError, FormField } from "./form-field";
import { CurrentPasswordField, EmailField } from "./schemas";
import { readForm } from "~/lib/form-data.server";

const ChangeEmailSchema = z.object({ newEmail: EmailField, password: CurrentPasswordField });

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  return { email: user.email };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await readForm(request), { schema: ChangeEmailSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const { newEmail, password } = submission.value;
  const outcome = await requestEmailChange(context.db, { userId: user.id, password, newEmail }, await accountMailMeta(request, context));
  if (outcome === "sent") return redirect("/account?done=email-change-sent");
  const reply = (fieldErrors: Record<string, string[]>, formErrors: string[] = []) =>
    submission.reply({ fieldErrors, formErrors, hideFields: ["password"] });
  if (outcome === "rate-limited") return data({ result: reply({}, ["account.errors.rateLimited"]) }, { status: 429 });
  if (outcome === "same-email") return data({ result: reply({ newEmail: ["account.email.sameEmail"] }) }, { status: 400 });
  return data({ result: reply({ password: ["account.errors.wrongPassword"] }) }, { status: 400 });
}

export default function ChangeEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "change-email",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangeEmailSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <div className="narrow">
      <PageTitle title={t("account.email.title")} />
      <h1>{t("account.email.title")}</h1>
      <p>{t("account.email.lead")}</p>
      <dl className="meta-list">
        <div>
          <dt>{t("account.email.current")}</dt>
          <dd>{loaderData.email}</dd>
        </div>
      </dl>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormError errors={form.errors} id={form.errorId} />
        <FormField meta={fields.newEmail} label={t("account.email.newEmail")} type="email" autoComplete="email" />
        <FormField meta={fields.password} label={t("account.email.password")} type="password" autoComplete="current-password" />
        <button type="submit" className="button-primary">
          {t("account.email.submit")}
        </button>
      </Form>
      <p>
        <Link to="/account">{t("account.backToAccount")}</Link>
      </p>
    </div>
  );
}

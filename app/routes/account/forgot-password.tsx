import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { accountMailMeta, requestPasswordReset } from "~/lib/account.server";
import { clientIpHash } from "~/lib/auth.server";
import type { Route } from "./+types/forgot-password";
import { FormError, FormField } from "./form-field";
import { EmailField } from "./schemas";
import { readForm } from "~/lib/form-data.server";

const ForgotPasswordSchema = z.object({ email: EmailField });

export function loader({ request }: Route.LoaderArgs) {
  return { sent: new URL(request.url).searchParams.get("sent") === "1" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ForgotPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const meta = await accountMailMeta(request, context);
  const outcome = await requestPasswordReset(context.db, submission.value.email, { ...meta, ipHash: clientIpHash(context) });
  if (outcome === "rate-limited") return data({ result: submission.reply({ formErrors: ["account.forgot.rateLimited"] }) }, { status: 429 });
  // The same answer whether or not the address has an account.
  return redirect("/forgot-password?sent=1");
}

export default function ForgotPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
    shouldValidate: "onBlur",
  });
  if (loaderData.sent) {
    return (
      <div className="narrow">
        <PageTitle title={t("account.forgot.sentTitle")} />
        <h1>{t("account.forgot.sentTitle")}</h1>
        <p className="lead" role="status">
          {t("account.forgot.sent")}
        </p>
        <p>{t("account.forgot.spam")}</p>
        <p>
          <Link to="/login">{t("account.forgot.back")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageTitle title={t("account.forgot.title")} />
      <h1>{t("account.forgot.title")}</h1>
      <p>{t("account.forgot.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormError errors={form.errors} id={form.errorId} />
        <FormField meta={fields.email} label={t("account.forgot.email")} type="email" autoComplete="username" />
        <button type="submit" className="button-primary">
          {t("account.forgot.submit")}
        </button>
      </Form>
      <p>
        <Link to="/login">{t("account.forgot.back")}</Link>
      </p>
    </div>
  );
}

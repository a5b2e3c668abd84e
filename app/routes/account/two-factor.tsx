import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { accountMailMeta } from "~/lib/account.server";
import { requireUser } from "~/lib/auth.server";
import { disableTwoFactor, enableTwoFactor, getTwoFactorSetup } from "~/lib/totp.server";
import type { Route } from "./+types/two-factor";
import { FormError, FormField } from "./form-field";
import { CurrentPasswordField, TotpCodeField } from "./schemas";
import { readForm } from "~/lib/form-data.server";

const TwoFactorSchema = z.object({ intent: z.enum(["enable", "disable"]), code: TotpCodeField, password: CurrentPasswordField });
const HIDDEN = ["code", "password"];

const ERRORS: Record<"wrong-password" | "invalid-code" | "rate-limited" | "admin-required" | "unverified-email", { fieldErrors?: Record<string, string[]>; formErrors?: string[] }> = {
  "wrong-password": { fieldErrors: { password: ["account.errors.wrongPassword"] } },
  "invalid-code": { fieldErrors: { code: ["account.errors.invalidCode"] } },
  "rate-limited": { formErrors: ["account.errors.rateLimited"] },
  "admin-required": { formErrors: ["account.twoFactor.adminCannotDisable"] },
  "unverified-email": { formErrors: ["account.twoFactor.verifyFirst"] },
};

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { siteName } = await accountMailMeta(request, context);
  const setup = await getTwoFactorSetup(context.db, user.id, siteName);
  const requiredForAdmin = user.isAdmin && new URL(request.url).searchParams.get("required") === "admin";
  return { setup, isAdmin: user.isAdmin, emailVerified: user.emailVerified, requiredForAdmin };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await readForm(request), { schema: TwoFactorSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: HIDDEN }) }, { status: 400 });
  const { intent, code, password } = submission.value;
  const outcome =
    intent === "enable"
      ? await enableTwoFactor(context.db, { userId: user.id, sessionId: user.sessionId, password, code })
      : await disableTwoFactor(context.db, { userId: user.id, password, code });
  if (outcome === "enabled" || outcome === "already-enabled") return redirect("/account?done=two-factor-enabled");
  if (outcome === "disabled" || outcome === "not-enabled") return redirect("/account?done=two-factor-disabled");
  const status = outcome === "rate-limited" ? 429 : outcome === "admin-required" ? 403 : 400;
  return data({ result: submission.reply({ ...ERRORS[outcome], hideFields: HIDDEN }) }, { status });
}

// The page shows the pending secret: no cache may keep a copy.
export function headers(): HeadersInit {
  return { "Cache-Control": "no-store" };
}

export default function TwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { setup, isAdmin, emailVerified, requiredForAdmin } = loaderData;
  const [form, fields] = useForm({
    id: "two-factor",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TwoFactorSchema }),
    shouldValidate: "onBlur",
  });
  const fieldsAndSubmit = (label: string) => (
    <>
      <FormError errors={form.errors} id={form.errorId} />
      <FormField meta={fields.code} label={t("account.twoFactor.code")} type="text" autoComplete="one-time-code" inputMode="numeric" />
      <FormField meta={fields.password} label={t("account.twoFactor.password")} type="password" autoComplete="current-password" />
      <button type="submit" className="button-primary">
        {label}
      </button>
    </>
  );
  return (
    <div className="narrow">
      <PageTitle title={t("account.twoFactor.title")} />
      <h1>{t("account.twoFactor.title")}</h1>
      {requiredForAdmin && !setup.enabled ? (
        <p className="notice" role="status">
          {t("account.twoFactor.requiredAdmin")}
        </p>
      ) : null}
      <p>{t("account.twoFactor.lead")}</p>
      {setup.enabled ? (
        <>
          <p className="lead">{t("account.twoFactor.on")}</p>
          <h2>{t("account.twoFactor.disableHeading")}</h2>
          {isAdmin ? (
            <p>{t("account.twoFactor.adminCannotDisable")}</p>
          ) : (
            <>
              <p>{t("account.twoFactor.disableLead")}</p>
              <Form method="post" {...getFormProps(form)} className="stack-form">
                <input type="hidden" name="intent" value="disable" />
                {fieldsAndSubmit(t("account.twoFactor.disable"))}
              </Form>
            </>
          )}
        </>
      ) : !emailVerified ? (
        <p className="notice">
          {t("account.twoFactor.verifyFirst")}
        </p>
      ) : (
        <>
          <h2>{t("account.twoFactor.setupHeading")}</h2>
          <p>{t("account.twoFactor.step1")}</p>
          <dl className="meta-list">
            <div>
              <dt>{t("account.twoFactor.secret")}</dt>
              <dd>
                <code data-testid="totp-secret">{setup.secret!.match(/.{1,4}/g)!.join(" ")}</code>
              </dd>
            </div>
          </dl>
          <p>
            <a href={setup.uri!}>{t("account.twoFactor.openInApp")}</a>
          </p>
          <p>{t("account.twoFactor.step2")}</p>
          <Form method="post" {...getFormProps(form)} className="stack-form">
            <input type="hidden" name="intent" value="enable" />
            {fieldsAndSubmit(t("account.twoFactor.enable"))}
          </Form>
        </>
      )}
      <p>
        <Link to="/account">{t("account.backToAccount")}</Link>
      </p>
    </div>
  );
}

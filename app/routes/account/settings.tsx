import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { accountMailMeta, resendVerification, signOutEverywhere } from "~/lib/account.server";
import { cookieFor, requireUser } from "~/lib/auth.server";
import type { Route } from "./+types/settings";
import { readForm } from "~/lib/form-data.server";

const AccountActionSchema = z.object({ intent: z.enum(["resend-verification", "sign-out-everywhere"]) });

/** Outcomes other account pages redirect here with (`?done=`), so a reload shows no form resubmission. */
const DONE_MESSAGES = {
  "verification-sent": "account.settings.done.verificationSent",
  "already-verified": "account.settings.done.alreadyVerified",
  "password-changed": "account.settings.done.passwordChanged",
  "email-change-sent": "account.settings.done.emailChangeSent",
  "two-factor-enabled": "account.settings.done.twoFactorEnabled",
  "two-factor-disabled": "account.settings.done.twoFactorDisabled",
  "email-changed": "account.settings.done.emailChanged",
} as const;

function isDone(value: string | null): value is keyof typeof DONE_MESSAGES {
  return value !== null && value in DONE_MESSAGES;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const done = new URL(request.url).searchParams.get("done");
  return {
    user: { displayName: user.displayName, email: user.email, emailVerified: user.emailVerified, totpEnabled: user.totpEnabled },
    doneMessage: isDone(done) ? DONE_MESSAGES[done] : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await readForm(request), { schema: AccountActionSchema });
  if (submission.status !== "success") return data({ error: "account.errors.required" }, { status: 400 });
  if (submission.value.intent === "sign-out-everywhere") {
    await signOutEverywhere(context.db, user.id);
    return redirect("/login?notice=signed-out-everywhere", { headers: { "Set-Cookie": await cookieFor(context).serialize("", { maxAge: 0 }) } });
  }
  const outcome = await resendVerification(context.db, user.id, await accountMailMeta(request, context));
  if (outcome === "rate-limited") return data({ error: "account.settings.resendRateLimited" }, { status: 429 });
  return redirect(`/account?done=${outcome === "sent" ? "verification-sent" : "already-verified"}`);
}

export default function AccountSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { user, doneMessage } = loaderData;
  return (
    <>
      <PageTitle title={t("account.settings.title")} />
      <h1>{t("account.settings.title")}</h1>
      {doneMessage ? (
        <p className="notice" role="status">
          {t(doneMessage)}
        </p>
      ) : null}
      {actionData?.error ? (
        <p className="form-error" role="alert">
          {t(actionData.error)}
        </p>
      ) : null}
      <h2>{t("account.settings.detailsHeading")}</h2>
      <dl className="meta-list">
        <div>
          <dt>{t("account.settings.name")}</dt>
          <dd>{user.displayName}</dd>
        </div>
        <div>
          <dt>{t("account.settings.email")}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t("account.settings.emailStatus")}</dt>
          <dd>{t(user.emailVerified ? "account.settings.verified" : "account.settings.unverified")}</dd>
        </div>
        <div>
          <dt>{t("account.settings.twoFactor")}</dt>
          <dd>{t(user.totpEnabled ? "account.settings.twoFactorOn" : "account.settings.twoFactorOff")}</dd>
        </div>
      </dl>
      {user.emailVerified ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value="resend-verification" />
          <button type="submit" className="button-link">
            {t("account.settings.resend")}
          </button>
        </Form>
      )}
      <h2>{t("account.settings.securityHeading")}</h2>
      <ul>
        <li>
          <Link to="/account/password">{t("account.settings.changePassword")}</Link>
        </li>
        <li>
          <Link to="/account/email">{t("account.settings.changeEmail")}</Link>
        </li>
        <li>
          <Link to="/account/two-factor">{t("account.settings.manageTwoFactor")}</Link>
        </li>
      </ul>
      <h2>{t("account.settings.sessionsHeading")}</h2>
      <p>{t("account.settings.sessionsLead")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="sign-out-everywhere" />
        <button type="submit" className="button-primary">
          {t("account.settings.signOutEverywhere")}
        </button>
      </Form>
    </>
  );
}

import { useTranslation } from "react-i18next";
import { Link, data } from "react-router";
import { PageTitle } from "~/components/page-title";
import { hasSecondFactor, verifyEmail } from "~/lib/account.server";
import { getSession, startSession } from "~/lib/auth.server";
import type { Route } from "./+types/verify-email";
import { LinkProblemPage, SECRET_URL_HEADERS, linkProblemStatus } from "./link-problem";

// Opening the emailed link verifies: email links are GET, and the token works once. It also signs
// the organiser in when nobody is signed in here (sign-up itself starts no session, so that it
// answers alike for new and known addresses) — unless the account has a second factor, which a
// link from an inbox must not bypass.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const result = await verifyEmail(context.db, params.token);
  if (!result.ok) return data({ ok: false as const, reason: result.reason }, { status: linkProblemStatus(result.reason), headers: SECRET_URL_HEADERS });
  const headers = new Headers(SECRET_URL_HEADERS);
  if (!(await getSession(request, context)) && !(await hasSecondFactor(context.db, result.userId))) {
    headers.append("Set-Cookie", await startSession(context, result.userId, true));
  }
  return data({ ok: true as const }, { headers });
}

export default function VerifyEmail({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (!loaderData.ok) return <LinkProblemPage reason={loaderData.reason} next="/account" nextLabel={t("account.verifyEmail.requestNew")} />;
  return (
    <div className="narrow">
      <PageTitle title={t("account.verifyEmail.title")} />
      <h1>{t("account.verifyEmail.title")}</h1>
      <p className="lead" role="status">
        {t("account.verifyEmail.body")}
      </p>
      <p>
        <Link to="/account">{t("account.verifyEmail.toAccount")}</Link>
      </p>
    </div>
  );
}

import { useTranslation } from "react-i18next";
import { Link, data } from "react-router";
import { PageTitle } from "~/components/page-title";
import { verifyEmail } from "~/lib/account.server";
import type { Route } from "./+types/verify-email";
import { LinkProblemPage, SECRET_URL_HEADERS, linkProblemStatus } from "./link-problem";

// Opening the emailed link verifies: email links are GET, and the token works once.
export async function loader({ params, context }: Route.LoaderArgs) {
  const result = await verifyEmail(context.db, params.token);
  if (!result.ok) return data({ ok: false as const, reason: result.reason }, { status: linkProblemStatus(result.reason), headers: SECRET_URL_HEADERS });
  return data({ ok: true as const }, { headers: SECRET_URL_HEADERS });
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

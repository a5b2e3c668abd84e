import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { safeRedirectPath } from "~/lib/auth.server";
import type { Route } from "./+types/signup-sent";

// The same page whether or not the address already had an account: it must not tell them apart.
export function loader({ request }: Route.LoaderArgs) {
  return { next: safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")) };
}

export default function SignupSent({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle title={t("account.signupSent.title")} />
      <h1>{t("account.signupSent.title")}</h1>
      <p className="lead" role="status">
        {t("account.signupSent.body")}
      </p>
      <p>{t("account.signupSent.spam")}</p>
      <p>
        <Link to={loaderData.next}>{t("account.signupSent.continue")}</Link>
      </p>
    </div>
  );
}

import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { PageTitle } from "~/components/page-title";
import { accountMailMeta, confirmEmailChange, inspectAccountToken } from "~/lib/account.server";
import { getSession } from "~/lib/auth.server";
import type { Route } from "./+types/change-email-confirm";
import { LinkProblemPage, SECRET_URL_HEADERS, linkProblemStatus } from "./link-problem";

// Opening the link asks for a click, so a mail scanner that follows links changes nothing.
export async function loader({ params, context }: Route.LoaderArgs) {
  const check = await inspectAccountToken(context.db, params.token, "change-email");
  if (!check.ok) return data({ ok: false as const, reason: check.reason }, { status: linkProblemStatus(check.reason), headers: SECRET_URL_HEADERS });
  return data({ ok: true as const, newEmail: check.newEmail! }, { headers: SECRET_URL_HEADERS });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const result = await confirmEmailChange(context.db, params.token, await accountMailMeta(request, context));
  if (result.ok) {
    // The link may be opened on a device where the organiser is not signed in.
    const session = await getSession(request, context);
    return redirect(session?.user.id === result.userId ? "/account?done=email-changed" : "/login?notice=email-changed");
  }
  if (result.reason === "taken") return data({ taken: true as const }, { status: 409, headers: SECRET_URL_HEADERS });
  return data({ taken: false as const, reason: result.reason }, { status: linkProblemStatus(result.reason), headers: SECRET_URL_HEADERS });
}

export default function ChangeEmailConfirm({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (actionData?.taken) {
    return (
      <div className="narrow">
        <PageTitle title={t("account.changeEmailConfirm.takenTitle")} />
        <h1>{t("account.changeEmailConfirm.takenTitle")}</h1>
        <p>{t("account.changeEmailConfirm.taken")}</p>
        <p>
          <Link to="/account/email">{t("account.changeEmailConfirm.toAccount")}</Link>
        </p>
      </div>
    );
  }
  const problem = actionData ? actionData.reason : !loaderData.ok ? loaderData.reason : null;
  if (problem || !loaderData.ok) {
    return <LinkProblemPage reason={problem ?? "invalid"} next="/account/email" nextLabel={t("account.changeEmailConfirm.toAccount")} />;
  }
  return (
    <div className="narrow">
      <PageTitle title={t("account.changeEmailConfirm.title")} />
      <h1>{t("account.changeEmailConfirm.title")}</h1>
      <p>{t("account.changeEmailConfirm.lead", { email: loaderData.newEmail })}</p>
      <Form method="post">
        <button type="submit" className="button-primary">
          {t("account.changeEmailConfirm.submit")}
        </button>
      </Form>
    </div>
  );
}

import { useTranslation } from "react-i18next";
import { Form, Link, data } from "react-router";
import { PageTitle } from "~/components/page-title";
import { accountMailMeta, confirmEmailChange, inspectAccountToken } from "~/lib/account.server";
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
  if (result.ok) return data({ outcome: "changed" as const, newEmail: result.newEmail }, { headers: SECRET_URL_HEADERS });
  if (result.reason === "taken") return data({ outcome: "taken" as const }, { status: 409, headers: SECRET_URL_HEADERS });
  return data({ outcome: "problem" as const, reason: result.reason }, { status: linkProblemStatus(result.reason), headers: SECRET_URL_HEADERS });
}

export default function ChangeEmailConfirm({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (actionData?.outcome === "changed" || actionData?.outcome === "taken") {
    const changed = actionData.outcome === "changed";
    const title = t(changed ? "account.changeEmailConfirm.doneTitle" : "account.changeEmailConfirm.takenTitle");
    return (
      <div className="narrow">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <p className="lead" role="status">
          {changed ? t("account.changeEmailConfirm.done", { email: actionData.newEmail }) : t("account.changeEmailConfirm.taken")}
        </p>
        <p>
          <Link to="/account">{t("account.changeEmailConfirm.toAccount")}</Link>
        </p>
      </div>
    );
  }
  const problem = actionData?.outcome === "problem" ? actionData.reason : !loaderData.ok ? loaderData.reason : null;
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

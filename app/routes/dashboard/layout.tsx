import { useTranslation } from "react-i18next";
import { Form, NavLink, Outlet } from "react-router";
import { requireUser } from "~/lib/auth.server";
import type { Route } from "./+types/layout";

/** Every page under this layout requires a signed-in organiser (checked on the server, per request). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  return { user: { displayName: user.displayName, email: user.email, isAdmin: user.isAdmin } };
}

export default function DashboardLayout({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <nav aria-label={t("dashboard.nav.label")} className="dashboard-nav">
        <ul>
          <li>
            <NavLink to="/dashboard" end>
              {t("dashboard.nav.home")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/dashboard/email">{t("supporterEmail.nav")}</NavLink>
          </li>
          <li>
            <NavLink to="/account">{t("dashboard.nav.account")}</NavLink>
          </li>
          {loaderData.user.isAdmin ? (
            <li>
              <NavLink to="/admin">{t("dashboard.nav.admin")}</NavLink>
            </li>
          ) : null}
          <li>
            <Form method="post" action="/logout">
              <button type="submit" className="button-link">
                {t("account.logout")}
              </button>
            </Form>
          </li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

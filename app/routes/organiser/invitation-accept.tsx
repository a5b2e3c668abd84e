import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { acceptInvitation, describeInvitation, type InvitationState } from "~/lib/invitations.server";
import type { Route } from "./+types/invitation-accept";
import { withNotice } from "./ui/page-parts";

const STATUS_FOR: Record<InvitationState, number> = { valid: 200, expired: 410, used: 410, invalid: 404 };

/** Any signed-in account may accept: the link itself is the proof of the invitation. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const invitation = await describeInvitation(context.db, params.token);
  return data({ invitation, displayName: user.displayName }, { status: STATUS_FOR[invitation.state] });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const outcome = await acceptInvitation(context.db, user, params.token);
  if (outcome.ok) return redirect(withNotice(`/dashboard/orgs/${outcome.slug}`, "joined"), 303);
  if (outcome.reason === "already-member") return redirect(withNotice(`/dashboard/orgs/${outcome.slug}`, "alreadyMember"), 303);
  return data({ state: outcome.reason }, { status: STATUS_FOR[outcome.reason] });
}

export default function AcceptInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { invitation } = loaderData;
  const state = actionData?.state ?? invitation.state;
  if (state !== "valid" || !invitation.organisation) {
    return (
      <div className="narrow-wide">
        <PageTitle title={t(`organiser.invitation.${state}Title`)} />
        <h1>{t(`organiser.invitation.${state}Title`)}</h1>
        <p>{t(`organiser.invitation.${state}`)}</p>
        <p>
          <Link to="/dashboard">{t("organiser.backToDashboard")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow-wide">
      <PageTitle title={t("organiser.invitation.title", { organisation: invitation.organisation.name })} />
      <h1>{t("organiser.invitation.title", { organisation: invitation.organisation.name })}</h1>
      <p>{t("organiser.invitation.lead", { organisation: invitation.organisation.name, role: t(`organiser.roles.${invitation.role}`) })}</p>
      <p className="muted">{t("organiser.invitation.signedInAs", { name: loaderData.displayName })}</p>
      <Form method="post">
        <button type="submit" className="button-primary">
          {t("organiser.invitation.accept")}
        </button>
      </Form>
    </div>
  );
}

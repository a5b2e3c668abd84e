import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, data, redirect } from "react-router";
import type { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { formatDate } from "~/lib/format";
import { detectLocale, getFixedT } from "~/lib/i18n.server";
import { createInvitation, listPendingInvitations, revokeInvitation } from "~/lib/invitations.server";
import { ChangeRoleSchema, InviteSchema, RemoveMemberSchema, RevokeInvitationSchema } from "~/lib/organiser-schemas";
import { changeMemberRole, listMembers, removeMember, requireOrganisation } from "~/lib/organisations.server";
import type { Route } from "./+types/org-members";
import { FormErrors, Select, TextInput, failureReply } from "./ui/form-fields";
import { Breadcrumbs, Notice, withNotice } from "./ui/page-parts";
import { readForm } from "~/lib/form-data.server";

const ROLES = ["owner", "editor", "viewer"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrganisation(context.db, user, params.orgSlug, "owner");
  const [members, invitations, locale] = await Promise.all([
    listMembers(context.db, organisation.id),
    listPendingInvitations(context.db, organisation.id),
    detectLocale(request),
  ]);
  return { organisation, members, invitations, locale, userId: user.id };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrganisation(context.db, user, params.orgSlug, "owner");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const here = `/dashboard/orgs/${organisation.slug}/members`;
  const schema = intent === "role" ? ChangeRoleSchema : intent === "remove" ? RemoveMemberSchema : intent === "revoke" ? RevokeInvitationSchema : InviteSchema;
  const submission = parseWithZod(formData, { schema });
  const target = String(formData.get("userId") ?? formData.get("invitationId") ?? "invite");
  if (submission.status !== "success") return data({ target, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  let result;
  if (value.intent === "role") result = await changeMemberRole(context.db, user, organisation.id, value.userId, value.role);
  else if (value.intent === "remove") result = await removeMember(context.db, user, organisation.id, value.userId);
  else if (value.intent === "revoke") result = await revokeInvitation(context.db, user, organisation.id, value.invitationId);
  else {
    const locale = await detectLocale(request);
    const t = await getFixedT(locale);
    result = await createInvitation(context.db, user, organisation, value, { appUrl: context.env.APP_URL, locale, siteName: t("meta.siteName") });
  }
  if (!result.ok) return data({ target, result: failureReply(submission, result) }, { status: 400 });
  // Someone who just removed or demoted themselves can no longer manage members.
  if ((value.intent === "remove" || value.intent === "role") && value.userId === user.id && !(value.intent === "role" && value.role === "owner")) {
    return redirect(withNotice(value.intent === "remove" ? "/dashboard" : `/dashboard/orgs/${organisation.slug}`, value.intent === "remove" ? "removed" : "roleChanged"), 303);
  }
  const notice = value.intent === "role" ? "roleChanged" : value.intent === "remove" ? "removed" : value.intent === "revoke" ? "revoked" : "invited";
  return redirect(withNotice(here, notice), 303);
}

function RowError({ result }: { result?: SubmissionResult<string[]> }) {
  const { t } = useTranslation();
  const message = result?.error?.[""]?.[0] ?? Object.values(result?.error ?? {})[0]?.[0];
  return message ? (
    <p className="form-error" role="alert">
      {t(message)}
    </p>
  ) : null;
}

export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, members, invitations, locale } = loaderData;
  const inviteResult = actionData?.target === "invite" ? actionData.result : undefined;
  const [form, fields] = useForm<z.input<typeof InviteSchema>>({ id: "invite", lastResult: inviteResult, defaultValue: { role: "editor", intent: "invite" } });
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`organiser.roles.${r}`) }));
  return (
    <>
      <PageTitle title={t("organiser.members.title", { organisation: organisation.name })} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: `/dashboard/orgs/${organisation.slug}`, label: organisation.name },
        ]}
      />
      <h1>{t("organiser.members.title", { organisation: organisation.name })}</h1>
      <Notice />
      <p className="muted">{t("organiser.members.rolesExplained")}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t("organiser.members.title", { organisation: organisation.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("organiser.members.name")}</th>
            <th scope="col">{t("organiser.members.role")}</th>
            <th scope="col">{t("organiser.members.remove")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId}>
              <td>
                {m.displayName}
                <br />
                <span className="muted">{m.email}</span>
                {actionData?.target === m.userId ? <RowError result={actionData.result} /> : null}
              </td>
              <td>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="role" />
                  <input type="hidden" name="userId" value={m.userId} />
                  <label htmlFor={`role-${m.userId}`} className="visually-hidden">
                    {t("organiser.members.roleOf", { name: m.displayName })}
                  </label>
                  <select id={`role-${m.userId}`} name="role" defaultValue={m.role}>
                    {roleOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>{" "}
                  <button type="submit" className="button-secondary">
                    {t("organiser.members.changeRole")}
                  </button>
                </Form>
              </td>
              <td>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="userId" value={m.userId} />
                  <button type="submit" className="button-secondary">
                    {t("organiser.members.remove")} <span className="visually-hidden">{m.displayName}</span>
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t("organiser.members.inviteHeading")}</h2>
        <p>{t("organiser.members.inviteLead")}</p>
        <Form method="post" {...getFormProps(form)} className="stack-form narrow">
          <FormErrors form={form} />
          <input type="hidden" name="intent" value="invite" />
          <TextInput meta={fields.email} type="email" label={t("organiser.members.email")} autoComplete="off" />
          <Select meta={fields.role} label={t("organiser.members.role")} options={roleOptions} />
          <button type="submit" className="button-primary">
            {t("organiser.members.invite")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t("organiser.members.pendingHeading")}</h2>
        {invitations.length === 0 ? (
          <p>{t("organiser.members.noPending")}</p>
        ) : (
          <ul>
            {invitations.map((inv) => (
              <li key={inv.id}>
                {inv.email} — {t(`organiser.roles.${inv.role}`)} — {t("organiser.members.expires", { date: formatDate(inv.expiresAt, locale) })}{" "}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="invitationId" value={inv.id} />
                  <button type="submit" className="button-link">
                    {t("organiser.members.revoke")} <span className="visually-hidden">{inv.email}</span>
                  </button>
                </Form>
                {actionData?.target === inv.id ? <RowError result={actionData.result} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Form, Link, redirect, useRevalidator } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { roleAllows } from "~/lib/authorization.server";
import { countryName, type CountryCode } from "~/lib/countries";
import { formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { cancelMessage, messageStats, requireMessage } from "~/lib/supporter-updates.server";
import type { Route } from "./+types/message";
import { Notice } from "./ui/parts";

/** While a message is scheduled or going out, its progress is refreshed this often. */
const REFRESH_S = 5;

/** Organiser tool: with JavaScript the numbers update in place (ADR 005 lets such pages opt in). */
export const handle = { hydrate: true };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  const message = await requireMessage(context.db, user, params.id, "viewer", locale);
  const stats = await messageStats(context.db, message.id);
  const search = new URL(request.url).searchParams;
  const notice = search.has("sent") ? "sentNow" : search.has("scheduled") ? "scheduled" : search.has("cancelled") ? "cancelled" : search.has("started") ? "cannotCancel" : null;
  return {
    locale,
    notice,
    canEdit: message.role === "admin" || roleAllows(message.role, "editor"),
    refresh: message.status === "scheduled" || message.status === "sending",
    message: {
      id: message.id,
      kind: message.kind,
      subject: message.subject,
      status: message.status,
      scheduledAt: message.scheduledAt?.toISOString() ?? null,
      sentAt: message.sentAt?.toISOString() ?? null,
      recipientCount: message.recipientCount,
      campaignTitle: message.campaignTitle,
      petitionTitle: message.petitionTitle,
      targetTitle: message.targetTitle,
      scope: message.audience.scope ?? "campaign",
      filters: [
        ...(message.audience.countries ?? []).map((c) => countryName(c as CountryCode, locale)),
        ...(message.audience.locales ?? []),
      ],
      verifiedOnly: Boolean(message.audience.verifiedOnly),
    },
    stats,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const message = await requireMessage(context.db, user, params.id, "editor", await detectLocale(request));
  const result = await cancelMessage(context.db, user, message);
  return redirect(`/dashboard/email/messages/${message.id}?${result.ok ? "cancelled" : "started"}`, 303);
}

/**
 * With JavaScript, the loader is re-run in the background and the numbers change in place
 * (announced politely); without it, the page reloads itself. The reload lives inside
 * <noscript>, so a page that can update in place never reloads under a screen reader.
 */
function useProgressRefresh(active: boolean) {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") void revalidator.revalidate();
    }, REFRESH_S * 1000);
    return () => clearInterval(timer);
  }, [active, revalidator]);
}

function when(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}

export default function MessagePage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { message, stats, locale } = loaderData;
  useProgressRefresh(loaderData.refresh);
  const n = (value: number) => formatNumber(value, locale);
  const total = stats.total || message.recipientCount || 0;
  const done = stats.total - stats.waiting;
  const audience = message.targetTitle
    ? t("supporterEmail.message.audienceInvite", { campaign: message.campaignTitle, title: message.targetTitle })
    : message.scope === "petition" && message.petitionTitle
      ? t("supporterEmail.message.audiencePetition", { title: message.petitionTitle })
      : t("supporterEmail.message.audienceCampaign", { title: message.campaignTitle });
  const filters = [...message.filters, ...(message.verifiedOnly ? [t("supporterEmail.message.verifiedOnly")] : [])];
  const rows: [string, number][] = [
    ["sent", stats.sent],
    ["delivered", stats.delivered],
    ["bounced", stats.bounced],
    ["complained", stats.complained],
    ["unsubscribed", stats.unsubscribed],
    ["failed", stats.failed],
    ["suppressed", stats.suppressed],
    ["waiting", stats.waiting],
  ];
  return (
    <>
      <PageTitle title={message.subject || t(`supporterEmail.kinds.${message.kind}`)} />
      <p className="breadcrumb">
        <Link to="/dashboard/email">{t("supporterEmail.message.back")}</Link>
      </p>
      <h1>{message.subject || t(`supporterEmail.kinds.${message.kind}`)}</h1>
      {loaderData.refresh ? <noscript dangerouslySetInnerHTML={{ __html: `<meta http-equiv="refresh" content="${REFRESH_S}">` }} /> : null}
      <Notice message={loaderData.notice ? t(`supporterEmail.message.${loaderData.notice}`) : null} />
      <dl className="meta-list">
        <dt>{t("supporterEmail.message.kind")}</dt>
        <dd>{t(`supporterEmail.kinds.${message.kind}`)}</dd>
        <dt>{t("supporterEmail.message.status")}</dt>
        <dd aria-live="polite">{t(`supporterEmail.statuses.${message.status}`)}</dd>
        <dt>{t("supporterEmail.message.audience")}</dt>
        <dd>
          {audience}
          {filters.length > 0 ? (
            <>
              <br />
              {t("supporterEmail.message.filters", { filters: filters.join(", ") })}
            </>
          ) : null}
        </dd>
        {message.scheduledAt ? (
          <>
            <dt>{t("supporterEmail.message.scheduledFor")}</dt>
            <dd>{when(message.scheduledAt, locale)}</dd>
          </>
        ) : null}
        {message.sentAt ? (
          <>
            <dt>{t("supporterEmail.message.sentAt")}</dt>
            <dd>{when(message.sentAt, locale)}</dd>
          </>
        ) : null}
      </dl>

      {message.status === "draft" && loaderData.canEdit ? (
        <p>
          <Link to={`/dashboard/email/messages/${message.id}/edit`}>{t("supporterEmail.message.edit")}</Link>
        </p>
      ) : null}

      {message.status === "scheduled" && loaderData.canEdit ? (
        <Form method="post">
          <button type="submit" className="button-danger">
            {t("supporterEmail.message.cancel")}
          </button>
        </Form>
      ) : null}

      {message.status !== "draft" && message.status !== "cancelled" ? (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">{t("supporterEmail.message.progress")}</h2>
          <p aria-live="polite">
            <label htmlFor="send-progress">{t("supporterEmail.message.progressLabel", { done: n(done), total: n(total) })}</label>
          </p>
          <progress id="send-progress" className="send-progress" value={done} max={Math.max(total, 1)}>
            {n(done)} / {n(total)}
          </progress>
          {loaderData.refresh ? <p className="hint">{t("supporterEmail.message.refreshing")}</p> : null}
          <h2>{t("supporterEmail.message.stats")}</h2>
          <table className="data-table stats-table">
            <tbody>
              {rows.map(([key, value]) => (
                <tr key={key}>
                  <th scope="row">{t(`supporterEmail.message.${key}`)}</th>
                  <td className="num">{n(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}

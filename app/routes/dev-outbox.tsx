import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { detectLocale } from "~/lib/i18n.server";
import { listOutboxMessages } from "~/lib/outbox.server";
import type { Route } from "./+types/dev-outbox";

export async function loader({ request, context }: Route.LoaderArgs) {
  // The outbox only exists while email is not really being sent.
  if (context.mailer.transport !== "outbox") throw new Response("Not found", { status: 404 });
  const locale = await detectLocale(request);
  return { locale, messages: await listOutboxMessages(context.db) };
}

export default function DevOutbox({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("outbox.title")} />
      <h1>{t("outbox.title")}</h1>
      <p className="notice">{t("outbox.lead")}</p>
      {loaderData.messages.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("outbox.sentAt")}</th>
              <th scope="col">{t("outbox.to")}</th>
              <th scope="col">{t("outbox.subject")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.messages.map((message) => (
              <tr key={message.id}>
                <td>{new Intl.DateTimeFormat(loaderData.locale, { dateStyle: "short", timeStyle: "medium" }).format(new Date(message.createdAt))}</td>
                <td>{message.toAddress}</td>
                <td>
                  <Link to={`/dev/outbox/${message.id}`}>{message.subject}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { getOutboxMessage } from "~/lib/outbox.server";
import type { Route } from "./+types/dev-outbox-message";

export async function loader({ params, context }: Route.LoaderArgs) {
  if (context.mailer.transport !== "outbox") throw new Response("Not found", { status: 404 });
  const message = await getOutboxMessage(context.db, params.id);
  if (!message) throw new Response("Not found", { status: 404 });
  return { message };
}

export default function DevOutboxMessage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { message } = loaderData;
  return (
    <>
      <PageTitle title={message.subject} />
      <p className="breadcrumb">
        <Link to="/dev/outbox">{t("outbox.back")}</Link>
      </p>
      <h1>{message.subject}</h1>
      <dl className="meta-list">
        <dt>{t("outbox.to")}</dt>
        <dd>{message.toAddress}</dd>
        {Object.entries(message.headers).map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("outbox.htmlVersion")}</h2>
      <iframe title={t("outbox.htmlVersion")} src={`/dev/outbox/${message.id}/html`} sandbox="" className="email-frame" />
      <h2>{t("outbox.textVersion")}</h2>
      <pre className="email-text">{message.text}</pre>
    </>
  );
}

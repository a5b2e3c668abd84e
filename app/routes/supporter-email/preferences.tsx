import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { detectLocale } from "~/lib/i18n.server";
import { listPreferences, setCampaignPreference } from "~/lib/unsubscribe.server";
import type { Route } from "./+types/preferences";
import { Notice, PRIVATE_PAGE_HEADERS } from "./ui/parts";
import { readForm } from "~/lib/form-data.server";

const PreferenceSchema = z.object({
  campaignId: z.uuid(),
  subscribed: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const preferences = await listPreferences(context.db, params.token, locale);
  if (!preferences) return data({ ok: false as const }, { status: 400, headers: PRIVATE_PAGE_HEADERS });
  const saved = new URL(request.url).searchParams.has("saved");
  return data({ ok: true as const, campaigns: preferences.campaigns, saved }, { headers: PRIVATE_PAGE_HEADERS });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: PreferenceSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const ok = await setCampaignPreference(context.db, params.token, submission.value.campaignId, submission.value.subscribed);
  if (!ok) throw new Response("Invalid link or campaign", { status: 400 });
  return redirect(`/email-preferences/${params.token}?saved`, 303);
}

export default function Preferences({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (!loaderData.ok) {
    return (
      <div className="narrow">
        <PageTitle title={t("supporterEmail.unsubscribe.invalidTitle")} />
        <h1>{t("supporterEmail.unsubscribe.invalidTitle")}</h1>
        <p>{t("supporterEmail.unsubscribe.invalid")}</p>
      </div>
    );
  }
  return (
    <>
      <PageTitle title={t("supporterEmail.preferences.title")} />
      <h1>{t("supporterEmail.preferences.title")}</h1>
      <Notice message={loaderData.saved ? t("supporterEmail.preferences.saved") : null} />
      <p>{t("supporterEmail.preferences.lead")}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("supporterEmail.preferences.campaign")}</th>
            <th scope="col">{t("supporterEmail.preferences.organisation")}</th>
            <th scope="col">{t("supporterEmail.preferences.state")}</th>
            <th scope="col">{t("supporterEmail.preferences.change")}</th>
          </tr>
        </thead>
        <tbody>
          {loaderData.campaigns.map((c) => (
            <tr key={c.campaignId}>
              <td>{c.title}</td>
              <td>{c.organisationName}</td>
              <td>{t(c.subscribed ? "supporterEmail.preferences.subscribed" : "supporterEmail.preferences.unsubscribed")}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="campaignId" value={c.campaignId} />
                  <input type="hidden" name="subscribed" value={c.subscribed ? "false" : "true"} />
                  <button type="submit" className="button-link">
                    {t(c.subscribed ? "supporterEmail.preferences.unsubscribe" : "supporterEmail.preferences.subscribe", { campaign: c.title })}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to="/my-data">{t("supporterEmail.unsubscribe.myData")}</Link>
      </p>
    </>
  );
}

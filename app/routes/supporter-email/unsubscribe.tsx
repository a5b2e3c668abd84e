import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { detectLocale } from "~/lib/i18n.server";
import { findUnsubscribeSubject, unsubscribe } from "~/lib/unsubscribe.server";
import type { Route } from "./+types/unsubscribe";
import { Notice, PRIVATE_PAGE_HEADERS } from "./ui/parts";
import { readForm } from "~/lib/form-data.server";

const UnsubscribeSchema = z.object({ scope: z.enum(["campaign", "everything"]) });

// GET only shows choices: link scanners and previews open links, and must never unsubscribe anyone.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const subject = await findUnsubscribeSubject(context.db, params.token, locale);
  if (!subject) return data({ ok: false as const }, { status: 400, headers: PRIVATE_PAGE_HEADERS });
  const done = new URL(request.url).searchParams.get("done");
  return data(
    {
      ok: true as const,
      token: params.token,
      campaign: subject.campaignTitle,
      organisation: subject.organisationName,
      subscribed: subject.subscribedToCampaign && !subject.unsubscribedFromEverything,
      done: done === "campaign" || done === "everything" ? done : null,
    },
    { headers: PRIVATE_PAGE_HEADERS },
  );
}

/** The page's own form posts the scope chosen; a one-click POST sent here by mistake counts as "this campaign". */
export async function action({ request, params, context }: Route.ActionArgs) {
  const formData = await readForm(request);
  if (formData.get("List-Unsubscribe") === "One-Click") formData.set("scope", "campaign");
  const submission = parseWithZod(formData, { schema: UnsubscribeSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (!(await unsubscribe(context.db, params.token, submission.value.scope))) throw new Response("Invalid unsubscribe link", { status: 400 });
  return redirect(`/unsubscribe/${params.token}?done=${submission.value.scope}`, 303);
}

export default function Unsubscribe({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (!loaderData.ok) {
    return (
      <div className="narrow">
        <PageTitle title={t("supporterEmail.unsubscribe.invalidTitle")} />
        <h1>{t("supporterEmail.unsubscribe.invalidTitle")}</h1>
        <p>{t("supporterEmail.unsubscribe.invalid")}</p>
        <p>
          <Link to="/my-data">{t("supporterEmail.unsubscribe.myData")}</Link>
        </p>
      </div>
    );
  }
  const values = { campaign: loaderData.campaign, organisation: loaderData.organisation };
  return (
    <div className="narrow">
      <PageTitle title={t("supporterEmail.unsubscribe.title")} />
      <h1>{t("supporterEmail.unsubscribe.title")}</h1>
      <Notice
        message={
          loaderData.done === "campaign"
            ? t("supporterEmail.unsubscribe.doneCampaign", values)
            : loaderData.done === "everything"
              ? t("supporterEmail.unsubscribe.doneEverything")
              : null
        }
      />
      <p>{t("supporterEmail.unsubscribe.lead", values)}</p>
      {loaderData.subscribed ? null : <p>{t("supporterEmail.unsubscribe.already")}</p>}
      <Form method="post" className="stack-form">
        {loaderData.subscribed ? (
          <p>
            <button type="submit" name="scope" value="campaign" className="button-primary">
              {t("supporterEmail.unsubscribe.campaign", values)}
            </button>
          </p>
        ) : null}
        <p>
          <button type="submit" name="scope" value="everything" className="button-secondary" aria-describedby="everything-hint">
            {t("supporterEmail.unsubscribe.everything")}
          </button>
        </p>
        <p className="hint" id="everything-hint">
          {t("supporterEmail.unsubscribe.everythingHint")}
        </p>
      </Form>
      <p>
        <Link to={`/email-preferences/${loaderData.token}`}>{t("supporterEmail.unsubscribe.preferences")}</Link>
      </p>
      <p>
        <Link to="/my-data">{t("supporterEmail.unsubscribe.myData")}</Link>
      </p>
    </div>
  );
}

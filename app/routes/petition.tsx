import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { PetitionPageBody } from "~/components/petition-page-body";
import { detectLocale } from "~/lib/i18n.server";
import { loadPetitionPage } from "~/lib/petition-page.server";
import { findSignablePetition } from "~/lib/petitions.server";
import { handleSignForm } from "~/lib/sign-action.server";
import type { Route } from "./+types/petition";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const page = await loadPetitionPage(context, params.slug, locale, new URL(request.url));
  if (!page) throw new Response("Not found", { status: 404 });
  return { locale, ...page };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = await detectLocale(request);
  const petition = await findSignablePetition(context.db, params.slug, locale);
  if (!petition) throw new Response("Not found", { status: 404 });
  const result = await handleSignForm(request, context, petition, locale, "web");
  if (!result.ok) return data({ result: result.reply }, { status: 400 });
  return redirect(`/petitions/${petition.slug}/signed?outcome=${result.outcome}`, 303);
}

export default function Petition({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, petition } = loaderData;
  return (
    <>
      <PetitionPageBody page={loaderData} locale={locale} lastResult={actionData?.result}>
        <section aria-labelledby="embed-heading">
          <h2 id="embed-heading">{t("petition.embedHeading")}</h2>
          <p>{t("petition.embedLead")}</p>
          <label htmlFor="embed-code">{t("petition.embedCode")}</label>
          <textarea
            id="embed-code"
            readOnly
            rows={3}
            className="copy-field"
            value={`<iframe src="${loaderData.embedUrl}" title="${petition.title.replace(/"/g, "&quot;")}" width="100%" height="720" style="border:0;max-width:480px" loading="lazy"></iframe>`}
          />
        </section>
        <p className="muted">
          {t("petition.openData")}{" "}
          <a href={`/petitions/${petition.slug}.json`}>JSON</a> · <a href={`/petitions/${petition.slug}.csv`}>CSV</a>
        </p>
      </PetitionPageBody>
      <script src="/counter.js" defer />
    </>
  );
}

import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { PetitionCounter } from "~/components/petition-counter";
import { SignForm } from "~/components/sign-form";
import { countryOptions } from "~/lib/countries";
import { detectLocale } from "~/lib/i18n.server";
import { currentGoal, getPetitionCounts } from "~/lib/counting.server";
import { findPublicPetition, findSignablePetition } from "~/lib/petitions.server";
import { handleSignForm, outcomeMessageKey } from "~/lib/sign-action.server";
import type { Route } from "./+types/embed-petition";

/** A bare page for other sites' iframes: counter and form, nothing else. */
export const handle = { bare: true };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const petition = await findPublicPetition(context.db, params.slug, locale);
  if (!petition) throw new Response("Not found", { status: 404 });
  const counts = await getPetitionCounts(context.db, petition.id, petition.paperSignatures);
  return {
    locale,
    petition,
    stats: { ...counts, goal: currentGoal(counts.signatureCount, petition.goal, petition.goalFixed) },
    countries: countryOptions(locale),
    url: `${context.env.APP_URL}/petitions/${petition.slug}`,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = await detectLocale(request);
  const petition = await findSignablePetition(context.db, params.slug, locale);
  if (!petition) throw new Response("Not found", { status: 404 });
  const result = await handleSignForm(request, context, petition, locale, "embed");
  if (!result.ok) return data({ result: result.reply, messageKey: null }, { status: 400 });
  return { result: null, messageKey: outcomeMessageKey(result.outcome) };
}

export default function EmbedPetition({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { petition, locale } = loaderData;
  return (
    <div className="embed">
      <title>{petition.title}</title>
      <h1 className="embed-title">
        <a href={loaderData.url} target="_blank" rel="noopener">
          {petition.title}
        </a>
      </h1>
      <p>{petition.ask}</p>
      <PetitionCounter stats={loaderData.stats} locale={locale} countUrl={`/petitions/${petition.slug}/count.json`} verifiedDomains={petition.verifiedDomains} />
      {actionData?.messageKey ? (
        <p className="notice" role="status">
          {t(actionData.messageKey)}
        </p>
      ) : petition.availability === "open" ? (
        <SignForm
          fields={petition.fields}
          collectPostcode={petition.collectPostcode}
          locale={locale}
          countries={loaderData.countries}
          tracking={{ source: "embed" }}
          lastResult={actionData?.result}
          idPrefix="embed-sign"
        />
      ) : (
        <p className="notice">{t("sign.closed")}</p>
      )}
      <script src="/counter.js" defer />
    </div>
  );
}

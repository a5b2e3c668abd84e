import type { AppLoadContext } from "react-router";
import { countryName, countryOptions, isCountryCode } from "./countries";
import { getFixedT } from "./i18n.server";
import type { Locale } from "./i18n";
import { findPublicPetition, getPetitionStats, listWall, relatedExplainers, renderPetitionBody, type PetitionView } from "./petitions.server";
import { UTM_KEYS } from "./signature-schema";
import { renderTimeSeriesSvg } from "./time-series.server";
import { mapLegend, renderWorldMapSvg } from "./world-map.server";
import { memoize } from "./memo";

const MAX_WALL_PAGE = 10_000;

// Drawing the map and chart and rendering the Markdown cost more CPU than the rest of the page:
// they are redrawn only when what they show changes.
const worldMap = memoize(renderWorldMapSvg, (counts, options) => JSON.stringify([counts, options]));
const timeSeries = memoize(renderTimeSeriesSvg, (points, options) => JSON.stringify([points, options]));
const petitionBody = memoize((markdown: string) => renderPetitionBody({ bodyMarkdown: markdown }), (markdown) => markdown, 50);

/** Everything the public petition page shows, in one place so the route stays thin. */
export async function loadPetitionPage(context: AppLoadContext, slug: string, locale: Locale, url: URL) {
  const petition = await findPublicPetition(context.db, slug, locale);
  return petition ? buildPetitionPage(context, petition, locale, url) : null;
}

/** The page for a petition already looked up (the public page, or an organiser's preview). */
export async function buildPetitionPage(context: AppLoadContext, petition: PetitionView, locale: Locale, url: URL) {
  const wallPage = Math.min(MAX_WALL_PAGE, Math.max(1, Number.parseInt(url.searchParams.get("wall") ?? "1", 10) || 1));
  const [stats, wall, related, t] = await Promise.all([
    getPetitionStats(context.db, petition),
    listWall(context.db, petition, wallPage),
    relatedExplainers(context.db, petition.id, locale),
    getFixedT(locale),
  ]);
  const tracking: Record<string, string> = {};
  for (const key of ["source", ...UTM_KEYS]) {
    const value = url.searchParams.get(key);
    if (value) tracking[key] = value.slice(0, 200);
  }
  const counts = Object.fromEntries(stats.countries.map((c) => [c.country, c.total]));
  // The chart runs to the current minute (not millisecond, so that it can be reused within the minute).
  const hourly = stats.hourly.length > 0 ? [...stats.hourly, { at: new Date(Math.floor(Date.now() / 60_000) * 60_000), count: 0 }] : stats.hourly;
  const petitionUrl = `${context.env.APP_URL}/petitions/${petition.slug}`;
  return {
    petition: { ...petition, html: petitionBody(petition.bodyMarkdown) },
    stats: {
      signatureCount: stats.signatureCount,
      countryCount: stats.countryCount,
      verified: stats.verified,
      paper: stats.paper,
      goal: stats.goal,
    },
    countries: stats.countries.map((c) => ({ ...c, name: isCountryCode(c.country) ? countryName(c.country, locale) : c.country })),
    mapSvg: worldMap(counts, { title: t("petition.mapTitle"), description: t("petition.mapDescription"), locale }),
    mapLegend,
    chartSvg: timeSeries(hourly, {
      title: t("petition.chartTitle"),
      description: t("petition.chartDescription"),
      emptyLabel: t("petition.chartEmpty"),
      locale,
    }),
    wall: {
      page: wallPage,
      hasNext: wall.hasNext,
      entries: wall.entries.map((e) => ({ ...e, countryName: isCountryCode(e.country) ? countryName(e.country, locale) : e.country })),
    },
    related,
    countryList: countryOptions(locale),
    tracking,
    petitionUrl,
    embedUrl: `${context.env.APP_URL}/embed/petitions/${petition.slug}`,
  };
}

import { sql } from "drizzle-orm";
import { getCountryCounts, getPetitionCounts } from "./counting.server";
import { countryName, isCountryCode } from "./countries";
import type { Db } from "./database.server";
import { getFixedT } from "./i18n.server";
import type { Locale } from "./i18n";
import { renderMarkdown } from "./markdown.server";
import type { DashboardField, DashboardPetition } from "./petition-dashboard.server";

/**
 * Names printed in one pack. Beyond this the page would be too heavy for a
 * browser to print; the pack says how many more signed publicly.
 */
export const DELIVERY_PACK_MAX_NAMES = 50_000;

export interface NamedSignatory {
  name: string;
  country: string;
  details: string[];
  verified: boolean;
}

function fieldLabel(field: DashboardField, locale: string, fallback: string): string {
  return field.labels[locale] ?? field.labels[fallback] ?? Object.values(field.labels)[0] ?? field.key;
}

/** A public answer as the target should read it: the option's label, not its stored value. */
function describeAnswer(field: DashboardField, value: string, locale: string, fallback: string, yesNo: { yes: string; no: string }): string | null {
  if (!value) return null;
  if (field.kind === "text") return value;
  const label = fieldLabel(field, locale, fallback);
  if (field.kind === "yesno") return value === "yes" || value === "no" ? `${label}: ${yesNo[value]}` : null;
  const option = field.options.find((o) => o.value === value);
  return option ? `${label}: ${option.labels[locale] ?? option.labels[fallback] ?? option.value}` : null;
}

/**
 * What is handed to the petition's target: the text, the totals and the
 * people who agreed to be named (confirmed and show_name), with only their
 * public answers and their country. Nothing else about anyone.
 */
export async function getDeliveryPack(db: Db, petition: DashboardPetition, locale: Locale) {
  const publicFields = petition.fields.filter((f) => f.isPublic);
  const [counts, countries, named, t] = await Promise.all([
    getPetitionCounts(db, petition.id, petition.paperSignatures),
    getCountryCounts(db, petition.id),
    db.execute<{ full_name: string; country: string; custom_fields: Record<string, string>; verified: boolean; total: number }>(sql`
      select full_name, country, custom_fields, verified, count(*) over ()::int as total
      from signatures
      where petition_id = ${petition.id} and status = 'confirmed' and show_name and anonymised_at is null
      order by confirmed_at, id
      limit ${DELIVERY_PACK_MAX_NAMES}`),
    getFixedT(locale),
  ]);
  const yesNo = { yes: t("dashboard.delivery.yes"), no: t("dashboard.delivery.no") };
  const namedTotal = Number(named[0]?.total ?? 0);
  return {
    text: {
      locale: petition.locale,
      title: petition.title,
      target: petition.target,
      ask: petition.ask,
      html: renderMarkdown(petition.bodyMarkdown),
    },
    totals: {
      total: counts.signatureCount,
      online: counts.online,
      paper: counts.paper,
      paperNote: petition.paperSignaturesNote,
      verified: counts.verified,
      countryCount: counts.countryCount,
      updatedAt: counts.updatedAt?.toISOString() ?? null,
    },
    verifiedDomains: petition.verifiedDomains,
    countries: countries.map((c) => ({ ...c, name: isCountryCode(c.country) ? countryName(c.country, locale) : c.country })),
    signatories: named.map(
      (row): NamedSignatory => ({
        name: row.full_name,
        country: isCountryCode(row.country) ? countryName(row.country, locale) : row.country,
        details: publicFields
          .map((f) => describeAnswer(f, row.custom_fields[f.key] ?? "", locale, petition.locale, yesNo))
          .filter((d): d is string => d !== null),
        verified: row.verified,
      }),
    ),
    namedTotal,
    namedOmitted: Math.max(0, namedTotal - named.length),
    generatedAt: new Date().toISOString(),
  };
}

/** Dates in the dashboard are shown in UTC, the zone every count table buckets by. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso));
}

export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

/** Flag reasons are stored as comma-separated codes; unknown ones are shown as they are. */
export function describeFlagReason(reason: string | null, t: (key: string, options?: { defaultValue: string }) => string): string {
  if (!reason) return "";
  return reason
    .split(",")
    .map((code) => t(`dashboard.review.reasons.${code}`, { defaultValue: code }))
    .join("; ");
}

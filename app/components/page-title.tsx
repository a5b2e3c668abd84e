import { useTranslation } from "react-i18next";

/** Sets the document title (React hoists it into <head>) with the site name after it. */
export function PageTitle({ title, description }: { title?: string; description?: string }) {
  const { t } = useTranslation();
  const site = t("meta.siteName");
  return (
    <>
      <title>{title ? `${title} · ${site}` : `${site} — ${t("meta.tagline")}`}</title>
      {description ? <meta name="description" content={description} /> : null}
    </>
  );
}

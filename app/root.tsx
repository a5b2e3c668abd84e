import { useTranslation } from "react-i18next";
import {
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  data,
  isRouteErrorResponse,
  useLocation,
  useMatches,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { isDatabaseUnavailable } from "./lib/database-errors";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, textDirection, type Locale } from "./lib/i18n";
import { detectLocale, rememberLocaleHeader } from "./lib/i18n.server";
import stylesheet from "./styles/app.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const cookie = await rememberLocaleHeader(request, locale);
  return data({ locale }, cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
}

export interface RouteHandle {
  /** Pages that need client-side React opt in; every other page ships no JavaScript at all. */
  hydrate?: boolean;
  /** Pages shown inside other sites' iframes: no site header or footer. */
  bare?: boolean;
}

function useWantsHydration(): boolean {
  const matches = useMatches();
  return import.meta.env.DEV || matches.some((match) => (match.handle as RouteHandle | undefined)?.hydrate);
}

function LanguageSwitcher({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <nav aria-label={t("nav.language")} className="language-switcher">
      <ul>
        {SUPPORTED_LOCALES.map((lng) => {
          const params = new URLSearchParams(location.search);
          params.set("lng", lng);
          return (
            <li key={lng}>
              {lng === locale ? (
                <span aria-current="true" lang={lng}>
                  {t(`language.${lng}`)}
                </span>
              ) : (
                <a href={`${location.pathname}?${params}`} lang={lng} hrefLang={lng}>
                  {t(`language.${lng}`)}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  const { t } = useTranslation();
  const hydrate = useWantsHydration();
  const bare = useMatches().some((match) => (match.handle as RouteHandle | undefined)?.bare);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className={bare ? "bare" : undefined}>
        {bare ? null : (
          <>
        <a className="skip-link" href="#main">
          {t("nav.skipToContent")}
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link to="/" className="brand">
              {t("meta.siteName")}
            </Link>
            <nav aria-label={t("nav.primary")}>
              <ul className="nav-list">
                <li>
                  <NavLink to="/explainers">{t("nav.explainers")}</NavLink>
                </li>
                <li>
                  <a href="/#petitions">{t("nav.petitions")}</a>
                </li>
              </ul>
            </nav>
            <LanguageSwitcher locale={locale} />
          </div>
        </header>
          </>
        )}
        <main id="main" tabIndex={-1} className="wrap">
          {children}
        </main>
        {bare ? null : (
          <footer className="site-footer">
            <div className="wrap">
              <p>{t("footer.about")}</p>
              <p>{t("footer.license")}</p>
            </div>
          </footer>
        )}
        {hydrate ? (
          <>
            <ScrollRestoration />
            <Scripts />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = useTranslation();
  let title = t("errors.errorTitle");
  let body = t("errors.errorBody");
  if (isRouteErrorResponse(error) && error.status === 404) {
    title = t("errors.notFoundTitle");
    body = t("errors.notFoundBody");
  } else if (isRouteErrorResponse(error) && error.status === 403) {
    title = t("errors.forbiddenTitle");
    body = t("errors.forbiddenBody");
  } else if (isRouteErrorResponse(error) && (error.status === 400 || error.status === 415)) {
    title = t("errors.badRequestTitle");
    body = t("errors.badRequestBody");
  } else if ((isRouteErrorResponse(error) && error.status === 503) || isDatabaseUnavailable(error)) {
    title = t("errors.unavailableTitle");
    body = t("errors.unavailableBody");
  }
  // Stacks are for developers only; production shows a plain message.
  const stack = import.meta.env.DEV && error instanceof Error ? error.stack : undefined;
  return (
    <article className="error-page">
      <title>{title}</title>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/">{t("errors.goHome")}</Link>
      </p>
      {stack ? <pre className="stack">{stack}</pre> : null}
    </article>
  );
}

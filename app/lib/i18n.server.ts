import { createInstance, type i18n } from "i18next";
import { createCookie } from "react-router";
import { RemixI18Next } from "remix-i18next/server";
import en from "~/locales/en";
import fr from "~/locales/fr";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, SUPPORTED_LOCALES, i18nOptions, isLocale, type Locale } from "./i18n";

const resources = { en: { common: en }, fr: { common: fr } };

export const localeCookie = createCookie(LOCALE_COOKIE, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: LOCALE_COOKIE_MAX_AGE_S,
});

const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...SUPPORTED_LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    searchParamKey: "lng",
    order: ["searchParams", "cookie", "header"],
  },
  i18next: { ...i18nOptions, resources },
});

export async function detectLocale(request: Request): Promise<Locale> {
  const locale = await i18nServer.getLocale(request);
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** The `Set-Cookie` header that remembers an explicit `?lng=` choice, if the request made one. */
export async function rememberLocaleHeader(request: Request, locale: Locale): Promise<string | null> {
  const requested = new URL(request.url).searchParams.get("lng");
  if (!isLocale(requested) || requested !== locale) return null;
  return localeCookie.serialize(locale);
}

// One instance per locale for the life of the process: the server never changes an
// instance's language or resources, and creating one per request costs real CPU under load.
const fixedTs = new Map<Locale, ReturnType<typeof i18nServer.getFixedT>>();
const instances = new Map<Locale, i18n>();

export async function getFixedT(locale: Locale) {
  let fixed = fixedTs.get(locale);
  if (!fixed) {
    fixed = i18nServer.getFixedT(locale, "common");
    fixedTs.set(locale, fixed);
  }
  return fixed;
}

export function createI18nInstance(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createInstance();
    void instance.init({ ...i18nOptions, lng: locale, resources });
    instances.set(locale, instance);
  }
  return instance;
}

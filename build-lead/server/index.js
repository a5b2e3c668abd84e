import { jsx, jsxs, Fragment } from "react/jsx-runtime";
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider, useTranslation } from "react-i18next";
import { createCookie, ServerRouter, UNSAFE_withComponentProps, Outlet, UNSAFE_withErrorBoundaryProps, isRouteErrorResponse, Link, useRouteLoaderData, useMatches, Meta, Links, NavLink, ScrollRestoration, Scripts, data, useLocation, Form, redirect } from "react-router";
import { createInstance } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { sql, eq, and, inArray, asc, desc } from "drizzle-orm";
import { pgTable, text, uuid as uuid$1, uniqueIndex, check, timestamp, bigint, boolean, primaryKey, index as index$1, jsonb, integer, pgSequence } from "drizzle-orm/pg-core";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { timingSafeEqual, randomUUID, createHash, randomBytes, createHmac } from "node:crypto";
import { Logger } from "graphile-worker";
import "react";
import "resend";
import { Html, Head, Preview, Body, Container, Section, Hr, Text, Button, Link as Link$1 } from "@react-email/components";
import { useForm, getInputProps, getSelectProps, getFormProps } from "@conform-to/react";
import { parseWithZod, getZodConstraint } from "@conform-to/zod/v4";
import { z } from "zod";
import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { hash, verify } from "@node-rs/argon2";
import path from "node:path";
import { fileURLToPath } from "node:url";
const RETRY_AFTER_S = 5;
function isDatabaseUnavailable(error) {
  const e = error;
  if (!e || typeof e !== "object") return false;
  const code = e.code ?? e.errno;
  if (code && ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"].includes(code)) {
    return true;
  }
  return e.cause !== void 0 && e.cause !== error && isDatabaseUnavailable(e.cause);
}
const account$1 = {
  login: {
    title: "Organiser sign-in",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    invalid: "The email address or password is not right.",
    rateLimited: "Too many attempts. Please wait 15 minutes and try again.",
    noAccount: "No account yet?",
    signUp: "Create an organiser account",
    forgot: "Forgot your password?"
  },
  logout: "Sign out",
  errors: {
    required: "Please fill in this field.",
    email: "Please enter a valid email address."
  }
};
const dashboard$1 = {
  nav: {
    label: "Organiser menu",
    home: "Dashboard",
    account: "Account",
    admin: "Moderation"
  },
  home: {
    title: "Dashboard",
    welcome: "Signed in as {{name}}",
    organisations: "Your organisations",
    none: "You are not a member of any organisation yet.",
    role: {
      owner: "Owner",
      editor: "Editor",
      viewer: "Viewer"
    }
  }
};
const organiser$1 = {};
const supporterEmail$1 = {};
const en = {
  meta: {
    siteName: "Harm Reduction Voices",
    tagline: "Evidence, petitions and campaigns for harm reduction"
  },
  nav: {
    skipToContent: "Skip to main content",
    home: "Home",
    explainers: "Learn",
    petitions: "Petitions",
    primary: "Main menu",
    language: "Language",
    organisers: "For organisers"
  },
  home: {
    title: "Harm reduction saves lives. Add your name.",
    lead: "Harm reduction means meeting people where they are: clean needles, medicines such as methadone and buprenorphine, naloxone to reverse overdoses, peer support and fair laws. Learn how it works, then stand with the people who make it happen.",
    learnHeading: "Understand harm reduction",
    learnAll: "All explainers",
    petitionsHeading: "Open petitions",
    noPetitions: "There are no open petitions right now.",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures"
  },
  explainers: {
    indexTitle: "Learn about harm reduction",
    indexLead: "Short, sourced explanations of the services and policies that keep people who use drugs alive and healthy.",
    sources: "Sources",
    lastUpdated: "Last updated {{date}}",
    backToIndex: "All explainers",
    notTranslated: "This page is not yet available in your language; it is shown in {{language}}.",
    related: "Related petitions"
  },
  petition: {
    to: "To: {{target}}",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures",
    countries_one: "from {{count}} country",
    countries_other: "from {{count}} countries",
    goal: "Goal: {{goal}}",
    status: {
      draft: "Draft",
      pending: "Awaiting approval",
      open: "Open for signatures",
      closed: "Closed",
      delivered: "Delivered",
      won: "Won",
      rejected: "Rejected",
      hidden: "Hidden"
    },
    learnMore: "Learn more",
    signingSoon: "Signing opens soon.",
    counterLabel: "Signature count",
    verified_one: "{{formatted}} verified signature",
    verified_other: "{{formatted}} verified signatures",
    verifiedExplained: "Verified signers confirmed from an address at: {{domains}}.",
    paper: "including {{formatted}} collected on paper",
    goalProgress: "{{count}} of {{goal}} towards the goal",
    closedNotice: "This petition is closed and no longer accepts signatures. Thank you to everyone who signed.",
    deliveredNotice: "This petition has been delivered to its target.",
    wonNotice: "This petition won!",
    byCountryHeading: "Where signers are from",
    countryColumn: "Country",
    signaturesColumn: "Signatures",
    mapTitle: "Map of signatures by country",
    mapDescription: "Countries are shaded by the number of confirmed signatures.",
    mapLegend: "Legend",
    chartTitle: "Signatures over time",
    chartDescription: "Cumulative confirmed signatures by hour.",
    chartEmpty: "The chart appears once signatures arrive.",
    wallHeading: "Who signed",
    wallLead: "Signers who chose to show their name.",
    wallEmpty: "No public names yet.",
    wallVerified: "verified",
    wallNewer: "Newer",
    wallOlder: "Older",
    embedHeading: "Add this petition to your website",
    embedLead: "Copy this code into your page: it shows the counter and the form.",
    embedCode: "Embed code",
    openData: "Open data:"
  },
  sign: {
    heading: "Sign the petition",
    name: "Full name",
    email: "Email address",
    emailHint: "We send you a link to confirm your signature.",
    country: "Country",
    chooseCountry: "Choose your country",
    postcode: "Postcode (optional)",
    yes: "Yes",
    no: "No",
    optional: "(optional)",
    chooseOne: "Choose one",
    updates: "Keep me updated about this campaign by email. I can unsubscribe at any time.",
    showName: "Show my name, and the details I gave above, on the public list of signers.",
    privacy: "We use your email only to confirm your signature and, if you tick the box, to send updates. Your email is never shown publicly.",
    honeypot: "Leave this field empty",
    submit: "Sign",
    errorSummary: "Please correct the highlighted fields.",
    errors: {
      required: "Please fill in this field.",
      tooLong: "This is too long.",
      email: "Please enter a valid email address.",
      country: "Please choose a country from the list.",
      choice: "Please choose one of the options."
    },
    closed: "This petition is not accepting signatures.",
    notOpenYet: "This petition is not open for signatures yet."
  },
  signed: {
    title: "Check your email",
    created: "Thank you! We have sent you an email. Open the link in it to confirm your signature: it counts only once confirmed.",
    resent: "You have already signed this petition. We have sent the confirmation link again: please check your inbox and spam folder.",
    resendLimit: "You have already signed, and we have sent the confirmation link several times. Please look for it in your inbox and spam folder.",
    alreadyConfirmed: "You have already signed and confirmed this petition. Thank you!",
    back: "Back to the petition"
  },
  confirm: {
    title: "Thank you for signing",
    confirmed: "Your signature is confirmed.",
    alreadyConfirmed: "Your signature was already confirmed.",
    number: "You are signature number {{number}}.",
    shareHeading: "Share the petition",
    shareLead: "Every share brings new signatures. Send it to colleagues and friends.",
    shareText: "I signed: {{title}}",
    copyLink: "Petition link",
    expiredTitle: "This link has expired",
    expired: "Confirmation links work for 7 days. Sign again with the same email address to get a new link.",
    invalidTitle: "This link is not valid",
    invalid: "The link may be incomplete or replaced by a newer one. Use the most recent email we sent, or sign again.",
    relatedHeading: "Learn more"
  },
  language: {
    en: "English",
    fr: "Français"
  },
  footer: {
    about: "An open-source platform for harm-reduction advocacy.",
    license: "Free software under the AGPL-3.0-or-later licence."
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "We could not find that page. It may have moved or been removed.",
    errorTitle: "Something went wrong",
    errorBody: "Please try again in a moment. If it keeps happening, let the organisers know.",
    unavailableTitle: "Temporarily unavailable",
    unavailableBody: "The service is busy or restarting. Please try again in a few seconds.",
    goHome: "Go to the home page"
  },
  outbox: {
    title: "Local email outbox",
    lead: "No Resend API key is configured, so email is kept here instead of being sent.",
    empty: "No messages yet.",
    to: "To",
    subject: "Subject",
    sentAt: "Created",
    htmlVersion: "HTML version",
    textVersion: "Plain-text version",
    back: "Back to the outbox"
  },
  account: account$1,
  organiser: organiser$1,
  dashboard: dashboard$1,
  supporterEmail: supporterEmail$1
};
const account = {
  login: {
    title: "Connexion des organisateurs",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Se connecter",
    invalid: "L’adresse e-mail ou le mot de passe est incorrect.",
    rateLimited: "Trop de tentatives. Patientez 15 minutes puis réessayez.",
    noAccount: "Pas encore de compte ?",
    signUp: "Créer un compte organisateur",
    forgot: "Mot de passe oublié ?"
  },
  logout: "Se déconnecter",
  errors: {
    required: "Veuillez remplir ce champ.",
    email: "Veuillez saisir une adresse e-mail valide."
  }
};
const dashboard = {
  nav: {
    label: "Menu organisateur",
    home: "Tableau de bord",
    account: "Compte",
    admin: "Modération"
  },
  home: {
    title: "Tableau de bord",
    welcome: "Connecté·e en tant que {{name}}",
    organisations: "Vos organisations",
    none: "Vous n’êtes encore membre d’aucune organisation.",
    role: {
      owner: "Propriétaire",
      editor: "Éditeur·rice",
      viewer: "Lecteur·rice"
    }
  }
};
const organiser = {};
const supporterEmail = {};
const fr = {
  meta: {
    siteName: "Voix de la réduction des risques",
    tagline: "Des faits, des pétitions et des campagnes pour la réduction des risques"
  },
  nav: {
    skipToContent: "Aller au contenu principal",
    home: "Accueil",
    explainers: "Comprendre",
    petitions: "Pétitions",
    primary: "Menu principal",
    language: "Langue",
    organisers: "Espace organisateurs"
  },
  home: {
    title: "La réduction des risques sauve des vies. Signez.",
    lead: "Réduire les risques, c’est aller à la rencontre des personnes là où elles en sont : du matériel d’injection stérile, des médicaments comme la méthadone et la buprénorphine, la naloxone contre les overdoses, le soutien par les pairs et des lois justes. Découvrez comment cela fonctionne, puis soutenez celles et ceux qui le rendent possible.",
    learnHeading: "Comprendre la réduction des risques",
    learnAll: "Toutes les fiches",
    petitionsHeading: "Pétitions ouvertes",
    noPetitions: "Aucune pétition n’est ouverte pour le moment.",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures"
  },
  explainers: {
    indexTitle: "Comprendre la réduction des risques",
    indexLead: "Des explications courtes et sourcées sur les services et les politiques qui protègent la vie et la santé des personnes qui consomment des drogues.",
    sources: "Sources",
    lastUpdated: "Mis à jour le {{date}}",
    backToIndex: "Toutes les fiches",
    notTranslated: "Cette page n’est pas encore disponible dans votre langue ; elle est affichée en {{language}}.",
    related: "Pétitions liées"
  },
  petition: {
    to: "À : {{target}}",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures",
    countries_one: "dans {{count}} pays",
    countries_other: "dans {{count}} pays",
    goal: "Objectif : {{goal}}",
    status: {
      draft: "Brouillon",
      pending: "En attente de validation",
      open: "Ouverte aux signatures",
      closed: "Close",
      delivered: "Remise",
      won: "Gagnée",
      rejected: "Refusée",
      hidden: "Masquée"
    },
    learnMore: "En savoir plus",
    signingSoon: "La signature ouvrira bientôt.",
    counterLabel: "Nombre de signatures",
    verified_one: "{{formatted}} signature vérifiée",
    verified_other: "{{formatted}} signatures vérifiées",
    verifiedExplained: "Les signatures vérifiées ont été confirmées depuis une adresse en : {{domains}}.",
    paper: "dont {{formatted}} recueillies sur papier",
    goalProgress: "{{count}} sur {{goal}} vers l’objectif",
    closedNotice: "Cette pétition est close et n’accepte plus de signatures. Merci à toutes celles et ceux qui l’ont signée.",
    deliveredNotice: "Cette pétition a été remise à son destinataire.",
    wonNotice: "Cette pétition a gagné !",
    byCountryHeading: "D’où viennent les signataires",
    countryColumn: "Pays",
    signaturesColumn: "Signatures",
    mapTitle: "Carte des signatures par pays",
    mapDescription: "Les pays sont colorés selon le nombre de signatures confirmées.",
    mapLegend: "Légende",
    chartTitle: "Signatures au fil du temps",
    chartDescription: "Signatures confirmées cumulées, heure par heure.",
    chartEmpty: "Le graphique apparaîtra avec les premières signatures.",
    wallHeading: "Qui a signé",
    wallLead: "Les signataires qui ont choisi d’afficher leur nom.",
    wallEmpty: "Aucun nom public pour l’instant.",
    wallVerified: "vérifiée",
    wallNewer: "Plus récents",
    wallOlder: "Plus anciens",
    embedHeading: "Ajoutez cette pétition à votre site",
    embedLead: "Copiez ce code dans votre page : il affiche le compteur et le formulaire.",
    embedCode: "Code d’intégration",
    openData: "Données ouvertes :"
  },
  sign: {
    heading: "Signer la pétition",
    name: "Nom complet",
    email: "Adresse e-mail",
    emailHint: "Nous vous envoyons un lien pour confirmer votre signature.",
    country: "Pays",
    chooseCountry: "Choisissez votre pays",
    postcode: "Code postal (facultatif)",
    yes: "Oui",
    no: "Non",
    optional: "(facultatif)",
    chooseOne: "Choisissez",
    updates: "Tenez-moi informé·e de cette campagne par e-mail. Je peux me désinscrire à tout moment.",
    showName: "Afficher mon nom, et les informations données ci-dessus, sur la liste publique des signataires.",
    privacy: "Votre adresse e-mail sert uniquement à confirmer votre signature et, si vous cochez la case, à vous envoyer des nouvelles. Elle n’est jamais affichée publiquement.",
    honeypot: "Laissez ce champ vide",
    submit: "Signer",
    errorSummary: "Veuillez corriger les champs signalés.",
    errors: {
      required: "Veuillez remplir ce champ.",
      tooLong: "Ce texte est trop long.",
      email: "Veuillez saisir une adresse e-mail valide.",
      country: "Veuillez choisir un pays dans la liste.",
      choice: "Veuillez choisir une des options."
    },
    closed: "Cette pétition n’accepte pas de signatures.",
    notOpenYet: "Cette pétition n’est pas encore ouverte aux signatures."
  },
  signed: {
    title: "Consultez vos e-mails",
    created: "Merci ! Nous vous avons envoyé un e-mail. Ouvrez le lien qu’il contient pour confirmer votre signature : elle ne compte qu’une fois confirmée.",
    resent: "Vous avez déjà signé cette pétition. Nous vous avons renvoyé le lien de confirmation : vérifiez votre boîte de réception et vos spams.",
    resendLimit: "Vous avez déjà signé et nous vous avons envoyé le lien de confirmation plusieurs fois. Cherchez-le dans votre boîte de réception et vos spams.",
    alreadyConfirmed: "Vous avez déjà signé et confirmé cette pétition. Merci !",
    back: "Retour à la pétition"
  },
  confirm: {
    title: "Merci d’avoir signé",
    confirmed: "Votre signature est confirmée.",
    alreadyConfirmed: "Votre signature était déjà confirmée.",
    number: "Vous êtes la signature n° {{number}}.",
    shareHeading: "Partagez la pétition",
    shareLead: "Chaque partage apporte de nouvelles signatures. Envoyez-la à vos collègues et à vos proches.",
    shareText: "J’ai signé : {{title}}",
    copyLink: "Lien de la pétition",
    expiredTitle: "Ce lien a expiré",
    expired: "Les liens de confirmation sont valables 7 jours. Signez à nouveau avec la même adresse e-mail pour recevoir un nouveau lien.",
    invalidTitle: "Ce lien n’est pas valide",
    invalid: "Le lien est peut-être incomplet ou a été remplacé par un plus récent. Utilisez le dernier e-mail reçu, ou signez à nouveau.",
    relatedHeading: "En savoir plus"
  },
  language: {
    en: "English",
    fr: "Français"
  },
  footer: {
    about: "Une plateforme libre pour le plaidoyer en faveur de la réduction des risques.",
    license: "Logiciel libre sous licence AGPL-3.0 ou ultérieure."
  },
  errors: {
    notFoundTitle: "Page introuvable",
    notFoundBody: "Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée ou supprimée.",
    errorTitle: "Une erreur est survenue",
    errorBody: "Veuillez réessayer dans un instant. Si le problème persiste, prévenez les organisateurs.",
    unavailableTitle: "Service momentanément indisponible",
    unavailableBody: "Le service est surchargé ou redémarre. Réessayez dans quelques secondes.",
    goHome: "Retour à l’accueil"
  },
  outbox: {
    title: "Boîte d’envoi locale",
    lead: "Aucune clé d’API Resend n’est configurée : les e-mails sont conservés ici au lieu d’être envoyés.",
    empty: "Aucun message pour l’instant.",
    to: "Destinataire",
    subject: "Objet",
    sentAt: "Créé le",
    htmlVersion: "Version HTML",
    textVersion: "Version texte",
    back: "Retour à la boîte d’envoi"
  },
  account,
  organiser,
  dashboard,
  supporterEmail
};
const SUPPORTED_LOCALES = ["en", "fr"];
const DEFAULT_LOCALE = "en";
const LOCALE_COOKIE = "lng";
const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;
function isLocale(value) {
  return typeof value === "string" && SUPPORTED_LOCALES.includes(value);
}
function textDirection(_locale) {
  return "ltr";
}
const i18nOptions = {
  supportedLngs: [...SUPPORTED_LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: "common",
  ns: ["common"],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false
};
const resources = { en: { common: en }, fr: { common: fr } };
const localeCookie = createCookie(LOCALE_COOKIE, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: LOCALE_COOKIE_MAX_AGE_S
});
const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...SUPPORTED_LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    searchParamKey: "lng",
    order: ["searchParams", "cookie", "header"]
  },
  i18next: { ...i18nOptions, resources }
});
async function detectLocale(request) {
  const locale = await i18nServer.getLocale(request);
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
async function rememberLocaleHeader(request, locale) {
  const requested = new URL(request.url).searchParams.get("lng");
  if (!isLocale(requested) || requested !== locale) return null;
  return localeCookie.serialize(locale);
}
async function getFixedT(locale) {
  return i18nServer.getFixedT(locale, "common");
}
function createI18nInstance(locale) {
  const instance = createInstance();
  void instance.init({ ...i18nOptions, lng: locale, resources });
  return instance;
}
const streamTimeout = 5e3;
const requestsHitByOutage = /* @__PURE__ */ new WeakSet();
async function handleRequest(request, responseStatusCode, responseHeaders, routerContext, loadContext) {
  if (requestsHitByOutage.has(request)) {
    responseStatusCode = 503;
    responseHeaders.set("Retry-After", String(RETRY_AFTER_S));
  }
  const locale = await detectLocale(request);
  const i18n = createI18nInstance(locale);
  const nonce = loadContext.cspNonce;
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || routerContext.isSpaMode;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      /* @__PURE__ */ jsx(I18nextProvider, { i18n, children: /* @__PURE__ */ jsx(ServerRouter, { context: routerContext, url: request.url, nonce }) }),
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body2 = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body2), { headers: responseHeaders, status: responseStatusCode })
          );
          pipe(body2);
        },
        onShellError(error) {
          reject(error);
        },
        onError(error) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        }
      }
    );
    setTimeout(abort, streamTimeout + 1e3);
  });
}
function handleError(error, { request }) {
  if (request.signal.aborted) return;
  if (isDatabaseUnavailable(error)) {
    requestsHitByOutage.add(request);
    console.error(`Database unavailable while serving ${new URL(request.url).pathname}`);
    return;
  }
  console.error(error);
}
const entryServer = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: handleRequest,
  handleError,
  streamTimeout
}, Symbol.toStringTag, { value: "Module" }));
const stylesheet = "/assets/app-ykMxjd0R.css";
const links = () => [{
  rel: "stylesheet",
  href: stylesheet
}, {
  rel: "icon",
  href: "/favicon.svg",
  type: "image/svg+xml"
}];
async function loader$h({
  request
}) {
  const locale = await detectLocale(request);
  const cookie = await rememberLocaleHeader(request, locale);
  return data({
    locale
  }, cookie ? {
    headers: {
      "Set-Cookie": cookie
    }
  } : void 0);
}
function useWantsHydration() {
  const matches = useMatches();
  return matches.some((match) => match.handle?.hydrate);
}
function LanguageSwitcher({
  locale
}) {
  const {
    t
  } = useTranslation();
  const location = useLocation();
  return /* @__PURE__ */ jsx("nav", {
    "aria-label": t("nav.language"),
    className: "language-switcher",
    children: /* @__PURE__ */ jsx("ul", {
      children: SUPPORTED_LOCALES.map((lng) => {
        const params = new URLSearchParams(location.search);
        params.set("lng", lng);
        return /* @__PURE__ */ jsx("li", {
          children: lng === locale ? /* @__PURE__ */ jsx("span", {
            "aria-current": "true",
            lang: lng,
            children: t(`language.${lng}`)
          }) : /* @__PURE__ */ jsx("a", {
            href: `${location.pathname}?${params}`,
            lang: lng,
            hrefLang: lng,
            children: t(`language.${lng}`)
          })
        }, lng);
      })
    })
  });
}
function Layout({
  children
}) {
  const rootData = useRouteLoaderData("root");
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  const {
    t
  } = useTranslation();
  const hydrate = useWantsHydration();
  const bare = useMatches().some((match) => match.handle?.bare);
  return /* @__PURE__ */ jsxs("html", {
    lang: locale,
    dir: textDirection(),
    children: [/* @__PURE__ */ jsxs("head", {
      children: [/* @__PURE__ */ jsx("meta", {
        charSet: "utf-8"
      }), /* @__PURE__ */ jsx("meta", {
        name: "viewport",
        content: "width=device-width, initial-scale=1"
      }), /* @__PURE__ */ jsx(Meta, {}), /* @__PURE__ */ jsx(Links, {})]
    }), /* @__PURE__ */ jsxs("body", {
      className: bare ? "bare" : void 0,
      children: [bare ? null : /* @__PURE__ */ jsxs(Fragment, {
        children: [/* @__PURE__ */ jsx("a", {
          className: "skip-link",
          href: "#main",
          children: t("nav.skipToContent")
        }), /* @__PURE__ */ jsx("header", {
          className: "site-header",
          children: /* @__PURE__ */ jsxs("div", {
            className: "wrap header-inner",
            children: [/* @__PURE__ */ jsx(Link, {
              to: "/",
              className: "brand",
              children: t("meta.siteName")
            }), /* @__PURE__ */ jsx("nav", {
              "aria-label": t("nav.primary"),
              children: /* @__PURE__ */ jsxs("ul", {
                className: "nav-list",
                children: [/* @__PURE__ */ jsx("li", {
                  children: /* @__PURE__ */ jsx(NavLink, {
                    to: "/explainers",
                    children: t("nav.explainers")
                  })
                }), /* @__PURE__ */ jsx("li", {
                  children: /* @__PURE__ */ jsx("a", {
                    href: "/#petitions",
                    children: t("nav.petitions")
                  })
                })]
              })
            }), /* @__PURE__ */ jsx(LanguageSwitcher, {
              locale
            })]
          })
        })]
      }), /* @__PURE__ */ jsx("main", {
        id: "main",
        tabIndex: -1,
        className: "wrap",
        children
      }), bare ? null : /* @__PURE__ */ jsx("footer", {
        className: "site-footer",
        children: /* @__PURE__ */ jsxs("div", {
          className: "wrap",
          children: [/* @__PURE__ */ jsx("p", {
            children: t("footer.about")
          }), /* @__PURE__ */ jsx("p", {
            children: t("footer.license")
          })]
        })
      }), hydrate ? /* @__PURE__ */ jsxs(Fragment, {
        children: [/* @__PURE__ */ jsx(ScrollRestoration, {}), /* @__PURE__ */ jsx(Scripts, {})]
      }) : null]
    })]
  });
}
const root = UNSAFE_withComponentProps(function App() {
  return /* @__PURE__ */ jsx(Outlet, {});
});
const ErrorBoundary = UNSAFE_withErrorBoundaryProps(function ErrorBoundary2({
  error
}) {
  const {
    t
  } = useTranslation();
  let title = t("errors.errorTitle");
  let body2 = t("errors.errorBody");
  if (isRouteErrorResponse(error) && error.status === 404) {
    title = t("errors.notFoundTitle");
    body2 = t("errors.notFoundBody");
  } else if (isRouteErrorResponse(error) && error.status === 503 || isDatabaseUnavailable(error)) {
    title = t("errors.unavailableTitle");
    body2 = t("errors.unavailableBody");
  }
  return /* @__PURE__ */ jsxs("article", {
    className: "error-page",
    children: [/* @__PURE__ */ jsx("title", {
      children: title
    }), /* @__PURE__ */ jsx("h1", {
      children: title
    }), /* @__PURE__ */ jsx("p", {
      children: body2
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/",
        children: t("errors.goHome")
      })
    }), null]
  });
});
const route0 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  ErrorBoundary,
  Layout,
  default: root,
  links,
  loader: loader$h
}, Symbol.toStringTag, { value: "Module" }));
function PageTitle({ title, description }) {
  const { t } = useTranslation();
  const site = t("meta.siteName");
  return /* @__PURE__ */ jsxs(Fragment, { children: [
    /* @__PURE__ */ jsx("title", { children: title ? `${title} · ${site}` : `${site} — ${t("meta.tagline")}` }),
    description ? /* @__PURE__ */ jsx("meta", { name: "description", content: description }) : null
  ] });
}
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const localeCheck = (column) => sql.raw(`${column} ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`);
const slugCheck = (column) => sql.raw(`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`);
const organisations = pgTable(
  "organisations",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    country: text("country"),
    website: text("website"),
    createdAt: createdAt()
  },
  (t) => [uniqueIndex("organisations_slug_key").on(t.slug), check("organisations_slug_format", slugCheck("slug"))]
);
const users = pgTable(
  "users",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    isAdmin: boolean("is_admin").notNull().default(false),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /** Base32 TOTP secret once two-factor sign-in is enabled. */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last TOTP time step accepted, so a code cannot be replayed. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    createdAt: createdAt()
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)]
);
const memberships = pgTable(
  "memberships",
  {
    organisationId: uuid$1("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid$1("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: createdAt()
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    check("memberships_role_valid", sql`${t.role} in ('owner', 'editor', 'viewer')`),
    index$1("memberships_user_idx").on(t.userId)
  ]
);
const campaigns = pgTable(
  "campaigns",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    organisationId: uuid$1("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    status: text("status").notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex("campaigns_slug_key").on(t.slug),
    check("campaigns_slug_format", slugCheck("slug")),
    check("campaigns_status_valid", sql`${t.status} in ('draft', 'active', 'archived')`),
    index$1("campaigns_organisation_idx").on(t.organisationId)
  ]
);
pgTable(
  "campaign_translations",
  {
    campaignId: uuid$1("campaign_id").notNull().references(() => campaigns.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default("")
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.locale] }), check("campaign_translations_locale", localeCheck("locale"))]
);
const explainers = pgTable(
  "explainers",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    position: integer("position").notNull().default(0),
    status: text("status").notNull().default("draft"),
    campaignId: uuid$1("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    sources: jsonb("sources").$type().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex("explainers_slug_key").on(t.slug),
    check("explainers_slug_format", slugCheck("slug")),
    check("explainers_status_valid", sql`${t.status} in ('draft', 'published')`)
  ]
);
const explainerTranslations = pgTable(
  "explainer_translations",
  {
    explainerId: uuid$1("explainer_id").notNull().references(() => explainers.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    updatedAt: updatedAt()
  },
  (t) => [
    primaryKey({ columns: [t.explainerId, t.locale] }),
    check("explainer_translations_locale", localeCheck("locale"))
  ]
);
const petitions = pgTable(
  "petitions",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    campaignId: uuid$1("campaign_id").notNull().references(() => campaigns.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    status: text("status").notNull().default("draft"),
    defaultLocale: text("default_locale").notNull().default("en"),
    goal: integer("goal"),
    goalFixed: boolean("goal_fixed").notNull().default(false),
    paperSignatures: integer("paper_signatures").notNull().default(0),
    paperSignaturesNote: text("paper_signatures_note"),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    /** Email domains whose confirmed signers are marked as verified (e.g. a police service's domain). */
    verifiedDomains: text("verified_domains").array().notNull().default(sql`'{}'::text[]`),
    collectPostcode: boolean("collect_postcode").notNull().default(false),
    createdBy: uuid$1("created_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedBy: uuid$1("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    rejectionReason: text("rejection_reason"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    outcomeNote: text("outcome_note"),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex("petitions_slug_key").on(t.slug),
    check("petitions_slug_format", slugCheck("slug")),
    check(
      "petitions_status_valid",
      sql`${t.status} in ('draft', 'pending', 'open', 'closed', 'delivered', 'won', 'rejected', 'hidden')`
    ),
    check("petitions_goal_positive", sql`${t.goal} is null or ${t.goal} > 0`),
    check("petitions_paper_nonnegative", sql`${t.paperSignatures} >= 0`),
    index$1("petitions_campaign_idx").on(t.campaignId)
  ]
);
const petitionTranslations = pgTable(
  "petition_translations",
  {
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    target: text("target").notNull(),
    ask: text("ask").notNull(),
    bodyMarkdown: text("body_markdown").notNull()
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.locale] }), check("petition_translations_locale", localeCheck("locale"))]
);
const petitionExplainers = pgTable(
  "petition_explainers",
  {
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    explainerId: uuid$1("explainer_id").notNull().references(() => explainers.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.explainerId] })]
);
const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    idempotencyKey: text("idempotency_key").notNull(),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type().notNull().default({}),
    createdAt: createdAt()
  },
  (t) => [
    uniqueIndex("outbox_messages_idempotency_key").on(t.idempotencyKey),
    index$1("outbox_messages_created_idx").on(t.createdAt)
  ]
);
const petitionFields = pgTable(
  "petition_fields",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    kind: text("kind").$type().notNull(),
    required: boolean("required").notNull().default(false),
    /** Shown beside the signer's name on the public wall (e.g. agency, role). */
    isPublic: boolean("is_public").notNull().default(false),
    position: integer("position").notNull().default(0),
    labels: jsonb("labels").$type().notNull(),
    options: jsonb("options").$type().notNull().default([])
  },
  (t) => [
    uniqueIndex("petition_fields_key").on(t.petitionId, t.key),
    check("petition_fields_key_format", sql.raw(`key ~ '^[a-z][a-z0-9_]{0,39}$'`)),
    check("petition_fields_kind_valid", sql`${t.kind} in ('text', 'choice', 'yesno')`)
  ]
);
pgSequence("signature_confirm_seq");
const signatures = pgTable(
  "signatures",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    status: text("status").$type().notNull().default("pending"),
    fullName: text("full_name").notNull(),
    email: text("email").notNull(),
    /** Lower-cased, +tag removed, Gmail dots removed: one signature per person per petition. */
    canonicalEmail: text("canonical_email").notNull(),
    country: text("country").notNull(),
    postcode: text("postcode"),
    locale: text("locale").notNull(),
    customFields: jsonb("custom_fields").$type().notNull().default({}),
    showName: boolean("show_name").notNull().default(false),
    updatesOptIn: boolean("updates_opt_in").notNull().default(false),
    consentVersion: text("consent_version").notNull(),
    consentText: text("consent_text").notNull(),
    source: text("source"),
    utm: jsonb("utm").$type().notNull().default({}),
    channel: text("channel").notNull().default("web"),
    /** Keyed hash of the signer's IP: enough to spot bursts, useless to identify anyone. */
    ipHash: text("ip_hash"),
    flagReason: text("flag_reason"),
    /** Whether the signature came from, and was confirmed at, one of the petition's verified domains. */
    verified: boolean("verified").notNull().default(false),
    confirmTokenHash: text("confirm_token_hash"),
    confirmTokenExpiresAt: timestamp("confirm_token_expires_at", { withTimezone: true }),
    confirmationSends: integer("confirmation_sends").notNull().default(1),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmSeq: bigint("confirm_seq", { mode: "number" }),
    /** Set by the counting job: whether this row is included in the count tables. */
    counted: boolean("counted").notNull().default(false),
    reviewedBy: uuid$1("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    /** Set when the signer erased their data: the row still counts, but holds nothing personal. */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    createdAt: createdAt()
  },
  (t) => [
    uniqueIndex("signatures_one_per_person").on(t.petitionId, t.canonicalEmail),
    check("signatures_status_valid", sql`${t.status} in ('pending', 'confirmed', 'flagged', 'invalidated')`),
    check("signatures_country_format", sql.raw(`country ~ '^[A-Z]{2}$'`)),
    check("signatures_confirmation_sends", sql`${t.confirmationSends} between 1 and 3`),
    check("signatures_confirmed_has_time", sql`${t.status} <> 'confirmed' or ${t.confirmedAt} is not null`),
    // The counting job's work list: rows whose inclusion in the counts is out of date.
    index$1("signatures_uncounted").on(t.confirmSeq).where(sql`(${t.status} = 'confirmed') <> ${t.counted}`),
    index$1("signatures_wall").on(t.petitionId, t.confirmedAt.desc()).where(sql`${t.status} = 'confirmed' and ${t.showName}`),
    index$1("signatures_petition_seq").on(t.petitionId, t.confirmSeq).where(sql`${t.status} = 'confirmed'`),
    index$1("signatures_petition_created").on(t.petitionId, t.createdAt.desc()),
    index$1("signatures_petition_status").on(t.petitionId, t.status),
    index$1("signatures_canonical_email").on(t.canonicalEmail)
  ]
);
const petitionCounts = pgTable("petition_counts", {
  petitionId: uuid$1("petition_id").primaryKey().references(() => petitions.id, { onDelete: "cascade" }),
  total: integer("total").notNull().default(0),
  verified: integer("verified").notNull().default(0),
  updatedAt: updatedAt()
});
pgTable(
  "petition_country_counts",
  {
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    country: text("country").notNull(),
    total: integer("total").notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.country] })]
);
const petitionHourlyCounts = pgTable(
  "petition_hourly_counts",
  {
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    total: integer("total").notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.hour] })]
);
pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index$1("rate_limits_window_idx").on(t.windowStart)]
);
pgTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt()
});
const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid$1("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    secretHash: text("secret_hash").notNull(),
    /** False until the second factor is given, for users who have one. */
    twoFactorVerified: boolean("two_factor_verified").notNull().default(false),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull()
  },
  (t) => [index$1("sessions_user_idx").on(t.userId), index$1("sessions_expires_idx").on(t.expiresAt)]
);
pgTable(
  "account_tokens",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    userId: uuid$1("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type().notNull(),
    secretHash: text("secret_hash").notNull(),
    /** The address being switched to, for change-email tokens. */
    newEmail: text("new_email"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt()
  },
  (t) => [
    index$1("account_tokens_user_idx").on(t.userId, t.purpose),
    check("account_tokens_purpose_valid", sql`${t.purpose} in ('verify-email', 'reset-password', 'change-email')`)
  ]
);
pgTable(
  "invitations",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    organisationId: uuid$1("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").notNull(),
    invitedBy: uuid$1("invited_by").references(() => users.id, { onDelete: "set null" }),
    secretHash: text("secret_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid$1("accepted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt()
  },
  (t) => [
    check("invitations_role_valid", sql`${t.role} in ('owner', 'editor', 'viewer')`),
    index$1("invitations_organisation_idx").on(t.organisationId)
  ]
);
pgTable(
  "petition_revisions",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    petitionId: uuid$1("petition_id").notNull().references(() => petitions.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    editorId: uuid$1("editor_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason"),
    signatureCount: integer("signature_count").notNull(),
    before: jsonb("before").$type().notNull(),
    after: jsonb("after").$type().notNull(),
    createdAt: createdAt()
  },
  (t) => [index$1("petition_revisions_petition_idx").on(t.petitionId, t.createdAt)]
);
pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid$1("actor_id").references(() => users.id, { onDelete: "set null" }),
    organisationId: uuid$1("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: jsonb("details").$type().notNull().default({}),
    createdAt: createdAt()
  },
  (t) => [index$1("audit_log_organisation_idx").on(t.organisationId, t.createdAt), index$1("audit_log_subject_idx").on(t.subjectType, t.subjectId)]
);
const emailMessages$1 = pgTable(
  "email_messages",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    organisationId: uuid$1("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    campaignId: uuid$1("campaign_id").references(() => campaigns.id, { onDelete: "cascade" }),
    petitionId: uuid$1("petition_id").references(() => petitions.id, { onDelete: "cascade" }),
    kind: text("kind").$type().notNull(),
    subject: text("subject").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    /** Who receives it: { petitionId?, campaignId?, countries?, locales?, verifiedOnly? }. */
    audience: jsonb("audience").$type().notNull().default({}),
    status: text("status").$type().notNull().default("draft"),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    recipientCount: integer("recipient_count"),
    createdBy: uuid$1("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true })
  },
  (t) => [
    check("email_messages_kind_valid", sql`${t.kind} in ('update', 'milestone', 'carry-over', 'outcome')`),
    check("email_messages_status_valid", sql`${t.status} in ('draft', 'scheduled', 'sending', 'sent', 'cancelled')`),
    index$1("email_messages_organisation_idx").on(t.organisationId, t.createdAt)
  ]
);
pgTable(
  "email_deliveries",
  {
    id: uuid$1("id").primaryKey().defaultRandom(),
    messageId: uuid$1("message_id").references(() => emailMessages$1.id, { onDelete: "cascade" }),
    /** For transactional mail (confirmations): what the delivery is about, e.g. `confirm-signature/<id>/1`. */
    transactionalKey: text("transactional_key"),
    recipient: text("recipient").notNull(),
    signatureId: uuid$1("signature_id").references(() => signatures.id, { onDelete: "set null" }),
    locale: text("locale").notNull().default("en"),
    status: text("status").$type().notNull().default("queued"),
    /** Deliveries sent in one Resend batch share this; it is also the batch's idempotency key. */
    batchKey: text("batch_key"),
    resendId: text("resend_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex("email_deliveries_message_recipient").on(t.messageId, t.recipient),
    uniqueIndex("email_deliveries_transactional_key").on(t.transactionalKey),
    uniqueIndex("email_deliveries_resend_id").on(t.resendId),
    index$1("email_deliveries_queue").on(t.createdAt).where(sql`${t.status} = 'queued'`),
    index$1("email_deliveries_batch").on(t.batchKey),
    check(
      "email_deliveries_status_valid",
      sql`${t.status} in ('queued', 'sending', 'sent', 'delivered', 'bounced', 'complained', 'failed', 'suppressed')`
    )
  ]
);
pgTable("suppressions", {
  canonicalEmail: text("canonical_email").primaryKey(),
  reason: text("reason").notNull(),
  createdAt: createdAt()
});
pgTable("webhook_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow()
});
const marked = new Marked({ gfm: true, breaks: false, async: false });
const SANITIZE_OPTIONS = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "blockquote",
    "code",
    "pre",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del"
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only h1; headings inside a body start one level down.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? "");
      return {
        tagName,
        attribs: external ? { ...attribs, rel: "noopener noreferrer nofollow" } : attribs
      };
    }
  },
  // Scripts and styles are dropped together with their content, not turned into text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object"]
};
function renderMarkdown(markdown) {
  const html = marked.parse(markdown);
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
function pickTranslation(rows, locale) {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === DEFAULT_LOCALE) ?? rows[0];
}
async function listPublishedExplainers(db, locale) {
  const rows = await db.select({
    id: explainers.id,
    slug: explainers.slug,
    locale: explainerTranslations.locale,
    title: explainerTranslations.title,
    summary: explainerTranslations.summary
  }).from(explainers).innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers.id)).where(and(eq(explainers.status, "published"), inArray(explainerTranslations.locale, [locale, DEFAULT_LOCALE]))).orderBy(asc(explainers.position), asc(explainers.slug));
  const byId = /* @__PURE__ */ new Map();
  for (const row of rows) byId.set(row.id, [...byId.get(row.id) ?? [], row]);
  return [...byId.values()].map((group) => {
    const chosen = pickTranslation(group, locale);
    return { slug: chosen.slug, title: chosen.title, summary: chosen.summary, locale: chosen.locale };
  });
}
async function getPublishedExplainer(db, slug, locale) {
  const rows = await db.select({
    slug: explainers.slug,
    sources: explainers.sources,
    locale: explainerTranslations.locale,
    title: explainerTranslations.title,
    summary: explainerTranslations.summary,
    bodyMarkdown: explainerTranslations.bodyMarkdown,
    updatedAt: explainerTranslations.updatedAt
  }).from(explainers).innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers.id)).where(and(eq(explainers.slug, slug), eq(explainers.status, "published")));
  const chosen = pickTranslation(rows, locale);
  if (!chosen) return null;
  return {
    slug: chosen.slug,
    title: chosen.title,
    summary: chosen.summary,
    locale: chosen.locale,
    html: renderMarkdown(chosen.bodyMarkdown),
    sources: chosen.sources,
    updatedAt: chosen.updatedAt,
    isFallback: chosen.locale !== locale
  };
}
function formatNumber(value, locale) {
  return new Intl.NumberFormat(locale).format(value);
}
function formatDate(value, locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value));
}
const COUNT_INTERVAL_MS = 500;
async function getPetitionCounts(db, petitionId, paper) {
  const [row] = await db.execute(sql`
    select c.total, c.verified, c.updated_at,
      (select count(*)::int from petition_country_counts where petition_id = ${petitionId} and total > 0) as countries
    from (select 1) one left join petition_counts c on c.petition_id = ${petitionId}`);
  const online = Number(row?.total ?? 0);
  return {
    signatureCount: online + paper,
    online,
    paper,
    verified: Number(row?.verified ?? 0),
    countryCount: Number(row?.countries ?? 0),
    updatedAt: row?.updated_at ? new Date(row.updated_at) : null
  };
}
async function getCountryCounts(db, petitionId) {
  return db.execute(sql`
    select country, total from petition_country_counts where petition_id = ${petitionId} and total > 0
    order by total desc, country`).then((rows) => rows.map((r) => ({ country: r.country, total: Number(r.total) })));
}
async function getHourlyCounts(db, petitionId) {
  const rows = await db.select({ hour: petitionHourlyCounts.hour, total: petitionHourlyCounts.total }).from(petitionHourlyCounts).where(eq(petitionHourlyCounts.petitionId, petitionId)).orderBy(petitionHourlyCounts.hour);
  return rows.filter((r) => r.total !== 0).map((r) => ({ at: r.hour, count: r.total }));
}
const GOAL_LADDER = [100, 500, 1e3, 5e3, 1e4, 5e4, 1e5, 5e5, 1e6];
function currentGoal(total, goal, goalFixed) {
  if (goalFixed && goal) return goal;
  const floor = goal ?? 0;
  const rung = GOAL_LADDER.find((g) => g > total && g >= floor);
  if (rung) return rung;
  let next = GOAL_LADDER.at(-1);
  while (next <= total) next *= 2;
  return next;
}
const GMAIL_DOMAINS = /* @__PURE__ */ new Set(["gmail.com", "googlemail.com"]);
function canonicalEmail(email) {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at < 1) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}
function emailDomain(email) {
  return email.trim().toLowerCase().split("@").pop().replace(/\.$/, "");
}
function domainMatches(domain, allowed) {
  return allowed.some((a) => {
    const base = a.trim().toLowerCase().replace(/^@/, "");
    return base.length > 0 && (domain === base || domain.endsWith(`.${base}`));
  });
}
const DISPOSABLE_DOMAINS = /* @__PURE__ */ new Set([
  "10minutemail.com",
  "20minutemail.com",
  "33mail.com",
  "anonbox.net",
  "burnermail.io",
  "discard.email",
  "dispostable.com",
  "emailondeck.com",
  "fakeinbox.com",
  "getairmail.com",
  "getnada.com",
  "guerrillamail.biz",
  "guerrillamail.com",
  "guerrillamail.de",
  "guerrillamail.net",
  "guerrillamail.org",
  "guerrillamailblock.com",
  "harakirimail.com",
  "inboxkitten.com",
  "incognitomail.org",
  "mailcatch.com",
  "maildrop.cc",
  "mailinator.com",
  "mailinator.net",
  "mailnesia.com",
  "mintemail.com",
  "moakt.com",
  "mohmal.com",
  "mytemp.email",
  "sharklasers.com",
  "spam4.me",
  "spamgourmet.com",
  "temp-mail.io",
  "temp-mail.org",
  "tempail.com",
  "tempmail.com",
  "tempmail.net",
  "tempmailo.com",
  "tempr.email",
  "throwawaymail.com",
  "trashmail.com",
  "trashmail.de",
  "yopmail.com",
  "yopmail.fr",
  "yopmail.net"
]);
function isDisposableDomain(domain) {
  return DISPOSABLE_DOMAINS.has(domain.toLowerCase());
}
const body = { backgroundColor: "#f6f7f4", fontFamily: "Arial, Helvetica, sans-serif", color: "#1b1f1d", margin: 0 };
const container = { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px", borderRadius: "6px" };
const footerStyle = { fontSize: "12px", color: "#5b635f", lineHeight: "18px" };
function EmailLayout({ locale, preview, footer, children }) {
  return /* @__PURE__ */ jsxs(Html, { lang: locale, children: [
    /* @__PURE__ */ jsx(Head, {}),
    /* @__PURE__ */ jsx(Preview, { children: preview }),
    /* @__PURE__ */ jsx(Body, { style: body, children: /* @__PURE__ */ jsxs(Container, { style: container, children: [
      /* @__PURE__ */ jsx(Section, { children }),
      /* @__PURE__ */ jsx(Hr, {}),
      /* @__PURE__ */ jsx(Text, { style: footerStyle, children: footer })
    ] }) })
  ] });
}
const messages = {
  en: {
    footer: "You receive this email because of an action on {{site}}.",
    confirmSignature: {
      subject: "Please confirm your signature: {{petition}}",
      preview: "One click to make your signature count.",
      greeting: "Hello {{name}},",
      body: "Thank you for signing “{{petition}}”. Your signature counts only once you confirm that this address is yours.",
      button: "Confirm my signature",
      fallback: "If the button does not work, copy this link into your browser:",
      expiry: "The link works for {{days}} days. If you did not sign, ignore this email and nothing will happen."
    },
    account: {
      greeting: "Hello {{name}},",
      fallback: "If the button does not work, copy this link into your browser:",
      verifyEmail: {
        subject: "Confirm your email address for {{site}}",
        preview: "One click to confirm your organiser account.",
        body: "Thank you for creating an organiser account. Please confirm that this email address is yours.",
        button: "Confirm my email address",
        expiry: "The link works for {{hours}} hours and only once. If you did not create an account, ignore this email."
      },
      accountExists: {
        subject: "Someone tried to create an account with your address on {{site}}",
        preview: "You already have an account: no new one was created.",
        body: "Someone, perhaps you, tried to create an organiser account with this email address. You already have an account, so nothing was created and nothing changed.",
        signIn: "To use your account, sign in:",
        forgot: "If you have forgotten your password, you can choose a new one:",
        ignore: "If it was not you, you can ignore this email: your account is safe."
      },
      resetPassword: {
        subject: "Choose a new password for {{site}}",
        preview: "A link to choose a new password.",
        body: "We received a request to reset the password of your organiser account. Open this link to choose a new one.",
        button: "Choose a new password",
        expiry: "The link works for {{minutes}} minutes and only once. Choosing a new password signs you out everywhere.",
        ignore: "If you did not ask for this, ignore this email: your password does not change."
      },
      changeEmail: {
        subject: "Confirm your new email address for {{site}}",
        preview: "Confirm the new address for your organiser account.",
        body: "You asked to use {{email}} for your organiser account. Open this link to confirm that this address is yours; the change happens only then.",
        button: "Confirm my new address",
        expiry: "The link works for {{hours}} hours and only once. If you did not ask for this, ignore this email and nothing will change."
      },
      emailChanged: {
        subject: "The email address of your {{site}} account was changed",
        preview: "Your account now uses a new email address.",
        body: "The email address of your organiser account was changed to {{email}}. From now on, sign-in links and notices go to that address.",
        warning: "If you did not make this change, someone may have access to your account: contact the administrators of this platform at once."
      }
    }
  },
  fr: {
    footer: "Vous recevez cet e-mail à la suite d’une action sur {{site}}.",
    confirmSignature: {
      subject: "Confirmez votre signature : {{petition}}",
      preview: "Un clic pour que votre signature compte.",
      greeting: "Bonjour {{name}},",
      body: "Merci d’avoir signé « {{petition}} ». Votre signature ne sera comptée qu’après avoir confirmé que cette adresse est bien la vôtre.",
      button: "Confirmer ma signature",
      fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
      expiry: "Le lien est valable {{days}} jours. Si vous n’avez pas signé, ignorez cet e-mail : rien ne se passera."
    },
    account: {
      greeting: "Bonjour {{name}},",
      fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
      verifyEmail: {
        subject: "Confirmez votre adresse e-mail sur {{site}}",
        preview: "Un clic pour confirmer votre compte organisateur.",
        body: "Merci d’avoir créé un compte organisateur. Merci de confirmer que cette adresse e-mail est bien la vôtre.",
        button: "Confirmer mon adresse e-mail",
        expiry: "Le lien est valable {{hours}} heures, une seule fois. Si vous n’avez pas créé de compte, ignorez cet e-mail."
      },
      accountExists: {
        subject: "Quelqu’un a essayé de créer un compte avec votre adresse sur {{site}}",
        preview: "Vous avez déjà un compte : aucun nouveau compte n’a été créé.",
        body: "Quelqu’un, peut-être vous, a essayé de créer un compte organisateur avec cette adresse e-mail. Vous avez déjà un compte : rien n’a été créé ni modifié.",
        signIn: "Pour utiliser votre compte, connectez-vous :",
        forgot: "Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau :",
        ignore: "Si ce n’était pas vous, vous pouvez ignorer cet e-mail : votre compte ne risque rien."
      },
      resetPassword: {
        subject: "Choisissez un nouveau mot de passe sur {{site}}",
        preview: "Un lien pour choisir un nouveau mot de passe.",
        body: "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte organisateur. Ouvrez ce lien pour en choisir un nouveau.",
        button: "Choisir un nouveau mot de passe",
        expiry: "Le lien est valable {{minutes}} minutes, une seule fois. Choisir un nouveau mot de passe vous déconnecte partout.",
        ignore: "Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe ne change pas."
      },
      changeEmail: {
        subject: "Confirmez votre nouvelle adresse e-mail sur {{site}}",
        preview: "Confirmez la nouvelle adresse de votre compte organisateur.",
        body: "Vous avez demandé à utiliser {{email}} pour votre compte organisateur. Ouvrez ce lien pour confirmer que cette adresse est bien la vôtre : le changement n’a lieu qu’à ce moment-là.",
        button: "Confirmer ma nouvelle adresse",
        expiry: "Le lien est valable {{hours}} heures, une seule fois. Si vous n’avez rien demandé, ignorez cet e-mail : rien ne changera."
      },
      emailChanged: {
        subject: "L’adresse e-mail de votre compte {{site}} a été modifiée",
        preview: "Votre compte utilise désormais une nouvelle adresse e-mail.",
        body: "L’adresse e-mail de votre compte organisateur a été remplacée par {{email}}. Les liens de connexion et les avis seront désormais envoyés à cette adresse.",
        warning: "Si vous n’êtes pas à l’origine de ce changement, quelqu’un a peut-être accès à votre compte : prévenez immédiatement les administrateurs de la plateforme."
      }
    }
  }
};
const byLocale = messages;
function emailMessages(locale) {
  return byLocale[locale] ?? messages.en;
}
function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key) => key in values ? String(values[key]) : match);
}
function confirmSignatureSubject(props) {
  return fill(emailMessages(props.locale).confirmSignature.subject, { petition: props.petitionTitle });
}
const button$3 = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function ConfirmSignatureEmail(props) {
  const m = emailMessages(props.locale);
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: m.confirmSignature.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.confirmSignature.greeting, { name: props.signerName }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(m.confirmSignature.body, { petition: props.petitionTitle }) }),
    /* @__PURE__ */ jsx(Button, { href: props.confirmUrl, style: button$3, children: m.confirmSignature.button }),
    /* @__PURE__ */ jsx(Text, { children: m.confirmSignature.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.confirmUrl, children: props.confirmUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(m.confirmSignature.expiry, { days: props.expiresInDays }) })
  ] });
}
ConfirmSignatureEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  signerName: "Aminata Diallo",
  petitionTitle: "Police officers for harm reduction",
  confirmUrl: "http://localhost:3000/petitions/police-for-harm-reduction/confirm/abc.def",
  expiresInDays: 7
};
const button$2 = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function changeEmailSubject(props) {
  return fill(emailMessages(props.locale).account.changeEmail.subject, { site: props.siteName });
}
function ChangeEmailEmail(props) {
  const m = emailMessages(props.locale);
  const c = m.account.changeEmail;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: c.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(c.body, { email: props.newEmail }) }),
    /* @__PURE__ */ jsx(Button, { href: props.confirmUrl, style: button$2, children: c.button }),
    /* @__PURE__ */ jsx(Text, { children: m.account.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.confirmUrl, children: props.confirmUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(c.expiry, { hours: props.expiresInHours }) })
  ] });
}
ChangeEmailEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  newEmail: "aminata@new.example.org",
  confirmUrl: "http://localhost:3000/change-email/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInHours: 24
};
function emailChangedSubject(props) {
  return fill(emailMessages(props.locale).account.emailChanged.subject, { site: props.siteName });
}
function EmailChangedEmail(props) {
  const m = emailMessages(props.locale);
  const c = m.account.emailChanged;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: c.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(c.body, { email: props.newEmail }) }),
    /* @__PURE__ */ jsx(Text, { children: c.warning })
  ] });
}
EmailChangedEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  newEmail: "aminata@new.example.org"
};
const button$1 = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function resetPasswordSubject(props) {
  return fill(emailMessages(props.locale).account.resetPassword.subject, { site: props.siteName });
}
function ResetPasswordEmail(props) {
  const m = emailMessages(props.locale);
  const r = m.account.resetPassword;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: r.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: r.body }),
    /* @__PURE__ */ jsx(Button, { href: props.resetUrl, style: button$1, children: r.button }),
    /* @__PURE__ */ jsx(Text, { children: m.account.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.resetUrl, children: props.resetUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(r.expiry, { minutes: props.expiresInMinutes }) }),
    /* @__PURE__ */ jsx(Text, { children: r.ignore })
  ] });
}
ResetPasswordEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  resetUrl: "http://localhost:3000/reset-password/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInMinutes: 60
};
const button = { backgroundColor: "#0b6e4f", color: "#ffffff", padding: "12px 20px", borderRadius: "4px", fontWeight: "bold" };
function verifyEmailSubject(props) {
  return fill(emailMessages(props.locale).account.verifyEmail.subject, { site: props.siteName });
}
function VerifyEmailEmail(props) {
  const m = emailMessages(props.locale);
  const v = m.account.verifyEmail;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: v.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: v.body }),
    /* @__PURE__ */ jsx(Button, { href: props.verifyUrl, style: button, children: v.button }),
    /* @__PURE__ */ jsx(Text, { children: m.account.fallback }),
    /* @__PURE__ */ jsx(Text, { children: /* @__PURE__ */ jsx(Link$1, { href: props.verifyUrl, children: props.verifyUrl }) }),
    /* @__PURE__ */ jsx(Text, { children: fill(v.expiry, { hours: props.expiresInHours }) })
  ] });
}
VerifyEmailEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  verifyUrl: "http://localhost:3000/verify-email/0d8f6c1e-2b1a-4c1f-9a55-6f1d2e3c4b5a.abcdefghijklmnopqrstuvwxyz0",
  expiresInHours: 24
};
function accountExistsSubject(props) {
  return fill(emailMessages(props.locale).account.accountExists.subject, { site: props.siteName });
}
function AccountExistsEmail(props) {
  const m = emailMessages(props.locale);
  const a = m.account.accountExists;
  return /* @__PURE__ */ jsxs(EmailLayout, { locale: props.locale, preview: a.preview, footer: fill(m.footer, { site: props.siteName }), children: [
    /* @__PURE__ */ jsx(Text, { children: fill(m.account.greeting, { name: props.displayName }) }),
    /* @__PURE__ */ jsx(Text, { children: a.body }),
    /* @__PURE__ */ jsxs(Text, { children: [
      a.signIn,
      " ",
      /* @__PURE__ */ jsx(Link$1, { href: props.loginUrl, children: props.loginUrl })
    ] }),
    /* @__PURE__ */ jsxs(Text, { children: [
      a.forgot,
      " ",
      /* @__PURE__ */ jsx(Link$1, { href: props.forgotPasswordUrl, children: props.forgotPasswordUrl })
    ] }),
    /* @__PURE__ */ jsx(Text, { children: a.ignore })
  ] });
}
AccountExistsEmail.PreviewProps = {
  locale: "en",
  siteName: "Harm Reduction Voices",
  displayName: "Aminata Diallo",
  loginUrl: "http://localhost:3000/login",
  forgotPasswordUrl: "http://localhost:3000/forgot-password"
};
function define(component, subject) {
  return { component, subject, previewProps: component.PreviewProps };
}
({
  "confirm-signature": define(ConfirmSignatureEmail, confirmSignatureSubject),
  "verify-email": define(VerifyEmailEmail, verifyEmailSubject),
  "account-exists": define(AccountExistsEmail, accountExistsSubject),
  "reset-password": define(ResetPasswordEmail, resetPasswordSubject),
  "change-email": define(ChangeEmailEmail, changeEmailSubject),
  "email-changed": define(EmailChangedEmail, emailChangedSubject)
});
async function hitRateLimit(db, key, rule) {
  const [row] = await db.execute(sql`
    insert into rate_limits (key, window_start, hits)
    values (${`${rule.name}:${key}`}, to_timestamp(floor(extract(epoch from now()) * 1000 / ${rule.windowMs}) * ${rule.windowMs} / 1000.0), 1)
    on conflict (key, window_start) do update set hits = rate_limits.hits + 1
    returning hits`);
  const hits = Number(row.hits);
  return { hits, exceeded: hits > rule.limit };
}
new Logger((scope) => (level, message, meta) => {
  if (level !== "error" && level !== "warning") return;
  const where = scope.taskIdentifier ? ` [${scope.taskIdentifier}${scope.jobId ? `#${scope.jobId}` : ""}]` : "";
  console.error(`worker ${level}${where}: ${message}${meta?.error ? ` ${String(meta.error)}` : ""}`);
});
async function enqueueJob(db, task, payload, options = {}) {
  await db.execute(sql`select graphile_worker.add_job(
    identifier => ${task}::text,
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 10}::int,
    job_key => ${options.jobKey ?? null}::text
  )`);
}
const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1e3;
const MAX_CONFIRMATION_SENDS = 3;
const CONSENT_VERSION = "2026-11-24";
const SIGNING_RATE_RULES = [
  { name: "sign-ip-minute", windowMs: 6e4, limit: 20 },
  { name: "sign-ip-day", windowMs: 24 * 60 * 60 * 1e3, limit: 300 }
];
function petitionAvailability(petition2, now = /* @__PURE__ */ new Date()) {
  if (petition2.status !== "open") return "closed";
  if (petition2.opensAt && petition2.opensAt > now) return "not-open-yet";
  if (petition2.closesAt && petition2.closesAt <= now) return "closed";
  return "open";
}
function hashToken(secret) {
  return createHash("sha256").update(secret).digest("hex");
}
function newConfirmToken(signatureId) {
  const secret = randomBytes(24).toString("base64url");
  return { token: `${signatureId}.${secret}`, hash: hashToken(secret), expiresAt: new Date(Date.now() + CONFIRM_TOKEN_TTL_MS) };
}
function confirmUrl(meta, slug, token) {
  return `${meta.appUrl}/petitions/${slug}/confirm/${token}`;
}
async function queueConfirmationEmail(tx, petition2, meta, signature, token, sendNumber) {
  await enqueueJob(
    tx,
    "send-email",
    {
      template: "confirm-signature",
      to: signature.email,
      idempotencyKey: `confirm-signature/${signature.id}/${sendNumber}`,
      props: {
        locale: signature.locale,
        siteName: meta.siteName,
        signerName: signature.fullName,
        petitionTitle: petition2.title,
        confirmUrl: confirmUrl(meta, petition2.slug, token),
        expiresInDays: CONFIRM_TOKEN_TTL_MS / (24 * 60 * 60 * 1e3)
      }
    },
    { maxAttempts: 12 }
  );
}
async function flagReasons(db, input, ipHash) {
  const reasons = [];
  if (isDisposableDomain(emailDomain(input.email))) reasons.push("disposable-domain");
  if (ipHash) {
    for (const rule of SIGNING_RATE_RULES) {
      if ((await hitRateLimit(db, ipHash, rule)).exceeded) reasons.push(rule.name);
    }
  }
  return reasons;
}
async function signPetition(db, petition2, input, meta) {
  const availability = petitionAvailability(petition2);
  if (availability !== "open") return { outcome: availability };
  if (input.website) return { outcome: "created" };
  const reasons = await flagReasons(db, input, meta.ipHash);
  const canonical = canonicalEmail(input.email);
  const id = randomUUID();
  const { token, hash: hash2, expiresAt } = newConfirmToken(id);
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(signatures).values({
      id,
      petitionId: petition2.id,
      status: reasons.length > 0 ? "flagged" : "pending",
      flagReason: reasons.length > 0 ? reasons.join(",") : null,
      fullName: input.name,
      email: input.email,
      canonicalEmail: canonical,
      country: input.country,
      postcode: input.postcode ?? null,
      locale: meta.locale,
      customFields: input.customFields,
      showName: input.showName,
      updatesOptIn: input.updates,
      consentVersion: CONSENT_VERSION,
      consentText: meta.consentText,
      source: input.source ?? null,
      utm: input.utm,
      channel: meta.channel,
      ipHash: meta.ipHash,
      confirmTokenHash: hash2,
      confirmTokenExpiresAt: expiresAt
    }).onConflictDoNothing({ target: [signatures.petitionId, signatures.canonicalEmail] }).returning({ id: signatures.id });
    if (inserted.length === 1) {
      await queueConfirmationEmail(tx, petition2, meta, { id, fullName: input.name, email: input.email, locale: meta.locale }, token, 1);
      return { outcome: "created", signatureId: id };
    }
    const [existing] = await tx.select().from(signatures).where(and(eq(signatures.petitionId, petition2.id), eq(signatures.canonicalEmail, canonical))).for("update");
    if (!existing || existing.status === "invalidated") return { outcome: "already-confirmed" };
    if (existing.confirmedAt) return { outcome: "already-confirmed" };
    if (existing.confirmationSends >= MAX_CONFIRMATION_SENDS) return { outcome: "resend-limit" };
    const renewed = newConfirmToken(existing.id);
    const sendNumber = existing.confirmationSends + 1;
    await tx.update(signatures).set({ confirmTokenHash: renewed.hash, confirmTokenExpiresAt: renewed.expiresAt, confirmationSends: sendNumber }).where(eq(signatures.id, existing.id));
    await queueConfirmationEmail(tx, petition2, meta, existing, renewed.token, sendNumber);
    return { outcome: "resent", signatureId: existing.id };
  });
}
const TOKEN_FORMAT$1 = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{16,64})$/;
async function confirmSignature(db, petitionId, token) {
  const match = TOKEN_FORMAT$1.exec(token);
  if (!match) return { outcome: "invalid" };
  const [, id, secret] = match;
  const [row] = await db.select({
    id: signatures.id,
    petitionId: signatures.petitionId,
    status: signatures.status,
    email: signatures.email,
    hash: signatures.confirmTokenHash,
    expiresAt: signatures.confirmTokenExpiresAt,
    confirmedAt: signatures.confirmedAt,
    confirmSeq: signatures.confirmSeq,
    verified: signatures.verified,
    verifiedDomains: petitions.verifiedDomains
  }).from(signatures).innerJoin(petitions, eq(petitions.id, signatures.petitionId)).where(and(eq(signatures.id, id), eq(signatures.petitionId, petitionId)));
  if (!row?.hash || row.status === "invalidated") return { outcome: "invalid" };
  const expected = Buffer.from(row.hash, "hex");
  const actual = Buffer.from(hashToken(secret), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { outcome: "invalid" };
  const view = (r) => ({
    id: r.id,
    petitionId: r.petitionId,
    status: r.status,
    confirmSeq: r.confirmSeq,
    verified: r.verified
  });
  if (row.confirmedAt) return { outcome: "already-confirmed", signature: view(row) };
  if (!row.expiresAt || row.expiresAt <= /* @__PURE__ */ new Date()) return { outcome: "expired" };
  const verified = domainMatches(emailDomain(row.email), row.verifiedDomains);
  const [updated] = await db.update(signatures).set({
    confirmedAt: sql`now()`,
    confirmSeq: sql`nextval('signature_confirm_seq')`,
    // A flagged signature stays held for review even once its address is proven.
    status: sql`case when ${signatures.status} = 'flagged' then 'flagged' else 'confirmed' end`,
    verified
  }).where(and(eq(signatures.id, id), sql`${signatures.confirmedAt} is null`)).returning({
    id: signatures.id,
    petitionId: signatures.petitionId,
    status: signatures.status,
    confirmSeq: signatures.confirmSeq,
    verified: signatures.verified
  });
  if (!updated) {
    const again = await confirmSignature(db, petitionId, token);
    return { ...again, outcome: again.outcome === "confirmed" ? "already-confirmed" : again.outcome };
  }
  return { outcome: "confirmed", signature: view(updated) };
}
async function signerNumber(db, signature) {
  const [row] = await db.execute(sql`
    select coalesce((select total from ${petitionCounts} where petition_id = ${signature.petitionId}), 0)
      + (select paper_signatures from ${petitions} where id = ${signature.petitionId})
      + (select count(*) from ${signatures}
          where (status = 'confirmed') <> counted and status = 'confirmed' and petition_id = ${signature.petitionId}
            and confirm_seq <= ${signature.confirmSeq ?? 0})
      + ${signature.status === "flagged" ? 1 : 0} as n`);
  return Number(row.n);
}
const PUBLIC_STATUSES = ["open", "closed", "delivered", "won"];
const WALL_PAGE_SIZE = 20;
function pick(rows, locale, fallback) {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === fallback) ?? rows[0];
}
async function listOpenPetitions(db, locale) {
  const rows = await db.select({
    id: petitions.id,
    slug: petitions.slug,
    defaultLocale: petitions.defaultLocale,
    paperSignatures: petitions.paperSignatures,
    locale: petitionTranslations.locale,
    title: petitionTranslations.title,
    ask: petitionTranslations.ask,
    online: sql`coalesce((select total from petition_counts where petition_id = ${petitions.id}), 0)`
  }).from(petitions).innerJoin(petitionTranslations, eq(petitionTranslations.petitionId, petitions.id)).where(eq(petitions.status, "open")).orderBy(desc(petitions.createdAt));
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows) groups.set(row.id, [...groups.get(row.id) ?? [], row]);
  return [...groups.values()].map((group) => {
    const chosen = pick(group, locale, group[0].defaultLocale);
    return { slug: chosen.slug, title: chosen.title, ask: chosen.ask, signatureCount: Number(chosen.online) + chosen.paperSignatures };
  });
}
async function findPublicPetition(db, slug, locale) {
  const petition2 = await db.query.petitions.findFirst({
    where: and(eq(petitions.slug, slug), inArray(petitions.status, [...PUBLIC_STATUSES]))
  });
  if (!petition2) return null;
  const [translations, fields] = await Promise.all([
    db.select().from(petitionTranslations).where(eq(petitionTranslations.petitionId, petition2.id)),
    db.select().from(petitionFields).where(eq(petitionFields.petitionId, petition2.id)).orderBy(asc(petitionFields.position))
  ]);
  const text2 = pick(translations, locale, petition2.defaultLocale);
  if (!text2) return null;
  return {
    id: petition2.id,
    slug: petition2.slug,
    status: petition2.status,
    availability: petitionAvailability(petition2),
    opensAt: petition2.opensAt,
    closesAt: petition2.closesAt,
    locale: text2.locale,
    title: text2.title,
    target: text2.target,
    ask: text2.ask,
    bodyMarkdown: text2.bodyMarkdown,
    goal: petition2.goal,
    goalFixed: petition2.goalFixed,
    paperSignatures: petition2.paperSignatures,
    paperSignaturesNote: petition2.paperSignaturesNote,
    verifiedDomains: petition2.verifiedDomains,
    collectPostcode: petition2.collectPostcode,
    fields: fields.map((f) => ({ key: f.key, kind: f.kind, required: f.required, isPublic: f.isPublic, labels: f.labels, options: f.options }))
  };
}
async function relatedExplainers(db, petitionId, locale) {
  const rows = await db.select({ id: explainers.id, slug: explainers.slug, locale: explainerTranslations.locale, title: explainerTranslations.title }).from(petitionExplainers).innerJoin(explainers, eq(explainers.id, petitionExplainers.explainerId)).innerJoin(explainerTranslations, eq(explainerTranslations.explainerId, explainers.id)).where(
    and(
      eq(petitionExplainers.petitionId, petitionId),
      eq(explainers.status, "published"),
      inArray(explainerTranslations.locale, [locale, DEFAULT_LOCALE])
    )
  ).orderBy(asc(petitionExplainers.position));
  const byId = /* @__PURE__ */ new Map();
  for (const row of rows) byId.set(row.id, [...byId.get(row.id) ?? [], row]);
  return [...byId.values()].map((g) => {
    const chosen = pick(g, locale, DEFAULT_LOCALE);
    return { slug: chosen.slug, title: chosen.title };
  });
}
async function getPetitionStats(db, petition2) {
  const [counts, countries, hourly] = await Promise.all([
    getPetitionCounts(db, petition2.id, petition2.paperSignatures),
    getCountryCounts(db, petition2.id),
    getHourlyCounts(db, petition2.id)
  ]);
  return { ...counts, goal: currentGoal(counts.signatureCount, petition2.goal, petition2.goalFixed), countries, hourly };
}
async function listWall(db, petition2, page) {
  const publicKeys = petition2.fields.filter((f) => f.isPublic && f.kind === "text").map((f) => f.key);
  const rows = await db.select({ name: signatures.fullName, country: signatures.country, custom: signatures.customFields, verified: signatures.verified }).from(signatures).where(and(eq(signatures.petitionId, petition2.id), eq(signatures.status, "confirmed"), eq(signatures.showName, true))).orderBy(desc(signatures.confirmedAt), desc(signatures.id)).limit(WALL_PAGE_SIZE + 1).offset((page - 1) * WALL_PAGE_SIZE);
  return {
    entries: rows.slice(0, WALL_PAGE_SIZE).map((r) => ({
      name: r.name,
      country: r.country,
      details: publicKeys.map((k) => r.custom[k]).filter((v) => Boolean(v)),
      verified: r.verified
    })),
    hasNext: rows.length > WALL_PAGE_SIZE
  };
}
function renderPetitionBody(petition2) {
  return renderMarkdown(petition2.bodyMarkdown);
}
async function getCountSnapshot(db, slug) {
  const [row] = await db.execute(sql`
    select p.paper_signatures as paper, p.goal, p.goal_fixed, coalesce(c.total, 0) as total, c.updated_at,
      (select count(*)::int from petition_country_counts cc where cc.petition_id = p.id and cc.total > 0) as countries
    from petitions p left join petition_counts c on c.petition_id = p.id
    where p.slug = ${slug} and p.status in ('open', 'closed', 'delivered', 'won')`);
  if (!row) return null;
  const signatureCount = Number(row.total) + Number(row.paper);
  return {
    signatureCount,
    countryCount: Number(row.countries),
    goal: currentGoal(signatureCount, row.goal, row.goal_fixed),
    updatedAt: (row.updated_at ? new Date(row.updated_at) : /* @__PURE__ */ new Date(0)).toISOString()
  };
}
async function loader$g({
  request,
  context
}) {
  const locale = await detectLocale(request);
  const [explainers2, petitions2] = await Promise.all([listPublishedExplainers(context.db, locale), listOpenPetitions(context.db, locale)]);
  return {
    locale,
    explainers: explainers2,
    petitions: petitions2
  };
}
const home = UNSAFE_withComponentProps(function Home({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    explainers: explainers2,
    petitions: petitions2
  } = loaderData;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      description: t("home.lead")
    }), /* @__PURE__ */ jsxs("section", {
      className: "hero",
      children: [/* @__PURE__ */ jsx("h1", {
        children: t("home.title")
      }), /* @__PURE__ */ jsx("p", {
        className: "lead",
        children: t("home.lead")
      })]
    }), /* @__PURE__ */ jsxs("section", {
      id: "petitions",
      "aria-labelledby": "petitions-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "petitions-heading",
        children: t("home.petitionsHeading")
      }), petitions2.length === 0 ? /* @__PURE__ */ jsx("p", {
        children: t("home.noPetitions")
      }) : /* @__PURE__ */ jsx("ul", {
        className: "card-list",
        children: petitions2.map((petition2) => /* @__PURE__ */ jsxs("li", {
          className: "card",
          children: [/* @__PURE__ */ jsx("h3", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/petitions/${petition2.slug}`,
              children: petition2.title
            })
          }), /* @__PURE__ */ jsx("p", {
            children: petition2.ask
          }), /* @__PURE__ */ jsx("p", {
            className: "count",
            children: t("home.signatures", {
              count: petition2.signatureCount,
              formatted: formatNumber(petition2.signatureCount, locale)
            })
          })]
        }, petition2.slug))
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "learn-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "learn-heading",
        children: t("home.learnHeading")
      }), /* @__PURE__ */ jsx("ul", {
        className: "card-list",
        children: explainers2.map((explainer2) => /* @__PURE__ */ jsxs("li", {
          className: "card",
          children: [/* @__PURE__ */ jsx("h3", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/explainers/${explainer2.slug}`,
              children: explainer2.title
            })
          }), /* @__PURE__ */ jsx("p", {
            children: explainer2.summary
          })]
        }, explainer2.slug))
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: "/explainers",
          children: t("home.learnAll")
        })
      })]
    })]
  });
});
const route1 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: home,
  loader: loader$g
}, Symbol.toStringTag, { value: "Module" }));
async function loader$f({
  request,
  context
}) {
  const locale = await detectLocale(request);
  return {
    explainers: await listPublishedExplainers(context.db, locale)
  };
}
const explainersIndex = UNSAFE_withComponentProps(function ExplainersIndex({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("explainers.indexTitle"),
      description: t("explainers.indexLead")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("explainers.indexTitle")
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      children: t("explainers.indexLead")
    }), /* @__PURE__ */ jsx("ol", {
      className: "card-list",
      children: loaderData.explainers.map((explainer2) => /* @__PURE__ */ jsxs("li", {
        className: "card",
        lang: explainer2.locale,
        children: [/* @__PURE__ */ jsx("h2", {
          children: /* @__PURE__ */ jsx(Link, {
            to: `/explainers/${explainer2.slug}`,
            children: explainer2.title
          })
        }), /* @__PURE__ */ jsx("p", {
          children: explainer2.summary
        })]
      }, explainer2.slug))
    })]
  });
});
const route2 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: explainersIndex,
  loader: loader$f
}, Symbol.toStringTag, { value: "Module" }));
async function loader$e({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const explainer2 = await getPublishedExplainer(context.db, params.slug, locale);
  if (!explainer2) throw new Response("Not found", {
    status: 404
  });
  return {
    locale,
    explainer: explainer2
  };
}
const explainer = UNSAFE_withComponentProps(function Explainer({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    explainer: explainer2
  } = loaderData;
  return /* @__PURE__ */ jsxs("article", {
    className: "explainer",
    lang: explainer2.locale,
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: explainer2.title,
      description: explainer2.summary
    }), /* @__PURE__ */ jsx("p", {
      className: "breadcrumb",
      children: /* @__PURE__ */ jsx(Link, {
        to: "/explainers",
        children: t("explainers.backToIndex")
      })
    }), /* @__PURE__ */ jsx("h1", {
      children: explainer2.title
    }), explainer2.isFallback ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      lang: locale,
      children: t("explainers.notTranslated", {
        language: t(`language.${explainer2.locale}`, explainer2.locale)
      })
    }) : null, /* @__PURE__ */ jsx("p", {
      className: "lead",
      children: explainer2.summary
    }), /* @__PURE__ */ jsx("div", {
      className: "prose",
      dangerouslySetInnerHTML: {
        __html: explainer2.html
      }
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "sources-heading",
      className: "sources",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "sources-heading",
        children: t("explainers.sources")
      }), /* @__PURE__ */ jsx("ol", {
        children: explainer2.sources.map((source) => /* @__PURE__ */ jsxs("li", {
          children: [source.publisher, ", ", source.url ? /* @__PURE__ */ jsx("a", {
            href: source.url,
            children: source.title
          }) : /* @__PURE__ */ jsx("cite", {
            children: source.title
          }), source.year ? ` (${source.year})` : null]
        }, `${source.publisher}-${source.title}`))
      }), /* @__PURE__ */ jsx("p", {
        className: "muted",
        lang: locale,
        children: t("explainers.lastUpdated", {
          date: formatDate(explainer2.updatedAt, locale)
        })
      })]
    })]
  });
});
const route3 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: explainer,
  loader: loader$e
}, Symbol.toStringTag, { value: "Module" }));
function PetitionCounter({ stats, locale, countUrl, verifiedDomains }) {
  const { t } = useTranslation();
  return /* @__PURE__ */ jsxs("section", { className: "counter", "aria-label": t("petition.counterLabel"), "data-count-url": countUrl, children: [
    /* @__PURE__ */ jsxs("p", { className: "count", "aria-live": "polite", children: [
      /* @__PURE__ */ jsx(
        "strong",
        {
          "data-count": "signatureCount",
          "data-one": t("petition.signatures", { count: 1, formatted: "{n}" }),
          "data-other": t("petition.signatures", { count: 2, formatted: "{n}" }),
          children: t("petition.signatures", { count: stats.signatureCount, formatted: formatNumber(stats.signatureCount, locale) })
        }
      ),
      " ",
      /* @__PURE__ */ jsx(
        "span",
        {
          "data-count": "countryCount",
          "data-one": t("petition.countries", { count: 1 }).replace("1", "{n}"),
          "data-other": t("petition.countries", { count: 2 }).replace("2", "{n}"),
          children: t("petition.countries", { count: stats.countryCount })
        }
      )
    ] }),
    /* @__PURE__ */ jsx("progress", { max: stats.goal, value: Math.min(stats.signatureCount, stats.goal), "aria-label": t("petition.goal", { goal: formatNumber(stats.goal, locale) }) }),
    /* @__PURE__ */ jsxs("p", { className: "muted", children: [
      t("petition.goalProgress", { count: formatNumber(stats.signatureCount, locale), goal: formatNumber(stats.goal, locale) }),
      stats.paper > 0 ? ` · ${t("petition.paper", { formatted: formatNumber(stats.paper, locale) })}` : null
    ] }),
    verifiedDomains.length > 0 ? /* @__PURE__ */ jsxs("p", { className: "verified-count", children: [
      /* @__PURE__ */ jsx("span", { className: "verified-mark", "aria-hidden": "true", children: "✓" }),
      " ",
      t("petition.verified", { count: stats.verified, formatted: formatNumber(stats.verified, locale) }),
      /* @__PURE__ */ jsxs("span", { className: "muted", children: [
        " — ",
        t("petition.verifiedExplained", { domains: verifiedDomains.join(", ") })
      ] })
    ] }) : null
  ] });
}
function PetitionStatsSection({ slug, locale, countries, mapSvg, mapLegend: mapLegend2, chartSvg, wall }) {
  const { t } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, { children: [
    /* @__PURE__ */ jsxs("section", { "aria-labelledby": "countries-heading", children: [
      /* @__PURE__ */ jsx("h2", { id: "countries-heading", children: t("petition.byCountryHeading") }),
      /* @__PURE__ */ jsxs("figure", { className: "world-map-figure", children: [
        /* @__PURE__ */ jsx("div", { dangerouslySetInnerHTML: { __html: mapSvg } }),
        /* @__PURE__ */ jsxs("figcaption", { children: [
          /* @__PURE__ */ jsx("span", { className: "visually-hidden", children: t("petition.mapLegend") }),
          /* @__PURE__ */ jsx("ul", { className: "map-legend", children: mapLegend2.filter((entry2) => entry2.bucket > 0).map((entry2) => /* @__PURE__ */ jsxs("li", { children: [
            /* @__PURE__ */ jsx("span", { className: `map-swatch ${entry2.className}`, "aria-hidden": "true" }),
            entry2.max === null ? `${formatNumber(entry2.min, locale)}+` : `${formatNumber(entry2.min, locale)}–${formatNumber(entry2.max, locale)}`
          ] }, entry2.bucket)) })
        ] })
      ] }),
      countries.length > 0 ? /* @__PURE__ */ jsxs("table", { className: "data-table country-table", children: [
        /* @__PURE__ */ jsx("thead", { children: /* @__PURE__ */ jsxs("tr", { children: [
          /* @__PURE__ */ jsx("th", { scope: "col", children: t("petition.countryColumn") }),
          /* @__PURE__ */ jsx("th", { scope: "col", className: "num", children: t("petition.signaturesColumn") })
        ] }) }),
        /* @__PURE__ */ jsx("tbody", { children: countries.map((c) => /* @__PURE__ */ jsxs("tr", { children: [
          /* @__PURE__ */ jsx("td", { children: c.name }),
          /* @__PURE__ */ jsx("td", { className: "num", children: formatNumber(c.total, locale) })
        ] }, c.country)) })
      ] }) : null
    ] }),
    /* @__PURE__ */ jsxs("section", { "aria-labelledby": "chart-heading", children: [
      /* @__PURE__ */ jsx("h2", { id: "chart-heading", children: t("petition.chartTitle") }),
      /* @__PURE__ */ jsx("div", { className: "chart", dangerouslySetInnerHTML: { __html: chartSvg } })
    ] }),
    /* @__PURE__ */ jsxs("section", { "aria-labelledby": "wall-heading", id: "wall", children: [
      /* @__PURE__ */ jsx("h2", { id: "wall-heading", children: t("petition.wallHeading") }),
      /* @__PURE__ */ jsx("p", { className: "muted", children: t("petition.wallLead") }),
      wall.entries.length === 0 ? /* @__PURE__ */ jsx("p", { children: t("petition.wallEmpty") }) : /* @__PURE__ */ jsx("ul", { className: "wall", children: wall.entries.map((entry2, i) => /* @__PURE__ */ jsxs("li", { children: [
        /* @__PURE__ */ jsx("strong", { children: entry2.name }),
        entry2.verified ? /* @__PURE__ */ jsxs("span", { className: "verified-badge", children: [
          " ✓ ",
          t("petition.wallVerified")
        ] }) : null,
        /* @__PURE__ */ jsx("br", {}),
        /* @__PURE__ */ jsx("span", { className: "muted", children: [...entry2.details, entry2.countryName].join(" · ") })
      ] }, `${wall.page}-${i}`)) }),
      /* @__PURE__ */ jsxs("nav", { className: "pager", "aria-label": t("petition.wallHeading"), children: [
        wall.page > 1 ? /* @__PURE__ */ jsx(Link, { to: `/petitions/${slug}?wall=${wall.page - 1}#wall`, rel: "prev", children: t("petition.wallNewer") }) : null,
        wall.hasNext ? /* @__PURE__ */ jsx(Link, { to: `/petitions/${slug}?wall=${wall.page + 1}#wall`, rel: "next", children: t("petition.wallOlder") }) : null
      ] })
    ] })
  ] });
}
function ShareLinks({ url, title }) {
  const { t } = useTranslation();
  const text2 = t("confirm.shareText", { title });
  const u = encodeURIComponent(url);
  const both = encodeURIComponent(`${text2} ${url}`);
  const links2 = [
    { name: "WhatsApp", href: `https://wa.me/?text=${both}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${encodeURIComponent(text2)}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(text2)}` },
    { name: "Email", href: `mailto:?subject=${encodeURIComponent(title)}&body=${both}` }
  ];
  return /* @__PURE__ */ jsxs("div", { className: "share", children: [
    /* @__PURE__ */ jsx("ul", { className: "share-links", children: links2.map((link) => /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx("a", { href: link.href, rel: "noopener noreferrer", target: "_blank", children: link.name }) }, link.name)) }),
    /* @__PURE__ */ jsx("label", { htmlFor: "share-url", children: t("confirm.copyLink") }),
    /* @__PURE__ */ jsx("input", { id: "share-url", type: "text", readOnly: true, value: url, className: "copy-field" })
  ] });
}
const NUMERIC_CODES = {
  AD: "020",
  AE: "784",
  AF: "004",
  AG: "028",
  AI: "660",
  AL: "008",
  AM: "051",
  AO: "024",
  AQ: "010",
  AR: "032",
  AS: "016",
  AT: "040",
  AU: "036",
  AW: "533",
  AX: "248",
  AZ: "031",
  BA: "070",
  BB: "052",
  BD: "050",
  BE: "056",
  BF: "854",
  BG: "100",
  BH: "048",
  BI: "108",
  BJ: "204",
  BL: "652",
  BM: "060",
  BN: "096",
  BO: "068",
  BQ: "535",
  BR: "076",
  BS: "044",
  BT: "064",
  BV: "074",
  BW: "072",
  BY: "112",
  BZ: "084",
  CA: "124",
  CC: "166",
  CD: "180",
  CF: "140",
  CG: "178",
  CH: "756",
  CI: "384",
  CK: "184",
  CL: "152",
  CM: "120",
  CN: "156",
  CO: "170",
  CR: "188",
  CU: "192",
  CV: "132",
  CW: "531",
  CX: "162",
  CY: "196",
  CZ: "203",
  DE: "276",
  DJ: "262",
  DK: "208",
  DM: "212",
  DO: "214",
  DZ: "012",
  EC: "218",
  EE: "233",
  EG: "818",
  EH: "732",
  ER: "232",
  ES: "724",
  ET: "231",
  FI: "246",
  FJ: "242",
  FK: "238",
  FM: "583",
  FO: "234",
  FR: "250",
  GA: "266",
  GB: "826",
  GD: "308",
  GE: "268",
  GF: "254",
  GG: "831",
  GH: "288",
  GI: "292",
  GL: "304",
  GM: "270",
  GN: "324",
  GP: "312",
  GQ: "226",
  GR: "300",
  GS: "239",
  GT: "320",
  GU: "316",
  GW: "624",
  GY: "328",
  HK: "344",
  HM: "334",
  HN: "340",
  HR: "191",
  HT: "332",
  HU: "348",
  ID: "360",
  IE: "372",
  IL: "376",
  IM: "833",
  IN: "356",
  IO: "086",
  IQ: "368",
  IR: "364",
  IS: "352",
  IT: "380",
  JE: "832",
  JM: "388",
  JO: "400",
  JP: "392",
  KE: "404",
  KG: "417",
  KH: "116",
  KI: "296",
  KM: "174",
  KN: "659",
  KP: "408",
  KR: "410",
  KW: "414",
  KY: "136",
  KZ: "398",
  LA: "418",
  LB: "422",
  LC: "662",
  LI: "438",
  LK: "144",
  LR: "430",
  LS: "426",
  LT: "440",
  LU: "442",
  LV: "428",
  LY: "434",
  MA: "504",
  MC: "492",
  MD: "498",
  ME: "499",
  MF: "663",
  MG: "450",
  MH: "584",
  MK: "807",
  ML: "466",
  MM: "104",
  MN: "496",
  MO: "446",
  MP: "580",
  MQ: "474",
  MR: "478",
  MS: "500",
  MT: "470",
  MU: "480",
  MV: "462",
  MW: "454",
  MX: "484",
  MY: "458",
  MZ: "508",
  NA: "516",
  NC: "540",
  NE: "562",
  NF: "574",
  NG: "566",
  NI: "558",
  NL: "528",
  NO: "578",
  NP: "524",
  NR: "520",
  NU: "570",
  NZ: "554",
  OM: "512",
  PA: "591",
  PE: "604",
  PF: "258",
  PG: "598",
  PH: "608",
  PK: "586",
  PL: "616",
  PM: "666",
  PN: "612",
  PR: "630",
  PS: "275",
  PT: "620",
  PW: "585",
  PY: "600",
  QA: "634",
  RE: "638",
  RO: "642",
  RS: "688",
  RU: "643",
  RW: "646",
  SA: "682",
  SB: "090",
  SC: "690",
  SD: "729",
  SE: "752",
  SG: "702",
  SH: "654",
  SI: "705",
  SJ: "744",
  SK: "703",
  SL: "694",
  SM: "674",
  SN: "686",
  SO: "706",
  SR: "740",
  SS: "728",
  ST: "678",
  SV: "222",
  SX: "534",
  SY: "760",
  SZ: "748",
  TC: "796",
  TD: "148",
  TF: "260",
  TG: "768",
  TH: "764",
  TJ: "762",
  TK: "772",
  TL: "626",
  TM: "795",
  TN: "788",
  TO: "776",
  TR: "792",
  TT: "780",
  TV: "798",
  TW: "158",
  TZ: "834",
  UA: "804",
  UG: "800",
  UM: "581",
  US: "840",
  UY: "858",
  UZ: "860",
  VA: "336",
  VC: "670",
  VE: "862",
  VG: "092",
  VI: "850",
  VN: "704",
  VU: "548",
  WF: "876",
  WS: "882",
  YE: "887",
  YT: "175",
  ZA: "710",
  ZM: "894",
  ZW: "716"
};
const COUNTRY_CODES = Object.freeze(Object.keys(NUMERIC_CODES).sort());
function isCountryCode(value) {
  return typeof value === "string" && Object.hasOwn(NUMERIC_CODES, value);
}
function numericCodeFor(code) {
  return NUMERIC_CODES[code];
}
const localeCache = /* @__PURE__ */ new Map();
const LOCALE_CACHE_LIMIT = 32;
function localeData(locale) {
  let data2 = localeCache.get(locale);
  if (!data2) {
    if (localeCache.size >= LOCALE_CACHE_LIMIT) localeCache.clear();
    data2 = { names: new Intl.DisplayNames(locale, { type: "region", fallback: "code" }) };
    localeCache.set(locale, data2);
  }
  return data2;
}
function countryName(code, locale) {
  return localeData(locale).names.of(code) ?? code;
}
function countryOptions(locale) {
  const data2 = localeData(locale);
  if (!data2.options) {
    const collator = new Intl.Collator(locale);
    data2.options = COUNTRY_CODES.map((code) => ({ code, name: data2.names.of(code) ?? code })).sort(
      (a, b) => collator.compare(a.name, b.name)
    );
  }
  return data2.options.slice();
}
const NAME_MAX = 200;
const EMAIL_MAX = 254;
const POSTCODE_MAX = 20;
const CUSTOM_TEXT_MAX = 300;
const TRACKING_MAX = 200;
const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"];
const customFieldName = (key) => `f_${key}`;
const M = {
  required: "sign.errors.required",
  tooLong: "sign.errors.tooLong",
  email: "sign.errors.email",
  country: "sign.errors.country",
  choice: "sign.errors.choice"
};
const optionalTracking = z.string().trim().max(TRACKING_MAX).optional();
function createSignFormSchema(options) {
  const custom = {};
  for (const field of options.fields) {
    let schema;
    if (field.kind === "text") {
      schema = z.string({ error: M.required }).trim().min(1, M.required).max(CUSTOM_TEXT_MAX, M.tooLong);
    } else {
      const values = field.kind === "yesno" ? ["yes", "no"] : field.options.map((o) => o.value);
      schema = z.string({ error: M.required }).refine((v) => values.includes(v), M.choice);
    }
    custom[customFieldName(field.key)] = field.required ? schema : schema.optional();
  }
  return z.object({
    name: z.string({ error: M.required }).trim().min(1, M.required).max(NAME_MAX, M.tooLong),
    email: z.string({ error: M.required }).trim().max(EMAIL_MAX, M.tooLong).pipe(z.email(M.email)),
    country: z.string({ error: M.required }).refine(isCountryCode, M.country),
    postcode: options.collectPostcode ? z.string().trim().max(POSTCODE_MAX, M.tooLong).optional() : z.any().transform(() => void 0),
    updates: z.boolean().default(false),
    showName: z.boolean().default(false),
    /** Honeypot: hidden from people, filled in by bots. */
    website: z.string().max(500).optional(),
    source: optionalTracking,
    ...Object.fromEntries(UTM_KEYS.map((k) => [k, optionalTracking])),
    ...custom
  });
}
function toSignatureInput(value, fields) {
  const utm = {};
  for (const key of UTM_KEYS) if (typeof value[key] === "string" && value[key]) utm[key] = value[key];
  const customFields = {};
  for (const field of fields) {
    const v = value[customFieldName(field.key)];
    if (typeof v === "string" && v !== "") customFields[field.key] = v;
  }
  return {
    name: value.name,
    email: value.email,
    country: value.country,
    postcode: value.postcode || void 0,
    updates: value.updates === true,
    showName: value.showName === true,
    website: value.website || void 0,
    source: value.source || void 0,
    utm,
    customFields
  };
}
function label(labels, locale) {
  return labels[locale] ?? labels.en ?? Object.values(labels)[0] ?? "";
}
function FieldError({ id, errors }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return /* @__PURE__ */ jsx("p", { id, className: "field-error", children: t(errors[0]) });
}
function SignForm(props) {
  const { t } = useTranslation();
  const schema = createSignFormSchema(props);
  const [form, fields] = useForm({
    id: props.idPrefix ?? "sign",
    lastResult: props.lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema })
  });
  const described = (field, hint) => [field.errors?.length ? field.errorId : null, hint].filter(Boolean).join(" ") || void 0;
  return /* @__PURE__ */ jsxs(Form, { method: "post", action: props.action, className: "sign-form", ...getFormProps(form), children: [
    Object.keys(form.allErrors).length > 0 ? /* @__PURE__ */ jsx("p", { className: "form-error", role: "alert", children: t("sign.errorSummary") }) : null,
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.name.id, children: t("sign.name") }),
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.name, { type: "text" }), autoComplete: "name", "aria-describedby": described(fields.name) }),
      /* @__PURE__ */ jsx(FieldError, { id: fields.name.errorId, errors: fields.name.errors })
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.email.id, children: t("sign.email") }),
      /* @__PURE__ */ jsx(
        "input",
        {
          ...getInputProps(fields.email, { type: "email" }),
          autoComplete: "email",
          inputMode: "email",
          "aria-describedby": described(fields.email, `${fields.email.id}-hint`)
        }
      ),
      /* @__PURE__ */ jsx("p", { id: `${fields.email.id}-hint`, className: "hint", children: t("sign.emailHint") }),
      /* @__PURE__ */ jsx(FieldError, { id: fields.email.errorId, errors: fields.email.errors })
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.country.id, children: t("sign.country") }),
      /* @__PURE__ */ jsxs("select", { ...getSelectProps(fields.country), autoComplete: "country", "aria-describedby": described(fields.country), children: [
        /* @__PURE__ */ jsx("option", { value: "", children: t("sign.chooseCountry") }),
        props.countries.map((c) => /* @__PURE__ */ jsx("option", { value: c.code, children: c.name }, c.code))
      ] }),
      /* @__PURE__ */ jsx(FieldError, { id: fields.country.errorId, errors: fields.country.errors })
    ] }),
    props.collectPostcode ? /* @__PURE__ */ jsxs("div", { className: "field", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: fields.postcode.id, children: t("sign.postcode") }),
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.postcode, { type: "text" }), autoComplete: "postal-code", "aria-describedby": described(fields.postcode) }),
      /* @__PURE__ */ jsx(FieldError, { id: fields.postcode.errorId, errors: fields.postcode.errors })
    ] }) : null,
    props.fields.map((field) => {
      const meta = fields[customFieldName(field.key)];
      const text2 = `${label(field.labels, props.locale)}${field.required ? "" : ` ${t("sign.optional")}`}`;
      if (field.kind === "text") {
        return /* @__PURE__ */ jsxs("div", { className: "field", children: [
          /* @__PURE__ */ jsx("label", { htmlFor: meta.id, children: text2 }),
          /* @__PURE__ */ jsx("input", { ...getInputProps(meta, { type: "text" }), "aria-describedby": described(meta) }),
          /* @__PURE__ */ jsx(FieldError, { id: meta.errorId, errors: meta.errors })
        ] }, field.key);
      }
      const options = field.kind === "yesno" ? [
        { value: "yes", text: t("sign.yes") },
        { value: "no", text: t("sign.no") }
      ] : field.options.map((o) => ({ value: o.value, text: label(o.labels, props.locale) }));
      return /* @__PURE__ */ jsxs("fieldset", { className: "field", "aria-describedby": described(meta), children: [
        /* @__PURE__ */ jsx("legend", { children: text2 }),
        options.map((option) => /* @__PURE__ */ jsxs("label", { className: "choice", children: [
          /* @__PURE__ */ jsx(
            "input",
            {
              type: "radio",
              name: meta.name,
              value: option.value,
              defaultChecked: meta.initialValue === option.value,
              required: field.required
            }
          ),
          " ",
          option.text
        ] }, option.value)),
        /* @__PURE__ */ jsx(FieldError, { id: meta.errorId, errors: meta.errors })
      ] }, field.key);
    }),
    /* @__PURE__ */ jsxs("div", { className: "field checkbox", children: [
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.updates, { type: "checkbox" }) }),
      /* @__PURE__ */ jsx("label", { htmlFor: fields.updates.id, children: t("sign.updates") })
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "field checkbox", children: [
      /* @__PURE__ */ jsx("input", { ...getInputProps(fields.showName, { type: "checkbox" }) }),
      /* @__PURE__ */ jsx("label", { htmlFor: fields.showName.id, children: t("sign.showName") })
    ] }),
    /* @__PURE__ */ jsxs("div", { className: "honeypot", "aria-hidden": "true", children: [
      /* @__PURE__ */ jsx("label", { htmlFor: `${form.id}-website`, children: t("sign.honeypot") }),
      /* @__PURE__ */ jsx("input", { id: `${form.id}-website`, name: "website", type: "text", tabIndex: -1, autoComplete: "off", defaultValue: "" })
    ] }),
    ["source", ...UTM_KEYS].map(
      (key) => props.tracking[key] ? /* @__PURE__ */ jsx("input", { type: "hidden", name: key, value: props.tracking[key] }, key) : null
    ),
    /* @__PURE__ */ jsx("p", { className: "hint", children: t("sign.privacy") }),
    /* @__PURE__ */ jsx("button", { type: "submit", className: "button-primary", children: t("sign.submit") })
  ] });
}
function escapeXml(text2) {
  return text2.replace(new RegExp("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", "g"), "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
const BUCKET_MINIMUMS = [1, 10, 100, 1e3, 1e4];
const mapLegend = Object.freeze([
  { bucket: 0, className: "map-b0", min: 0, max: 0 },
  ...BUCKET_MINIMUMS.map((min, index2) => {
    const next = BUCKET_MINIMUMS[index2 + 1];
    return { bucket: index2 + 1, className: `map-b${index2 + 1}`, min, max: next === void 0 ? null : next - 1 };
  })
]);
function mapBucket(count) {
  if (!(count >= 1)) return 0;
  let bucket = 0;
  for (const min of BUCKET_MINIMUMS) if (count >= min) bucket++;
  return bucket;
}
const DOT_POSITIONS = {
  AD: [1.6, 42.5],
  AG: [-61.8, 17.1],
  AI: [-63.1, 18.2],
  AS: [-170.7, -14.3],
  AW: [-70, 12.5],
  AX: [19.9, 60.2],
  BB: [-59.6, 13.2],
  BH: [50.5, 26.1],
  BL: [-62.8, 17.9],
  BM: [-64.8, 32.3],
  BQ: [-68.3, 12.2],
  BV: [3.4, -54.4],
  CC: [96.9, -12.2],
  CK: [-159.8, -21.2],
  CV: [-23.6, 15.1],
  CW: [-69, 12.2],
  CX: [105.7, -10.5],
  DM: [-61.4, 15.4],
  FM: [158.2, 6.9],
  FO: [-7, 62.1],
  GD: [-61.7, 12.1],
  GF: [-53.1, 3.9],
  GG: [-2.6, 49.5],
  GI: [-5.3, 36.1],
  GP: [-61.6, 16.2],
  GS: [-36.7, -54.4],
  GU: [144.8, 13.4],
  HK: [114.2, 22.4],
  HM: [73.5, -53.1],
  IM: [-4.5, 54.2],
  IO: [72.4, -7.4],
  JE: [-2.1, 49.2],
  KI: [173, 1.4],
  KM: [43.3, -11.7],
  KN: [-62.8, 17.3],
  KY: [-81.3, 19.3],
  LC: [-61, 13.9],
  LI: [9.5, 47.1],
  MC: [7.4, 43.7],
  MF: [-63.1, 18.1],
  MH: [171.2, 7.1],
  MO: [113.6, 22.1],
  MP: [145.7, 15.2],
  MQ: [-61, 14.6],
  MS: [-62.2, 16.7],
  MT: [14.4, 35.9],
  MU: [57.6, -20.3],
  MV: [73.5, 4.2],
  NF: [168, -29],
  NR: [166.9, -0.5],
  NU: [-169.9, -19],
  PF: [-149.4, -17.7],
  PM: [-56.3, 47],
  PN: [-128.3, -24.4],
  PW: [134.6, 7.5],
  RE: [55.5, -21.1],
  SC: [55.5, -4.7],
  SG: [103.8, 1.4],
  SH: [-5.7, -16],
  SJ: [16, 78.5],
  SM: [12.4, 43.9],
  ST: [6.6, 0.2],
  SX: [-63.1, 18],
  TC: [-71.7, 21.8],
  TK: [-171.9, -9.2],
  TO: [-175.2, -21.2],
  TV: [179.2, -8.5],
  UM: [-162.1, 5.9],
  VA: [12.5, 41.9],
  VC: [-61.2, 13.3],
  VG: [-64.6, 18.4],
  VI: [-64.8, 17.7],
  WF: [-176.2, -13.3],
  WS: [-172.4, -13.6],
  YT: [45.2, -12.8]
};
const DEFAULT_WIDTH$1 = 640;
const DOT_RADIUS = 3;
const PADDING = DOT_RADIUS + 1;
const ANTARCTICA = "010";
const SIMPLIFY_DEGREES = 0.1;
let cachedFeatures;
const projectedByWidth = /* @__PURE__ */ new Map();
function loadFeatures() {
  if (!cachedFeatures) {
    const topology = createRequire(import.meta.url)("world-atlas/countries-110m.json");
    cachedFeatures = feature(simplifyArcs(topology, SIMPLIFY_DEGREES), topology.objects.countries);
  }
  return cachedFeatures;
}
function perpendicularDistance(p, a, b) {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
}
function simplifyArcs(topology, tolerance) {
  const transform = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const absolute = arc.map(([dx = 0, dy = 0]) => {
      if (!transform) return [dx, dy];
      x += dx;
      y += dy;
      return [x, y];
    });
    const degrees = transform ? absolute.map(([qx = 0, qy = 0]) => [qx * transform.scale[0] + transform.translate[0], qy * transform.scale[1] + transform.translate[1]]) : absolute;
    const keep = new Array(arc.length).fill(false);
    keep[0] = true;
    keep[arc.length - 1] = true;
    const stack = [[0, arc.length - 1]];
    while (stack.length > 0) {
      const [start, end] = stack.pop();
      let farthest = -1;
      let distance = tolerance;
      for (let i = start + 1; i < end; i++) {
        const d = perpendicularDistance(degrees[i], degrees[start], degrees[end]);
        if (d > distance) {
          distance = d;
          farthest = i;
        }
      }
      if (farthest !== -1) {
        keep[farthest] = true;
        stack.push([start, farthest], [farthest, end]);
      }
    }
    const kept = absolute.filter((_, i) => keep[i]);
    if (!transform) return kept;
    let previousX = 0;
    let previousY = 0;
    return kept.map(([qx = 0, qy = 0]) => {
      const delta = [qx - previousX, qy - previousY];
      previousX = qx;
      previousY = qy;
      return delta;
    });
  });
  return { ...topology, arcs };
}
function tenths$1(value) {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? "" : whole}.${fraction}`;
}
function joinNumbers(numbers) {
  let out = "";
  let previous = "";
  for (const n of numbers) {
    const separator = previous === "" || n.startsWith("-") || n.startsWith(".") && previous.includes(".") ? "" : " ";
    out += separator + n;
    previous = n;
  }
  return out;
}
class CompactPathWriter {
  out = "";
  ring = [];
  x = 0;
  y = 0;
  started = false;
  beginPath() {
  }
  arc() {
  }
  moveTo(x, y) {
    this.flush(false);
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }
  lineTo(x, y) {
    const point = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }
  closePath() {
    this.flush(true);
  }
  result() {
    this.flush(false);
    return this.out;
  }
  flush(closed) {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    if (!first || ring.length < (closed ? 3 : 2)) return;
    this.out += this.started ? `m${joinNumbers([tenths$1(first[0] - this.x), tenths$1(first[1] - this.y)])}` : `M${joinNumbers([tenths$1(first[0]), tenths$1(first[1])])}`;
    this.started = true;
    const deltas = [];
    let [x, y] = first;
    for (const [px, py] of ring.slice(1)) {
      deltas.push(tenths$1(px - x), tenths$1(py - y));
      x = px;
      y = py;
    }
    this.out += `l${joinNumbers(deltas)}`;
    if (closed) {
      this.out += "z";
      [x, y] = first;
    }
    this.x = x;
    this.y = y;
  }
}
function project(width) {
  const cached = projectedByWidth.get(width);
  if (cached) return cached;
  const land = loadFeatures().features.filter((country) => country.id !== ANTARCTICA);
  const dotCodes = COUNTRY_CODES.filter((code) => DOT_POSITIONS[code]);
  const dotPoints = {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPoint", coordinates: dotCodes.map((code) => [...DOT_POSITIONS[code]]) }
  };
  const projection = geoNaturalEarth1().fitWidth(width - 2 * PADDING, {
    type: "FeatureCollection",
    features: [...land, dotPoints]
  });
  const [tx, ty] = projection.translate();
  projection.translate([tx + PADDING, ty + PADDING]);
  const byNumeric = new Map(COUNTRY_CODES.map((code) => [numericCodeFor(code), code]));
  const shapes = [];
  let bottom = 0;
  for (const country of land) {
    const writer = new CompactPathWriter();
    geoPath(projection, writer)(country);
    const d = writer.result();
    if (d === "") continue;
    bottom = Math.max(bottom, geoPath(projection).bounds(country)[1][1]);
    shapes.push({ code: byNumeric.get(String(country.id)) ?? null, d });
  }
  const dots = dotCodes.flatMap((code) => {
    const point = projection([...DOT_POSITIONS[code]]);
    if (!point) return [];
    bottom = Math.max(bottom, point[1]);
    return [{ code, x: tenths$1(Math.round(point[0] * 10)), y: tenths$1(Math.round(point[1] * 10)) }];
  });
  const projected = { width, height: Math.ceil(bottom + PADDING), shapes, dots };
  projectedByWidth.set(width, projected);
  return projected;
}
function renderWorldMapSvg(counts, options) {
  const requested = Math.round(options.width ?? DEFAULT_WIDTH$1);
  const width = Number.isFinite(requested) && requested >= 100 ? Math.min(requested, 4e3) : DEFAULT_WIDTH$1;
  const locale = options.locale ?? "en";
  const idPrefix = escapeXml(options.idPrefix ?? "world-map");
  const map = project(width);
  const signatures2 = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(counts)) {
    const code = key.toUpperCase();
    if (isCountryCode(code) && typeof value === "number" && value > 0 && Number.isFinite(value)) {
      signatures2.set(code, (signatures2.get(code) ?? 0) + value);
    }
  }
  const countFor = (code) => signatures2.get(code) ?? 0;
  const tooltip = (code, count) => `<title>${escapeXml(`${countryName(code, locale)}: ${formatNumber(count, locale)}`)}</title>`;
  let body2 = "";
  for (const shape of map.shapes) {
    const count = shape.code ? countFor(shape.code) : 0;
    const bucket = mapBucket(count);
    body2 += shape.code && bucket > 0 ? `<path class="map-b${bucket}" d="${shape.d}">${tooltip(shape.code, count)}</path>` : `<path class="map-b0" d="${shape.d}"/>`;
  }
  let dots = "";
  for (const dot of map.dots) {
    const count = countFor(dot.code);
    if (count === 0) continue;
    dots += `<circle class="map-b${mapBucket(count)}" cx="${dot.x}" cy="${dot.y}" r="${DOT_RADIUS}">${tooltip(dot.code, count)}</circle>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc"><title id="${idPrefix}-title">${escapeXml(options.title)}</title><desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc><g class="map-land">${body2}</g>` + (dots === "" ? "" : `<g class="map-dots">${dots}</g>`) + `</svg>`;
}
const HOUR_MS = 60 * 60 * 1e3;
const DEFAULT_WIDTH = 400;
const DEFAULT_HEIGHT = 160;
const TOP = 22;
const BOTTOM = 24;
const SIDE = 1;
const COLUMN = 2;
function tenths(value) {
  const text2 = String(value / 10);
  return text2.replace(/^(-?)0\./, "$1.");
}
function pathData(vertices) {
  const [first, ...rest] = vertices;
  if (!first) return "";
  let [x, y] = first;
  const deltas = [];
  for (const [px, py] of rest) {
    deltas.push(tenths(px - x), tenths(py - y));
    x = px;
    y = py;
  }
  return `M${joinNumbers([tenths(first[0]), tenths(first[1])])}${deltas.length > 0 ? `l${joinNumbers(deltas)}` : ""}`;
}
function clampSize(value, fallback, min) {
  const rounded = Math.round(value ?? fallback);
  return Number.isFinite(rounded) && rounded >= min ? Math.min(rounded, 4e3) : fallback;
}
function dateLabels(start, end, locale) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const [from, to] = [day.format(start), day.format(end)];
  if (from !== to) return [from, to];
  const hour = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return [hour.format(start), hour.format(end)];
}
function renderTimeSeriesSvg(points, options) {
  const width = clampSize(options.width, DEFAULT_WIDTH, 100);
  const height = clampSize(options.height, DEFAULT_HEIGHT, TOP + BOTTOM + 20);
  const idPrefix = escapeXml(options.idPrefix ?? "signatures-chart");
  const left = SIDE;
  const right = width - SIDE;
  const top = TOP;
  const bottom = height - BOTTOM;
  const byHour = /* @__PURE__ */ new Map();
  for (const point of points) {
    const at = point.at instanceof Date ? point.at.getTime() : Number.NaN;
    if (!Number.isFinite(at) || !(point.count >= 0) || !Number.isFinite(point.count)) continue;
    byHour.set(at, (byHour.get(at) ?? 0) + point.count);
  }
  const buckets = [...byHour].sort(([a], [b]) => a - b);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="time-series" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc"><title id="${idPrefix}-title">${escapeXml(options.title)}</title><desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc>`;
  const baseline = `<line class="ts-axis" x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}"/>`;
  if (buckets.length < 2 || buckets.every(([, count]) => count === 0)) {
    const label2 = options.emptyLabel ? `<text class="ts-label ts-middle" x="${width / 2}" y="${Math.round((top + bottom) / 2)}">${escapeXml(options.emptyLabel)}</text>` : "";
    return `${open}${baseline}${label2}</svg>`;
  }
  const start = buckets[0][0];
  const end = buckets[buckets.length - 1][0] + HOUR_MS;
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  const xScale = (right - left) / (end - start);
  const yScale = (bottom - top) / total;
  const vertex = (at, cumulative2) => [
    Math.round((left + (at - start) * xScale) * 10),
    Math.round((bottom - cumulative2 * yScale) * 10)
  ];
  const steps = [vertex(start, 0)];
  let cumulative = 0;
  for (const [at, count] of buckets) {
    steps.push(vertex(at, cumulative));
    cumulative += count;
    steps.push(vertex(at + HOUR_MS, cumulative));
  }
  const columnOf = (x) => Math.floor(x / (COLUMN * 10));
  const thinned = [];
  for (let i = 0; i < steps.length; i++) {
    const current = steps[i];
    const previous = steps[i - 1];
    const next = steps[i + 1];
    const firstInColumn = !previous || columnOf(previous[0]) !== columnOf(current[0]);
    const lastInColumn = !next || columnOf(next[0]) !== columnOf(current[0]);
    if (firstInColumn || lastInColumn) thinned.push(current);
  }
  const vertices = [];
  for (const point of thinned) {
    const last = vertices[vertices.length - 1];
    const beforeLast = vertices[vertices.length - 2];
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    if (last && beforeLast && (beforeLast[0] === last[0] && last[0] === point[0] || beforeLast[1] === last[1] && last[1] === point[1])) {
      vertices[vertices.length - 1] = point;
      continue;
    }
    vertices.push(point);
  }
  const line = pathData(vertices);
  const [from, to] = dateLabels(start, end, options.locale);
  return open + `<line class="ts-grid" x1="${left}" y1="${top}" x2="${right}" y2="${top}"/><path class="ts-area" d="${line}V${bottom}H${left}z"/><path class="ts-line" d="${line}"/>` + baseline + `<text class="ts-label" x="${left}" y="${top - 6}">${escapeXml(formatNumber(total, options.locale))}</text><text class="ts-label" x="${left}" y="${height - 6}">${escapeXml(from)}</text><text class="ts-label ts-end" x="${right}" y="${height - 6}">${escapeXml(to)}</text></svg>`;
}
const MAX_WALL_PAGE = 1e4;
async function loadPetitionPage(context, slug, locale, url) {
  const petition2 = await findPublicPetition(context.db, slug, locale);
  if (!petition2) return null;
  const wallPage = Math.min(MAX_WALL_PAGE, Math.max(1, Number.parseInt(url.searchParams.get("wall") ?? "1", 10) || 1));
  const [stats, wall, related, t] = await Promise.all([
    getPetitionStats(context.db, petition2),
    listWall(context.db, petition2, wallPage),
    relatedExplainers(context.db, petition2.id, locale),
    getFixedT(locale)
  ]);
  const tracking = {};
  for (const key of ["source", ...UTM_KEYS]) {
    const value = url.searchParams.get(key);
    if (value) tracking[key] = value.slice(0, 200);
  }
  const counts = Object.fromEntries(stats.countries.map((c) => [c.country, c.total]));
  const hourly = stats.hourly.length > 0 ? [...stats.hourly, { at: /* @__PURE__ */ new Date(), count: 0 }] : stats.hourly;
  const petitionUrl = `${context.env.APP_URL}/petitions/${petition2.slug}`;
  return {
    petition: { ...petition2, html: renderPetitionBody(petition2) },
    stats: {
      signatureCount: stats.signatureCount,
      countryCount: stats.countryCount,
      verified: stats.verified,
      paper: stats.paper,
      goal: stats.goal
    },
    countries: stats.countries.map((c) => ({ ...c, name: isCountryCode(c.country) ? countryName(c.country, locale) : c.country })),
    mapSvg: renderWorldMapSvg(counts, { title: t("petition.mapTitle"), description: t("petition.mapDescription"), locale }),
    mapLegend,
    chartSvg: renderTimeSeriesSvg(hourly, {
      title: t("petition.chartTitle"),
      description: t("petition.chartDescription"),
      emptyLabel: t("petition.chartEmpty"),
      locale
    }),
    wall: {
      page: wallPage,
      hasNext: wall.hasNext,
      entries: wall.entries.map((e) => ({ ...e, countryName: isCountryCode(e.country) ? countryName(e.country, locale) : e.country }))
    },
    related,
    countryList: countryOptions(locale),
    tracking,
    petitionUrl,
    embedUrl: `${context.env.APP_URL}/embed/petitions/${petition2.slug}`
  };
}
function hashIp(key, ip) {
  return createHmac("sha256", key).update(ip).digest("base64url").slice(0, 22);
}
function consentText(t) {
  return `${t("sign.privacy")}
${t("sign.updates")}
${t("sign.showName")}`;
}
async function handleSignForm(request, context, petition2, locale, channel) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: createSignFormSchema(petition2) });
  if (submission.status !== "success") return { ok: false, reply: submission.reply() };
  const t = await getFixedT(locale);
  const { outcome } = await signPetition(context.db, petition2, toSignatureInput(submission.value, petition2.fields), {
    locale,
    channel,
    ipHash: context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null,
    consentText: consentText(t),
    appUrl: context.env.APP_URL,
    siteName: t("meta.siteName")
  });
  return { ok: true, outcome };
}
function outcomeMessageKey(outcome) {
  switch (outcome) {
    case "created":
      return "signed.created";
    case "resent":
      return "signed.resent";
    case "resend-limit":
      return "signed.resendLimit";
    case "already-confirmed":
      return "signed.alreadyConfirmed";
    case "not-open-yet":
      return "sign.notOpenYet";
    case "closed":
      return "sign.closed";
  }
}
const SIGN_OUTCOMES = ["created", "resent", "resend-limit", "already-confirmed", "closed", "not-open-yet"];
async function loader$d({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const page = await loadPetitionPage(context, params.slug, locale, new URL(request.url));
  if (!page) throw new Response("Not found", {
    status: 404
  });
  return {
    locale,
    ...page
  };
}
async function action$4({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const result = await handleSignForm(request, context, petition2, locale, "web");
  if (!result.ok) return data({
    result: result.reply
  }, {
    status: 400
  });
  return redirect(`/petitions/${petition2.slug}/signed?outcome=${result.outcome}`, 303);
}
const petition = UNSAFE_withComponentProps(function Petition({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    locale,
    petition: petition2,
    stats
  } = loaderData;
  const notice = petition2.status === "won" ? "petition.wonNotice" : petition2.status === "delivered" ? "petition.deliveredNotice" : petition2.availability === "closed" ? "petition.closedNotice" : null;
  return /* @__PURE__ */ jsxs("article", {
    className: "petition",
    lang: petition2.locale,
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: petition2.title,
      description: petition2.ask
    }), /* @__PURE__ */ jsx("p", {
      className: "status-badge",
      lang: locale,
      children: t(`petition.status.${petition2.status}`)
    }), /* @__PURE__ */ jsx("h1", {
      children: petition2.title
    }), /* @__PURE__ */ jsx("p", {
      className: "target",
      children: t("petition.to", {
        target: petition2.target
      })
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      children: petition2.ask
    }), /* @__PURE__ */ jsxs("div", {
      lang: locale,
      children: [/* @__PURE__ */ jsx(PetitionCounter, {
        stats,
        locale,
        countUrl: `/petitions/${petition2.slug}/count.json`,
        verifiedDomains: petition2.verifiedDomains
      }), notice ? /* @__PURE__ */ jsx("p", {
        className: "notice",
        children: t(notice)
      }) : null, petition2.availability === "open" ? /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "sign-heading",
        className: "sign-box",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "sign-heading",
          children: t("sign.heading")
        }), /* @__PURE__ */ jsx(SignForm, {
          fields: petition2.fields,
          collectPostcode: petition2.collectPostcode,
          locale,
          countries: loaderData.countryList,
          tracking: loaderData.tracking,
          lastResult: actionData?.result
        })]
      }) : petition2.availability === "not-open-yet" ? /* @__PURE__ */ jsx("p", {
        className: "notice",
        children: t("sign.notOpenYet")
      }) : null]
    }), /* @__PURE__ */ jsx("div", {
      className: "prose",
      dangerouslySetInnerHTML: {
        __html: petition2.html
      }
    }), /* @__PURE__ */ jsxs("div", {
      lang: locale,
      children: [/* @__PURE__ */ jsx(PetitionStatsSection, {
        slug: petition2.slug,
        locale,
        countries: loaderData.countries,
        mapSvg: loaderData.mapSvg,
        mapLegend: loaderData.mapLegend,
        chartSvg: loaderData.chartSvg,
        wall: loaderData.wall
      }), /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "share-heading",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "share-heading",
          children: t("confirm.shareHeading")
        }), /* @__PURE__ */ jsx(ShareLinks, {
          url: loaderData.petitionUrl,
          title: petition2.title
        })]
      }), loaderData.related.length > 0 ? /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "related-heading",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "related-heading",
          children: t("petition.learnMore")
        }), /* @__PURE__ */ jsx("ul", {
          children: loaderData.related.map((explainer2) => /* @__PURE__ */ jsx("li", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/explainers/${explainer2.slug}`,
              children: explainer2.title
            })
          }, explainer2.slug))
        })]
      }) : null, /* @__PURE__ */ jsxs("section", {
        "aria-labelledby": "embed-heading",
        children: [/* @__PURE__ */ jsx("h2", {
          id: "embed-heading",
          children: t("petition.embedHeading")
        }), /* @__PURE__ */ jsx("p", {
          children: t("petition.embedLead")
        }), /* @__PURE__ */ jsx("label", {
          htmlFor: "embed-code",
          children: t("petition.embedCode")
        }), /* @__PURE__ */ jsx("textarea", {
          id: "embed-code",
          readOnly: true,
          rows: 3,
          className: "copy-field",
          value: `<iframe src="${loaderData.embedUrl}" title="${petition2.title.replace(/"/g, "&quot;")}" width="100%" height="720" style="border:0;max-width:480px" loading="lazy"></iframe>`
        })]
      }), /* @__PURE__ */ jsxs("p", {
        className: "muted",
        children: [t("petition.openData"), " ", /* @__PURE__ */ jsx("a", {
          href: `/petitions/${petition2.slug}.json`,
          children: "JSON"
        }), " · ", /* @__PURE__ */ jsx("a", {
          href: `/petitions/${petition2.slug}.csv`,
          children: "CSV"
        })]
      })]
    }), /* @__PURE__ */ jsx("script", {
      src: "/counter.js",
      defer: true
    })]
  });
});
const route4 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$4,
  default: petition,
  loader: loader$d
}, Symbol.toStringTag, { value: "Module" }));
async function loader$c({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const raw = new URL(request.url).searchParams.get("outcome");
  const outcome = SIGN_OUTCOMES.includes(raw) ? raw : "created";
  return {
    slug: petition2.slug,
    title: petition2.title,
    messageKey: outcomeMessageKey(outcome),
    embedded: new URL(request.url).searchParams.has("embed")
  };
}
const petitionSigned = UNSAFE_withComponentProps(function PetitionSigned({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("signed.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("signed.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "lead",
      role: "status",
      children: t(loaderData.messageKey)
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: loaderData.embedded ? `/embed/petitions/${loaderData.slug}` : `/petitions/${loaderData.slug}`,
        children: t("signed.back")
      })
    })]
  });
});
const route5 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: petitionSigned,
  loader: loader$c
}, Symbol.toStringTag, { value: "Module" }));
async function loader$b({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const result = await confirmSignature(context.db, petition2.id, params.token);
  const headers = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer"
  };
  if (!result.signature) {
    return data({
      ok: false,
      outcome: result.outcome,
      slug: petition2.slug
    }, {
      status: result.outcome === "expired" ? 410 : 404,
      headers
    });
  }
  const [number, related] = await Promise.all([signerNumber(context.db, result.signature), relatedExplainers(context.db, petition2.id, locale)]);
  return data({
    ok: true,
    outcome: result.outcome,
    slug: petition2.slug,
    title: petition2.title,
    number: formatNumber(number, locale),
    url: `${context.env.APP_URL}/petitions/${petition2.slug}`,
    related
  }, {
    headers
  });
}
const petitionConfirm = UNSAFE_withComponentProps(function PetitionConfirm({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  if (!loaderData.ok) {
    const expired = loaderData.outcome === "expired";
    const title = t(expired ? "confirm.expiredTitle" : "confirm.invalidTitle");
    return /* @__PURE__ */ jsxs(Fragment, {
      children: [/* @__PURE__ */ jsx(PageTitle, {
        title
      }), /* @__PURE__ */ jsx("h1", {
        children: title
      }), /* @__PURE__ */ jsx("p", {
        children: t(expired ? "confirm.expired" : "confirm.invalid")
      }), /* @__PURE__ */ jsx("p", {
        children: /* @__PURE__ */ jsx(Link, {
          to: `/petitions/${loaderData.slug}`,
          children: t("signed.back")
        })
      })]
    });
  }
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("confirm.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("confirm.title")
    }), /* @__PURE__ */ jsxs("p", {
      className: "lead",
      role: "status",
      children: [t(loaderData.outcome === "confirmed" ? "confirm.confirmed" : "confirm.alreadyConfirmed"), " ", /* @__PURE__ */ jsx("strong", {
        children: t("confirm.number", {
          number: loaderData.number
        })
      })]
    }), /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "share-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "share-heading",
        children: t("confirm.shareHeading")
      }), /* @__PURE__ */ jsx("p", {
        children: t("confirm.shareLead")
      }), /* @__PURE__ */ jsx(ShareLinks, {
        url: loaderData.url,
        title: loaderData.title
      })]
    }), loaderData.related.length > 0 ? /* @__PURE__ */ jsxs("section", {
      "aria-labelledby": "related-heading",
      children: [/* @__PURE__ */ jsx("h2", {
        id: "related-heading",
        children: t("confirm.relatedHeading")
      }), /* @__PURE__ */ jsx("ul", {
        children: loaderData.related.map((e) => /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(Link, {
            to: `/explainers/${e.slug}`,
            children: e.title
          })
        }, e.slug))
      })]
    }) : null, /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: `/petitions/${loaderData.slug}`,
        children: t("signed.back")
      })
    })]
  });
});
const route6 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: petitionConfirm,
  loader: loader$b
}, Symbol.toStringTag, { value: "Module" }));
async function withOutageResponse(handler) {
  try {
    return await handler();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return Response.json(
      { error: "unavailable", message: "The service is briefly unavailable. Please retry shortly." },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" } }
    );
  }
}
const COUNT_CACHE_CONTROL = `public, max-age=${Math.ceil(COUNT_INTERVAL_MS / 1e3)}, stale-while-revalidate=30, stale-if-error=600`;
async function loader$a({
  params,
  context
}) {
  return withOutageResponse(async () => {
    const snapshot = await getCountSnapshot(context.db, params.slug);
    if (!snapshot) return Response.json({
      error: "not_found",
      message: "No such petition."
    }, {
      status: 404
    });
    return Response.json(snapshot, {
      headers: {
        "Cache-Control": COUNT_CACHE_CONTROL,
        "Access-Control-Allow-Origin": "*"
      }
    });
  });
}
const route7 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  loader: loader$a
}, Symbol.toStringTag, { value: "Module" }));
const handle = {
  bare: true
};
async function loader$9({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const counts = await getPetitionCounts(context.db, petition2.id, petition2.paperSignatures);
  return {
    locale,
    petition: petition2,
    stats: {
      ...counts,
      goal: currentGoal(counts.signatureCount, petition2.goal, petition2.goalFixed)
    },
    countries: countryOptions(locale),
    url: `${context.env.APP_URL}/petitions/${petition2.slug}`
  };
}
async function action$3({
  request,
  params,
  context
}) {
  const locale = await detectLocale(request);
  const petition2 = await findPublicPetition(context.db, params.slug, locale);
  if (!petition2) throw new Response("Not found", {
    status: 404
  });
  const result = await handleSignForm(request, context, petition2, locale, "embed");
  if (!result.ok) return data({
    result: result.reply,
    messageKey: null
  }, {
    status: 400
  });
  return {
    result: null,
    messageKey: outcomeMessageKey(result.outcome)
  };
}
const embedPetition = UNSAFE_withComponentProps(function EmbedPetition({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const {
    petition: petition2,
    locale
  } = loaderData;
  return /* @__PURE__ */ jsxs("div", {
    className: "embed",
    children: [/* @__PURE__ */ jsx("title", {
      children: petition2.title
    }), /* @__PURE__ */ jsx("h1", {
      className: "embed-title",
      children: /* @__PURE__ */ jsx("a", {
        href: loaderData.url,
        target: "_blank",
        rel: "noopener",
        children: petition2.title
      })
    }), /* @__PURE__ */ jsx("p", {
      children: petition2.ask
    }), /* @__PURE__ */ jsx(PetitionCounter, {
      stats: loaderData.stats,
      locale,
      countUrl: `/petitions/${petition2.slug}/count.json`,
      verifiedDomains: petition2.verifiedDomains
    }), actionData?.messageKey ? /* @__PURE__ */ jsx("p", {
      className: "notice",
      role: "status",
      children: t(actionData.messageKey)
    }) : petition2.availability === "open" ? /* @__PURE__ */ jsx(SignForm, {
      fields: petition2.fields,
      collectPostcode: petition2.collectPostcode,
      locale,
      countries: loaderData.countries,
      tracking: {
        source: "embed"
      },
      lastResult: actionData?.result,
      idPrefix: "embed-sign"
    }) : /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("sign.closed")
    }), /* @__PURE__ */ jsx("script", {
      src: "/counter.js",
      defer: true
    })]
  });
});
const route8 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$3,
  default: embedPetition,
  handle,
  loader: loader$9
}, Symbol.toStringTag, { value: "Module" }));
const ApiBodySchema = z.object({
  person: z.object({
    given_name: z.string().max(200).optional(),
    family_name: z.string().max(200).optional(),
    email_addresses: z.array(z.object({ address: z.string().max(320) })).min(1).max(5),
    postal_addresses: z.array(z.object({ postal_code: z.string().max(40).optional(), country: z.string().max(10).optional() })).max(5).optional()
  }),
  add_tags: z.array(z.string().max(100)).max(20).optional(),
  custom_fields: z.record(z.string().max(64), z.union([z.string().max(1e3), z.number(), z.boolean()])).optional()
});
const FIELD_PATHS = {
  name: "person.given_name",
  email: "person.email_addresses[0].address",
  country: "person.postal_addresses[0].country",
  postcode: "person.postal_addresses[0].postal_code"
};
function formatPath(path2) {
  return path2.map((p, i) => typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`).join("");
}
function fail(status, error, message, fields) {
  return { status, body: { error, message, ...fields ? { fields } : {} } };
}
async function recordSignatureFromApi(request, context, slug) {
  const t = await getFixedT(DEFAULT_LOCALE);
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return fail(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  let raw;
  try {
    raw = await request.json();
  } catch {
    return fail(400, "invalid_json", "The body is not valid JSON.");
  }
  const petition2 = await findPublicPetition(context.db, slug, DEFAULT_LOCALE);
  if (!petition2) return fail(404, "not_found", "No such petition.");
  const body2 = ApiBodySchema.safeParse(raw);
  if (!body2.success) {
    const fields = {};
    for (const issue of body2.error.issues) fields[formatPath(issue.path) || "body"] ??= issue.message;
    return fail(422, "validation_failed", "Some fields are missing or invalid.", fields);
  }
  const { person, custom_fields: custom = {}, add_tags: tags = [] } = body2.data;
  const postal = person.postal_addresses?.[0];
  const flat = {
    name: [person.given_name, person.family_name].filter(Boolean).join(" "),
    email: person.email_addresses[0].address,
    country: postal?.country?.toUpperCase(),
    postcode: postal?.postal_code,
    source: tags.length > 0 ? tags.join(",").slice(0, 200) : "api"
  };
  for (const field of petition2.fields) {
    const value = custom[field.key];
    if (value !== void 0) flat[customFieldName(field.key)] = field.kind === "yesno" && typeof value === "boolean" ? value ? "yes" : "no" : String(value);
  }
  const parsed = createSignFormSchema(petition2).safeParse(flat);
  if (!parsed.success) {
    const fields = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      const path2 = FIELD_PATHS[key] ?? (key.startsWith("f_") ? `custom_fields.${key.slice(2)}` : key);
      fields[path2] ??= t(issue.message);
    }
    return fail(422, "validation_failed", "Some fields are missing or invalid.", fields);
  }
  const result = await signPetition(context.db, petition2, toSignatureInput(parsed.data, petition2.fields), {
    locale: DEFAULT_LOCALE,
    channel: "api",
    ipHash: context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null,
    consentText: consentText(t),
    appUrl: context.env.APP_URL,
    siteName: t("meta.siteName")
  });
  if (result.outcome === "closed" || result.outcome === "not-open-yet") {
    return fail(409, "petition_closed", result.outcome === "closed" ? "This petition is closed." : "This petition is not open yet.");
  }
  return {
    status: 202,
    body: {
      identifiers: result.signatureId ? [`harm-reduction:${result.signatureId}`] : [],
      status: result.outcome === "already-confirmed" ? "confirmed" : "pending",
      outcome: result.outcome,
      message: t(result.outcome === "created" ? "signed.created" : result.outcome === "resent" ? "signed.resent" : result.outcome === "resend-limit" ? "signed.resendLimit" : "signed.alreadyConfirmed"),
      petition: { slug: petition2.slug, title: petition2.title },
      _links: { "osdi:petition": { href: `${context.env.APP_URL}/petitions/${petition2.slug}` } }
    }
  };
}
async function action$2({
  request,
  params,
  context
}) {
  if (request.method !== "POST") return Response.json({
    error: "method_not_allowed",
    message: "Use POST."
  }, {
    status: 405,
    headers: {
      Allow: "POST"
    }
  });
  return withOutageResponse(async () => {
    const {
      status,
      body: body2
    } = await recordSignatureFromApi(request, context, params.slug);
    return Response.json(body2, {
      status
    });
  });
}
function loader$8() {
  return Response.json({
    error: "method_not_allowed",
    message: "Use POST to record a signature."
  }, {
    status: 405,
    headers: {
      Allow: "POST"
    }
  });
}
const route9 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$2,
  loader: loader$8
}, Symbol.toStringTag, { value: "Module" }));
const OUTBOX_PAGE_SIZE = 100;
async function listOutboxMessages(db) {
  return db.select({
    id: outboxMessages.id,
    toAddress: outboxMessages.toAddress,
    subject: outboxMessages.subject,
    createdAt: outboxMessages.createdAt
  }).from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(OUTBOX_PAGE_SIZE);
}
async function getOutboxMessage(db, id) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return await db.query.outboxMessages.findFirst({ where: eq(outboxMessages.id, id) }) ?? null;
}
async function loader$7({
  request,
  context
}) {
  if (context.mailer.transport !== "outbox") throw new Response("Not found", {
    status: 404
  });
  const locale = await detectLocale(request);
  return {
    locale,
    messages: await listOutboxMessages(context.db)
  };
}
const devOutbox = UNSAFE_withComponentProps(function DevOutbox({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("outbox.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("outbox.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "notice",
      children: t("outbox.lead")
    }), loaderData.messages.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("outbox.empty")
    }) : /* @__PURE__ */ jsxs("table", {
      className: "data-table",
      children: [/* @__PURE__ */ jsx("thead", {
        children: /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("outbox.sentAt")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("outbox.to")
          }), /* @__PURE__ */ jsx("th", {
            scope: "col",
            children: t("outbox.subject")
          })]
        })
      }), /* @__PURE__ */ jsx("tbody", {
        children: loaderData.messages.map((message) => /* @__PURE__ */ jsxs("tr", {
          children: [/* @__PURE__ */ jsx("td", {
            children: new Intl.DateTimeFormat(loaderData.locale, {
              dateStyle: "short",
              timeStyle: "medium"
            }).format(new Date(message.createdAt))
          }), /* @__PURE__ */ jsx("td", {
            children: message.toAddress
          }), /* @__PURE__ */ jsx("td", {
            children: /* @__PURE__ */ jsx(Link, {
              to: `/dev/outbox/${message.id}`,
              children: message.subject
            })
          })]
        }, message.id))
      })]
    })]
  });
});
const route10 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: devOutbox,
  loader: loader$7
}, Symbol.toStringTag, { value: "Module" }));
async function loader$6({
  params,
  context
}) {
  if (context.mailer.transport !== "outbox") throw new Response("Not found", {
    status: 404
  });
  const message = await getOutboxMessage(context.db, params.id);
  if (!message) throw new Response("Not found", {
    status: 404
  });
  return {
    message
  };
}
const devOutboxMessage = UNSAFE_withComponentProps(function DevOutboxMessage({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  const {
    message
  } = loaderData;
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: message.subject
    }), /* @__PURE__ */ jsx("p", {
      className: "breadcrumb",
      children: /* @__PURE__ */ jsx(Link, {
        to: "/dev/outbox",
        children: t("outbox.back")
      })
    }), /* @__PURE__ */ jsx("h1", {
      children: message.subject
    }), /* @__PURE__ */ jsxs("dl", {
      className: "meta-list",
      children: [/* @__PURE__ */ jsx("dt", {
        children: t("outbox.to")
      }), /* @__PURE__ */ jsx("dd", {
        children: message.toAddress
      }), Object.entries(message.headers).map(([name, value]) => /* @__PURE__ */ jsxs("div", {
        children: [/* @__PURE__ */ jsx("dt", {
          children: name
        }), /* @__PURE__ */ jsx("dd", {
          children: value
        })]
      }, name))]
    }), /* @__PURE__ */ jsx("h2", {
      children: t("outbox.htmlVersion")
    }), /* @__PURE__ */ jsx("iframe", {
      title: t("outbox.htmlVersion"),
      src: `/dev/outbox/${message.id}/html`,
      sandbox: "",
      className: "email-frame"
    }), /* @__PURE__ */ jsx("h2", {
      children: t("outbox.textVersion")
    }), /* @__PURE__ */ jsx("pre", {
      className: "email-text",
      children: message.text
    })]
  });
});
const route11 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: devOutboxMessage,
  loader: loader$6
}, Symbol.toStringTag, { value: "Module" }));
async function loader$5({
  params,
  context
}) {
  if (context.mailer.transport !== "outbox") throw new Response("Not found", {
    status: 404
  });
  const message = await getOutboxMessage(context.db, params.id);
  if (!message) throw new Response("Not found", {
    status: 404
  });
  return new Response(message.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // Email HTML is full of inline styles; it is shown sandboxed, with no scripts, inside our own page only.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; sandbox; frame-ancestors 'self'",
      "Cache-Control": "no-store"
    }
  });
}
const route12 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  loader: loader$5
}, Symbol.toStringTag, { value: "Module" }));
path.join(path.dirname(fileURLToPath(import.meta.url)), "content", "explainers");
async function hashPassword(password) {
  return hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}
async function verifyPassword(hash2, password) {
  try {
    return await verify(hash2, password);
  } catch {
    return false;
  }
}
let dummyHash;
async function verifyAgainstDummy(password) {
  dummyHash ??= hashPassword("dummy password that nobody has");
  await verifyPassword(await dummyHash, password);
  return false;
}
function newSecret() {
  return randomBytes(20).toString("base64url");
}
function hashSecret(secret) {
  return createHash("sha256").update(secret).digest("hex");
}
function secretMatches(secret, storedHash) {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashSecret(secret), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
const TOKEN_FORMAT = /^([A-Za-z0-9-]{8,64})\.([A-Za-z0-9_-]{16,128})$/;
function parseToken(token) {
  const match = TOKEN_FORMAT.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}
const SESSION_IDLE_TTL_MS = 7 * 24 * 60 * 60 * 1e3;
const SESSION_ABSOLUTE_TTL_MS = 30 * 24 * 60 * 60 * 1e3;
const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1e3;
function sessionCookie(secure) {
  return createCookie(secure ? "__Host-session" : "session", {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: SESSION_ABSOLUTE_TTL_MS / 1e3
  });
}
async function createSession(db, userId, options) {
  const id = randomBytes(15).toString("base64url").replace(/_/g, "-");
  const secret = newSecret();
  await db.insert(sessions).values({
    id,
    userId,
    secretHash: hashSecret(secret),
    twoFactorVerified: options.twoFactorVerified,
    expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_TTL_MS)
  });
  return `${id}.${secret}`;
}
async function validateSessionToken(db, token, now = /* @__PURE__ */ new Date()) {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const [row] = await db.select({
    id: sessions.id,
    secretHash: sessions.secretHash,
    twoFactorVerified: sessions.twoFactorVerified,
    lastSeenAt: sessions.lastSeenAt,
    expiresAt: sessions.expiresAt,
    userId: users.id,
    email: users.email,
    displayName: users.displayName,
    isAdmin: users.isAdmin,
    emailVerifiedAt: users.emailVerifiedAt,
    totpEnabledAt: users.totpEnabledAt
  }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, parsed.id));
  if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
  if (row.expiresAt <= now || row.lastSeenAt.getTime() + SESSION_IDLE_TTL_MS <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, row.id));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
  }
  return {
    id: row.id,
    twoFactorVerified: row.twoFactorVerified,
    user: {
      id: row.userId,
      email: row.email,
      displayName: row.displayName,
      isAdmin: row.isAdmin,
      emailVerified: row.emailVerifiedAt !== null,
      totpEnabled: row.totpEnabledAt !== null
    }
  };
}
async function invalidateSession(db, sessionId) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
const LOGIN_RATE_RULES = {
  account: { name: "login-account", windowMs: 15 * 60 * 1e3, limit: 5 },
  ip: { name: "login-ip", windowMs: 15 * 60 * 1e3, limit: 30 }
};
function cookieFor(context) {
  return sessionCookie(context.env.isProduction && context.env.APP_URL.startsWith("https://"));
}
async function getSession(request, context) {
  const token = await cookieFor(context).parse(request.headers.get("Cookie"));
  if (typeof token !== "string") return null;
  return validateSessionToken(context.db, token);
}
function loginRedirect(request) {
  const url = new URL(request.url);
  throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}
async function requireUser(request, context) {
  const session = await getSession(request, context);
  if (!session) loginRedirect(request);
  if (session.user.totpEnabled && !session.twoFactorVerified) {
    const url = new URL(request.url);
    throw redirect(`/login/two-factor?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return { ...session.user, sessionId: session.id };
}
function safeRedirectPath(value, fallback = "/dashboard") {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
async function authenticate(db, email, password, ipHash) {
  const accountKey = email.trim().toLowerCase();
  const [byAccount, byIp] = await Promise.all([
    hitRateLimit(db, accountKey, LOGIN_RATE_RULES.account),
    ipHash ? hitRateLimit(db, ipHash, LOGIN_RATE_RULES.ip) : Promise.resolve({ exceeded: false })
  ]);
  if (byAccount.exceeded || byIp.exceeded) return { ok: false, reason: "rate-limited" };
  const [user] = await db.select({ id: users.id, passwordHash: users.passwordHash, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(sql`lower(${users.email})`, accountKey));
  if (!user) {
    await verifyAgainstDummy(password);
    return { ok: false, reason: "invalid" };
  }
  if (!await verifyPassword(user.passwordHash, password)) return { ok: false, reason: "invalid" };
  return { ok: true, userId: user.id, needsTwoFactor: user.totpEnabledAt !== null };
}
async function startSession(context, userId, twoFactorVerified) {
  const token = await createSession(context.db, userId, { twoFactorVerified });
  return cookieFor(context).serialize(token);
}
async function endSession(request, context) {
  const session = await getSession(request, context);
  if (session) await invalidateSession(context.db, session.id);
  return cookieFor(context).serialize("", { maxAge: 0 });
}
function clientIpHash(context) {
  return context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null;
}
const LoginSchema = z.object({
  email: z.string({
    error: "account.errors.required"
  }).trim().max(254).pipe(z.email("account.errors.email")),
  password: z.string({
    error: "account.errors.required"
  }).max(256),
  redirectTo: z.string().max(500).optional()
});
async function loader$4({
  request,
  context
}) {
  const session = await getSession(request, context);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (session?.twoFactorVerified || session && !session.user.totpEnabled) throw redirect(redirectTo);
  return {
    redirectTo
  };
}
async function action$1({
  request,
  context
}) {
  const submission = parseWithZod(await request.formData(), {
    schema: LoginSchema
  });
  if (submission.status !== "success") return data({
    result: submission.reply({
      hideFields: ["password"]
    })
  }, {
    status: 400
  });
  const {
    email,
    password,
    redirectTo
  } = submission.value;
  const result = await authenticate(context.db, email, password, clientIpHash(context));
  if (!result.ok) {
    const message = result.reason === "rate-limited" ? "account.login.rateLimited" : "account.login.invalid";
    return data({
      result: submission.reply({
        formErrors: [message],
        hideFields: ["password"]
      })
    }, {
      status: result.reason === "rate-limited" ? 429 : 400
    });
  }
  const cookie = await startSession(context, result.userId, !result.needsTwoFactor);
  const target = safeRedirectPath(redirectTo);
  const next = result.needsTwoFactor ? `/login/two-factor?redirectTo=${encodeURIComponent(target)}` : target;
  return redirect(next, {
    headers: {
      "Set-Cookie": cookie
    }
  });
}
const login = UNSAFE_withComponentProps(function Login({
  loaderData,
  actionData
}) {
  const {
    t
  } = useTranslation();
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    onValidate: ({
      formData
    }) => parseWithZod(formData, {
      schema: LoginSchema
    }),
    shouldValidate: "onBlur"
  });
  return /* @__PURE__ */ jsxs("div", {
    className: "narrow",
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("account.login.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("account.login.title")
    }), /* @__PURE__ */ jsxs(Form, {
      method: "post",
      ...getFormProps(form),
      className: "stack-form",
      children: [form.errors?.length ? /* @__PURE__ */ jsx("p", {
        className: "form-error",
        role: "alert",
        id: form.errorId,
        children: t(form.errors[0])
      }) : null, /* @__PURE__ */ jsx("input", {
        type: "hidden",
        name: "redirectTo",
        value: loaderData.redirectTo
      }), /* @__PURE__ */ jsxs("div", {
        className: "field",
        children: [/* @__PURE__ */ jsx("label", {
          htmlFor: fields.email.id,
          children: t("account.login.email")
        }), /* @__PURE__ */ jsx("input", {
          ...getInputProps(fields.email, {
            type: "email"
          }),
          autoComplete: "username"
        }), fields.email.errors ? /* @__PURE__ */ jsx("p", {
          className: "field-error",
          id: fields.email.errorId,
          children: t(fields.email.errors[0])
        }) : null]
      }), /* @__PURE__ */ jsxs("div", {
        className: "field",
        children: [/* @__PURE__ */ jsx("label", {
          htmlFor: fields.password.id,
          children: t("account.login.password")
        }), /* @__PURE__ */ jsx("input", {
          ...getInputProps(fields.password, {
            type: "password"
          }),
          autoComplete: "current-password"
        }), fields.password.errors ? /* @__PURE__ */ jsx("p", {
          className: "field-error",
          id: fields.password.errorId,
          children: t(fields.password.errors[0])
        }) : null]
      }), /* @__PURE__ */ jsx("button", {
        type: "submit",
        className: "button-primary",
        children: t("account.login.submit")
      })]
    }), /* @__PURE__ */ jsx("p", {
      children: /* @__PURE__ */ jsx(Link, {
        to: "/forgot-password",
        children: t("account.login.forgot")
      })
    }), /* @__PURE__ */ jsxs("p", {
      children: [t("account.login.noAccount"), " ", /* @__PURE__ */ jsx(Link, {
        to: "/signup",
        children: t("account.login.signUp")
      })]
    })]
  });
});
const route13 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action: action$1,
  default: login,
  loader: loader$4
}, Symbol.toStringTag, { value: "Module" }));
async function action({
  request,
  context
}) {
  return redirect("/login", {
    headers: {
      "Set-Cookie": await endSession(request, context)
    }
  });
}
function loader$3() {
  return redirect("/");
}
const route14 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  action,
  loader: loader$3
}, Symbol.toStringTag, { value: "Module" }));
async function loader$2({
  request,
  context
}) {
  const user = await requireUser(request, context);
  return {
    user: {
      displayName: user.displayName,
      email: user.email,
      isAdmin: user.isAdmin
    }
  };
}
const layout = UNSAFE_withComponentProps(function DashboardLayout({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx("nav", {
      "aria-label": t("dashboard.nav.label"),
      className: "dashboard-nav",
      children: /* @__PURE__ */ jsxs("ul", {
        children: [/* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(NavLink, {
            to: "/dashboard",
            end: true,
            children: t("dashboard.nav.home")
          })
        }), /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(NavLink, {
            to: "/account",
            children: t("dashboard.nav.account")
          })
        }), loaderData.user.isAdmin ? /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(NavLink, {
            to: "/admin",
            children: t("dashboard.nav.admin")
          })
        }) : null, /* @__PURE__ */ jsx("li", {
          children: /* @__PURE__ */ jsx(Form, {
            method: "post",
            action: "/logout",
            children: /* @__PURE__ */ jsx("button", {
              type: "submit",
              className: "button-link",
              children: t("account.logout")
            })
          })
        })]
      })
    }), /* @__PURE__ */ jsx(Outlet, {})]
  });
});
const route15 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: layout,
  loader: loader$2
}, Symbol.toStringTag, { value: "Module" }));
const ORG_NAME_MAX = 120;
const SLUG_MAX = 80;
const TITLE_MAX = 200;
const SUMMARY_MAX = 600;
const TARGET_MAX = 200;
const ASK_MAX = 1e3;
const BODY_MAX = 3e4;
const REASON_MAX = 1e3;
const NOTE_MAX = 2e3;
const LABEL_MAX = 300;
const MAX_DOMAINS = 50;
const MAX_LOCALES = 20;
const GOAL_MAX = 1e8;
const E = {
  required: "organiser.errors.required",
  tooLong: "organiser.errors.tooLong",
  slug: "organiser.errors.slug",
  locale: "organiser.errors.locale",
  email: "organiser.errors.email",
  url: "organiser.errors.url",
  country: "organiser.errors.country",
  choice: "organiser.errors.choice",
  number: "organiser.errors.number",
  date: "organiser.errors.date",
  closesBeforeOpens: "organiser.errors.closesBeforeOpens",
  goalRequired: "organiser.errors.goalRequired",
  domain: "organiser.errors.domain",
  tooMany: "organiser.errors.tooMany",
  titleRequired: "organiser.errors.titleRequired",
  translationNeeded: "organiser.errors.translationNeeded",
  futureDate: "organiser.errors.futureDate"
};
const requiredText = (max) => z.string({ error: E.required }).trim().min(1, E.required).max(max, E.tooLong);
const optionalText = (max) => z.string().trim().max(max, E.tooLong).optional();
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const slugSchema = z.string({ error: E.required }).trim().toLowerCase().max(SLUG_MAX, E.tooLong).regex(SLUG_PATTERN, E.slug);
function canonicalLocale(value) {
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim());
    return tag && LOCALE_PATTERN.test(tag) ? tag : null;
  } catch {
    return null;
  }
}
const localeSchema = z.string({ error: E.required }).trim().max(35, E.locale).transform((value, ctx) => {
  const tag = canonicalLocale(value);
  if (!tag) {
    ctx.addIssue({ code: "custom", message: E.locale });
    return z.NEVER;
  }
  return tag;
});
const uuid = z.string({ error: E.required }).regex(/^[0-9a-f-]{36}$/i, E.required);
const roleSchema = z.enum(["owner", "editor", "viewer"], { error: E.choice });
z.object({
  name: requiredText(ORG_NAME_MAX),
  slug: slugSchema,
  country: z.string().trim().toUpperCase().refine((value) => isCountryCode(value), E.country).optional(),
  website: z.url({ protocol: /^https?$/, error: E.url }).max(300, E.tooLong).optional()
});
z.object({ intent: z.literal("role"), userId: uuid, role: roleSchema });
z.object({ intent: z.literal("remove"), userId: uuid });
z.object({
  intent: z.literal("invite"),
  email: z.string({ error: E.required }).trim().max(254, E.tooLong).pipe(z.email(E.email)),
  role: roleSchema
});
z.object({ intent: z.literal("revoke"), invitationId: uuid });
const CampaignTranslationSchema = z.object({
  locale: localeSchema,
  title: optionalText(TITLE_MAX),
  summary: optionalText(SUMMARY_MAX)
});
z.object({
  slug: slugSchema,
  status: z.enum(["draft", "active", "archived"], { error: E.choice }).optional(),
  translations: z.array(CampaignTranslationSchema).max(MAX_LOCALES, E.tooMany)
}).superRefine((value, ctx) => {
  const seen = /* @__PURE__ */ new Set();
  let filled = 0;
  value.translations.forEach((t, index2) => {
    if (!t.title && !t.summary) return;
    if (!t.title) ctx.addIssue({ code: "custom", path: ["translations", index2, "title"], message: E.titleRequired });
    if (seen.has(t.locale)) ctx.addIssue({ code: "custom", path: ["translations", index2, "locale"], message: E.locale });
    seen.add(t.locale);
    filled++;
  });
  if (filled === 0) ctx.addIssue({ code: "custom", path: ["translations"], message: E.translationNeeded });
}).transform((value) => ({
  ...value,
  translations: value.translations.filter((t) => t.title).map((t) => ({ locale: t.locale, title: t.title, summary: t.summary ?? "" }))
}));
const PetitionTextSchema = z.object({
  locale: localeSchema,
  title: requiredText(TITLE_MAX),
  target: requiredText(TARGET_MAX),
  ask: requiredText(ASK_MAX),
  bodyMarkdown: requiredText(BODY_MAX),
  /** Required by the lib once a published petition has enough signatures. */
  reason: optionalText(REASON_MAX)
});
PetitionTextSchema.omit({ reason: true, locale: true }).extend({
  slug: slugSchema,
  defaultLocale: localeSchema
});
const utcDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, E.date).transform((value, ctx) => {
  const date = /* @__PURE__ */ new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: E.date });
    return z.NEVER;
  }
  return date;
}).optional();
function parseDomainList(text2) {
  const items = text2.split(/[\s,;]+/).map((item) => item.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "")).filter(Boolean);
  const domains = [...new Set(items)];
  return { domains: domains.filter((d) => DOMAIN_PATTERN.test(d)), invalid: domains.filter((d) => !DOMAIN_PATTERN.test(d)) };
}
z.object({
  /** Only while the petition is a draft (or rejected): published links must keep working. */
  slug: slugSchema.optional(),
  defaultLocale: localeSchema,
  goalMode: z.enum(["automatic", "fixed"], { error: E.choice }),
  goal: z.number({ error: E.number }).int(E.number).min(1, E.number).max(GOAL_MAX, E.number).optional(),
  paperSignatures: z.number({ error: E.number }).int(E.number).min(0, E.number).max(GOAL_MAX, E.number).default(0),
  paperSignaturesNote: optionalText(NOTE_MAX),
  opensAt: utcDateTime,
  closesAt: utcDateTime,
  verifiedDomains: z.string().max(5e3, E.tooLong).optional().transform((value, ctx) => {
    const { domains, invalid } = parseDomainList(value ?? "");
    if (invalid.length > 0) ctx.addIssue({ code: "custom", message: E.domain });
    if (domains.length > MAX_DOMAINS) ctx.addIssue({ code: "custom", message: E.tooMany });
    return domains;
  }),
  collectPostcode: z.boolean().default(false),
  explainerIds: z.array(uuid).max(50, E.tooMany).default([])
}).superRefine((value, ctx) => {
  if (value.goalMode === "fixed" && !value.goal) ctx.addIssue({ code: "custom", path: ["goal"], message: E.goalRequired });
  if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: E.closesBeforeOpens });
  }
});
const LabelSchema = z.object({ locale: localeSchema, text: optionalText(LABEL_MAX) });
z.object({
  value: z.string().trim().toLowerCase().max(40, E.tooLong).optional(),
  labels: z.array(LabelSchema).max(MAX_LOCALES, E.tooMany).default([])
});
z.object({
  intent: z.enum(["delete", "up", "down"], { error: E.choice }),
  fieldId: uuid
});
z.object({
  intent: z.literal("deliver"),
  deliveredOn: z.string({ error: E.required }).regex(/^\d{4}-\d{2}-\d{2}$/, E.date).transform((value, ctx) => {
    const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: E.date });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() + 24 * 60 * 60 * 1e3) {
      ctx.addIssue({ code: "custom", message: E.futureDate });
      return z.NEVER;
    }
    return date;
  }),
  outcomeNote: requiredText(NOTE_MAX)
});
z.object({ intent: z.literal("won"), outcomeNote: optionalText(NOTE_MAX) });
z.object({
  intent: z.enum(["approve", "reject", "hide", "unhide"], { error: E.choice }),
  reason: optionalText(REASON_MAX)
});
z.object({
  intent: z.enum(["save", "preview"], { error: E.choice }),
  locale: localeSchema,
  title: requiredText(TITLE_MAX),
  summary: requiredText(SUMMARY_MAX),
  bodyMarkdown: requiredText(BODY_MAX)
});
async function listMyOrganisations(db, userId) {
  const rows = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name, role: memberships.role }).from(memberships).innerJoin(organisations, eq(organisations.id, memberships.organisationId)).where(eq(memberships.userId, userId)).orderBy(asc(organisations.name));
  return rows.map((r) => ({ ...r, role: r.role }));
}
async function loader$1({
  request,
  context
}) {
  const user = await requireUser(request, context);
  return {
    name: user.displayName,
    organisations: await listMyOrganisations(context.db, user.id)
  };
}
const index = UNSAFE_withComponentProps(function DashboardHome({
  loaderData
}) {
  const {
    t
  } = useTranslation();
  return /* @__PURE__ */ jsxs(Fragment, {
    children: [/* @__PURE__ */ jsx(PageTitle, {
      title: t("dashboard.home.title")
    }), /* @__PURE__ */ jsx("h1", {
      children: t("dashboard.home.title")
    }), /* @__PURE__ */ jsx("p", {
      className: "muted",
      children: t("dashboard.home.welcome", {
        name: loaderData.name
      })
    }), /* @__PURE__ */ jsx("h2", {
      children: t("dashboard.home.organisations")
    }), loaderData.organisations.length === 0 ? /* @__PURE__ */ jsx("p", {
      children: t("dashboard.home.none")
    }) : /* @__PURE__ */ jsx("ul", {
      className: "card-list",
      children: loaderData.organisations.map((org) => /* @__PURE__ */ jsxs("li", {
        className: "card",
        children: [/* @__PURE__ */ jsx("h3", {
          children: /* @__PURE__ */ jsx(Link, {
            to: `/dashboard/orgs/${org.slug}`,
            children: org.name
          })
        }), /* @__PURE__ */ jsx("p", {
          className: "muted",
          children: t(`dashboard.home.role.${org.role}`)
        })]
      }, org.id))
    })]
  });
});
const route16 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: index,
  loader: loader$1
}, Symbol.toStringTag, { value: "Module" }));
function loader() {
  throw new Response("Not found", {
    status: 404
  });
}
const notFound = UNSAFE_withComponentProps(function NotFound() {
  return null;
});
const route17 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  default: notFound,
  loader
}, Symbol.toStringTag, { value: "Module" }));
const serverManifest = { "entry": { "module": "/assets/entry.client-Djnk68sa.js", "imports": ["/assets/context-DElXybt2.js", "/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/i18n-Cb-tcA04.js"], "css": [] }, "routes": { "root": { "id": "root", "parentId": void 0, "path": "", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": true, "module": "/assets/root-DVyMF0LK.js", "imports": ["/assets/context-DElXybt2.js", "/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/i18n-Cb-tcA04.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/home": { "id": "routes/home", "parentId": "root", "path": void 0, "index": true, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/home-Cbkqx-NJ.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/format-B2A3cnpb.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/explainers-index": { "id": "routes/explainers-index", "parentId": "root", "path": "explainers", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/explainers-index-BkNJi2wa.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/explainer": { "id": "routes/explainer", "parentId": "root", "path": "explainers/:slug", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/explainer-BuW8KUjL.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/format-B2A3cnpb.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/petition": { "id": "routes/petition", "parentId": "root", "path": "petitions/:slug", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-CWsnU2-y.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/sign-form-DBUMLDIl.js", "/assets/format-B2A3cnpb.js", "/assets/useTranslation-jccI6mmb.js", "/assets/share-links-DFoEFU3Y.js", "/assets/parse-DlNs-nBA.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/petition-signed": { "id": "routes/petition-signed", "parentId": "root", "path": "petitions/:slug/signed", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-signed-B2hWXQRB.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/petition-confirm": { "id": "routes/petition-confirm", "parentId": "root", "path": "petitions/:slug/confirm/:token", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/petition-confirm-BNTNurbM.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/share-links-DFoEFU3Y.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/petition-count": { "id": "routes/petition-count", "parentId": "root", "path": "petitions/:slug/count.json", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/petition-count-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/embed-petition": { "id": "routes/embed-petition", "parentId": "root", "path": "embed/petitions/:slug", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/embed-petition-Da2-drUY.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/sign-form-DBUMLDIl.js", "/assets/useTranslation-jccI6mmb.js", "/assets/format-B2A3cnpb.js", "/assets/parse-DlNs-nBA.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/api-signatures": { "id": "routes/api-signatures", "parentId": "root", "path": "api/v1/petitions/:slug/signatures", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/api-signatures-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dev-outbox": { "id": "routes/dev-outbox", "parentId": "root", "path": "dev/outbox", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/dev-outbox-b9ll36dm.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dev-outbox-message": { "id": "routes/dev-outbox-message", "parentId": "root", "path": "dev/outbox/:id", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/dev-outbox-message-B6cv3O8Q.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dev-outbox-html": { "id": "routes/dev-outbox-html", "parentId": "root", "path": "dev/outbox/:id/html", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/dev-outbox-html-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/login": { "id": "routes/account/login", "parentId": "root", "path": "login", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/login-DjB0JcB2.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/useTranslation-jccI6mmb.js", "/assets/parse-DlNs-nBA.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/account/logout": { "id": "routes/account/logout", "parentId": "root", "path": "logout", "index": void 0, "caseSensitive": void 0, "hasAction": true, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": false, "hasErrorBoundary": false, "module": "/assets/logout-l0sNRNKZ.js", "imports": [], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/layout": { "id": "routes/dashboard/layout", "parentId": "root", "path": void 0, "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/layout-Cyjglq3k.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/dashboard/index": { "id": "routes/dashboard/index", "parentId": "routes/dashboard/layout", "path": "dashboard", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/index-yPk5L0l1.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js", "/assets/context-DElXybt2.js", "/assets/page-title-BjWd5cjh.js", "/assets/useTranslation-jccI6mmb.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 }, "routes/not-found": { "id": "routes/not-found", "parentId": "root", "path": "*", "index": void 0, "caseSensitive": void 0, "hasAction": false, "hasLoader": true, "hasClientAction": false, "hasClientLoader": false, "hasClientMiddleware": false, "hasDefaultExport": true, "hasErrorBoundary": false, "module": "/assets/not-found-B2nCPcMc.js", "imports": ["/assets/chunk-OB3PAWPO-BcZi2K4P.js"], "css": [], "clientActionModule": void 0, "clientLoaderModule": void 0, "clientMiddlewareModule": void 0, "hydrateFallbackModule": void 0 } }, "url": "/assets/manifest-b941440c.js", "version": "b941440c", "sri": void 0 };
const assetsBuildDirectory = "build-lead/client";
const basename = "/";
const future = { "unstable_optimizeDeps": false, "v8_passThroughRequests": false, "v8_trailingSlashAwareDataRequests": true, "unstable_previewServerPrerendering": false, "v8_middleware": false, "v8_splitRouteModules": true, "v8_viteEnvironmentApi": false };
const ssr = true;
const isSpaMode = false;
const prerender = [];
const routeDiscovery = { "mode": "lazy", "manifestPath": "/__manifest" };
const publicPath = "/";
const entry = { module: entryServer };
const routes = {
  "root": {
    id: "root",
    parentId: void 0,
    path: "",
    index: void 0,
    caseSensitive: void 0,
    module: route0
  },
  "routes/home": {
    id: "routes/home",
    parentId: "root",
    path: void 0,
    index: true,
    caseSensitive: void 0,
    module: route1
  },
  "routes/explainers-index": {
    id: "routes/explainers-index",
    parentId: "root",
    path: "explainers",
    index: void 0,
    caseSensitive: void 0,
    module: route2
  },
  "routes/explainer": {
    id: "routes/explainer",
    parentId: "root",
    path: "explainers/:slug",
    index: void 0,
    caseSensitive: void 0,
    module: route3
  },
  "routes/petition": {
    id: "routes/petition",
    parentId: "root",
    path: "petitions/:slug",
    index: void 0,
    caseSensitive: void 0,
    module: route4
  },
  "routes/petition-signed": {
    id: "routes/petition-signed",
    parentId: "root",
    path: "petitions/:slug/signed",
    index: void 0,
    caseSensitive: void 0,
    module: route5
  },
  "routes/petition-confirm": {
    id: "routes/petition-confirm",
    parentId: "root",
    path: "petitions/:slug/confirm/:token",
    index: void 0,
    caseSensitive: void 0,
    module: route6
  },
  "routes/petition-count": {
    id: "routes/petition-count",
    parentId: "root",
    path: "petitions/:slug/count.json",
    index: void 0,
    caseSensitive: void 0,
    module: route7
  },
  "routes/embed-petition": {
    id: "routes/embed-petition",
    parentId: "root",
    path: "embed/petitions/:slug",
    index: void 0,
    caseSensitive: void 0,
    module: route8
  },
  "routes/api-signatures": {
    id: "routes/api-signatures",
    parentId: "root",
    path: "api/v1/petitions/:slug/signatures",
    index: void 0,
    caseSensitive: void 0,
    module: route9
  },
  "routes/dev-outbox": {
    id: "routes/dev-outbox",
    parentId: "root",
    path: "dev/outbox",
    index: void 0,
    caseSensitive: void 0,
    module: route10
  },
  "routes/dev-outbox-message": {
    id: "routes/dev-outbox-message",
    parentId: "root",
    path: "dev/outbox/:id",
    index: void 0,
    caseSensitive: void 0,
    module: route11
  },
  "routes/dev-outbox-html": {
    id: "routes/dev-outbox-html",
    parentId: "root",
    path: "dev/outbox/:id/html",
    index: void 0,
    caseSensitive: void 0,
    module: route12
  },
  "routes/account/login": {
    id: "routes/account/login",
    parentId: "root",
    path: "login",
    index: void 0,
    caseSensitive: void 0,
    module: route13
  },
  "routes/account/logout": {
    id: "routes/account/logout",
    parentId: "root",
    path: "logout",
    index: void 0,
    caseSensitive: void 0,
    module: route14
  },
  "routes/dashboard/layout": {
    id: "routes/dashboard/layout",
    parentId: "root",
    path: void 0,
    index: void 0,
    caseSensitive: void 0,
    module: route15
  },
  "routes/dashboard/index": {
    id: "routes/dashboard/index",
    parentId: "routes/dashboard/layout",
    path: "dashboard",
    index: void 0,
    caseSensitive: void 0,
    module: route16
  },
  "routes/not-found": {
    id: "routes/not-found",
    parentId: "root",
    path: "*",
    index: void 0,
    caseSensitive: void 0,
    module: route17
  }
};
const allowedActionOrigins = false;
export {
  allowedActionOrigins,
  serverManifest as assets,
  assetsBuildDirectory,
  basename,
  entry,
  future,
  isSpaMode,
  prerender,
  publicPath,
  routeDiscovery,
  routes,
  ssr
};

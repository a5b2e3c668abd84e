const en = {
  meta: {
    siteName: "Harm Reduction Voices",
    tagline: "Evidence, petitions and campaigns for harm reduction",
  },
  nav: {
    skipToContent: "Skip to main content",
    home: "Home",
    explainers: "Learn",
    petitions: "Petitions",
    primary: "Main menu",
    language: "Language",
    organisers: "For organisers",
  },
  home: {
    title: "Harm reduction saves lives. Add your name.",
    lead: "Harm reduction means meeting people where they are: clean needles, medicines such as methadone and buprenorphine, naloxone to reverse overdoses, peer support and fair laws. Learn how it works, then stand with the people who make it happen.",
    learnHeading: "Understand harm reduction",
    learnAll: "All explainers",
    petitionsHeading: "Open petitions",
    noPetitions: "There are no open petitions right now.",
    signatures_one: "{{formatted}} signature",
    signatures_other: "{{formatted}} signatures",
  },
  explainers: {
    indexTitle: "Learn about harm reduction",
    indexLead: "Short, sourced explanations of the services and policies that keep people who use drugs alive and healthy.",
    sources: "Sources",
    lastUpdated: "Last updated {{date}}",
    backToIndex: "All explainers",
    notTranslated: "This page is not yet available in your language; it is shown in {{language}}.",
    related: "Related petitions",
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
      hidden: "Hidden",
    },
    learnMore: "Learn more",
    signingSoon: "Signing opens soon.",
  },
  language: {
    en: "English",
    fr: "Français",
  },
  footer: {
    about: "An open-source platform for harm-reduction advocacy.",
    license: "Free software under the AGPL-3.0-or-later licence.",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "We could not find that page. It may have moved or been removed.",
    errorTitle: "Something went wrong",
    errorBody: "Please try again in a moment. If it keeps happening, let the organisers know.",
    unavailableTitle: "Temporarily unavailable",
    unavailableBody: "The service is busy or restarting. Please try again in a few seconds.",
    goHome: "Go to the home page",
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
    back: "Back to the outbox",
  },
};

export default en;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
/** Every other language must provide every key English has. */
export type Translations = DeepStrings<typeof en>;

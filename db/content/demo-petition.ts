/** The demo petition seeded on first start, modelled on the police petition for harm reduction. */
export const demoOrganisation = {
  slug: "demo-harm-reduction-network",
  name: "Demo Harm Reduction Network",
  country: "SN",
  website: null,
};

export const demoCampaign = {
  slug: "police-and-public-health",
  translations: {
    en: {
      title: "Police and public health",
      summary: "Law-enforcement officers who support services that keep people who use drugs alive.",
    },
    fr: {
      title: "Police et santé publique",
      summary: "Des membres des forces de l’ordre qui soutiennent les services qui maintiennent en vie les personnes qui consomment des drogues.",
    },
  },
};

export const demoPetition = {
  slug: "police-for-harm-reduction",
  defaultLocale: "en",
  /** Signers confirming from these domains are shown as verified officers (an example domain for the demo). */
  verifiedDomains: ["police.example"],
  fields: [
    {
      key: "law_enforcement",
      kind: "yesno",
      required: true,
      isPublic: false,
      labels: {
        en: "Do you serve, or have you served, in law enforcement?",
        fr: "Servez-vous, ou avez-vous servi, dans les forces de l’ordre ?",
      },
    },
    {
      key: "agency",
      kind: "text",
      required: false,
      isPublic: true,
      labels: { en: "Agency or service (e.g. national police, customs)", fr: "Service ou corps (par ex. police nationale, douanes)" },
    },
    {
      key: "role",
      kind: "text",
      required: false,
      isPublic: true,
      labels: { en: "Rank or role", fr: "Grade ou fonction" },
    },
  ],
  relatedExplainers: [
    "what-is-harm-reduction",
    "needle-and-syringe-programmes",
    "naloxone-and-overdose-response",
    "rights-and-policy-reform",
  ],
  translations: {
    en: {
      title: "Police officers for harm reduction",
      target: "Governments, health and interior ministries, and UN member states",
      ask: "Fund harm-reduction services and let police support them instead of standing in their way.",
      body: `We are police officers and other law-enforcement professionals, serving and retired, from many countries.

Every day we meet people who use drugs. We see what happens when they cannot get clean injecting equipment, medicines such as **methadone** and **buprenorphine**, or **naloxone** when someone overdoses: HIV and hepatitis C spread, people die, and our communities become less safe.

We know that harm-reduction services work. Needle and syringe programmes reduce HIV transmission without increasing drug use. Opioid agonist treatment helps people regain stability in their health, work and family life. Naloxone in the right hands reverses overdoses in minutes.

## We ask governments to

- fund needle and syringe programmes, opioid agonist treatment and naloxone at the scale that is needed, including in prisons and pre-trial detention;
- make sure that policing supports these services: no arrests outside service sites, no confiscation of clean equipment or medicines;
- train police to respond to overdoses and to refer people to health services;
- work with communities of people who use drugs when designing these policies.

Public safety and public health are the same goal. We sign because we want both.`,
    },
    fr: {
      title: "Des policiers pour la réduction des risques",
      target: "Les gouvernements, les ministères de la santé et de l’intérieur, et les États membres de l’ONU",
      ask: "Financez les services de réduction des risques et laissez la police les soutenir au lieu de leur faire obstacle.",
      body: `Nous sommes policiers, gendarmes et autres professionnels de l’application de la loi, en activité ou à la retraite, dans de nombreux pays.

Chaque jour, nous rencontrons des personnes qui consomment des drogues. Nous voyons ce qui arrive quand elles n’ont pas accès à du matériel d’injection stérile, à des médicaments comme la **méthadone** et la **buprénorphine**, ou à la **naloxone** en cas d’overdose : le VIH et l’hépatite C se propagent, des personnes meurent, et nos quartiers deviennent moins sûrs.

Nous savons que la réduction des risques fonctionne. Les programmes d’échange de seringues réduisent la transmission du VIH sans augmenter la consommation. Les traitements par agonistes opioïdes aident les personnes à retrouver de la stabilité dans leur santé, leur travail et leur vie de famille. La naloxone, entre de bonnes mains, inverse une overdose en quelques minutes.

## Nous demandons aux gouvernements

- de financer les programmes d’échange de seringues, les traitements par agonistes opioïdes et la naloxone à la hauteur des besoins, y compris en prison et en détention provisoire ;
- de veiller à ce que l’action de la police soutienne ces services : pas d’arrestations aux abords des lieux d’accueil, pas de saisie de matériel stérile ni de médicaments ;
- de former les policiers à réagir aux overdoses et à orienter les personnes vers les services de santé ;
- d’associer les communautés de personnes qui consomment des drogues à la conception de ces politiques.

Sécurité publique et santé publique poursuivent le même but. Nous signons parce que nous voulons les deux.`,
    },
  },
} as const;

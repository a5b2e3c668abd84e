/** Strings for the supporter emails (thanks, milestones, updates, outcomes, data requests), per language. */
const messages = {
  en: {
    greeting: "Hello {{name}},",
    greetingAnonymous: "Hello,",
    fallback: "If the button does not work, copy this link into your browser:",
    bulk: {
      reason: "You receive this because you asked for updates about “{{campaign}}” when you signed.",
      unsubscribe: "Unsubscribe",
      preferences: "Email preferences",
    },
    thanksShare: {
      subject: "Thank you for signing: {{petition}}",
      preview: "Your signature is confirmed. Help it grow by sharing the petition.",
      body: "Your signature on “{{petition}}” is confirmed and counts. Thank you!",
      share: "Petitions win when people pass them on. Please share it with colleagues and friends:",
      button: "Open the petition",
      shareEmail: "Email",
    },
    milestone: {
      subject: "“{{petition}}” has passed {{count}} signatures",
      preview: "A milestone for the petition you signed.",
      body: "The petition you signed, “{{petition}}”, has just passed {{count}} signatures. Thank you for being part of it.",
      next: "Every new signature makes the case stronger. Please share it once more:",
      button: "See the petition",
      orgSubject: "Milestone: “{{petition}}” has {{count}} signatures",
      orgBody: "Your petition “{{petition}}” has just passed {{count}} signatures. Its consenting signers have been told.",
      orgButton: "Open the dashboard",
    },
    update: {
      intro: "An update from {{organisation}} about “{{campaign}}”.",
      button: "See the petition",
    },
    outcome: {
      closedSubject: "“{{petition}}” is now closed",
      closedBody: "The petition “{{petition}}” has closed with {{count}} signatures. Thank you for signing it. We will let you know what happens next.",
      deliveredSubject: "“{{petition}}” has been delivered",
      deliveredBody: "The petition “{{petition}}”, with {{count}} signatures, has been delivered to {{target}}.",
      wonSubject: "We won: “{{petition}}”",
      wonBody: "The petition “{{petition}}” has won. {{count}} people signed it, and you were one of them. Thank you!",
      note: "A word from the organisers:",
      button: "See the petition",
    },
    carryOver: {
      intro: "You signed a petition in the campaign “{{campaign}}”. There is a new one:",
      button: "Read the petition",
      optIn: "We have not added your name: it counts only if you choose to sign.",
    },
    myDataLink: {
      subject: "Your data on {{site}}",
      preview: "A link to see, download or erase what we hold about you.",
      body: "Someone, hopefully you, asked for the data we hold about this address on {{site}}. Open the link to see it, download a copy or erase it.",
      button: "See my data",
      expiry: "The link works for {{hours}} hours. If you did not ask, ignore this email: nothing will change.",
    },
  },
  fr: {
    greeting: "Bonjour {{name}},",
    greetingAnonymous: "Bonjour,",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    bulk: {
      reason: "Vous recevez ce message parce que vous avez demandé des nouvelles de « {{campaign}} » en signant.",
      unsubscribe: "Se désabonner",
      preferences: "Préférences d’e-mail",
    },
    thanksShare: {
      subject: "Merci d’avoir signé : {{petition}}",
      preview: "Votre signature est confirmée. Aidez la pétition à grandir en la partageant.",
      body: "Votre signature de « {{petition}} » est confirmée et comptée. Merci !",
      share: "Une pétition gagne quand on la fait circuler. Partagez-la avec vos collègues et vos proches :",
      button: "Ouvrir la pétition",
      shareEmail: "E-mail",
    },
    milestone: {
      subject: "« {{petition}} » a dépassé {{count}} signatures",
      preview: "Une étape franchie pour la pétition que vous avez signée.",
      body: "La pétition que vous avez signée, « {{petition}} », vient de dépasser {{count}} signatures. Merci d’en faire partie.",
      next: "Chaque nouvelle signature renforce notre demande. Partagez-la encore une fois :",
      button: "Voir la pétition",
      orgSubject: "Étape franchie : « {{petition}} » compte {{count}} signatures",
      orgBody: "Votre pétition « {{petition}} » vient de dépasser {{count}} signatures. Ses signataires qui l’ont accepté en ont été informés.",
      orgButton: "Ouvrir le tableau de bord",
    },
    update: {
      intro: "Des nouvelles de {{organisation}} au sujet de « {{campaign}} ».",
      button: "Voir la pétition",
    },
    outcome: {
      closedSubject: "« {{petition}} » est close",
      closedBody: "La pétition « {{petition}} » est close avec {{count}} signatures. Merci de l’avoir signée. Nous vous tiendrons au courant de la suite.",
      deliveredSubject: "« {{petition}} » a été remise",
      deliveredBody: "La pétition « {{petition}} », forte de {{count}} signatures, a été remise à {{target}}.",
      wonSubject: "Victoire : « {{petition}} »",
      wonBody: "La pétition « {{petition}} » a gagné. {{count}} personnes l’ont signée, dont vous. Merci !",
      note: "Un mot des organisateurs :",
      button: "Voir la pétition",
    },
    carryOver: {
      intro: "Vous avez signé une pétition de la campagne « {{campaign}} ». En voici une nouvelle :",
      button: "Lire la pétition",
      optIn: "Nous n’avons pas ajouté votre nom : il ne compte que si vous choisissez de signer.",
    },
    myDataLink: {
      subject: "Vos données sur {{site}}",
      preview: "Un lien pour voir, télécharger ou effacer ce que nous conservons sur vous.",
      body: "Quelqu’un, vous sans doute, a demandé les données que nous conservons sur cette adresse sur {{site}}. Ouvrez le lien pour les voir, en télécharger une copie ou les effacer.",
      button: "Voir mes données",
      expiry: "Le lien est valable {{hours}} heures. Si vous n’avez rien demandé, ignorez cet e-mail : rien ne changera.",
    },
  },
} as const;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type SupporterMessages = DeepStrings<(typeof messages)["en"]>;
const byLocale: Record<string, SupporterMessages> = messages;

export function supporterMessages(locale: string): SupporterMessages {
  return byLocale[locale] ?? messages.en;
}

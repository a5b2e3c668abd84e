/** Strings used by the email templates, per language. Templates fall back to English. */
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
      expiry: "The link works for {{days}} days. If you did not sign, ignore this email and nothing will happen.",
    },
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
      expiry: "Le lien est valable {{days}} jours. Si vous n’avez pas signé, ignorez cet e-mail : rien ne se passera.",
    },
  },
} as const;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type EmailMessages = DeepStrings<(typeof messages)["en"]>;
const byLocale: Record<string, EmailMessages> = messages;

export function emailMessages(locale: string): EmailMessages {
  return byLocale[locale] ?? messages.en;
}

/** Replaces `{{name}}` placeholders; values are plain text and React escapes them when rendering. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

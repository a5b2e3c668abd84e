/** Strings used by the email templates, per language. Templates fall back to English. */
const messages = {
  en: {
    invitation: {
      subject: "You are invited to join {{organisation}}",
      preview: "Join {{organisation}} and help run its campaigns.",
      body: "{{inviter}} invites you to join {{organisation}} on {{site}}.",
      roles: {
        owner: "You are invited as an owner: you will manage members, campaigns and petitions.",
        editor: "You are invited as an editor: you will edit campaigns and petitions and write to supporters.",
        viewer: "You are invited as a viewer: you will see petitions and their statistics.",
      },
      button: "Accept the invitation",
      fallback: "If the button does not work, copy this link into your browser:",
      expiry: "The link works once, for {{days}} days. You will be asked to sign in or create an account. If you did not expect this invitation, ignore this email.",
    },
    petitionDecision: {
      subject: {
        approve: "Your petition is published: {{petition}}",
        reject: "Your petition needs changes: {{petition}}",
        hide: "Your petition has been hidden: {{petition}}",
        unhide: "Your petition is visible again: {{petition}}",
      },
      body: {
        approve: "Good news: “{{petition}}” has been approved and is now open for signatures.",
        reject: "“{{petition}}” was not approved. You can edit it and submit it again.",
        hide: "A moderator has hidden “{{petition}}”: it is no longer shown to the public.",
        unhide: "A moderator has made “{{petition}}” visible to the public again.",
      },
      reasonHeading: "The moderator's note:",
      publicLink: "Public page:",
      button: "Open the petition in your dashboard",
    },
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
    account: {
      greeting: "Hello {{name}},",
      fallback: "If the button does not work, copy this link into your browser:",
      verifyEmail: {
        subject: "Confirm your email address for {{site}}",
        preview: "One click to confirm your organiser account.",
        body: "Thank you for creating an organiser account. Please confirm that this email address is yours.",
        button: "Confirm my email address",
        expiry: "The link works for {{hours}} hours and only once. If you did not create an account, ignore this email.",
      },
      accountExists: {
        subject: "Someone tried to create an account with your address on {{site}}",
        preview: "You already have an account: no new one was created.",
        body: "Someone, perhaps you, tried to create an organiser account with this email address. You already have an account, so nothing was created and nothing changed.",
        signIn: "To use your account, sign in:",
        forgot: "If you have forgotten your password, you can choose a new one:",
        ignore: "If it was not you, you can ignore this email: your account is safe.",
      },
      resetPassword: {
        subject: "Choose a new password for {{site}}",
        preview: "A link to choose a new password.",
        body: "We received a request to reset the password of your organiser account. Open this link to choose a new one.",
        button: "Choose a new password",
        expiry: "The link works for {{minutes}} minutes and only once. Choosing a new password signs you out everywhere.",
        ignore: "If you did not ask for this, ignore this email: your password does not change.",
      },
      changeEmail: {
        subject: "Confirm your new email address for {{site}}",
        preview: "Confirm the new address for your organiser account.",
        body: "You asked to use {{email}} for your organiser account. Open this link to confirm that this address is yours; the change happens only then.",
        button: "Confirm my new address",
        expiry: "The link works for {{hours}} hours and only once. If you did not ask for this, ignore this email and nothing will change.",
      },
      emailChanged: {
        subject: "The email address of your {{site}} account was changed",
        preview: "Your account now uses a new email address.",
        body: "The email address of your organiser account was changed to {{email}}. From now on, sign-in links and notices go to that address.",
        warning: "If you did not make this change, someone may have access to your account: contact the administrators of this platform at once.",
      },
    },
  },
  fr: {
    invitation: {
      subject: "Vous êtes invité·e à rejoindre {{organisation}}",
      preview: "Rejoignez {{organisation}} et participez à ses campagnes.",
      body: "{{inviter}} vous invite à rejoindre {{organisation}} sur {{site}}.",
      roles: {
        owner: "Vous êtes invité·e en tant que propriétaire : vous gérerez les membres, les campagnes et les pétitions.",
        editor: "Vous êtes invité·e en tant qu’éditeur·rice : vous modifierez les campagnes et les pétitions et écrirez aux sympathisants.",
        viewer: "Vous êtes invité·e en tant qu’observateur·rice : vous verrez les pétitions et leurs statistiques.",
      },
      button: "Accepter l’invitation",
      fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
      expiry: "Le lien ne sert qu’une fois et reste valable {{days}} jours. Il vous sera demandé de vous connecter ou de créer un compte. Si vous n’attendiez pas cette invitation, ignorez cet e-mail.",
    },
    petitionDecision: {
      subject: {
        approve: "Votre pétition est publiée : {{petition}}",
        reject: "Votre pétition doit être modifiée : {{petition}}",
        hide: "Votre pétition a été masquée : {{petition}}",
        unhide: "Votre pétition est de nouveau visible : {{petition}}",
      },
      body: {
        approve: "Bonne nouvelle : « {{petition}} » a été approuvée et est maintenant ouverte aux signatures.",
        reject: "« {{petition}} » n’a pas été approuvée. Vous pouvez la modifier et la soumettre à nouveau.",
        hide: "Un·e modérateur·rice a masqué « {{petition}} » : elle n’est plus visible du public.",
        unhide: "Un·e modérateur·rice a rendu « {{petition}} » de nouveau visible du public.",
      },
      reasonHeading: "Le mot de la modération :",
      publicLink: "Page publique :",
      button: "Ouvrir la pétition dans votre tableau de bord",
    },
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
    account: {
      greeting: "Bonjour {{name}},",
      fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
      verifyEmail: {
        subject: "Confirmez votre adresse e-mail sur {{site}}",
        preview: "Un clic pour confirmer votre compte organisateur.",
        body: "Merci d’avoir créé un compte organisateur. Merci de confirmer que cette adresse e-mail est bien la vôtre.",
        button: "Confirmer mon adresse e-mail",
        expiry: "Le lien est valable {{hours}} heures, une seule fois. Si vous n’avez pas créé de compte, ignorez cet e-mail.",
      },
      accountExists: {
        subject: "Quelqu’un a essayé de créer un compte avec votre adresse sur {{site}}",
        preview: "Vous avez déjà un compte : aucun nouveau compte n’a été créé.",
        body: "Quelqu’un, peut-être vous, a essayé de créer un compte organisateur avec cette adresse e-mail. Vous avez déjà un compte : rien n’a été créé ni modifié.",
        signIn: "Pour utiliser votre compte, connectez-vous :",
        forgot: "Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau :",
        ignore: "Si ce n’était pas vous, vous pouvez ignorer cet e-mail : votre compte ne risque rien.",
      },
      resetPassword: {
        subject: "Choisissez un nouveau mot de passe sur {{site}}",
        preview: "Un lien pour choisir un nouveau mot de passe.",
        body: "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte organisateur. Ouvrez ce lien pour en choisir un nouveau.",
        button: "Choisir un nouveau mot de passe",
        expiry: "Le lien est valable {{minutes}} minutes, une seule fois. Choisir un nouveau mot de passe vous déconnecte partout.",
        ignore: "Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe ne change pas.",
      },
      changeEmail: {
        subject: "Confirmez votre nouvelle adresse e-mail sur {{site}}",
        preview: "Confirmez la nouvelle adresse de votre compte organisateur.",
        body: "Vous avez demandé à utiliser {{email}} pour votre compte organisateur. Ouvrez ce lien pour confirmer que cette adresse est bien la vôtre : le changement n’a lieu qu’à ce moment-là.",
        button: "Confirmer ma nouvelle adresse",
        expiry: "Le lien est valable {{hours}} heures, une seule fois. Si vous n’avez rien demandé, ignorez cet e-mail : rien ne changera.",
      },
      emailChanged: {
        subject: "L’adresse e-mail de votre compte {{site}} a été modifiée",
        preview: "Votre compte utilise désormais une nouvelle adresse e-mail.",
        body: "L’adresse e-mail de votre compte organisateur a été remplacée par {{email}}. Les liens de connexion et les avis seront désormais envoyés à cette adresse.",
        warning: "Si vous n’êtes pas à l’origine de ce changement, quelqu’un a peut-être accès à votre compte : prévenez immédiatement les administrateurs de la plateforme.",
      },
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

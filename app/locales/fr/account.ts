import type en from "../en/account";
import type { DeepStrings } from "../types";

const account: DeepStrings<typeof en> = {
  login: {
    title: "Connexion des organisateurs",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Se connecter",
    invalid: "L’adresse e-mail ou le mot de passe est incorrect.",
    rateLimited: "Trop de tentatives. Patientez 15 minutes puis réessayez.",
    noAccount: "Pas encore de compte ?",
    signUp: "Créer un compte organisateur",
    forgot: "Mot de passe oublié ?",
  },
  logout: "Se déconnecter",
  errors: {
    required: "Veuillez remplir ce champ.",
    email: "Veuillez saisir une adresse e-mail valide.",
  },
};

export default account;

import type en from "../en/dashboard";
import type { DeepStrings } from "../types";

const dashboard: DeepStrings<typeof en> = {
  nav: {
    label: "Menu organisateur",
    home: "Tableau de bord",
    account: "Compte",
    admin: "Modération",
  },
  home: {
    title: "Tableau de bord",
    welcome: "Connecté·e en tant que {{name}}",
    organisations: "Vos organisations",
    none: "Vous n’êtes encore membre d’aucune organisation.",
    role: {
      owner: "Propriétaire",
      editor: "Éditeur·rice",
      viewer: "Lecteur·rice",
    },
  },
};

export default dashboard;

/** English UI strings for the organiser dashboard (keys are `dashboard.*`). */
const dashboard = {
  nav: {
    label: "Organiser menu",
    home: "Dashboard",
    account: "Account",
    admin: "Moderation",
  },
  home: {
    title: "Dashboard",
    welcome: "Signed in as {{name}}",
    organisations: "Your organisations",
    none: "You are not a member of any organisation yet.",
    role: {
      owner: "Owner",
      editor: "Editor",
      viewer: "Viewer",
    },
  },
};

export default dashboard;

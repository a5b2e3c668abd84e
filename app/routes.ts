import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";
import { accountDashboardRoutes, accountRoutes } from "./routes/config/account";
import { dashboardRoutes } from "./routes/config/dashboard";
import { organiserRoutes } from "./routes/config/organiser";
import { supporterEmailDashboardRoutes, supporterEmailRoutes } from "./routes/config/supporter-email";

// Each area lists its own URLs in routes/config/; this file shows the public site and stitches them together.
export default [
  index("routes/home.tsx"),
  route("explainers", "routes/explainers-index.tsx"),
  route("explainers/:slug", "routes/explainer.tsx"),
  route("petitions/:slug", "routes/petition.tsx"),
  route("petitions/:slug/signed", "routes/petition-signed.tsx"),
  route("petitions/:slug/confirm/:token", "routes/petition-confirm.tsx"),
  route("petitions/:slug/count.json", "routes/petition-count.ts"),
  route("embed/petitions/:slug", "routes/embed-petition.tsx"),
  route("api/v1/petitions/:slug/signatures", "routes/api-signatures.ts"),
  route("dev/outbox", "routes/dev-outbox.tsx"),
  route("dev/outbox/:id", "routes/dev-outbox-message.tsx"),
  route("dev/outbox/:id/html", "routes/dev-outbox-html.ts"),
  ...accountRoutes,
  ...supporterEmailRoutes,
  // Everything for signed-in organisers shares one layout, which requires a session.
  layout("routes/dashboard/layout.tsx", [
    route("dashboard", "routes/dashboard/index.tsx"),
    ...accountDashboardRoutes,
    ...organiserRoutes,
    ...dashboardRoutes,
    ...supporterEmailDashboardRoutes,
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;

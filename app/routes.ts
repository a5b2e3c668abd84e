import { type RouteConfig, index, route } from "@react-router/dev/routes";

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
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;

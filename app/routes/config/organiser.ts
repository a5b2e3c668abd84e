import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Organisations, campaigns, petition editing and moderation. Mounted inside the signed-in
// dashboard layout (see app/routes.ts). Every route here has a row per role in
// tests/integration/authorization-matrix.test.ts, which fails when one is missing.
const org = "dashboard/orgs/:orgSlug";
const petition = `${org}/petitions/:petitionId`;

export const organiserRoutes: RouteConfigEntry[] = [
  route("dashboard/orgs/new", "routes/organiser/org-new.tsx"),
  route(org, "routes/organiser/org-overview.tsx"),
  route(`${org}/members`, "routes/organiser/org-members.tsx"),
  route(`${org}/campaigns/new`, "routes/organiser/campaign-new.tsx"),
  route(`${org}/campaigns/:campaignId`, "routes/organiser/campaign-edit.tsx"),
  route(`${org}/campaigns/:campaignId/petitions/new`, "routes/organiser/petition-new.tsx"),
  route(petition, "routes/organiser/petition-overview.tsx"),
  route(`${petition}/text`, "routes/organiser/petition-text.tsx"),
  route(`${petition}/fields`, "routes/organiser/petition-fields.tsx"),
  route(`${petition}/settings`, "routes/organiser/petition-settings.tsx"),
  route(`${petition}/preview`, "routes/organiser/petition-preview.tsx"),
  route(`${petition}/revisions`, "routes/organiser/petition-revisions.tsx"),
  route("invitations/:token", "routes/organiser/invitation-accept.tsx"),
  route("admin", "routes/admin/queue.tsx"),
  route("admin/petitions/:petitionId", "routes/admin/petition-review.tsx"),
  route("admin/explainers", "routes/admin/explainers.tsx"),
  route("admin/explainers/:explainerId", "routes/admin/explainer-edit.tsx"),
];

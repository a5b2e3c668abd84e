import { type RouteConfigEntry, route } from "@react-router/dev/routes";

/**
 * A petition's dashboard, its signatures, review queue, CSV export and
 * delivery pack, and each organisation's audit log. Mounted inside the
 * signed-in dashboard layout; every loader and action checks the role itself.
 */
export const dashboardRoutes: RouteConfigEntry[] = [
  route("dashboard/petitions/:petitionId/stats", "routes/dashboard/petition-stats.tsx"),
  route("dashboard/petitions/:petitionId/signatures", "routes/dashboard/petition-signatures.tsx"),
  route("dashboard/petitions/:petitionId/signatures/:signatureId", "routes/dashboard/petition-signature.tsx"),
  route("dashboard/petitions/:petitionId/review", "routes/dashboard/petition-review.tsx"),
  route("dashboard/petitions/:petitionId/review/bulk", "routes/dashboard/petition-review-bulk.tsx"),
  route("dashboard/petitions/:petitionId/export.csv", "routes/dashboard/petition-export.ts"),
  route("dashboard/petitions/:petitionId/delivery-pack", "routes/dashboard/petition-delivery-pack.tsx"),
  route("dashboard/orgs/:orgSlug/audit", "routes/dashboard/org-audit.tsx"),
];

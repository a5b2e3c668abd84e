import { type RouteConfigEntry, route } from "@react-router/dev/routes";

/** Public URLs: unsubscribe, webhooks, supporters' own data. */
export const supporterEmailRoutes: RouteConfigEntry[] = [
  route("unsubscribe/:token", "routes/supporter-email/unsubscribe.tsx"),
  route("unsubscribe/:token/one-click", "routes/supporter-email/unsubscribe-one-click.ts"),
  route("email-preferences/:token", "routes/supporter-email/preferences.tsx"),
  route("webhooks/resend", "routes/supporter-email/webhook-resend.ts"),
  route("my-data", "routes/supporter-email/my-data.tsx"),
  route("my-data/:token", "routes/supporter-email/my-data-manage.tsx"),
  route("my-data/:token/download", "routes/supporter-email/my-data-download.ts"),
];

/** Organiser pages inside the dashboard layout (compose and send updates). */
export const supporterEmailDashboardRoutes: RouteConfigEntry[] = [
  route("dashboard/email", "routes/supporter-email/index.tsx"),
  route("dashboard/email/messages/:id", "routes/supporter-email/message.tsx"),
  route("dashboard/email/messages/:id/edit", "routes/supporter-email/compose.tsx"),
  route("dashboard/email/messages/:id/preview", "routes/supporter-email/preview.ts"),
];

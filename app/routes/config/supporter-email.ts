import { type RouteConfigEntry } from "@react-router/dev/routes";

/** Public URLs: unsubscribe, webhooks, supporters' own data. */
export const supporterEmailRoutes: RouteConfigEntry[] = [];

/** Organiser pages inside the dashboard layout (compose and send updates). */
export const supporterEmailDashboardRoutes: RouteConfigEntry[] = [];

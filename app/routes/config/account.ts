import { type RouteConfigEntry, route } from "@react-router/dev/routes";

/** Public account URLs: signing in and up, and the links sent by email (no session needed). */
export const accountRoutes: RouteConfigEntry[] = [
  route("login", "routes/account/login.tsx"),
  route("login/two-factor", "routes/account/login-two-factor.tsx"),
  route("logout", "routes/account/logout.ts"),
  route("signup", "routes/account/signup.tsx"),
  route("signup/check-email", "routes/account/signup-sent.tsx"),
  route("verify-email/:token", "routes/account/verify-email.tsx"),
  route("forgot-password", "routes/account/forgot-password.tsx"),
  route("reset-password/:token", "routes/account/reset-password.tsx"),
  route("change-email/:token", "routes/account/change-email-confirm.tsx"),
];

/** The signed-in organiser's own account, inside the dashboard layout (each loader and action also calls requireUser). */
export const accountDashboardRoutes: RouteConfigEntry[] = [
  route("account", "routes/account/settings.tsx"),
  route("account/password", "routes/account/password.tsx"),
  route("account/email", "routes/account/email.tsx"),
  route("account/two-factor", "routes/account/two-factor.tsx"),
];

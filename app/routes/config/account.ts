import { type RouteConfigEntry, route } from "@react-router/dev/routes";

export const accountRoutes: RouteConfigEntry[] = [
  route("login", "routes/account/login.tsx"),
  route("logout", "routes/account/logout.ts"),
];

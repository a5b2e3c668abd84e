import { redirect } from "react-router";
import { endSession } from "~/lib/auth.server";
import type { Route } from "./+types/logout";

export async function action({ request, context }: Route.ActionArgs) {
  return redirect("/login", { headers: { "Set-Cookie": await endSession(request, context) } });
}

export function loader() {
  // Signing out changes state, so it is a POST (with the origin check); a GET just goes home.
  return redirect("/");
}

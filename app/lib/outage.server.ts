import { isDatabaseUnavailable, RETRY_AFTER_S } from "./database-errors";

/**
 * Resource routes (JSON, CSV) answer 503 + Retry-After when the database is
 * unreachable; React Router would otherwise turn the error into a 500.
 */
export async function withOutageResponse(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return Response.json(
      { error: "unavailable", message: "The service is briefly unavailable. Please retry shortly." },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" } },
    );
  }
}

import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { ServerRouter, type AppLoadContext, type EntryContext } from "react-router";
import { isDatabaseUnavailable, RETRY_AFTER_S } from "./lib/database-errors";
import { detectLocale, createI18nInstance } from "./lib/i18n.server";

export const streamTimeout = 5_000;

// Production builds hand handleRequest sanitised errors, so handleError (which sees the real one) notes outages here.
const requestsHitByOutage = new WeakSet<Request>();

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // A loader that failed because the database is away is an outage, not a bug: 503 and a hint when to retry.
  if (requestsHitByOutage.has(request)) {
    responseStatusCode = 503;
    responseHeaders.set("Retry-After", String(RETRY_AFTER_S));
  }
  const locale = await detectLocale(request);
  const i18n = createI18nInstance(locale);
  const nonce = loadContext.cspNonce;
  // Crawlers and non-JavaScript clients get the whole document at once; browsers get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || routerContext.isSpaMode;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </I18nextProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          // Pages depend on the language (cookie or Accept-Language) and may show a signed-in organiser.
          responseHeaders.append("Vary", "Accept-Language, Cookie");
          if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "private, no-cache");
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors inside the shell reject above; later ones are logged here once.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  // Aborted requests (the client went away) are not errors; outages are logged once per request, briefly.
  if (request.signal.aborted) return;
  if (isDatabaseUnavailable(error)) {
    requestsHitByOutage.add(request);
    console.error(`Database unavailable while serving ${new URL(request.url).pathname}`);
    return;
  }
  console.error(error);
}

import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/** Paths other sites may frame (the embeddable petition widget). */
const EMBEDDABLE_PATH = /^\/embed\//;
/**
 * Email HTML shown in a sandboxed frame of our own pages (outbox, compose preview). Those
 * routes send their own, stricter policy (no scripts, sandbox, frame-ancestors 'self'); the
 * page policy would be appended to it and block both the framing and the inline styles.
 */
const EMAIL_HTML_PATH = /^\/(dev\/outbox\/[^/]+\/html|dashboard\/email\/messages\/[^/]+\/preview)$/;
/**
 * JSON API and webhooks: no cookies are involved, so cross-site requests are legitimate.
 * Unsubscribe links: mail clients POST RFC 8058 one-click unsubscribes from their own
 * origin; the signed token in the URL is what authorises them.
 */
const CROSS_SITE_ALLOWED = /^\/(api\/v\d+|webhooks|unsubscribe)\//;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface SecurityOptions {
  appUrl: string;
  isProduction: boolean;
  isDevelopment: boolean;
  maxBodyBytes: number;
}

function contentSecurityPolicy(nonce: string, path: string, isDevelopment: boolean): string {
  const scriptSrc = isDevelopment ? `'self' 'nonce-${nonce}' 'unsafe-inline'` : `'self' 'nonce-${nonce}'`;
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    isDevelopment ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-src 'self'",
    EMBEDDABLE_PATH.test(path) ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

/** Sets security headers and a per-response CSP nonce (exposed as `res.locals.cspNonce`). */
export function securityHeaders(options: Pick<SecurityOptions, "isProduction" | "isDevelopment">) {
  return (req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    const ownPolicy = EMAIL_HTML_PATH.test(req.path);
    if (!ownPolicy) res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, req.path, options.isDevelopment));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (ownPolicy) res.setHeader("X-Frame-Options", "SAMEORIGIN");
    else if (!EMBEDDABLE_PATH.test(req.path)) res.setHeader("X-Frame-Options", "DENY");
    if (options.isProduction) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    next();
  };
}

function sameOrigin(value: string, allowed: Set<string>): boolean {
  try {
    return allowed.has(new URL(value).origin);
  } catch {
    return false;
  }
}

/**
 * CSRF protection for cookie-authenticated requests, after Lucia's guide: a
 * state-changing request must come from our own pages. Browsers say so with
 * `Sec-Fetch-Site` or `Origin`; `Referer` is the fallback for old ones.
 */
export function verifyRequestOrigin(options: Pick<SecurityOptions, "appUrl">) {
  const appOrigin = new URL(options.appUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || CROSS_SITE_ALLOWED.test(req.path)) return next();
    const allowed = new Set([appOrigin, `${req.protocol}://${req.get("host")}`]);
    const fetchSite = req.get("sec-fetch-site");
    const origin = req.get("origin");
    const referer = req.get("referer");
    let ok: boolean;
    if (fetchSite) ok = fetchSite === "same-origin" || fetchSite === "none";
    else if (origin) ok = sameOrigin(origin, allowed);
    else if (referer) ok = sameOrigin(referer, allowed);
    else ok = false;
    if (ok) return next();
    res.status(403).type("text/plain").send("Forbidden: this request did not come from this site.");
  };
}

/**
 * Caps request bodies before anything reads them. Browsers always send a
 * Content-Length with forms; a streamed body of unknown length is refused.
 */
export function limitRequestBody(options: Pick<SecurityOptions, "maxBodyBytes">) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const length = req.get("content-length");
    if (length === undefined) {
      if (req.get("transfer-encoding")) {
        res.status(411).type("text/plain").send("Length Required: send a Content-Length header.");
        return;
      }
      return next();
    }
    const bytes = Number(length);
    if (!Number.isFinite(bytes) || bytes < 0) {
      res.status(400).type("text/plain").send("Bad Request: invalid Content-Length.");
      return;
    }
    if (bytes > options.maxBodyBytes) {
      res.status(413).type("text/plain").send(`Payload Too Large: the limit is ${options.maxBodyBytes} bytes.`);
      return;
    }
    next();
  };
}

/**
 * The JSON API is meant for other sites (campaign pages, CRMs). It uses no
 * cookies, so any origin may call it; preflight requests are answered here.
 */
export function apiCors() {
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
    res.setHeader("Access-Control-Max-Age", "86400");
    if (req.method === "OPTIONS") {
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * A URL with NUL (`%00`) or broken percent-encoding names nothing here, and
 * PostgreSQL would refuse it in a query: answer 400 before any route sees it.
 */
export function rejectMalformedUrls() {
  return (req: Request, res: Response, next: NextFunction) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(req.originalUrl);
    } catch {
      decoded = "\0";
    }
    if (!decoded.includes("\0")) return next();
    res.status(400).set("Cache-Control", "no-store").type("text/plain; charset=utf-8").send("Bad request: the address is malformed.");
  };
}

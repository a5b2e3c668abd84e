// The signing journey end to end: the form (with and without JavaScript), the
// confirmation email through the fake Resend, the counter, the public stats,
// the embeddable widget, the JSON API and the open data.
//
// Every test shares one database with the other worker, so addresses are unique
// per test and counts are only ever compared with a value read just before.
// Signing is rate-limited per IP (20 a minute, over that signatures are held for
// review and stop counting): this file signs about 17 times, keep it under 20.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { DEMO_PETITION, expectNoSeriousA11yViolations } from "./helpers";

const APP_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;
const FAKE_RESEND_URL = `http://127.0.0.1:${Number(process.env.FAKE_RESEND_PORT ?? 3211)}`;
const PETITION_PATH = `/petitions/${DEMO_PETITION}`;
const PETITION_TITLE = "Police officers for harm reduction";
const API_PATH = `/api/v1/petitions/${DEMO_PETITION}/signatures`;
const LAW_ENFORCEMENT_QUESTION = "Do you serve, or have you served, in law enforcement?";
const CONFIRM_LINK = new RegExp(`${APP_URL.replace(/[.:/]/g, "\\$&")}${PETITION_PATH}/confirm/[A-Za-z0-9_.-]+`);

// ---------------------------------------------------------------- helpers

/** A fresh address for this test only; `label` keeps failures readable. */
function uniqueEmail(label: string, domain = "example.org"): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@${domain}`;
}

/** A name nobody else in the run uses, so its presence or absence on a page means something. */
function uniqueName(first: string): string {
  return `${first} Test${Math.random().toString(36).slice(2, 8)}`;
}

interface Signer {
  name: string;
  email: string;
  /** The country's English name as the select shows it. */
  country: string;
  lawEnforcement?: "Yes" | "No";
  agency?: string;
  role?: string;
  showName?: boolean;
  updates?: boolean;
}

/** Fills the signing form found inside `scope` (a page, or a frame of the embed widget). */
async function fillSignForm(scope: Page | Locator | ReturnType<Page["frameLocator"]>, signer: Partial<Signer>) {
  if (signer.name !== undefined) await scope.getByRole("textbox", { name: "Full name" }).fill(signer.name);
  if (signer.email !== undefined) await scope.getByRole("textbox", { name: "Email address" }).fill(signer.email);
  if (signer.country !== undefined) await scope.getByRole("combobox", { name: "Country" }).selectOption({ label: signer.country });
  if (signer.lawEnforcement) {
    await scope.getByRole("group", { name: LAW_ENFORCEMENT_QUESTION }).getByRole("radio", { name: signer.lawEnforcement }).check();
  }
  if (signer.agency !== undefined) await scope.getByRole("textbox", { name: /^Agency or service/ }).fill(signer.agency);
  if (signer.role !== undefined) await scope.getByRole("textbox", { name: /^Rank or role/ }).fill(signer.role);
  if (signer.updates) await scope.getByRole("checkbox", { name: /^Keep me updated/ }).check();
  if (signer.showName) await scope.getByRole("checkbox", { name: /^Show my name/ }).check();
}

/** Signs on the petition page and waits for the "check your email" page. */
async function signViaForm(page: Page, signer: Signer, expectedOutcome = "created") {
  await page.goto(`${PETITION_PATH}?lng=en`);
  await fillSignForm(page, { lawEnforcement: "Yes", ...signer });
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${PETITION_PATH}/signed\\?outcome=${expectedOutcome}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
}

/** Signs through the JSON API, as a partner site would. */
async function signViaApi(request: APIRequestContext, signer: { givenName: string; familyName: string; email: string; country: string }) {
  const res = await request.post(API_PATH, {
    data: {
      person: {
        given_name: signer.givenName,
        family_name: signer.familyName,
        email_addresses: [{ address: signer.email }],
        postal_addresses: [{ country: signer.country }],
      },
      custom_fields: { law_enforcement: true },
    },
  });
  expect(res.status(), await res.text()).toBe(202);
  return res;
}

interface FakeEmail {
  to: string[];
  subject?: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  idempotencyKey: string | null;
  createdAt: string;
}

/** Every email the fake Resend has accepted for `address` (compared case-insensitively), oldest first. */
async function allEmailsTo(request: APIRequestContext, address: string): Promise<FakeEmail[]> {
  const res = await request.get(`${FAKE_RESEND_URL}/_fake/emails`);
  expect(res.ok()).toBe(true);
  const all = (await res.json()) as FakeEmail[];
  return all.filter((email) => email.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

/** Confirmation emails only: confirming also sends a thank-you email, which carries no confirmation link. */
async function emailsTo(request: APIRequestContext, address: string): Promise<FakeEmail[]> {
  return (await allEmailsTo(request, address)).filter((email) => CONFIRM_LINK.test(email.text ?? ""));
}

/** Waits until `address` has received `count` emails, and returns the latest. */
async function waitForEmail(request: APIRequestContext, address: string, count = 1): Promise<FakeEmail> {
  await expect.poll(async () => (await emailsTo(request, address)).length, { message: `emails to ${address}`, timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  const emails = await emailsTo(request, address);
  expect(emails, `exactly ${count} email(s) to ${address}`).toHaveLength(count);
  return emails[count - 1]!;
}

/** The confirmation link in the latest email to `address` (waiting for the `count`-th one). */
async function confirmLinkFor(request: APIRequestContext, address: string, count = 1): Promise<string> {
  const email = await waitForEmail(request, address, count);
  const link = email.text?.match(CONFIRM_LINK)?.[0];
  expect(link, `a confirmation link in the email to ${address}`).toBeTruthy();
  return link!;
}

interface CountSnapshot {
  signatureCount: number;
  countryCount: number;
  goal: number;
  updatedAt: string;
}

async function readCount(request: APIRequestContext): Promise<CountSnapshot> {
  const res = await request.get(`${PETITION_PATH}/count.json`);
  expect(res.status()).toBe(200);
  return (await res.json()) as CountSnapshot;
}

interface OpenData {
  signatureCount: number;
  verifiedSignatures: number;
  countries: { country: string; total: number }[];
}

async function readOpenData(request: APIRequestContext): Promise<OpenData> {
  const res = await request.get(`${PETITION_PATH}.json`);
  expect(res.status()).toBe(200);
  return (await res.json()) as OpenData;
}

/** The number at the start of the counter, e.g. "1,234 signatures" → 1234. */
function parseCount(text: string): number {
  const digits = /^[\d\s.,\u00a0\u202f']+/.exec(text.trim())?.[0].replace(/\D/g, "");
  expect(digits, `a number at the start of "${text}"`).toBeTruthy();
  return Number(digits);
}

function signatureCounter(page: Page): Locator {
  return page.locator('[data-count="signatureCount"]');
}

/** Confirms through the emailed link in the browser and returns "signature number N". */
async function openConfirmLink(page: Page, link: string): Promise<number> {
  const response = await page.goto(link);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for signing");
  const status = page.getByRole("status");
  await expect(status).toContainText("Your signature is confirmed.");
  const number = /You are signature number ([\d,]+)\./.exec((await status.textContent()) ?? "")?.[1];
  expect(number, "the signature number").toBeTruthy();
  return Number(number!.replace(/,/g, ""));
}

/** Signs with the form, confirms from the email, and checks the count went up: used with and without JavaScript. */
async function signAndConfirmJourney(page: Page, request: APIRequestContext, label: string) {
  const before = await readCount(request);
  const signer: Signer = { name: uniqueName(label), email: uniqueEmail(label), country: "France", lawEnforcement: "No", updates: true };

  await signViaForm(page, signer);
  await expect(page.getByRole("status")).toContainText("Thank you! We have sent you an email.");

  const email = await waitForEmail(request, signer.email);
  const link = email.text?.match(CONFIRM_LINK)?.[0];
  expect(link, "the plain-text version carries the confirmation link").toBeTruthy();
  expect(email.subject).toContain(PETITION_TITLE);
  expect(email.subject).toMatch(/confirm/i);
  expect(email.html, "the HTML version links to the same page").toContain(`href="${link}"`);
  expect(email.text).toContain(`Hello ${signer.name}`);

  const number = await openConfirmLink(page, link!);
  expect(number).toBeGreaterThanOrEqual(before.signatureCount + 1);
  const share = page.getByRole("region", { name: "Share the petition" });
  for (const network of ["WhatsApp", "Telegram", "Facebook", "X", "Email"]) {
    await expect(share.getByRole("link", { name: network, exact: true })).toHaveAttribute("href", new RegExp(encodeURIComponent(`${APP_URL}${PETITION_PATH}`)));
  }
  const related = page.getByRole("region", { name: "Learn more" }).getByRole("link");
  expect(await related.count()).toBeGreaterThan(0);
  await expect(related.first()).toHaveAttribute("href", /^\/explainers\//);

  // Opening the link again is harmless and counts nothing twice.
  await page.goto(link!);
  await expect(page.getByRole("status")).toContainText("Your signature was already confirmed.");

  // Confirming sends one thank-you email with the share links, however often the link is opened.
  await expect.poll(async () => (await allEmailsTo(request, signer.email)).map((e) => e.subject), { timeout: 10_000 }).toContain(
    `Thank you for signing: ${PETITION_TITLE}`,
  );
  expect((await allEmailsTo(request, signer.email)).filter((e) => (e.subject ?? "").startsWith("Thank you for signing"))).toHaveLength(1);

  await page.getByRole("link", { name: "Back to the petition" }).click();
  await expect(page).toHaveURL(new RegExp(`${PETITION_PATH}$`));
  await expect
    .poll(async () => {
      await page.reload();
      return parseCount((await signatureCounter(page).textContent()) ?? "");
    }, { message: "the counter on the petition page", timeout: 10_000 })
    .toBeGreaterThanOrEqual(before.signatureCount + 1);
  expect((await readCount(request)).signatureCount).toBeGreaterThanOrEqual(before.signatureCount + 1);
}

/** Runs `action` (a click that posts the form) and returns the status of the page it lands on. */
async function postedStatus(page: Page, action: () => Promise<void>): Promise<number> {
  const response = page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document");
  await action();
  return (await response).status();
}

/**
 * Another website on its own origin (localhost on a free port, a different site from
 * 127.0.0.1), serving `html`. A real server, not page.route: Chrome's private-network
 * rules would block a "public" page from framing or fetching the loopback app.
 */
async function startPartnerSite(html: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// ---------------------------------------------------------------- tests

test.describe("signing with JavaScript", () => {
  test("sign, confirm from the email, and the count goes up", async ({ page, request }) => {
    await signAndConfirmJourney(page, request, "journey-js");
  });
});

test.describe("malformed requests to the sign form", () => {
  test("a body that is not a form, a broken multipart body or NUL in the address get a 4xx page, not a 500", async ({ request }) => {
    const headers = { origin: APP_URL };
    const asJson = await request.post(PETITION_PATH, { headers: { ...headers, "content-type": "application/json" }, data: Buffer.from('{"email":"x@example.org"}') });
    expect(asJson.status()).toBe(415);
    expect(await asJson.text()).toContain("The form could not be read");

    const broken = await request.post(PETITION_PATH, {
      headers: { ...headers, "content-type": "multipart/form-data; boundary=zz" },
      data: Buffer.from('--zz\r\nContent-Disposition: form-data; name="email"\r\n\r\nx@example.org'),
    });
    expect(broken.status()).toBe(400);
    expect(await broken.text()).toContain("Nothing was saved");

    for (const path of [`/petitions/${DEMO_PETITION}%00`, `/petitions/%00/count.json`, `/explainers/%E0%A4%A`]) {
      expect((await request.get(path)).status(), path).toBe(400);
    }
  });
});

test.describe("signing without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign, confirm from the email, and the count goes up", async ({ page, request }) => {
    await signAndConfirmJourney(page, request, "journey-nojs");
  });

  test("an empty form is refused with a message on every required field, and nothing is recorded", async ({ page, request }) => {
    await page.goto(`${PETITION_PATH}?lng=en`);
    expect(await postedStatus(page, () => page.getByRole("button", { name: "Sign", exact: true }).click())).toBe(400);
    await expect(page).toHaveURL(new RegExp(`${PETITION_PATH}(\\?|$)`));

    const name = page.getByRole("textbox", { name: "Full name" });
    const email = page.getByRole("textbox", { name: "Email address" });
    const country = page.getByRole("combobox", { name: "Country" });
    const choice = page.getByRole("group", { name: LAW_ENFORCEMENT_QUESTION });
    for (const field of [name, email, country]) {
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(/^Please fill in this field\./);
    }
    await expect(email).toHaveAccessibleDescription("Please fill in this field. We send you a link to confirm your signature.");
    await expect(choice).toHaveAccessibleDescription("Please fill in this field.");
    await expect(page.locator(".field-error")).toHaveCount(4);
    // The optional fields carry no error.
    await expect(page.getByRole("textbox", { name: /^Agency or service/ })).not.toHaveAttribute("aria-invalid", "true");

    // Fix some fields only: the rest are still flagged and what was typed is kept.
    const signer: Signer = { name: uniqueName("validation"), email: uniqueEmail("validation"), country: "Kenya" };
    await fillSignForm(page, { name: signer.name, email: signer.email });
    expect(await postedStatus(page, () => page.getByRole("button", { name: "Sign", exact: true }).click())).toBe(400);
    await expect(name).toHaveValue(signer.name);
    await expect(email).toHaveValue(signer.email);
    await expect(name).not.toHaveAttribute("aria-invalid", "true");
    await expect(country).toHaveAccessibleDescription("Please fill in this field.");
    await expect(choice).toHaveAccessibleDescription("Please fill in this field.");
    await expect(page.locator(".field-error")).toHaveCount(2);

    // Neither refused post stored anything: signing now is a first signature, with one email.
    await fillSignForm(page, { country: signer.country, lawEnforcement: "No" });
    await page.getByRole("button", { name: "Sign", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${PETITION_PATH}/signed\\?outcome=created$`));
    await waitForEmail(request, signer.email, 1);
  });

  test("the error summary is shown above a refused form", async ({ page }) => {
    await page.goto(`${PETITION_PATH}?lng=en`);
    expect(await postedStatus(page, () => page.getByRole("button", { name: "Sign", exact: true }).click())).toBe(400);
    await expect(page.getByRole("alert")).toHaveText("Please correct the highlighted fields.", { timeout: 2_000 });
  });
});

test("with JavaScript, an invalid email address is refused with a message", async ({ page, request }) => {
  // The petition page does not hydrate, so the server validates whether or not scripts run.
  const address = `not-an-email-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto(`${PETITION_PATH}?lng=en`);
  await fillSignForm(page, { name: uniqueName("bad-email"), email: address, country: "Brazil", lawEnforcement: "Yes" });
  expect(await postedStatus(page, () => page.getByRole("button", { name: "Sign", exact: true }).click())).toBe(400);
  const email = page.getByRole("textbox", { name: "Email address" });
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/^Please enter a valid email address\./);
  await expect(page.locator(".field-error")).toHaveCount(1);
  await expect(page.getByRole("textbox", { name: "Full name" })).not.toHaveAttribute("aria-invalid", "true");
  expect(await emailsTo(request, address)).toHaveLength(0);
});

test("signing twice with a variant of the same address re-sends the link instead of counting twice", async ({ page, request }) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const first = `Dup.${id}+petition@Example.org`;
  const second = `dup.${id}@example.org`;
  const name = uniqueName("dup");

  await signViaForm(page, { name, email: first, country: "Canada" });
  const firstLink = await confirmLinkFor(request, first, 1);

  await signViaForm(page, { name, email: second, country: "Canada" }, "resent");
  await expect(page.getByRole("status")).toContainText("You have already signed this petition. We have sent the confirmation link again");
  // The link goes again to the address as first typed, with a new token that replaces the old one.
  const secondLink = await confirmLinkFor(request, first, 2);
  expect(secondLink).not.toBe(firstLink);
  expect(await emailsTo(request, second), "nothing is sent to the second spelling").toHaveLength(0);

  const stale = await page.goto(firstLink);
  expect(stale?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
  await openConfirmLink(page, secondLink);

  await signViaForm(page, { name, email: second.toUpperCase(), country: "Canada" }, "already-confirmed");
  await expect(page.getByRole("status")).toHaveText("You have already signed and confirmed this petition. Thank you!");
  expect(await emailsTo(request, first), "no third email once confirmed").toHaveLength(2);
});

test.describe("who signed", () => {
  test("a signer who shows their name is listed with their details; one who does not never appears", async ({ page, request }) => {
    const shown: Signer = {
      name: uniqueName("Shown"),
      email: uniqueEmail("wall-shown"),
      country: "Kenya",
      agency: `Customs ${Math.random().toString(36).slice(2, 6)}`,
      role: "Inspector",
      showName: true,
    };
    const hidden: Signer = { name: uniqueName("Hidden"), email: uniqueEmail("wall-hidden"), country: "Kenya", agency: "Hidden agency", showName: false };

    await signViaForm(page, shown);
    await openConfirmLink(page, await confirmLinkFor(request, shown.email));
    await signViaForm(page, hidden);
    await openConfirmLink(page, await confirmLinkFor(request, hidden.email));

    await page.goto(`${PETITION_PATH}?lng=en`);
    const wall = page.getByRole("region", { name: "Who signed" });
    const entry = wall.getByRole("listitem").filter({ hasText: shown.name });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(`${shown.agency} · Inspector · Kenya`);
    await expect(entry).not.toContainText("verified");
    await expect(wall).not.toContainText("No public names yet.");

    const html = await page.content();
    expect(html).not.toContain(hidden.name);
    expect(html).not.toContain(hidden.email);
    expect(html).not.toContain(shown.email);
    expect(html).not.toContain("Hidden agency");
  });

  test("a signer from the verified domain is marked verified and counted as such", async ({ page, request }) => {
    const before = await readOpenData(request);
    const officer: Signer = { name: uniqueName("Officer"), email: uniqueEmail("officer", "police.example"), country: "Ghana", showName: true };

    await signViaForm(page, officer);
    await openConfirmLink(page, await confirmLinkFor(request, officer.email));
    await expect.poll(async () => (await readOpenData(request)).verifiedSignatures, { timeout: 10_000 }).toBeGreaterThanOrEqual(before.verifiedSignatures + 1);

    await page.goto(`${PETITION_PATH}?lng=en`);
    const entry = page.getByRole("region", { name: "Who signed" }).getByRole("listitem").filter({ hasText: officer.name });
    await expect(entry).toContainText("✓ verified");
    await expect(entry).toContainText("Ghana");
    const verifiedCount = page.locator(".verified-count");
    await expect(verifiedCount).toContainText(/\d+ verified signatures?/);
    await expect(verifiedCount).toContainText("police.example");
    expect(parseCount((await verifiedCount.innerText()).replace(/^\W+/, ""))).toBeGreaterThanOrEqual(before.verifiedSignatures + 1);
  });
});

test("the map, the chart and the country table show a confirmed signer's country", async ({ page, request }) => {
  // Senegal is used by this test only, so its row is this signer's doing.
  const senegal = () => readOpenData(request).then((d) => d.countries.find((c) => c.country === "SN")?.total ?? 0);
  const before = await senegal();
  const signer: Signer = { name: uniqueName("Map"), email: uniqueEmail("map"), country: "Senegal" };

  await signViaForm(page, signer);
  await openConfirmLink(page, await confirmLinkFor(request, signer.email));
  await expect.poll(senegal, { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 1);

  await page.goto(`${PETITION_PATH}?lng=en`);
  const where = page.getByRole("region", { name: "Where signers are from" });
  const map = where.getByRole("img", { name: "Map of signatures by country" });
  await expect(map).toBeVisible();
  expect(await map.evaluate((svg) => svg.tagName.toLowerCase())).toBe("svg");
  expect(await map.locator("path").count()).toBeGreaterThan(100);
  // Senegal is shaded (bucket > 0) and names itself with its total.
  const shaded = map.locator("path:not(.map-b0)", { has: page.locator("title", { hasText: /^Senegal: \d+$/ }) });
  await expect(shaded).toHaveCount(1);

  const row = where.getByRole("row").filter({ has: page.getByRole("cell", { name: "Senegal", exact: true }) });
  await expect(row).toHaveCount(1);
  expect(parseCount(await row.getByRole("cell").nth(1).innerText())).toBeGreaterThanOrEqual(before + 1);

  // Once there are signatures the chart draws the cumulative line up to now, even within the first hour.
  const hours = (await (await request.get(`${PETITION_PATH}.json`)).json()).hourly as unknown[];
  expect(hours.length).toBeGreaterThanOrEqual(1);
  const chart = page.getByRole("region", { name: "Signatures over time" }).getByRole("img", { name: "Signatures over time" });
  await expect(chart).toBeVisible();
  await expect(chart.locator("path.ts-line")).toHaveCount(1);
  await expect(chart).not.toContainText("The chart appears once signatures arrive.");
});

// Axe is slow on the petition page (the map has hundreds of paths): a few pages per test.
test.describe("accessibility of the signing journey", () => {
  test("the petition page passes axe", async ({ page }) => {
    await page.goto(`${PETITION_PATH}?lng=en`);
    await expectNoSeriousA11yViolations(page);
  });

  test("the petition page showing validation errors passes axe", async ({ page }) => {
    await page.goto(`${PETITION_PATH}?lng=en`);
    expect(await postedStatus(page, () => page.getByRole("button", { name: "Sign", exact: true }).click())).toBe(400);
    await expect(page.locator(".field-error")).toHaveCount(4);
    await expectNoSeriousA11yViolations(page);
  });

  test("the check-your-email and thank-you pages pass axe", async ({ page, request }) => {
    const signer: Signer = { name: uniqueName("Axe"), email: uniqueEmail("axe"), country: "India" };
    await signViaForm(page, signer);
    await expectNoSeriousA11yViolations(page);

    await openConfirmLink(page, await confirmLinkFor(request, signer.email));
    await expectNoSeriousA11yViolations(page);
  });

  test("the embed page passes axe", async ({ page }) => {
    await page.goto(`/embed${PETITION_PATH}?lng=en`);
    await expect(page.getByRole("button", { name: "Sign", exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("embedding", () => {
  test("the embed page is bare, frameable, and has the counter and the form", async ({ page, request }) => {
    const embed = await request.get(`/embed${PETITION_PATH}`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    const petition = await request.get(PETITION_PATH);
    expect(petition.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(petition.headers()["x-frame-options"]).toBe("DENY");

    await page.goto(`/embed${PETITION_PATH}?lng=en`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PETITION_TITLE);
    await expect(page.getByRole("navigation", { name: "Main menu" })).toHaveCount(0);
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByRole("contentinfo")).toHaveCount(0);
    await expect(signatureCounter(page)).toHaveText(/^[\d,]+ signatures?$/);
    await expect(page.getByRole("textbox", { name: "Email address" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign", exact: true })).toBeVisible();

    await page.goto(`${PETITION_PATH}?lng=en`);
    await expect(page.getByRole("textbox", { name: "Embed code" })).toHaveValue(
      new RegExp(`^<iframe src="${APP_URL.replace(/[.:/]/g, "\\$&")}/embed/petitions/${DEMO_PETITION}"`),
    );
  });

  test("signing inside an iframe on another site works", async ({ page, request }) => {
    const partner = await startPartnerSite(
      `<!doctype html><html lang="en"><title>Partner</title><h1>Our campaign</h1>
        <iframe src="${APP_URL}/embed${PETITION_PATH}?lng=en" title="${PETITION_TITLE}" width="480" height="1400"></iframe>`,
    );
    const signer: Signer = { name: uniqueName("Embed"), email: uniqueEmail("embed"), country: "Mexico", lawEnforcement: "Yes" };
    try {
      await page.goto(`${partner.origin}/campaign`);
      const frame = page.frameLocator("iframe");
      await expect(frame.getByRole("heading", { level: 1 })).toHaveText(PETITION_TITLE);

      await fillSignForm(frame, signer);
      await frame.getByRole("button", { name: "Sign", exact: true }).click();
      await expect(frame.getByRole("status")).toContainText("Thank you! We have sent you an email.");
      await expect(frame.getByRole("button", { name: "Sign", exact: true })).toHaveCount(0);
      await expect(page).toHaveURL(`${partner.origin}/campaign`);
    } finally {
      await partner.close();
    }

    const link = await confirmLinkFor(request, signer.email);
    await openConfirmLink(page, link);
  });
});

test.describe("JSON API", () => {
  test("records a pending signature and explains what is wrong with a bad one", async ({ request }) => {
    const address = uniqueEmail("api");
    const res = await signViaApi(request, { givenName: "Api", familyName: "Signer", email: address, country: "FR" });
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    expect(body).toMatchObject({ status: "pending", outcome: "created", petition: { slug: DEMO_PETITION, title: PETITION_TITLE } });
    expect(body.identifiers).toHaveLength(1);
    await confirmLinkFor(request, address);

    const person = { given_name: "Api", family_name: "Invalid", postal_addresses: [{ country: "FR" }] };
    // An address object without `address`: caught by the body's shape. Keys use one format, `a.b[0].c`, at every stage.
    const missing = await request.post(API_PATH, { data: { person: { ...person, email_addresses: [{}] }, custom_fields: { law_enforcement: true } } });
    expect(missing.status()).toBe(422);
    const missingBody = await missing.json();
    expect(missingBody.error).toBe("validation_failed");
    expect(Object.keys(missingBody.fields)).toEqual(["person.email_addresses[0].address"]);

    // A blank address and an unknown country: caught by the form's rules, translated.
    const bad = await request.post(API_PATH, {
      data: { person: { ...person, email_addresses: [{ address: "" }], postal_addresses: [{ country: "ZZ" }] }, custom_fields: { law_enforcement: true } },
    });
    expect(bad.status()).toBe(422);
    const badBody = await bad.json();
    expect(badBody.fields).toEqual({
      "person.email_addresses[0].address": "Please enter a valid email address.",
      "person.postal_addresses[0].country": "Please choose a country from the list.",
    });

    // The required custom question is reported under custom_fields.
    const noAnswer = await request.post(API_PATH, { data: { person: { ...person, email_addresses: [{ address: uniqueEmail("api-noanswer") }] } } });
    expect(noAnswer.status()).toBe(422);
    expect(Object.keys((await noAnswer.json()).fields)).toEqual(["custom_fields.law_enforcement"]);

    const notJson = await request.post(API_PATH, { headers: { "content-type": "text/plain" }, data: "name=x" });
    expect(notJson.status()).toBe(415);
    const brokenJson = await request.post(API_PATH, { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(brokenJson.status()).toBe(400);
    expect((await brokenJson.json()).error).toBe("invalid_json");
  });

  test("other origins may call it: preflight, and a real cross-origin fetch", async ({ page, request }) => {
    const preflight = await request.fetch(API_PATH, {
      method: "OPTIONS",
      headers: { origin: "https://campaign.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("POST");
    expect(preflight.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("content-type");

    // A browser on another site can read the API's answer (a validation error, so nothing is signed).
    const partner = await startPartnerSite("<!doctype html><title>Partner</title>");
    try {
      await page.goto(`${partner.origin}/`);
      const answer = await page.evaluate(async (url) => {
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ person: { email_addresses: [] } }) });
        return { status: res.status, body: await res.json() };
      }, `${APP_URL}${API_PATH}`);
      expect(answer.status).toBe(422);
      expect(answer.body.fields).toHaveProperty(["person.email_addresses"]);
    } finally {
      await partner.close();
    }
  });
});

test("open data and count.json carry totals, no personal data, and cache headers", async ({ request }) => {
  const address = uniqueEmail("opendata");
  const before = await readCount(request);
  await signViaApi(request, { givenName: "Open", familyName: "Data", email: address, country: "DE" });
  const confirm = await request.get(await confirmLinkFor(request, address));
  expect(confirm.status()).toBe(200);
  await expect.poll(async () => (await readCount(request)).signatureCount, { timeout: 10_000 }).toBeGreaterThanOrEqual(before.signatureCount + 1);
  // Other tests sign at the same time: wait for this signer's own country to be folded in.
  await expect
    .poll(async () => ((await (await request.get(`${PETITION_PATH}.json`)).json()) as { countries: { country: string }[] }).countries.map((c) => c.country), {
      timeout: 10_000,
    })
    .toContain("DE");

  const json = await request.get(`${PETITION_PATH}.json`);
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toContain("application/json");
  const jsonText = await json.text();
  const data = JSON.parse(jsonText);
  expect(data.petition).toMatchObject({ slug: DEMO_PETITION, title: PETITION_TITLE });
  expect(data.signatureCount).toBeGreaterThanOrEqual(before.signatureCount + 1);
  expect(data.countries).toContainEqual({ country: "DE", total: expect.any(Number) });
  expect(jsonText).not.toContain("@");
  expect(jsonText).not.toContain("Open Data");

  const csv = await request.get(`${PETITION_PATH}.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const csvText = await csv.text();
  const lines = csvText.trim().split(/\r\n/);
  expect(lines[0]).toBe("kind,key,signatures");
  const total = lines.find((line) => line.startsWith("total,"));
  expect(Number(total?.split(",")[2])).toBeGreaterThanOrEqual(data.signatureCount);
  expect(lines).toContainEqual(expect.stringMatching(/^country,DE,\d+$/));
  expect(csvText).not.toContain("@");

  const count = await request.get(`${PETITION_PATH}/count.json`);
  const cacheControl = count.headers()["cache-control"] ?? "";
  expect(cacheControl).toMatch(/(^|[ ,])max-age=\d+/);
  expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
  expect(cacheControl).toMatch(/stale-if-error=\d+/);
  const snapshot = (await count.json()) as CountSnapshot;
  expect(Object.keys(snapshot).sort()).toEqual(["countryCount", "goal", "signatureCount", "updatedAt"]);
  expect(snapshot.signatureCount).toBeLessThanOrEqual(snapshot.goal);
});

test("with JavaScript, an open petition page's counter updates by itself", async ({ page, request }) => {
  await page.goto(`${PETITION_PATH}?lng=en`);
  const counter = signatureCounter(page);
  // counter.js refreshes once on load; wait for it so the baseline is what count.json says.
  await expect(counter).toHaveAttribute("data-value", /^\d+$/);
  const before = parseCount((await counter.textContent()) ?? "");
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  const address = uniqueEmail("live-counter");
  await signViaApi(request, { givenName: "Live", familyName: "Counter", email: address, country: "PT" });
  const confirm = await request.get(await confirmLinkFor(request, address));
  expect(confirm.status()).toBe(200);
  expect(await confirm.text()).toContain("Thank you for signing");

  await expect
    .poll(
      async () => {
        // What counter.js does when the tab becomes visible again; it also polls on its own every 10 s.
        await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
        return parseCount((await counter.textContent()) ?? "");
      },
      { message: "the number on the open page", timeout: 20_000, intervals: [1_000] },
    )
    .toBeGreaterThan(before);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere), "the page was not reloaded").toBe(true);
  await expect(counter).toHaveAttribute("data-value", String(parseCount((await counter.textContent()) ?? "")));
});

test("with JavaScript, the refreshed counter keeps singular and plural right", async ({ page, request }) => {
  const current = (await readCount(request)).signatureCount;
  const shown = current === 1 ? 2 : 1;
  await page.route(`**${PETITION_PATH}/count.json`, (route) =>
    route.fulfill({ json: { signatureCount: shown, countryCount: 1, goal: 100, updatedAt: new Date().toISOString() } }),
  );
  await page.goto(`${PETITION_PATH}?lng=en`);
  const counter = signatureCounter(page);
  await expect(counter, "counter.js has refreshed from count.json").toHaveAttribute("data-value", String(shown));
  await expect(counter).toHaveText(shown === 1 ? "1 signature" : "2 signatures", { timeout: 2_000 });
});

// The organiser's petition dashboard end to end, as the seeded admin (owner of
// the demo organisation): figures, the signatures list, the review queue with a
// bulk decision, the CSV export and the printable delivery pack. Every page is
// checked with axe, and everything runs without JavaScript (the pages ship none).
import fs from "node:fs/promises";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PETITION, expectNoSeriousA11yViolations } from "./helpers";

const ADMIN_EMAIL = "admin@example.org";
const ADMIN_PASSWORD = process.env.SEED_ADMIN_PASSWORD ?? "e2e admin password";
const API_PATH = `/api/v1/petitions/${DEMO_PETITION}/signatures`;
const DEMO_ORG = "demo-harm-reduction-network";
const APP_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;

// Sign-in is rate-limited per account (5 in 15 minutes): each worker signs in once and every test reuses the session.
const test = base.extend<object, { adminState: Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>> }>({
  adminState: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: APP_URL });
      const page = await context.newPage();
      await logIn(page);
      const state = await context.storageState();
      await context.close();
      await use(state);
    },
    { scope: "worker" },
  ],
  storageState: async ({ adminState }, use) => {
    await use(adminState);
  },
});

function unique(label: string): string {
  return `${label}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Signs the demo petition through the public API; throwaway domains are held for review. */
async function sign(request: APIRequestContext, givenName: string, familyName: string, email: string, country = "SN") {
  const res = await request.post(API_PATH, {
    data: {
      person: { given_name: givenName, family_name: familyName, email_addresses: [{ address: email }], postal_addresses: [{ country }] },
      custom_fields: { law_enforcement: true },
    },
  });
  expect(res.status(), await res.text()).toBe(202);
}

async function logIn(page: Page) {
  await page.goto("/login?lng=en");
  await page.getByRole("textbox", { name: "Email address" }).fill(ADMIN_EMAIL);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Opens the demo petition's dashboard by its public slug and returns its id. */
async function openDashboard(page: Page, lng = "en"): Promise<string> {
  await page.goto(`/dashboard/petitions/${DEMO_PETITION}/stats?lng=${lng}`);
  await expect(page).toHaveURL(/\/dashboard\/petitions\/[0-9a-f-]{36}\/stats$/);
  return /petitions\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
}

for (const lng of ["en", "fr"]) {
  test(`the dashboard pages render without scripts and pass axe (${lng})`, async ({ page, request }) => {
    test.setTimeout(180_000);
    await sign(request, "Axe", unique("Check"), `${unique("axe")}@example.org`, "UA");
    await sign(request, "Held", unique("Axe"), `${unique("held")}@mailinator.com`, "FR");
    const id = await openDashboard(page, lng);
    const base = `/dashboard/petitions/${id}`;
    const en = lng === "en";
    const pages: [string, string][] = [
      [`${base}/stats`, en ? "Overview" : "Vue d’ensemble"],
      [`${base}/signatures`, "Signatures"],
      [`${base}/signatures?q=Check&state=pending`, "Signatures"],
      [`${base}/review`, en ? "Review queue" : "Signatures à examiner"],
      [`${base}/review/bulk?decision=invalidate&domain=mailinator.com&states=flagged`, en ? "Confirm a bulk decision" : "Confirmer une décision en lot"],
      [`${base}/review/bulk?decision=invalidate&states=flagged&domain=not+a+domain`, en ? "Confirm a bulk decision" : "Confirmer une décision en lot"],
      [`${base}/delivery-pack`, en ? "Delivery pack" : "Dossier de remise"],
      [`/dashboard/orgs/${DEMO_ORG}/audit`, en ? "Audit log" : "Journal d’audit"],
    ];
    for (const [path, heading] of pages) {
      const response = await page.goto(`${path}${path.includes("?") ? "&" : "?"}lng=${lng}`);
      expect(response?.status(), path).toBe(path.includes("not+a+domain") ? 400 : 200);
      await expect(page.locator("html")).toHaveAttribute("lang", lng);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      expect(await page.locator("script").count(), `scripts on ${path}`).toBe(0);
      await expectNoSeriousA11yViolations(page);
    }
    // A signature's own page, reached from the list.
    await page.goto(`${base}/signatures?q=Check&lng=${lng}`);
    await page.getByRole("link", { name: /^Axe Check/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en ? /^Signature of Axe Check/ : /^Signature de Axe Check/);
    await expectNoSeriousA11yViolations(page);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

test("figures and the signatures list show new signatures; search finds them by name and country", async ({ page, request }) => {
  const family = unique("Listed");
  await sign(request, "Olena", family, `${unique("olena")}@example.org`, "UA");
  const id = await openDashboard(page);
  await expect(page.getByRole("region", { name: "Signatures by state" }).getByRole("row", { name: /^Pending \d+/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Top sources" })).toBeVisible();
  await page.goto(`/dashboard/petitions/${id}/signatures?lng=en`);
  await page.getByRole("searchbox", { name: "Search" }).fill(family);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${family}`));
  const table = page.getByRole("table", { name: "Signatures, newest first" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText(`Olena ${family}`);
  await expect(table).toContainText("Ukraine");
  await expect(table).toContainText("Pending");

  await page.goto(`/dashboard/petitions/${id}/signatures?lng=en&q=Ukraine&state=pending`);
  await expect(page.getByRole("table", { name: "Signatures, newest first" })).toContainText(`Olena ${family}`);
  await page.goto(`/dashboard/petitions/${id}/signatures?lng=en&q=${family}&state=confirmed`);
  await expect(page.getByText("No signatures match.")).toBeVisible();
});

test("review queue: accept one, then invalidate a domain in bulk after seeing the count", async ({ page, request }) => {
  const keep = unique("Keep");
  const spam = unique("Spam");
  await sign(request, "Genuine", keep, `${unique("genuine")}@yopmail.net`, "SN");
  for (let i = 0; i < 3; i++) await sign(request, `Bot${i}`, spam, `${unique("bot")}@yopmail.fr`, "FR");
  const id = await openDashboard(page);
  await page.goto(`/dashboard/petitions/${id}/review?lng=en`);
  const queue = page.getByRole("table", { name: "Held signatures, newest first" });
  await expect(queue).toContainText(`Genuine ${keep}`);
  await expect(queue).toContainText("Throwaway email address");

  await page.getByRole("button", { name: `Accept the signature of Genuine ${keep}` }).click();
  await expect(page.getByRole("status")).toHaveText("Signature accepted.");
  await expect(page.getByRole("table", { name: "Held signatures, newest first" })).not.toContainText(`Genuine ${keep}`);

  // The busiest domain is offered as a group; the form does the same by hand.
  await page.getByRole("textbox", { name: "Email domain" }).fill("yopmail.fr");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page).toHaveURL(/\/review\/bulk\?/);
  await expect(page.getByRole("status")).toHaveText("This will invalidate 3 signatures.");
  await page.getByRole("button", { name: "Invalidate them" }).click();
  await expect(page).toHaveURL(/\/review\?done=invalidate&changed=3$/);
  await expect(page.getByRole("status")).toHaveText("Invalidated 3 signatures.");
  await expect(page.getByRole("table", { name: "Held signatures, newest first" })).not.toContainText(spam);

  // Nothing matches any more: the preview says so and offers no button.
  await page.goto(`/dashboard/petitions/${id}/review/bulk?decision=invalidate&domain=yopmail.fr&states=flagged&lng=en`);
  await expect(page.getByRole("status")).toHaveText("No signature matches these criteria: nothing would change.");
  await expect(page.getByRole("button", { name: "Invalidate them" })).toHaveCount(0);

  // A form without any criterion is refused with a message, and nothing changes.
  await page.goto(`/dashboard/petitions/${id}/review?lng=en`);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("alert")).toHaveText("Choose at least one of: an IP address, an email domain, a time range.");

  // Both decisions are on record.
  await page.goto(`/dashboard/orgs/${DEMO_ORG}/audit?lng=en`);
  const log = page.getByRole("table", { name: "Audit log entries" });
  await expect(log).toContainText("signatures.bulk-invalidate");
  await expect(log).toContainText("signature.accept");
  await expect(log).toContainText('"changed": 3');
});

test("the CSV export downloads with a BOM, formulas neutralised, and is recorded", async ({ page, request }) => {
  const family = unique("Export");
  await sign(request, "=HYPERLINK(1)", family, `${unique("csv")}@example.org`, "UA");
  const id = await openDashboard(page);
  await page.goto(`/dashboard/petitions/${id}/signatures?lng=en`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download every signature as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${DEMO_PETITION}-signatures-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const bytes = await fs.readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").slice(1);
  expect(text.split("\r\n")[0]).toMatch(/^name,email,country,postcode,.*,state,verified,updates_opt_in,show_name,source,utm_source,/);
  expect(text).toContain(`'=HYPERLINK(1) ${family},`);
  await page.goto(`/dashboard/orgs/${DEMO_ORG}/audit?lng=en`);
  await expect(page.getByRole("table", { name: "Audit log entries" })).toContainText("signatures.export");
});

test("the delivery pack prints the petition, the totals and the signatories who agreed to be named", async ({ page, request }) => {
  // One signer shows their name, one does not; both confirm through the emailed link.
  const shown = unique("Shown");
  const hidden = unique("Hidden");
  for (const [family, showName] of [
    [shown, true],
    [hidden, false],
  ] as const) {
    const email = `${unique("pack")}@example.org`;
    await page.goto(`/petitions/${DEMO_PETITION}?lng=en`);
    await page.getByRole("textbox", { name: "Full name" }).fill(`Pack ${family}`);
    await page.getByRole("textbox", { name: "Email address" }).fill(email);
    await page.getByRole("combobox", { name: "Country" }).selectOption({ label: "Kenya" });
    await page.getByRole("group", { name: "Do you serve, or have you served, in law enforcement?" }).getByRole("radio", { name: "Yes" }).check();
    await page.getByRole("textbox", { name: /^Agency or service/ }).fill("Nairobi County Police");
    if (showName) await page.getByRole("checkbox", { name: /^Show my name/ }).check();
    await page.getByRole("button", { name: "Sign" }).click();
    await expect(page).toHaveURL(/\/signed/);
    await page.goto(await confirmLinkFor(request, email));
  }

  const id = await openDashboard(page);
  await page.goto(`/dashboard/petitions/${id}/delivery-pack?lng=en`);
  await expect(page.getByRole("heading", { level: 2, name: "Police officers for harm reduction" })).toBeVisible();
  const names = page.getByRole("region", { name: "Signatories who agreed to be named" });
  await expect(names).toContainText(`Pack ${shown}`);
  await expect(names).toContainText("Kenya");
  await expect(names).toContainText("Nairobi County Police");
  await expect(page.locator("body")).not.toContainText(hidden);
  await expect(page.getByRole("region", { name: "Signatures by country" })).toContainText("Kenya");

  await page.emulateMedia({ media: "print" });
  // Menus, the site header and the printing hint are left out of the printout; the content stays.
  await expect(page.getByRole("navigation", { name: "Petition" })).toBeHidden();
  await expect(page.getByText(/Save as PDF/)).toBeHidden();
  await expect(names).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});

});

const FAKE_RESEND_URL = `http://127.0.0.1:${Number(process.env.FAKE_RESEND_PORT ?? 3211)}`;

/** The confirmation link in the email the fake Resend received for `address`. */
async function confirmLinkFor(request: APIRequestContext, address: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(`${FAKE_RESEND_URL}/_fake/emails`);
        const emails = (await res.json()) as { to: string[]; text?: string }[];
        const email = emails.find((e) => e.to.some((to) => to.toLowerCase() === address.toLowerCase()));
        link = email?.text?.match(/https?:\/\/\S+\/confirm\/[A-Za-z0-9_.-]+/)?.[0];
        return Boolean(link);
      },
      { message: `a confirmation email to ${address}`, timeout: 15_000 },
    )
    .toBe(true);
  return new URL(link!).pathname;
}

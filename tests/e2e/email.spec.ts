// Supporter email end to end: two supporters sign and confirm (the confirmation goes
// through the batch pipeline to the fake Resend), the organiser composes an update
// for them, sees the exact count and sends it; the fake receives it with RFC 8058
// headers; one recipient unsubscribes on the page, the other with a one-click POST.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PETITION, expectNoSeriousA11yViolations } from "./helpers";

const APP_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;
const FAKE_RESEND_URL = `http://127.0.0.1:${Number(process.env.FAKE_RESEND_PORT ?? 3211)}`;
const PETITION_TITLE = "Police officers for harm reduction";
const LAW_ENFORCEMENT_QUESTION = "Do you serve, or have you served, in law enforcement?";

interface FakeEmail {
  id: string;
  to: string[];
  subject?: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
}

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const alice = `alice-${run}@example.org`;
const bruno = `bruno-${run}@example.org`;
const subject = `News for our supporters ${run}`;

async function emails(request: APIRequestContext): Promise<FakeEmail[]> {
  const res = await request.get(`${FAKE_RESEND_URL}/_fake/emails`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as FakeEmail[];
}

async function waitForEmail(request: APIRequestContext, match: (e: FakeEmail) => boolean, what: string): Promise<FakeEmail> {
  let found: FakeEmail | undefined;
  await expect.poll(async () => (found = (await emails(request)).find(match)), { message: `waiting for ${what}`, timeout: 20_000 }).toBeTruthy();
  return found!;
}

/** Signs the demo petition from Iceland, asking for updates, and confirms from the email. */
async function signForUpdates(page: Page, request: APIRequestContext, email: string, name: string) {
  await page.goto(`/petitions/${DEMO_PETITION}?lng=en`);
  await page.getByRole("textbox", { name: "Full name" }).fill(name);
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByRole("combobox", { name: "Country" }).selectOption({ label: "Iceland" });
  await page.getByRole("group", { name: LAW_ENFORCEMENT_QUESTION }).getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("checkbox", { name: /^Keep me updated/ }).check();
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const confirmation = await waitForEmail(request, (e) => e.to.includes(email) && /confirm/i.test(e.subject ?? ""), `the confirmation to ${email}`);
  const link = /https?:\/\/\S+\/confirm\/[A-Za-z0-9_.-]+/.exec(confirmation.text ?? "")![0];
  await page.goto(link);
  await expect(page.getByRole("status")).toContainText("Your signature is confirmed.");
}

/**
 * axe on the compose page, leaving out the preview frame: it holds the email itself, sandboxed
 * with scripts off (axe cannot run inside it, and an email is not one of our pages).
 */
async function expectComposePageAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .exclude("iframe.email-frame")
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  await expect(page.locator("iframe.email-frame")).toHaveAttribute("title", /Preview of the email/);
}

async function login(page: Page) {
  await page.goto("/login?lng=en");
  await page.getByRole("textbox", { name: "Email address" }).fill("admin@example.org");
  await page.getByLabel("Password").fill("e2e admin password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

test("an organiser writes to consenting supporters, who can unsubscribe", async ({ page, request }) => {
  test.setTimeout(120_000);
  await signForUpdates(page, request, alice, "Alice Test");
  await signForUpdates(page, request, bruno, "Bruno Test");

  // Compose, for this petition's supporters in Iceland only: exactly our two signers.
  await login(page);
  await page.goto("/dashboard/email?lng=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Supporter email");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Send to the supporters of").selectOption({ label: `Petition “${PETITION_TITLE}”` });
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write to supporters");
  await page.getByRole("textbox", { name: "Subject" }).fill(subject);
  await page.getByRole("textbox", { name: "Message" }).fill("We met the minister.\n\n- naloxone in patrol cars\n- a working group");
  await page.getByRole("checkbox", { name: /^Iceland \(\d+\)$/ }).check();
  await page.getByRole("button", { name: "Save and preview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByText("This email will go to 2 people.")).toBeVisible();
  await expect(page.frameLocator("iframe.email-frame").getByText("naloxone in patrol cars")).toBeVisible();
  await expectComposePageAccessible(page);

  await page.getByRole("button", { name: "Send now to 2 people" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(page.getByText("The message is on its way.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The page refreshes itself (meta refresh, no JavaScript) until the send is done.
  await expect(page.getByRole("row", { name: /^Sent 2$/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("2 of 2 processed")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // What the provider received: one message each, with one-click unsubscribe headers.
  const toAlice = await waitForEmail(request, (e) => e.subject === subject && e.to.includes(alice), "the update to Alice");
  const toBruno = await waitForEmail(request, (e) => e.subject === subject && e.to.includes(bruno), "the update to Bruno");
  expect((await emails(request)).filter((e) => e.subject === subject)).toHaveLength(2);
  const unsubscribeHeader = new RegExp(`^<${APP_URL.replace(/[.:/]/g, "\\$&")}/unsubscribe/[0-9a-f-]{36}\\.[A-Za-z0-9_-]{32}/one-click>$`);
  for (const email of [toAlice, toBruno]) {
    expect(email.headers?.["List-Unsubscribe"]).toMatch(unsubscribeHeader);
    expect(email.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  }
  expect(toAlice.headers!["List-Unsubscribe"]).not.toBe(toBruno.headers!["List-Unsubscribe"]);

  // Alice opens the link: a page with choices (opening it changes nothing), then she chooses.
  const aliceLink = toAlice.headers!["List-Unsubscribe"]!.slice(1, -1);
  await page.goto(aliceLink);
  await expect(page).toHaveURL(new RegExp(`${aliceLink.replace("/one-click", "").replace(/[.:/?]/g, "\\$&")}$`));
  await page.goto(`${page.url()}?lng=en`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unsubscribe");
  await expect(page.getByRole("link", { name: "Choose campaign by campaign" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: /^Unsubscribe from “/ }).click();
  await expect(page.getByRole("status")).toContainText("You are unsubscribed from");
  await expect(page.getByText("You are not subscribed to this campaign’s updates.")).toBeVisible();

  // Bruno's mail client unsubscribes in one POST, from its own origin, and gets no page.
  const brunoLink = toBruno.headers!["List-Unsubscribe"]!.slice(1, -1);
  const oneClick = await request.post(brunoLink, {
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.com" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(oneClick.status()).toBe(200);
  expect(oneClick.headers()["content-type"]).toMatch(/^text\/plain/);
  const brunoPage = brunoLink.replace(/\/one-click$/, "");
  await page.goto(`${brunoPage}?lng=en`);
  await expect(page.getByText("You are not subscribed to this campaign’s updates.")).toBeVisible();

  // A tampered link is refused clearly.
  const tampered = await page.goto(`${brunoPage.slice(0, -3)}xyz?lng=en`);
  expect(tampered!.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");

  // Nobody is left in that audience: a new draft counts zero.
  await page.goto("/dashboard/email?lng=en");
  await page.getByLabel("Send to the supporters of").selectOption({ label: `Petition “${PETITION_TITLE}”` });
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write to supporters");
  await expect(page.getByRole("checkbox", { name: /^Iceland/ })).toHaveCount(0);
});

test("a supporter gets a link to their data, downloads it and erases it", async ({ page, request }) => {
  await page.goto("/my-data?lng=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: "Email address" }).fill(alice);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText("If we hold data about this address, a link is on its way.");

  const email = await waitForEmail(request, (e) => e.to.includes(alice) && /^Your data on/.test(e.subject ?? ""), "the data link");
  const link = /https?:\/\/\S+\/my-data\/[A-Za-z0-9_-]+/.exec(email.text ?? "")![0];
  await page.goto(`${link}?lng=en`);
  await expect(page.getByRole("cell", { name: PETITION_TITLE })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const download = await request.get(`${link}/download`);
  expect(download.headers()["content-disposition"]).toMatch(/attachment/);
  const data = (await download.json()) as { signatures: { email: string; consentText: string; updatesOptIn: boolean }[] };
  expect(data.signatures).toEqual([expect.objectContaining({ email: alice, updatesOptIn: false })]);

  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(page.getByText("Please tick the box to confirm.")).toBeVisible();
  await page.getByRole("checkbox", { name: "I understand that this cannot be undone" }).check();
  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(page.getByRole("status")).toContainText("Your data has been erased.");
  await expect(page.getByText("We hold no data about this address any more.")).toBeVisible();
});

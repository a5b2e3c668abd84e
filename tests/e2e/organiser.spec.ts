// The organiser's journey end to end, without JavaScript-only shortcuts: sign up,
// create an organisation, a campaign and a petition with a question for signers,
// preview, submit; the seeded admin turns on two-factor sign-in and approves; the
// petition is public. Then an invited editor joins and cannot see another
// organisation's pages. axe runs on every organiser and admin page.
//
// This file sets up two-factor sign-in for the seeded admin (admin@example.org):
// no other spec may do so, or this one could not sign the admin in.
// It signs up twice (sign-ups are limited to 10 per hour per IP for the whole run).
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const FAKE_RESEND_URL = `http://127.0.0.1:${Number(process.env.FAKE_RESEND_PORT ?? 3211)}`;
const ADMIN_EMAIL = "admin@example.org";
const ADMIN_PASSWORD = process.env.SEED_ADMIN_PASSWORD ?? "e2e admin password";
const PASSWORD = "organiser test password";
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const organiser = { name: "Aminata Organiser", email: `organiser-${RUN}@example.org` };
const editor = { name: "Eric Editor", email: `editor-${RUN}@example.org` };
const orgSlug = `hr-network-${RUN}`;
const petitionSlug = `naloxone-everywhere-${RUN}`;
const petitionTitle = `Naloxone in every clinic ${RUN}`;
const FIELD_LABEL = "Agency or unit";

test.describe.configure({ mode: "serial", timeout: 300_000 });

interface FakeEmail {
  to: string[];
  subject?: string;
  text?: string;
}

async function emailsTo(request: APIRequestContext, address: string): Promise<FakeEmail[]> {
  const res = await request.get(`${FAKE_RESEND_URL}/_fake/emails`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as FakeEmail[]).filter((e) => e.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

/** Waits for an email whose subject matches and returns the path of its first link starting with `pathPrefix`. */
async function linkFromEmail(request: APIRequestContext, address: string, subject: RegExp, pathPrefix: string): Promise<string> {
  await expect
    .poll(async () => (await emailsTo(request, address)).filter((e) => subject.test(e.subject ?? "")).length, { message: `${subject} to ${address}`, timeout: 20_000 })
    .toBeGreaterThan(0);
  const email = (await emailsTo(request, address)).filter((e) => subject.test(e.subject ?? "")).at(-1)!;
  const match = new RegExp(`https?://[^\\s"<>\\]]+${pathPrefix}[A-Za-z0-9._/-]*`).exec(email.text ?? "");
  expect(match, `a ${pathPrefix} link in "${email.subject}"`).not.toBeNull();
  return new URL(match![0]).pathname;
}

async function signUpAndVerify(page: Page, request: APIRequestContext, user: { name: string; email: string }, redirectTo?: string) {
  await page.goto(`/signup?lng=en${redirectTo ? `&redirectTo=${encodeURIComponent(redirectTo)}` : ""}`);
  await page.getByRole("textbox", { name: "Your name" }).fill(user.name);
  await page.getByRole("textbox", { name: "Email address" }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/signup\/check-email/);
  await page.goto(await linkFromEmail(request, user.email, /^Confirm your email address/, "/verify-email/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email address is confirmed");
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto("/login?lng=en");
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

function totpCode(secret: string): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(Math.floor(Date.now() / 30_000)), 6);
}

async function heading(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

let petitionPath = "";

test("an organiser signs up and builds a petition: organisation, campaign, text, a question, settings, preview, submit", async ({ page, request }) => {
  await signUpAndVerify(page, request, organiser);

  await page.goto("/dashboard?lng=en");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Create an organisation" }).click();
  await expect(await heading(page)).toHaveText("Create an organisation");
  await expectNoSeriousA11yViolations(page);
  // Server-side validation, a message per field.
  await page.getByRole("textbox", { name: "Web address (slug)" }).fill("Not A Slug!");
  await page.getByRole("button", { name: "Create the organisation" }).click();
  await expect(page.getByText("Please fill in this field.")).toBeVisible();
  await expect(page.getByText("Use lower-case letters, digits and single hyphens only.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: "Name of the organisation" }).fill(`Harm Reduction Network ${RUN}`);
  await page.getByRole("textbox", { name: "Web address (slug)" }).fill(orgSlug);
  await page.getByRole("combobox", { name: "Country (optional)" }).selectOption({ label: "Senegal" });
  await page.getByRole("button", { name: "Create the organisation" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/orgs/${orgSlug}\\?notice=created$`));
  await expect(await heading(page)).toHaveText(`Harm Reduction Network ${RUN}`);
  await expect(page.getByText("Owner", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Start a new campaign" }).click();
  await expect(await heading(page)).toHaveText("New campaign");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: "Web address (slug)" }).fill(`naloxone-${RUN}`);
  await page.getByRole("textbox", { name: "Title (en)" }).fill("Naloxone saves lives");
  // Adding a language keeps what was typed (no JavaScript needed).
  await page.getByRole("textbox", { name: "Language code" }).fill("pt-br");
  await page.getByRole("button", { name: "Add this language" }).click();
  await expect(page.getByRole("textbox", { name: "Title (en)" })).toHaveValue("Naloxone saves lives");
  await expect(page.getByRole("group", { name: /pt-BR/ })).toBeVisible();
  await page.getByRole("textbox", { name: "Title (fr)" }).fill("La naloxone sauve des vies");
  await page.getByRole("textbox", { name: "Title (pt-BR)" }).fill("A naloxona salva vidas");
  await page.getByRole("button", { name: "Create the campaign" }).click();
  await expect(await heading(page)).toHaveText("Naloxone saves lives");
  await expect(page.getByRole("status")).toHaveText("Created.");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Write a new petition" }).click();
  await expect(await heading(page)).toHaveText("New petition");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: "Web address (slug)" }).fill(petitionSlug);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(petitionTitle);
  await page.getByRole("textbox", { name: "Addressed to" }).fill("The Minister of Health");
  await page.getByRole("textbox", { name: "What you ask for" }).fill("Make naloxone available in every clinic.");
  await page.getByRole("textbox", { name: "Text (Markdown)" }).fill("## Why\n\nNaloxone reverses overdoses. <script>alert(1)</script>");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(await heading(page)).toHaveText(petitionTitle);
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  petitionPath = new URL(page.url()).pathname;
  expect(petitionPath).toMatch(new RegExp(`^/dashboard/orgs/${orgSlug}/petitions/[0-9a-f-]{36}$`));
  await expectNoSeriousA11yViolations(page);

  // The signer-profile builder: a choice question needs two options.
  await page.getByRole("navigation", { name: "Petition pages" }).getByRole("link", { name: "Questions" }).click();
  await expect(await heading(page)).toContainText("Questions for signers");
  await expectNoSeriousA11yViolations(page);
  let add = page.getByRole("region", { name: "Add a question" });
  await add.getByRole("textbox", { name: "Key" }).fill("service");
  await add.getByRole("combobox", { name: "Type of answer" }).selectOption("choice");
  await add.getByRole("textbox", { name: "Question (en)" }).fill("Your service");
  await add.getByRole("textbox", { name: "Option 1: value" }).fill("police");
  await add.getByRole("textbox", { name: "Option 1 (en)" }).fill("Police");
  await add.getByRole("button", { name: "Add the question" }).click();
  add = page.getByRole("region", { name: "Add a question" });
  await expect(add.getByText("A multiple-choice question needs at least two options.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await add.getByRole("textbox", { name: "Option 2: value" }).fill("customs");
  await add.getByRole("textbox", { name: "Option 2 (en)" }).fill("Customs");
  await add.getByRole("button", { name: "Add the question" }).click();
  await expect(page.getByRole("status")).toHaveText("Your changes are saved.");
  add = page.getByRole("region", { name: "Add a question" });
  await add.getByRole("textbox", { name: "Key" }).fill("agency");
  await add.getByRole("textbox", { name: "Question (en)" }).fill(FIELD_LABEL);
  await add.getByRole("checkbox", { name: "Show the answer on the public list of signers" }).check();
  await add.getByRole("button", { name: "Add the question" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 (agency)" })).toBeVisible();
  await page.getByRole("region", { name: "Question 2 (agency)" }).getByRole("button", { name: "Move up" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 (agency)" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("navigation", { name: "Petition pages" }).getByRole("link", { name: "Settings" }).click();
  await expect(await heading(page)).toContainText("Settings of");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("radio", { name: "Fixed" }).check();
  await page.getByRole("spinbutton", { name: "Goal (signatures)" }).fill("2000");
  await page.getByRole("textbox", { name: "Verified email domains" }).fill("police.example, not a domain!");
  await page.getByRole("checkbox", { name: "Naloxone and overdose response" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter domains like police.example")).toBeVisible();
  await page.getByRole("textbox", { name: "Verified email domains" }).fill("police.example\ncustoms.example");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Your changes are saved.");
  await expect(page.getByRole("textbox", { name: "Verified email domains" })).toHaveValue("police.example\ncustoms.example");

  await page.getByRole("navigation", { name: "Petition pages" }).getByRole("link", { name: "Text" }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: "Language code" }).fill("fr");
  await page.getByRole("button", { name: "Add this language" }).click();
  const french = page.getByRole("region", { name: /French|français/i });
  await french.getByRole("textbox", { name: "Title", exact: true }).fill("La naloxone dans chaque centre de santé");
  await french.getByRole("textbox", { name: "Addressed to" }).fill("La ministre de la Santé");
  await french.getByRole("textbox", { name: "What you ask for" }).fill("Rendre la naloxone disponible partout.");
  await french.getByRole("textbox", { name: "Text (Markdown)" }).fill("La naloxone sauve des vies.");
  await french.getByRole("button", { name: "Save (fr)" }).click();
  await expect(page.getByRole("status")).toHaveText("Your changes are saved.");

  // The preview is the public page's own components, with a banner, for a draft.
  await page.getByRole("navigation", { name: "Petition pages" }).getByRole("link", { name: "Preview" }).click();
  await expect(page.getByRole("note", { name: "Preview" })).toBeVisible();
  await expect(await heading(page)).toHaveText(petitionTitle);
  await expect(page.getByText("To: The Minister of Health")).toBeVisible();
  await expect(page.getByRole("textbox", { name: `${FIELD_LABEL} (optional)` })).toBeVisible();
  await expect(page.getByRole("group", { name: "Your service (optional)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Naloxone and overdose response" })).toBeVisible();
  expect(await page.locator(".prose").innerHTML()).not.toContain("<script");
  await expectNoSeriousA11yViolations(page);
  // Signing is off: the form only checks the answers.
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page.getByText("Please correct the highlighted fields.")).toBeVisible();
  await page.goto(`${petitionPath}/preview?lng=fr`);
  await expect(await heading(page)).toHaveText("La naloxone dans chaque centre de santé");
  await expectNoSeriousA11yViolations(page);
  expect((await page.request.get(`/petitions/${petitionSlug}`)).status()).toBe(404);

  await page.goto(`${petitionPath}?lng=en`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toContainText("Submitted for review");
  await expect(page.getByText("Awaiting approval", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.goto(`${petitionPath}/revisions?lng=en`);
  await expect(page.getByText("No changes since publication.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Invite an editor (the next test accepts).
  await page.goto(`/dashboard/orgs/${orgSlug}/members?lng=en`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: "Email address" }).fill(editor.email);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("editor");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByRole("status")).toHaveText("Invitation sent.");
  await expect(page.getByText(editor.email)).toBeVisible();
  // The last owner cannot step down.
  await page.getByRole("row", { name: new RegExp(organiser.name) }).getByRole("combobox").selectOption("viewer");
  await page.getByRole("row", { name: new RegExp(organiser.name) }).getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("alert")).toContainText("An organisation needs at least one owner");
  await expectNoSeriousA11yViolations(page);
});

test("the admin turns on two-factor sign-in, reviews and approves: the petition is public", async ({ page, request }) => {
  expect(petitionPath, "the petition from the previous test").toBeTruthy();
  await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await page.goto("/admin?lng=en");
  // Admins must have two-factor sign-in before they can moderate.
  await expect(page).toHaveURL(/\/account\/two-factor\?required=admin/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
  await page.getByRole("textbox", { name: "Code from the app" }).fill(totpCode(secret));
  await page.getByLabel("Your password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page).toHaveURL(/\/account\?done=two-factor-enabled$/);

  await page.goto("/admin?lng=en");
  await expect(await heading(page)).toHaveText("Moderation");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("region", { name: "Awaiting review" }).getByRole("link", { name: petitionTitle }).click();
  await expect(await heading(page)).toHaveText(`Review: ${petitionTitle}`);
  await expect(page.getByText("police.example, customs.example")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Rejecting needs a reason.
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("Please say why you are making this change.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page).toHaveURL(/\/admin\?notice=approved$/);
  await expect(page.getByRole("region", { name: "Awaiting review" }).getByRole("link", { name: petitionTitle })).toHaveCount(0);

  // Organisers hear about it by email.
  const managePath = await linkFromEmail(request, organiser.email, new RegExp(`^Your petition is published: ${petitionTitle}`), "/dashboard/orgs/");
  expect(managePath).toBe(petitionPath);

  const response = await page.goto(`/petitions/${petitionSlug}?lng=en`);
  expect(response?.status()).toBe(200);
  await expect(await heading(page)).toHaveText(petitionTitle);
  await expect(page.getByRole("textbox", { name: `${FIELD_LABEL} (optional)` })).toBeVisible();

  // Admin pages for explainers.
  await page.goto("/admin/explainers?lng=en");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Myths and facts" }).click();
  await expect(await heading(page)).toHaveText("Edit: Myths and facts");
  await expectNoSeriousA11yViolations(page);
  const english = page.getByRole("region", { name: /English/ });
  await english.getByRole("textbox", { name: "Text (Markdown)" }).fill("## Preview heading\n\nSome *text*.");
  await english.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview (not saved)" }).getByRole("heading", { name: "Preview heading" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const publicExplainer = await page.request.get("/explainers/myths-and-facts?lng=en");
  expect(await publicExplainer.text()).not.toContain("Preview heading");
});

test("an invited editor joins, edits the published text with a reason, and cannot see another organisation's pages", async ({ page, request }) => {
  expect(petitionPath, "the petition from the first test").toBeTruthy();
  const invitePath = await linkFromEmail(request, editor.email, /^You are invited to join/, "/invitations/");
  // Signed out, the invitation asks to sign in first and comes back afterwards.
  await page.goto(invitePath);
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Finvitations%2F/);
  await signUpAndVerify(page, request, editor);
  await page.goto(`${invitePath}?lng=en`);
  await expect(await heading(page)).toHaveText(`Join Harm Reduction Network ${RUN}`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/orgs/${orgSlug}\\?notice=joined$`));
  await page.goto(invitePath);
  await expect(await heading(page)).toHaveText("This invitation has already been used");
  await expectNoSeriousA11yViolations(page);

  // Editors edit; owners manage members.
  expect((await page.goto(`/dashboard/orgs/${orgSlug}/members`))?.status()).toBe(403);
  await page.goto(`${petitionPath}/text?lng=en`);
  const english = page.getByRole("region", { name: /English/ });
  await english.getByRole("textbox", { name: "What you ask for" }).fill("Make naloxone free in every clinic.");
  await english.getByRole("textbox", { name: "Reason for the change (optional)" }).fill("Free, not just available.");
  await english.getByRole("button", { name: "Save (en)" }).click();
  await expect(page.getByRole("status")).toHaveText("Your changes are saved.");
  await page.goto(`${petitionPath}/revisions?lng=en`);
  await expect(page.getByText("Free, not just available.")).toBeVisible();
  await expect(page.getByText("Make naloxone free in every clinic.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The demo organisation belongs to someone else: its pages do not exist for this editor.
  for (const path of ["/dashboard/orgs/demo-harm-reduction-network", "/dashboard/orgs/demo-harm-reduction-network/members", "/dashboard/orgs/demo-harm-reduction-network/campaigns/new"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(await heading(page)).toHaveText("Page not found");
  }
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await expectNoSeriousA11yViolations(page);
});

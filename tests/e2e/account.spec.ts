// Organiser accounts end to end: sign-up and email verification, password reset,
// the account pages, and two-factor sign-in, reading every email back from the
// fake Resend. Each test uses its own fresh address, so tests share the database safely.
// Sign-ups are limited per IP (20 an hour; all tests come from 127.0.0.1): this file signs up 7 times.
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const FAKE_RESEND_URL = `http://127.0.0.1:${Number(process.env.FAKE_RESEND_PORT ?? 3211)}`;
const SITE = "Harm Reduction Voices";
const PASSWORD = "a strong test password";

interface FakeEmail {
  to: string[];
  subject?: string;
  html?: string;
  text?: string;
}

// Each test walks several pages with an axe run on most; on a busy two-core machine that takes a while.
test.describe.configure({ timeout: 120_000 });

function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

async function emailsTo(request: APIRequestContext, address: string, subject: string): Promise<FakeEmail[]> {
  const res = await request.get(`${FAKE_RESEND_URL}/_fake/emails`);
  expect(res.ok()).toBe(true);
  const all = (await res.json()) as FakeEmail[];
  return all.filter((e) => e.to.some((to) => to.toLowerCase() === address.toLowerCase()) && e.subject === subject);
}

/** Waits for the email and returns the first link in its text version whose path starts with `pathPrefix`. */
async function linkFromEmail(request: APIRequestContext, address: string, subject: string, pathPrefix: string): Promise<string> {
  await expect.poll(async () => (await emailsTo(request, address, subject)).length, { message: `"${subject}" to ${address}`, timeout: 15_000 }).toBeGreaterThan(0);
  const [email] = (await emailsTo(request, address, subject)).slice(-1);
  const match = new RegExp(`https?://[^\\s"<>]+${pathPrefix}[A-Za-z0-9._-]*`).exec(email!.text ?? "");
  expect(match, `a ${pathPrefix} link in the email`).not.toBeNull();
  expect(email!.html).toContain(match![0]);
  return new URL(match![0]).pathname;
}

async function signUp(page: Page, name: string, email: string, password = PASSWORD) {
  await page.goto("/signup?lng=en");
  await page.getByRole("textbox", { name: "Your name" }).fill(name);
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/signup\/check-email/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
}

async function logIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login?lng=en");
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** What an authenticator app shows `offset` 30-second steps from now. */
function totpCode(secret: string, offset = 0): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(Math.floor(Date.now() / 30_000) + offset), 6);
}

/** A well-formed code valid for no step near now. */
function wrongTotpCode(secret: string): string {
  const valid = new Set([-2, -1, 0, 1, 2].map((offset) => totpCode(secret, offset)));
  return ["000000", "111111", "222222", "333333", "444444", "555555"].find((c) => !valid.has(c))!;
}

test.describe("sign-up", () => {
  test("sign up, read the verification email, open the link: the address is verified", async ({ page, request }) => {
    const email = uniqueEmail("signup");
    await page.goto("/signup?lng=en");
    await expectNoSeriousA11yViolations(page);
    // Server-side validation, one message per field.
    await page.getByRole("textbox", { name: "Email address" }).fill("not an email");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByText("Please fill in this field.")).toBeVisible();
    await expect(page.getByText("Please enter a valid email address.")).toBeVisible();
    await expect(page.getByText("Please use at least 12 characters.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await signUp(page, "Awa Ndiaye", email);
    await expectNoSeriousA11yViolations(page);
    // Not signed in by the sign-up itself: a session only for new addresses would tell new from known ones.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
    // Signed in with the password, the account is there, not yet verified.
    await logIn(page, email);
    await page.goto("/account?lng=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
    await expect(page.getByText("Not yet: open the link we sent you.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.context().clearCookies();

    // Opening the emailed link verifies the address and signs the new organiser in.
    const path = await linkFromEmail(request, email, `Confirm your email address for ${SITE}`, "/verify-email/");
    const opened = await page.goto(`${path}?lng=en`);
    expect(opened?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email address is confirmed");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/account");
    await expect(page.getByRole("definition").filter({ hasText: /^Yes$/ })).toBeVisible();

    // Single use, and a mangled link is refused plainly.
    const again = await page.goto(path);
    expect(again?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link was already used");
    await expectNoSeriousA11yViolations(page);
    const tampered = await page.goto(`${path.slice(0, -3)}xyz`);
    expect(tampered?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
  });

  test("signing up with an address that has an account looks the same and only emails its owner", async ({ page, request }) => {
    const owner = uniqueEmail("owner");
    await signUp(page, "First Owner", owner);
    // No session either for a new address.
    expect((await page.context().cookies()).filter((c) => c.name.endsWith("session"))).toEqual([]);
    const before = (await emailsTo(request, owner, `Confirm your email address for ${SITE}`)).length;

    await signUp(page, "Someone Else", owner.toUpperCase(), "someone else's password");
    await expect(page.getByRole("status")).toHaveText(/We have sent a message to the address you gave/);
    // No session was started for the second attempt.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
    await linkFromEmail(request, owner, `Someone tried to create an account with your address on ${SITE}`, "/forgot-password");
    expect(await emailsTo(request, owner, `Confirm your email address for ${SITE}`)).toHaveLength(before);
    // The owner's password still works; the intruder's does not.
    await logIn(page, owner, "someone else's password");
    await expect(page.getByRole("alert")).toHaveText("The email address or password is not right.");
    await logIn(page, owner);
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});

test.describe("password reset", () => {
  test("forgot password, read the email, choose a new password: signed in, and the link works once", async ({ page, request }) => {
    const email = uniqueEmail("reset");
    await signUp(page, "Reset Person", email);
    await page.context().clearCookies();

    await page.goto("/forgot-password?lng=en");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("textbox", { name: "Email address" }).fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    const answer = await page.getByRole("status").textContent();
    await expectNoSeriousA11yViolations(page);
    // An unknown address gets exactly the same answer.
    await page.goto("/forgot-password?lng=en");
    await page.getByRole("textbox", { name: "Email address" }).fill(uniqueEmail("nobody"));
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status")).toHaveText(answer!);

    const path = await linkFromEmail(request, email, `Choose a new password for ${SITE}`, "/reset-password/");
    await page.goto(`${path}?lng=en`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.getByText("Please use at least 12 characters.")).toBeVisible();
    await page.getByLabel("New password").fill("my new reset password");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");

    const reused = await page.goto(path);
    expect(reused?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link was already used");
    await expectNoSeriousA11yViolations(page);
    await page.context().clearCookies();
    await logIn(page, email);
    await expect(page.getByRole("alert")).toHaveText("The email address or password is not right.");
    await logIn(page, email, "my new reset password");
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});

test.describe("account page", () => {
  test("change the password and the email address", async ({ page, request }) => {
    const email = uniqueEmail("changes");
    const newEmail = uniqueEmail("changed");
    await signUp(page, "Change Person", email);
    await logIn(page, email);

    await page.goto("/account/password?lng=en");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Current password").fill("not the password");
    await page.getByLabel("New password").fill("a changed password");
    await page.getByRole("button", { name: "Change my password" }).click();
    await expect(page.getByText("This password is not right.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password").fill("a changed password");
    await page.getByRole("button", { name: "Change my password" }).click();
    await expect(page).toHaveURL(/\/account\?done=password-changed$/);
    await expect(page.getByRole("status")).toHaveText("Your password has been changed. Your other sessions were signed out.");

    await page.goto("/account/email?lng=en");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("textbox", { name: "New email address" }).fill(newEmail);
    await page.getByLabel("Your password").fill("a changed password");
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page).toHaveURL(/\/account\?done=email-change-sent$/);
    // Nothing changes until the new address opens its link.
    await expect(page.getByRole("definition").filter({ hasText: email })).toBeVisible();

    const path = await linkFromEmail(request, newEmail, `Confirm your new email address for ${SITE}`, "/change-email/");
    await page.goto(`${path}?lng=en`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your new email address");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Use this address" }).click();
    await expect(page).toHaveURL(/\/account\?done=email-changed$/);
    await expect(page.getByRole("status")).toHaveText("Your email address has changed, and we have told your previous address.");
    await expect(page.getByRole("definition").filter({ hasText: newEmail })).toBeVisible();
    await expect.poll(async () => (await emailsTo(request, email, `The email address of your ${SITE} account was changed`)).length).toBe(1);
    // Opened again (say, on another device): already used.
    const again = await page.goto(path);
    expect(again?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link was already used");
  });

  test("sign out of all sessions ends every session, this one included", async ({ page, browser }) => {
    const email = uniqueEmail("everywhere");
    await signUp(page, "Many Devices", email);
    await logIn(page, email);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await logIn(otherPage, email);
    await expect(otherPage).toHaveURL(/\/dashboard$/);

    await page.goto("/account?lng=en");
    await page.getByRole("button", { name: "Sign out of all sessions" }).click();
    await expect(page).toHaveURL(/\/login\?notice=signed-out-everywhere$/);
    await expect(page.getByRole("status")).toHaveText("You have been signed out of every session. Sign in again to continue.");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?redirectTo=/);
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/login\?redirectTo=/);
    await other.close();
  });
});

test.describe("two-factor sign-in", () => {
  test("enable it with a code computed from the secret shown; signing in then requires a code", async ({ page, request }) => {
    const email = uniqueEmail("totp");
    await signUp(page, "Two Factor", email);
    await logIn(page, email);
    // Only confirmed addresses may turn it on.
    await page.goto("/account/two-factor?lng=en");
    await expect(page.getByText(/Please confirm your email address first/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Turn on two-factor sign-in" })).toHaveCount(0);
    await page.goto(await linkFromEmail(request, email, `Confirm your email address for ${SITE}`, "/verify-email/"));
    const setupPage = await page.goto("/account/two-factor?lng=en");
    expect(setupPage?.headers()["cache-control"]).toBe("no-store");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two-factor sign-in");
    await expectNoSeriousA11yViolations(page);
    const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(page.getByRole("link", { name: /Open the key in your authenticator app/ })).toHaveAttribute("href", new RegExp(`^otpauth://totp/.*secret=${secret}`));

    await page.getByRole("textbox", { name: "Code from the app" }).fill(wrongTotpCode(secret));
    await page.getByLabel("Your password").fill(PASSWORD);
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(page.getByText("This code is not right, or was already used.", { exact: false })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("textbox", { name: "Code from the app" }).fill(totpCode(secret));
    await page.getByLabel("Your password").fill(PASSWORD);
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(page).toHaveURL(/\/account\?done=two-factor-enabled$/);
    await expect(page.getByRole("status")).toHaveText("Two-factor sign-in is on.");

    await page.getByRole("navigation", { name: "Organiser menu" }).getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await logIn(page, email);
    await expect(page).toHaveURL(/\/login\/two-factor\?redirectTo=%2Fdashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two-factor sign-in");
    await expectNoSeriousA11yViolations(page);
    // The password alone opens nothing.
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\/two-factor\?redirectTo=%2Fdashboard$/);

    await page.getByRole("textbox", { name: "Code" }).fill("12345");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Please enter the 6-digit code from your app.")).toBeVisible();
    // The code that turned two-factor on was spent: the app's next code works (one step of drift is allowed).
    await page.getByRole("textbox", { name: "Code" }).fill(totpCode(secret, 1));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/account/two-factor?lng=en");
    await expect(page.getByText("Two-factor sign-in is on for your account.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test("an admin without two-factor sign-in is asked to turn it on", async ({ page }) => {
  // Only looks: turning it on for the shared seeded admin would lock other specs out.
  await logIn(page, "admin@example.org", "e2e admin password");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/account/two-factor?required=admin&lng=en");
  await expect(page.getByRole("status")).toHaveText("Administrators must turn on two-factor sign-in before they can moderate.");
  await expect(page.getByRole("button", { name: "Turn on two-factor sign-in" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe("in French", () => {
  for (const path of ["/signup", "/login", "/forgot-password"]) {
    test(`${path} is translated and passes axe`, async ({ page }) => {
      await page.goto(`${path}?lng=fr`);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoSeriousA11yViolations(page);
    });
  }
});

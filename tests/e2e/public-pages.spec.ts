import { expect, test } from "@playwright/test";
import { DEMO_PETITION, EXPLAINER_SLUGS, expectNoSeriousA11yViolations } from "./helpers";

const PUBLIC_PAGES = ["/", "/explainers", `/petitions/${DEMO_PETITION}`, ...EXPLAINER_SLUGS.map((s) => `/explainers/${s}`)];

test.describe("public pages", () => {
  for (const lng of ["en", "fr"]) {
    for (const path of PUBLIC_PAGES) {
      test(`${path} in ${lng} renders and passes axe`, async ({ page }) => {
        const response = await page.goto(`${path}?lng=${lng}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", lng);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expectNoSeriousA11yViolations(page);
      });
    }
  }

  test("every explainer shows its sources, in both languages", async ({ page }) => {
    for (const slug of EXPLAINER_SLUGS) {
      await page.goto(`/explainers/${slug}?lng=en`);
      await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
      expect(await page.locator(".sources li").count()).toBeGreaterThan(1);
      await page.goto(`/explainers/${slug}?lng=fr`);
      await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
      await expect(page.locator("article")).toHaveAttribute("lang", "fr");
    }
  });

  test("the home page leads to the explainers and the open petitions", async ({ page }) => {
    await page.goto("/?lng=en");
    await page.getByRole("link", { name: "Police officers for harm reduction" }).click();
    await expect(page).toHaveURL(new RegExp(`/petitions/${DEMO_PETITION}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Police officers for harm reduction");
    await page.goto("/");
    await page.getByRole("link", { name: "Naloxone and overdose response" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Naloxone and overdose response");
  });

  test("an unknown page is a 404 with a way home", async ({ page }) => {
    const response = await page.goto("/no/such/page?lng=en");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    expect((await page.goto("/explainers/no-such-explainer"))?.status()).toBe(404);
  });
});

test.describe("language", () => {
  test("the switcher changes the language and the choice is remembered", async ({ page }) => {
    await page.goto("/explainers?lng=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn about harm reduction");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comprendre la réduction des risques");
    await page.goto("/explainers/naloxone-and-overdose-response");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Naloxone et réponse aux surdoses");
  });

  test("follows the browser's Accept-Language when nothing was chosen", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await context.close();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page and explainers ship no script at all; the petition page needs none", async ({ page }) => {
    for (const path of ["/", "/explainers", `/explainers/${EXPLAINER_SLUGS[1]}`]) {
      await page.goto(`${path}?lng=en`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.locator("script").count(), `scripts on ${path}`).toBe(0);
    }
    await page.goto(`/petitions/${DEMO_PETITION}?lng=en`);
    await expect(page.getByRole("button", { name: "Sign" })).toBeVisible();
    // Only the small counter refresher, and no React runtime.
    expect(await page.locator("script").evaluateAll((s) => s.map((e) => e.getAttribute("src")))).toEqual(["/counter.js"]);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });
});

test.describe("HTTP", () => {
  test("healthz, security headers and long-lived asset caching", async ({ request }) => {
    expect((await request.get("/healthz")).status()).toBe(200);
    const page = await request.get("/explainers");
    expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers()["x-content-type-options"]).toBe("nosniff");
    const css = (await page.text()).match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
    expect(css).toBeTruthy();
    const asset = await request.get(css!);
    expect(asset.headers()["cache-control"]).toContain("immutable");
    expect(asset.headers()["cache-control"]).toContain("max-age=31536000");
  });

  test("a cross-site form post is refused", async ({ request }) => {
    const res = await request.post(`/petitions/${DEMO_PETITION}`, {
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      form: { name: "x" },
    });
    expect(res.status()).toBe(403);
  });
});

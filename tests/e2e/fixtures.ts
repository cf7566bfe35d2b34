import { mkdirSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_LOGINS } from "@/prisma/demo/logins";
import type { Role } from "@/lib/auth/permissions";

export function demoAccount(role: Role) {
  const account = DEMO_LOGINS.accounts.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return { ...account, password: DEMO_LOGINS.password };
}

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, role: Role) {
  const account = demoAccount(role);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Signing in hashes a password and renders the first page: slow on a busy machine, so wait longer than usual.
  await expect(page.getByRole("heading", { level: 1, name: "My office days" })).toBeVisible({ timeout: 20_000 });
}

/** Submits the sign-in form and returns the status of the sign-in API's answer. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<number> {
  await page.getByLabel(/^(Email|E-post|E-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Passord|Lösenord|Wachtwoord)$/).fill(password);
  const answer = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: /^(Sign in|Logg inn|Logga in|Inloggen)$/ }).click();
  return (await answer).status();
}

/**
 * Fails with the list of axe violations (WCAG 2.1 A and AA) on the current page.
 * Also runs `label-content-name-mismatch` (WCAG 2.5.3: a control's accessible
 * name contains its visible text), which axe tags experimental and skips unless asked.
 * `exclude` leaves out parts axe cannot enter (a frame sandboxed to run no
 * script, which the caller checks on its own).
 */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string } = {}) {
  // Next.js streams a page's <title> after its body, and a client-side navigation
  // or refresh swaps it a moment later: check the settled page, which must have one.
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page }).options({
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    rules: { "label-content-name-mismatch": { enabled: true } },
  });
  const configured = options.exclude ? builder.exclude(options.exclude) : builder;
  const analyze = () => configured.analyze();
  let results = await analyze();
  if (results.violations.some((violation) => violation.id === "document-title")) {
    // A refresh (a language switched, a choice made) swaps the <title> a moment after the body:
    // a check that ran in between saw none. Look again once the page has its title.
    await expect(page).toHaveTitle(/\S/);
    results = await analyze();
  }
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

const shots = process.env.SCREENSHOT_DIR;

/** Checks the page with axe, then takes desktop and phone screenshots to look at (SCREENSHOT_DIR=… to keep them). */
export async function look(page: Page, name: string, options: { exclude?: string } = {}) {
  await expectNoAxeViolations(page, options);
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

export const test = base;
export { expect };

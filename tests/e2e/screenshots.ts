import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Where screenshots go to be looked at (SCREENSHOT_DIR=… to choose). */
export const SHOTS = process.env.SCREENSHOT_DIR ?? "tests/e2e/.artifacts";

/** Desktop (1280) and phone (390) screenshots of the current page, to look at; on a phone, nothing may stick out sideways. */
export async function screenshots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { locales, type Locale } from "@/lib/i18n/config";
import type { Role } from "@/lib/auth/permissions";
import { pageTable, ROLES } from "../support/access-table";
import { withDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";

/**
 * Every page each role may open, in every language, on a desktop (1280) and a
 * phone (390): screenshots to look at, and the faults a look can miss found by
 * the page itself. Only with SCREENSHOT_DIR (it takes minutes and writes files).
 */
const shots = process.env.SCREENSHOT_DIR;

const MESSAGES = path.resolve(import.meta.dirname, "../../lib/i18n/messages");

/** A language's messages, every feature's file (read as files: the test runner does not import JSON modules). */
function messagesFor(locale: Locale): Record<string, unknown> {
  const folders = ["", ...readdirSync(MESSAGES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)];
  return Object.assign({}, ...folders.map((folder) => JSON.parse(readFileSync(path.join(MESSAGES, folder, `${locale}.json`), "utf8"))));
}

function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

/** English sentences that `locale` words differently: seen on a page in `locale`, they were left untranslated. */
function englishOnly(locale: Locale): string[] {
  if (locale === "en") return [];
  const own = new Map(leaves(messagesFor(locale)));
  const ownValues = new Set(own.values());
  return leaves(messagesFor("en"))
    .filter(([key, value]) => own.get(key) !== value && !ownValues.has(value) && !/[{}<]/.test(value) && value.trim().split(/\s+/).length >= 2)
    .map(([, value]) => value);
}

/** What is wrong on the page as laid out now: sideways overflow, clipped text, raw message keys, English left in another language. */
async function faults(page: Page, width: number, english: string[]): Promise<string[]> {
  return page.evaluate(
    ({ width, english }) => {
      const found: string[] = [];
      if (document.documentElement.scrollWidth > width) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
      const englishSet = new Set(english);
      const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? "").trim();
        const element = node.parentElement;
        if (!text || !element || !element.checkVisibility()) continue;
        if (/^[a-z][a-zA-Z]+(\.[a-zA-Z_-]+)+$/.test(text)) found.push(`raw key "${text}"`);
        // Code (the CSV's own column names) is the same in every language.
        if (englishSet.has(text) && !element.closest("code, kbd")) found.push(`English "${text}"`);
      }
      for (const element of Array.from(document.querySelectorAll<HTMLElement>("main *, header *"))) {
        // Leaves with text only; a visually hidden one (sr-only, 1 px) is meant to be "clipped".
        if (!element.checkVisibility() || element.children.length > 0 || !element.textContent?.trim() || element.closest(".sr-only")) continue;
        const style = getComputedStyle(element);
        const clips = style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis";
        if (clips && element.scrollWidth > element.clientWidth + 1) found.push(`clipped "${element.textContent.trim().slice(0, 40)}"`);
        const box = element.getBoundingClientRect();
        if (box.right > width + 1 && !element.closest("[data-scrolls], .overflow-x-auto")) found.push(`sticks out "${element.textContent.trim().slice(0, 40)}" to ${Math.round(box.right)}px`);
      }
      return [...new Set(found)];
    },
    { width, english },
  );
}

async function chooseLanguage(page: Page, locale: Locale) {
  await page.getByLabel(/^(Language|Språk|Taal)$/).first().selectOption(locale);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

test.describe("every page, every role, every language", () => {
  test.describe.configure({ timeout: 900_000 });

  for (const role of ROLES as Role[]) {
    test(`${role}`, async ({ page }) => {
      test.skip(!shots, "Only to look at: set SCREENSHOT_DIR");
      const dir = `${shots}/screens`;
      mkdirSync(dir, { recursive: true });
      const ids = await withDatabase(async (db) => {
        const first = async (sql: string) => ((await db.query(sql)).rows[0]?.id as string | undefined) ?? "none";
        return {
          office: await first("SELECT id FROM office ORDER BY name LIMIT 1"),
          team: await first("SELECT id FROM team ORDER BY name LIMIT 1"),
          person: await first("SELECT id FROM employee WHERE email = 'employee@example.com'"),
          plan: await first("SELECT id FROM rotation_plan WHERE status = 'PUBLISHED' ORDER BY version DESC LIMIT 1"),
        };
      });
      const urls = pageTable
        .filter((row) => row.access !== "public" && row.roles.includes(role))
        .map((row) => row.url.replace("no-such-office", ids.office).replace("no-such-team", ids.team).replace("no-such-person", ids.person).replace("no-such-plan", ids.plan));
      await signIn(page, role);
      const report: string[] = [];
      try {
        for (const locale of locales) {
          await page.setViewportSize({ width: 1280, height: 800 });
          await chooseLanguage(page, locale);
          const english = englishOnly(locale);
          for (const url of urls) {
            const name = `${role.toLowerCase()}-${locale}-${url === "/" ? "my-days" : url.slice(1).replace(/[/?=&]/g, "_").replace(/[a-z0-9]{20,}/g, "id")}`;
            for (const width of [1280, 390]) {
              await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
              expect((await page.goto(url))?.status(), url).toBe(200);
              await expect(page.getByTestId("page-loading")).toHaveCount(0);
              await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
              for (const fault of await faults(page, width, english)) report.push(`${role} ${locale} ${url} @${width}: ${fault}`);
            }
          }
        }
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
        await chooseLanguage(page, "en");
        writeFileSync(`${dir}/faults-${role.toLowerCase()}.txt`, report.join("\n") + "\n");
      }
      expect(report).toEqual([]);
    });
  }
});

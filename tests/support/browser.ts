import { accessSync, constants } from "node:fs";

/**
 * Which Chromium the browser tests run in. `npm test` must pass on a fresh
 * machine with no system browser and no route to Playwright's download host,
 * so the search ends with the Chromium that `@sparticuz/chromium` ships
 * inside its npm package (Linux only).
 */
export type BrowserSource = "CHROMIUM_PATH" | "Playwright" | "system" | "@sparticuz/chromium";

export interface ResolvedBrowser {
  executablePath: string;
  source: BrowserSource;
}

export interface BrowserSearch {
  /** The CHROMIUM_PATH variable, taken as given: a wrong path is an error, not a fallback. */
  chromiumPath: string | undefined;
  /** Where Playwright's own `npx playwright install chromium` puts its browser. */
  playwrightPath: () => string | undefined;
  /** System Chrome and Chromium locations, in order of preference. */
  systemPaths: readonly string[];
  platform: NodeJS.Platform;
  /** Unpacks the npm-shipped Chromium and returns its path. */
  packagedPath: () => Promise<string>;
  isExecutable: (file: string) => boolean;
}

export const SYSTEM_BROWSER_PATHS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  ],
};

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export async function resolveBrowser(search: BrowserSearch): Promise<ResolvedBrowser> {
  if (search.chromiumPath) {
    if (!search.isExecutable(search.chromiumPath)) {
      throw new Error(`CHROMIUM_PATH is ${search.chromiumPath}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it.`);
    }
    return { executablePath: search.chromiumPath, source: "CHROMIUM_PATH" };
  }
  const playwright = search.playwrightPath();
  if (playwright && search.isExecutable(playwright)) return { executablePath: playwright, source: "Playwright" };
  const system = search.systemPaths.find((file) => search.isExecutable(file));
  if (system) return { executablePath: system, source: "system" };
  if (search.platform === "linux") return { executablePath: await search.packagedPath(), source: "@sparticuz/chromium" };
  throw new Error(
    "No Chromium found for the browser tests. Install Google Chrome, run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}

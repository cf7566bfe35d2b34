import { describe, expect, it } from "vitest";
import { resolveBrowser, type BrowserSearch } from "@/tests/support/browser";

/** A machine with the given executables; the packaged Chromium unpacks to /tmp/chromium. */
function machine(executables: string[], overrides: Partial<BrowserSearch> = {}): BrowserSearch {
  return {
    chromiumPath: undefined,
    playwrightPath: () => "/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome",
    systemPaths: ["/usr/bin/chromium", "/usr/bin/google-chrome"],
    platform: "linux",
    packagedPath: async () => "/tmp/chromium",
    isExecutable: (file) => executables.includes(file),
    ...overrides,
  };
}

describe("choosing the browser for the browser tests", () => {
  const playwright = "/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome";

  it("takes CHROMIUM_PATH first", async () => {
    const found = await resolveBrowser(machine(["/opt/chrome", playwright, "/usr/bin/chromium"], { chromiumPath: "/opt/chrome" }));
    expect(found).toEqual({ executablePath: "/opt/chrome", source: "CHROMIUM_PATH" });
  });

  it("refuses a CHROMIUM_PATH that is not an executable instead of silently using another browser", async () => {
    await expect(resolveBrowser(machine(["/usr/bin/chromium"], { chromiumPath: "/nowhere/chrome" }))).rejects.toThrow(/CHROMIUM_PATH is \/nowhere\/chrome/);
  });

  it("then the browser Playwright installed", async () => {
    expect(await resolveBrowser(machine([playwright, "/usr/bin/chromium"]))).toEqual({ executablePath: playwright, source: "Playwright" });
  });

  it("then the first system Chrome or Chromium", async () => {
    expect(await resolveBrowser(machine(["/usr/bin/google-chrome"]))).toEqual({ executablePath: "/usr/bin/google-chrome", source: "system" });
    expect(await resolveBrowser(machine(["/usr/bin/google-chrome", "/usr/bin/chromium"]))).toEqual({ executablePath: "/usr/bin/chromium", source: "system" });
  });

  it("then, on Linux, the Chromium shipped in @sparticuz/chromium", async () => {
    expect(await resolveBrowser(machine([]))).toEqual({ executablePath: "/tmp/chromium", source: "@sparticuz/chromium" });
  });

  it("elsewhere, says how to get a browser when there is none", async () => {
    await expect(resolveBrowser(machine([], { platform: "darwin" }))).rejects.toThrow(/npx playwright install chromium/);
  });

  it("does not unpack the packaged Chromium when another browser is found", async () => {
    let unpacked = false;
    await resolveBrowser(machine(["/usr/bin/chromium"], { packagedPath: async () => { unpacked = true; return "/tmp/chromium"; } }));
    expect(unpacked).toBe(false);
  });
});

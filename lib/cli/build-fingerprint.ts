import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What a production build depends on. A change here means `npm start` rebuilds.
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "package-lock.json", "postcss.config.mjs"];
const SKIP = new Set(["node_modules", ".next", "generated", "cli"]);

function collect(file: string, out: string[]): void {
  if (!existsSync(file)) return;
  const stat = statSync(file);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(file)) if (!SKIP.has(entry)) collect(path.join(file, entry), out);
  } else {
    out.push(`${file}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceFingerprint(root: string): string {
  const files: string[] = [];
  for (const source of SOURCES) collect(path.join(root, source), files);
  return createHash("sha256").update(files.sort().join("\n")).digest("hex");
}

const FINGERPRINT_FILE = ".next/source-fingerprint";

export function isBuildCurrent(root: string): boolean {
  const file = path.join(root, FINGERPRINT_FILE);
  return existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(file) && readFileSync(file, "utf8") === sourceFingerprint(root);
}

export { FINGERPRINT_FILE };

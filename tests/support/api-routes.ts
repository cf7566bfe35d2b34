import { readdirSync } from "node:fs";
import path from "node:path";

const apiRoot = path.resolve("app/api/v1");

/** Every route file under app/api/v1 with its path in contract form ("/offices/{id}/capacity"). */
export function apiRouteFiles(dir = apiRoot): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return apiRouteFiles(full);
    if (entry.name !== "route.ts") return [];
    const relative = path.relative(apiRoot, dir).split(path.sep).filter(Boolean);
    return [{ file: full, path: `/${relative.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}` }];
  });
}

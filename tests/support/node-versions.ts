// `npm run test:node-versions`: the unit and integration suite on the other
// supported Node lines. npm scripts themselves run on the Node that npm's
// `node` package puts in node_modules (package.json), which `npm test` covers;
// npx brings each other version from the registry, so nothing is installed by hand.
import { spawnSync } from "node:child_process";

/** package.json's engines: the LTS lines 22, 24 (the scripts' own) and 26. */
const OTHER_SUPPORTED_LINES = ["22", "26"];

function onNode(major: string, args: string[]): number {
  const run = spawnSync("npx", ["--yes", "-p", `node@${major}`, "--", "node", ...args], { stdio: "inherit", shell: process.platform === "win32" });
  return run.status ?? 1;
}

for (const major of OTHER_SUPPORTED_LINES) {
  console.log(`\nUnit and integration tests on Node ${major}:`);
  const status = onNode(major, ["--version"]) || onNode(major, ["node_modules/vitest/vitest.mjs", "run"]);
  if (status !== 0) {
    console.error(`The unit and integration tests failed on Node ${major}.`);
    process.exit(status);
  }
}

import { spawn } from "node:child_process";
import path from "node:path";
import { appEnv, benchDatabase, load, root, startApp, stopGroup, waitFor } from "./bench-app";
const PORT = 3292;
const bench = await benchDatabase(PORT + 11, 2);
const plain = process.env.PLAIN === "1";
const env: Record<string, string> = { NODE_OPTIONS: `${process.env.PROF ? "--cpu-prof --cpu-prof-dir=/tmp/prof" : ""} ${process.env.HEAP ? `--max-old-space-size=${process.env.HEAP} --require=/tmp/heaplimit.cjs` : ""}`.trim() };
const app = plain
  ? spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(PORT)], { cwd: root, env: appEnv(bench, PORT, env), stdio: ["ignore", "inherit", "inherit"], detached: true })
  : startApp(bench, PORT, env);
try {
  await waitFor(`http://localhost:${PORT}/sign-in`);
  for (const url of ["/", "/capacity", "/sign-in"]) {
    const headers: Record<string, string> = url === "/sign-in" ? {} : { cookie: bench.cookie };
    for (let i = 0; i < 20; i++) await (await fetch(`http://localhost:${PORT}${url}`, { headers })).text();
    const s = await load(url, `http://localhost:${PORT}${url}`, headers, { connections: 10, seconds: 10 });
    console.log(plain ? "next start" : "npm start", url, "RPS", s.rps.toFixed(1), "errors", s.errors);
  }
} finally {
  await stopGroup(app);
  await bench.remove();
}
process.exit(0);

import { benchDatabase, load, startApp, stopGroup, waitFor } from "./bench-app";
const PORT = 3290;
const bench = await benchDatabase(PORT + 11, 2);
const app = startApp(bench, PORT, { NODE_OPTIONS: "--cpu-prof --cpu-prof-dir=/tmp/prof" });
try {
  await waitFor(`http://localhost:${PORT}/sign-in`);
  const url = process.env.PROFILE_URL ?? "/";
  for (let i = 0; i < 20; i++) await (await fetch(`http://localhost:${PORT}${url}`, { headers: { cookie: bench.cookie } })).text();
  await load("page", `http://localhost:${PORT}${url}`, { cookie: bench.cookie }, { connections: 10, seconds: 20, expected: Number(process.env.PROFILE_STATUS ?? 200) });
} finally {
  await stopGroup(app);
  await bench.remove();
}
process.exit(0);

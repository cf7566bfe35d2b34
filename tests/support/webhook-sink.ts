import { createServer } from "node:http";
import { freePort } from "./free-port";

export interface WebhookSink {
  url(path: string): string;
  /** Every request's path and parsed JSON body, in arrival order (answered 2xx or not). */
  received: { path: string; body: unknown; status: number }[];
  /** Answer the next `count` requests to `path` with `status` (a channel that is down). */
  failNext(path: string, count: number, status?: number): void;
  close(): Promise<void>;
}

/** A local HTTP server standing in for Slack's and Teams' incoming webhooks: keeps every JSON body it is sent. */
export async function startWebhookSink(): Promise<WebhookSink> {
  const port = await freePort();
  const received: WebhookSink["received"] = [];
  const failures = new Map<string, { count: number; status: number }>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      const failure = failures.get(path);
      const status = failure && failure.count > 0 ? failure.status : 200;
      if (failure) failure.count -= 1;
      received.push({ path, body: JSON.parse(Buffer.concat(chunks).toString("utf8")), status });
      response.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "ok" : "down");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    failNext: (path, count, status = 503) => void failures.set(path, { count, status }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

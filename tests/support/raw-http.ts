import { request as httpRequest } from "node:http";

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  port: number;
  method: string;
  /** Sent byte for byte as written (fetch would resolve "/.." before sending it). */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The local address to connect from (Linux answers all of 127.0.0.0/8). */
  from?: string;
}

/** One HTTP request to the app on 127.0.0.1, exactly as given. */
export function rawHttp({ port, method, path, headers = {}, body, from }: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, localAddress: from, method, path, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

import type { IncomingMessage } from "node:http";

/**
 * The socket's address of a request, handed from lib/cli/serve.ts to the
 * app (route handlers see a Request, not the socket). serve.ts sets the
 * header on every request, replacing any copy the client sent, and marks
 * the process; the app believes the header only in a marked process, so
 * under another server (next dev) a client cannot forge it either.
 */
export const PEER_ADDRESS_HEADER = "x-office-rotation-peer";

const SERVED_WITH_PEER = Symbol.for("office-rotation.peer-address-header");
const marks = globalThis as { [SERVED_WITH_PEER]?: true };

/** serve.ts, before serving: every request of this process carries its peer's address. */
export function markServedWithPeerAddress(): void {
  marks[SERVED_WITH_PEER] = true;
}

/** serve.ts, for each request: the socket's address, in place of whatever the client sent under that name. */
export function setPeerAddress(request: IncomingMessage): void {
  delete request.headers[PEER_ADDRESS_HEADER];
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
}

/** The app: the request's peer address, or undefined when the process is not served by serve.ts. */
export function peerAddressHeader(value: string | undefined): string | undefined {
  return marks[SERVED_WITH_PEER] ? (value ?? "unknown") : undefined;
}

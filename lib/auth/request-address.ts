import "server-only";
import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER, peerAddressHeader } from "@/lib/server/peer-address";
import { clientAddress } from "./client-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The client's address of a request (Request headers or next-auth's plain object), as TRUSTED_PROXIES says to read it. */
export function requestAddress(headers: HeaderSource): string {
  return clientAddress({
    peer: peerAddressHeader(header(headers, PEER_ADDRESS_HEADER)),
    forwardedFor: header(headers, "x-forwarded-for"),
    trustedProxies: env().TRUSTED_PROXIES,
  });
}

import { buildOpenApiDocument } from "@/lib/api/openapi";

// Built once per server: the contracts do not change while it runs.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET() {
  document ??= buildOpenApiDocument();
  return Response.json(document);
}

import { buildOpenApiDocument } from "@/lib/api/openapi";
import { callRoute, type CallOptions } from "./api";

/**
 * Every operation of the OpenAPI document with what a test needs to call
 * it: its route file, its parameters and the fields of its JSON body (with
 * their formats). Tests that walk these cover a route added later without
 * being told about it.
 */
export interface ApiOperation {
  method: string;
  /** OpenAPI path, "/api/v1/me/opt-outs/{date}". */
  path: string;
  file: string;
  parameters: { name: string; in: "path" | "query"; format?: string }[];
  /** Fields of a JSON body, as dotted paths ("closures.0.date"), with their format. */
  bodyFields: { path: string; format?: string }[];
  bodyContentType?: string;
}

export type JsonSchema = { $ref?: string; type?: string | string[]; format?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };

/** The leaf fields of a JSON Schema as dotted paths ("closures.0.date") with their format; `$ref`s looked up in `definitions`. */
export function schemaFields(schema: JsonSchema | undefined, definitions: Record<string, JsonSchema> = {}, prefix: string[] = []): { path: string; format?: string }[] {
  const resolved = schema?.$ref ? definitions[schema.$ref.split("/").pop() as string] : schema;
  if (!resolved) return [];
  if (resolved.$ref) return schemaFields(resolved, definitions, prefix);
  if (resolved.properties) return Object.entries(resolved.properties).flatMap(([key, value]) => schemaFields(value, definitions, [...prefix, key]));
  if (resolved.items) return schemaFields(resolved.items, definitions, [...prefix, "0"]);
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants) return variants.flatMap((variant) => schemaFields(variant, definitions, prefix));
  return prefix.length > 0 ? [{ path: prefix.join("."), format: resolved.format }] : [];
}

export function apiOperations(): ApiOperation[] {
  const document = buildOpenApiDocument();
  const components = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, Record<string, unknown>>)) {
      const parameters = ((operation.parameters ?? []) as { name: string; in: "path" | "query"; schema?: JsonSchema }[]).map((parameter) => ({
        name: parameter.name,
        in: parameter.in,
        format: schemaFields({ properties: { [parameter.name]: parameter.schema ?? {} } }, components)[0]?.format,
      }));
      const content = (operation.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)?.content ?? {};
      const [bodyContentType, body] = Object.entries(content)[0] ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        file: `app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`,
        parameters,
        bodyFields: bodyContentType === "application/json" ? schemaFields(body?.schema, components) : [],
        ...(bodyContentType && { bodyContentType }),
      });
    }
  }
  return operations;
}

/** Sets `value` at a dotted path ("closures.0.date") in a fresh object; numeric parts make arrays. */
export function withField(path: string, value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node: Record<string, unknown> | unknown[] = root;
  const parts = path.split(".");
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    const next = last ? value : /^\d+$/.test(parts[index + 1] as string) ? [] : {};
    (node as Record<string, unknown>)[part] = next;
    node = next as Record<string, unknown>;
  });
  return root;
}

/** The operation's URL with path parameters filled in and a query string. */
export function urlOf(operation: ApiOperation, pathValues: Record<string, string>, query: Record<string, string> = {}): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name] ?? "x"));
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

type Handler = Parameters<typeof callRoute>[0];

/** Calls the operation's route handler (its file's export for the method) as an HTTP client would. */
export async function callOperation(operation: ApiOperation, url: string, options: CallOptions & { params?: Record<string, string> }) {
  const module = (await import(/* @vite-ignore */ `@/${operation.file.replace(/\.ts$/, "")}`)) as Record<string, Handler>;
  const handler = module[operation.method];
  if (!handler) throw new Error(`${operation.file} exports no ${operation.method}`);
  return callRoute(handler, url, { method: operation.method, ...options });
}

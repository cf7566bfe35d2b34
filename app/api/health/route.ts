import { db } from "@/lib/db";
import { checkHealth, expectedMigrations } from "@/lib/server/health";

// For load balancers: no sign-in, no data; 200 when this instance can serve, else 503.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth((sql) => db.$queryRawUnsafe(sql), await expectedMigrations());
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

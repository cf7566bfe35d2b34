import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseWhenRateLimited } from "@/lib/auth/credentials-rate-limit";

const handler = NextAuth(authOptions);

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

// Password sign-ins over the limit get 429 + Retry-After here; everything else is next-auth's.
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const refused = await refuseWhenRateLimited(request);
    if (refused) return refused;
  }
  return handler(request, context);
}

export { handler as GET, POST };

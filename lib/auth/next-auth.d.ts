import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    employeeId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    employeeId?: string;
    /** The auth_session row this cookie belongs to (lib/data/auth-sessions.ts). */
    sessionId?: string;
  }
}

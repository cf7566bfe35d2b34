import type { Role } from "../../lib/auth/permissions";

/** The demo accounts: printed at start and shown on the sign-in page in demo mode only. */
export const DEMO_LOGINS = {
  password: "rotation-demo",
  accounts: [
    { role: "ADMIN", email: "admin@example.com", givenName: "Ingrid", familyName: "Ødegård", team: "Finance" },
    { role: "HR", email: "hr@example.com", givenName: "Kari", familyName: "Nordahl", team: "Finance" },
    { role: "LEADER", email: "leader@example.com", givenName: "Lars", familyName: "Berg", team: "Travel Sales" },
    { role: "EMPLOYEE", email: "employee@example.com", givenName: "Åse", familyName: "Æsøy", team: "Travel Sales" },
  ] satisfies { role: Role; email: string; givenName: string; familyName: string; team: string }[],
} as const;

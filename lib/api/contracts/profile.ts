import { z } from "zod";
import { roles } from "@/lib/auth/permissions";
import { defineContract } from "../contract";

export const profileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(roles),
    startDate: z.iso.date(),
    office: z.object({ id: z.string(), name: z.string(), timezone: z.string() }),
    team: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: "Profile" });

export const getMe = defineContract({
  method: "GET",
  path: "/me",
  summary: "The caller's profile: office, team and role",
  tag: "Me",
  access: "profile:own",
  responses: { 200: { description: "The profile", schema: profileSchema } },
});

export const profileContracts = [getMe];

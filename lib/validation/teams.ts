import { z } from "zod";
import { singleLineText } from "./text";

/** Teams, shared by the forms, the server actions and the API. Messages are "formErrors" keys. */
const id = z.string().min(1).max(64);

export const teamFieldsSchema = z.object({
  name: singleLineText({ max: 100, required: "nameRequired", tooLong: "nameTooLong" }),
  officeId: z.string().min(1, { error: "officeRequired" }).max(64),
  essential: z.boolean(),
  servesHardHitCustomers: z.boolean(),
  leaderIds: z.array(id).max(50).transform((ids) => [...new Set(ids)].sort()),
});

export type TeamFields = z.output<typeof teamFieldsSchema>;

export const createTeamSchema = teamFieldsSchema;
export const updateTeamSchema = z.object({ id, team: teamFieldsSchema });
export const deleteTeamSchema = z.object({ id });

import { accessTokenIdSchema } from "@/lib/validation/access-tokens";
import { defineContract } from "../contract";

export const revokeTokenContract = defineContract({
  method: "DELETE",
  path: "/tokens/{id}",
  summary: "Revoke anyone's personal access token (admins)",
  description: "It stops working on its next request. Recorded in the audit log. People revoke their own tokens on the profile page.",
  tag: "Tokens",
  access: "tokens:manage",
  params: accessTokenIdSchema,
  responses: { 204: { description: "Revoked (or already revoked)" } },
  errors: { 404: "No token has this id (`token_not_found`)" },
});

export const accessTokenContracts = [revokeTokenContract];

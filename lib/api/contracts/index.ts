import type { ApiContract } from "../contract";
import { peopleContracts } from "./people";
import { profileContracts } from "./profile";

/**
 * Every route of /api/v1. The OpenAPI document is built from this list,
 * and the access test fails for a route file without an entry here.
 */
export const apiContracts: readonly ApiContract[] = [...profileContracts, ...peopleContracts];

import type { ApiContract } from "../contract";
import { accessTokenContracts } from "./access-tokens";
import { answerContracts } from "./answers";
import { calendarFeedContracts } from "./calendar-feed";
import { capacityContracts } from "./capacity";
import { myDaysContracts } from "./my-days";
import { notificationSettingsContracts } from "./notification-settings";
import { notificationContracts } from "./notifications";
import { peopleContracts } from "./people";
import { planContracts } from "./plans";
import { profileContracts } from "./profile";
import { trendsContracts } from "./trends";
import { sharingContracts } from "./sharing";

/**
 * Every route of /api/v1. The OpenAPI document is built from this list,
 * and the access test fails for a route file without an entry here.
 */
export const apiContracts: readonly ApiContract[] = [
  ...profileContracts,
  ...myDaysContracts,
  ...notificationContracts,
  ...notificationSettingsContracts,
  ...capacityContracts,
  ...trendsContracts,
  ...calendarFeedContracts,
  ...accessTokenContracts,
  ...planContracts,
  ...peopleContracts,
  ...sharingContracts,
  ...answerContracts,
];

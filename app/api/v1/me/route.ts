import { getMe } from "@/lib/api/contracts/profile";
import { apiRoute } from "@/lib/api/route";
import { getOwnProfile } from "@/lib/data/profile";
import { fromDbDate } from "@/lib/date-only";

export const GET = apiRoute(getMe, async ({ user }) => {
  const profile = await getOwnProfile(user);
  return {
    body: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      startDate: fromDbDate(profile.startDate),
      office: profile.office,
      team: profile.team,
    },
  };
});

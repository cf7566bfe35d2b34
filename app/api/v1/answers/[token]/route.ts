import { postAnswer } from "@/lib/api/contracts/answers";
import { apiRoute } from "@/lib/api/route";
import { answerStayHome } from "@/lib/data/answers";

export const POST = apiRoute(postAnswer, async ({ params, now }) => {
  const answer = await answerStayHome(params.token, now);
  return { body: { date: answer.date } };
});

import { getUnsubscribe, postUnsubscribe } from "@/lib/api/contracts/answers";
import { apiRoute } from "@/lib/api/route";
import { unsubscribe } from "@/lib/data/answers";

// RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" without cookies; the token alone says whose setting.
export const POST = apiRoute(postUnsubscribe, async ({ params }) => {
  const answer = await unsubscribe(params.token);
  return { body: { setting: answer.setting } };
});

// A person who opens the header's link in a browser gets the page that asks first: a GET never changes anything.
export const GET = apiRoute(getUnsubscribe, async ({ params }) => {
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${params.token}`, "Cache-Control": "no-store" } });
});

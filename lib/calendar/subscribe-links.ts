/**
 * One-click ways to subscribe to a feed URL. `webcal://` makes the
 * operating system hand the address to its calendar app (Apple Calendar,
 * Outlook on Windows or Mac), which then fetches it over http(s). Google
 * Calendar and Outlook on the web take the address as a parameter of their
 * "add by URL" pages. Pure: the URL in, the links out.
 */
export interface SubscribeLinks {
  webcal: string;
  google: string;
  outlook: string;
  outlookWork: string;
}

export function calendarSubscribeLinks(feedUrl: string, calendarName: string): SubscribeLinks {
  const webcal = feedUrl.replace(/^https?:\/\//, "webcal://");
  const addFromWeb = (host: string) => `https://${host}/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(calendarName)}`;
  return {
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: addFromWeb("outlook.live.com"),
    outlookWork: addFromWeb("outlook.office.com"),
  };
}

import type { RenderedEmail } from "./render-email";
import type { OneClickLinks } from "./one-click-links";

/**
 * The digest goes to thousands of people at once, and their emails differ
 * only in the name and the signed links: everything else depends on the
 * language and the days, of which an office has a handful of combinations.
 * So one email per combination is rendered with placeholders (react-email's
 * render costs milliseconds of CPU each), and each person's name and links
 * are put in. A bounded map, per process; oldest first out.
 */
const MAX_SHELLS = 500;
const shells = new Map<string, Promise<RenderedEmail>>();

const NAME = "__or_name_4b1f__";
const UNSUBSCRIBE = "__or_unsubscribe_4b1f__";
const stayHomeMarker = (date: string) => `__or_stay_home_${date}__`;

/** The placeholders the shell is rendered with: a name and links that are replaced afterwards. */
export function placeholders(links: OneClickLinks): { name: string; links: OneClickLinks } {
  return {
    name: NAME,
    links: { stayHome: new Map([...links.stayHome.keys()].map((date) => [date, stayHomeMarker(date)])), unsubscribePage: UNSUBSCRIBE, unsubscribePost: UNSUBSCRIBE },
  };
}

// As React escapes text and attributes, so the HTML is what rendering the name itself gives.
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

function fill(shell: RenderedEmail, name: string, links: OneClickLinks): RenderedEmail {
  const put = (text: string, escapedName: string) => {
    let result = text.replaceAll(NAME, escapedName).replaceAll(UNSUBSCRIBE, links.unsubscribePage);
    for (const [date, href] of links.stayHome) result = result.replaceAll(stayHomeMarker(date), href);
    return result;
  };
  return { subject: put(shell.subject, name), html: put(shell.html, escapeHtml(name)), text: put(shell.text, name) };
}

/** The email for `key` rendered once (by `render`, with the placeholders), then filled in for this person. */
export async function renderFromShell(key: string, name: string, links: OneClickLinks, render: () => Promise<RenderedEmail>): Promise<RenderedEmail> {
  let shell = shells.get(key);
  if (!shell) {
    shell = render();
    shells.set(key, shell);
    shell.catch(() => shells.delete(key));
    if (shells.size > MAX_SHELLS) shells.delete(shells.keys().next().value as string);
  }
  return fill(await shell, name, links);
}

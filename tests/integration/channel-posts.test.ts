import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { callRoute } from "@/tests/support/api";
import { deliveryHarness, type DeliveryHarness } from "@/tests/support/delivery-harness";
import { createSeatOffice, hrIn } from "@/tests/support/seat-office";
import { eventually } from "@/tests/support/smtp-sink";
import { startWebhookSink, type WebhookSink } from "@/tests/support/webhook-sink";

/** A Monday in Oslo; the new plan starts a week later, on Monday 7 December. */
const NOW = new Date("2026-11-30T12:00:00Z");
const FROM = "2026-12-07";

let harness: DeliveryHarness;
let hooks: WebhookSink;
let plans: typeof import("@/lib/data/plans");
let channels: typeof import("@/lib/data/channel-posts");

beforeAll(async () => {
  harness = await deliveryHarness("channels");
  hooks = await startWebhookSink();
  plans = await import("@/lib/data/plans");
  channels = await import("@/lib/data/channel-posts");
});

afterEach(async () => harness?.stopWorkers());

afterAll(async () => {
  await harness?.close();
  await hooks?.close();
});

/** A–K come on Mondays and Wednesdays from FROM, L–Å on Tuesdays and Thursdays. */
async function publishPlan(officeId: string) {
  const hr = await hrIn(harness.db, officeId);
  const { id } = await plans.createPlan(hr, { officeId, name: "Winter", spread: "surname" }, NOW);
  const groups = [
    { from: "A", to: "K", weekdays: [1, 3] },
    { from: "L", to: "Å", weekdays: [2, 4] },
  ];
  await plans.savePlan(hr, { planId: id, name: "Winter", effectiveFrom: FROM, rules: { waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups } }] } });
  await plans.publishPlan(hr, { planId: id, effectiveFrom: FROM }, NOW);
  return hr;
}

/** Every text a Slack or Teams body shows, one string per day line. */
function dayLines(body: unknown): string[] {
  const slack = body as { blocks?: { type: string; fields?: { text: string }[] }[] };
  if (slack.blocks) return slack.blocks.flatMap((block) => block.fields?.map((field) => field.text.replace(/\*/g, "").replace("\n", ": ")) ?? []);
  const teams = body as { attachments: { content: { body: { type: string; facts?: { title: string; value: string }[] }[] } }[] };
  return teams.attachments[0]?.content.body.flatMap((element) => element.facts?.map((fact) => `${fact.title}: ${fact.value}`) ?? []) ?? [];
}

async function channelPosts(officeId: string) {
  return harness.db.channelPost.findMany({ where: { officeId }, orderBy: [{ weekStart: "asc" }, { target: "asc" }], select: { target: true, status: true, attempts: true, dedupeKey: true, lastError: true } });
}

describe("Slack and Teams channels", () => {
  it("posts the week a published plan starts in, in totals only, to both channels, retrying a channel that is down; and never names anyone in any channel", async () => {
    const { office, mondays, tuesdays, user } = await createSeatOffice(harness.db, { capacity: 10, mondays: 6, tuesdays: 5 });
    const hr = await hrIn(harness.db, office.id);
    await channels.saveOfficeChannels(hr, { officeId: office.id, slackWebhookUrl: hooks.url(`/slack/${office.id}`), teamsWebhookUrl: hooks.url(`/teams/${office.id}`) });
    // People's own choices on Monday 7 December: one stays home, one asks for an extra day.
    const stayer = mondays[0] as (typeof mondays)[0];
    const asker = tuesdays[0] as (typeof tuesdays)[0];
    const { stayHome } = await import("@/lib/data/stay-home");
    const { requestExtraDay } = await import("@/lib/data/extra-days");
    await stayHome(user(stayer), { from: FROM }, NOW);
    expect((await requestExtraDay(user(asker), FROM, NOW)).status).toBe("confirmed");
    hooks.failNext(`/teams/${office.id}`, 1);

    await publishPlan(office.id);
    expect((await channelPosts(office.id)).map((post) => post.target)).toEqual(["SLACK", "TEAMS"]);

    const smtp = await harness.sink();
    await harness.worker(smtp.url, { now: () => NOW });
    const delivered = (path: string) => hooks.received.filter((request) => request.path === path && request.status === 200);
    await eventually(() => delivered(`/slack/${office.id}`).length === 1 && delivered(`/teams/${office.id}`).length === 1, "both channels got their post");
    await eventually(async () => (await channelPosts(office.id)).every((post) => post.status === "SENT"), "both posts are sent");
    expect((await channelPosts(office.id)).find((post) => post.target === "TEAMS")?.attempts).toBe(2);

    const slack = delivered(`/slack/${office.id}`)[0]?.body as { text: string; blocks: { type: string }[] };
    const teams = delivered(`/teams/${office.id}`)[0]?.body as { type: string; attachments: { contentType: string; content: { type: string; version: string; actions: { url: string }[] } }[] };
    expect(slack.blocks.map((block) => block.type)).toEqual(["header", "section", "section", "context", "actions"]);
    expect(teams.attachments[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(teams.attachments[0]?.content).toMatchObject({ type: "AdaptiveCard", version: "1.4" });
    expect(teams.attachments[0]?.content.actions[0]?.url).toBe(`https://rotation.example.com/capacity?office=${office.id}&date=${FROM}`);
    // The office speaks Norwegian: Monday has 6 planned, one stays home, one extra comes; Saturday and Sunday are left out.
    for (const body of [slack, teams]) {
      expect(dayLines(body)).toEqual([
        "mandag 7. desember: 6 av 10 plasser ventet, 4 ledige",
        "tirsdag 8. desember: 5 av 10 plasser ventet, 5 ledige",
        "onsdag 9. desember: 6 av 10 plasser ventet, 4 ledige",
        "torsdag 10. desember: 5 av 10 plasser ventet, 5 ledige",
        // Nobody is planned on Fridays: too few to show what choices did, so the counts are held back.
        "fredag 11. desember: 10 plasser (tallene holdes tilbake: for få personer til å vise dem)",
      ]);
    }

    // Every channel's payloads: webhooks, emails and in-app notifications name nobody, and no one's message tells of anyone else.
    const everyone = [...mondays, ...tuesdays];
    await eventually(async () => (await harness.db.notificationDelivery.count({ where: { status: { not: "SENT" }, notification: { employeeId: { in: everyone.map((person) => person.id) } } } })) === 0, "every email is sent");
    const identities = (person: (typeof everyone)[0]) => [person.id, person.email, person.familyName];
    for (const request of hooks.received.filter((request) => request.path.endsWith(office.id))) {
      const text = JSON.stringify(request.body);
      for (const person of everyone) for (const identity of identities(person)) expect(text).not.toContain(identity);
    }
    const list = (await import("@/app/api/v1/me/notifications/route")).GET;
    for (const person of everyone) {
      const inApp = JSON.stringify((await callRoute(list, "/api/v1/me/notifications", { token: person.token })).json);
      const emails = smtp.to(person.email).map((mail) => `${mail.html} ${mail.text}`).join(" ");
      for (const other of everyone.filter((candidate) => candidate !== person)) {
        for (const identity of identities(other)) {
          expect(inApp).not.toContain(identity);
          expect(emails).not.toContain(identity);
        }
      }
    }
    // The stay-home and the extra day are nobody's news but their own: no message about them went to anyone.
    expect(await harness.db.notification.count({ where: { employeeId: { in: everyone.map((person) => person.id) }, kind: { notIn: ["days-changed"] } } })).toBe(0);
  });

  it("posts no count the small-group rule holds back", async () => {
    const { office } = await createSeatOffice(harness.db, { capacity: 4, mondays: 2, tuesdays: 1 });
    const hr = await hrIn(harness.db, office.id);
    await channels.saveOfficeChannels(hr, { officeId: office.id, slackWebhookUrl: hooks.url(`/slack/${office.id}`), teamsWebhookUrl: null });
    await publishPlan(office.id);
    const smtp = await harness.sink();
    await harness.worker(smtp.url, { now: () => NOW });
    await eventually(() => hooks.received.some((request) => request.path === `/slack/${office.id}`), "the post arrived");
    const [post] = hooks.received.filter((request) => request.path === `/slack/${office.id}`);
    expect(dayLines(post?.body)[0]).toBe("mandag 7. desember: 4 plasser (tallene holdes tilbake: for få personer til å vise dem)");
    expect(JSON.stringify(post?.body)).not.toMatch(/ventet|ledige/);
    expect((await channelPosts(office.id)).map((row) => row.target)).toEqual(["SLACK"]);
  });

  it("schedules each office's weekly post in its time zone, and posts a week once however often the schedule fires", async () => {
    const { office } = await createSeatOffice(harness.db, { capacity: 10, mondays: 6, tuesdays: 5 });
    const hr = await hrIn(harness.db, office.id);
    await channels.saveOfficeChannels(hr, { officeId: office.id, slackWebhookUrl: null, teamsWebhookUrl: hooks.url(`/teams/${office.id}`) });
    const client = new pg.Client({ connectionString: harness.url });
    await client.connect();
    const schedule = async () => (await client.query(`SELECT cron, timezone, data FROM pgboss.schedule WHERE name = 'channels.weekly-post' AND key = $1`, [office.id])).rows;
    expect(await schedule()).toEqual([{ cron: "0 13 * * 5", timezone: "Europe/Oslo", data: { officeId: office.id } }]);

    // The schedule fires (its job, twice, as two workers' cron passes might): the week after Friday 4 December goes out once.
    const friday = new Date("2026-12-04T12:00:00Z");
    const { jobSender } = await import("@/lib/jobs/sender");
    const boss = await jobSender();
    await boss.send("channels.weekly-post", { officeId: office.id });
    await boss.send("channels.weekly-post", { officeId: office.id });
    const smtp = await harness.sink();
    await harness.worker(smtp.url, { now: () => friday });
    await eventually(async () => (await channelPosts(office.id)).some((post) => post.status === "SENT"), "the weekly post is sent");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await channelPosts(office.id)).map((post) => post.dedupeKey)).toEqual([`${office.id}/weekly/2026-12-07/TEAMS`]);
    expect(hooks.received.filter((request) => request.path === `/teams/${office.id}`)).toHaveLength(1);

    // Without channels the schedule goes.
    await channels.saveOfficeChannels(hr, { officeId: office.id, slackWebhookUrl: null, teamsWebhookUrl: null });
    expect(await schedule()).toEqual([]);
    await client.end();
  });

  it("marks a post FAILED after its last try (the error without the URL), counts it for admins, and sends it when they retry", async () => {
    const { office } = await createSeatOffice(harness.db, { capacity: 10, mondays: 6, tuesdays: 5 });
    const hr = await hrIn(harness.db, office.id);
    const path = `/slack/${office.id}`;
    await channels.saveOfficeChannels(hr, { officeId: office.id, slackWebhookUrl: hooks.url(path), teamsWebhookUrl: null });
    hooks.failNext(path, 1, 500);
    await publishPlan(office.id);
    // As if every earlier try had failed: this run is the last the queue allows.
    const client = new pg.Client({ connectionString: harness.url });
    await client.connect();
    const [post] = await harness.db.channelPost.findMany({ where: { officeId: office.id }, select: { id: true } });
    await client.query(`UPDATE pgboss.job SET retry_count = retry_limit WHERE name = 'channels.post-week' AND data->>'postId' = $1`, [post?.id]);
    await client.end();
    const smtp = await harness.sink();
    await harness.worker(smtp.url, { now: () => NOW });
    await eventually(async () => (await channelPosts(office.id))[0]?.status === "FAILED", "the post failed for good");
    expect((await channelPosts(office.id))[0]?.lastError).toBe("The webhook answered 500.");

    const overview = await import("@/lib/data/delivery-overview");
    expect(await overview.deliveryCounts()).toContainEqual({ kind: "week-post", channel: "SLACK", status: "FAILED", count: 1 });
    const errors = await overview.recentDeliveryErrors();
    expect(errors.find((error) => error.id === post?.id)).toMatchObject({ kind: "week-post", channel: "SLACK", status: "FAILED", lastError: "The webhook answered 500." });
    expect(JSON.stringify(errors)).not.toContain("127.0.0.1");

    expect(await overview.retryFailedDeliveries({ id: hr.id })).toBe(1);
    await eventually(async () => (await channelPosts(office.id))[0]?.status === "SENT", "it is sent after the retry");
    expect(hooks.received.filter((request) => request.path === path).map((request) => request.status)).toEqual([500, 200]);
  });
});

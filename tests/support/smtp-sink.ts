import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./free-port";

export interface SmtpSink {
  port: number;
  url: string;
  /** Every message received, parsed, in arrival order. */
  received: ParsedMail[];
  /** Messages received for `address`. */
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on localhost (smtp-server) that keeps what it receives, parsed by mailparser. */
export async function startSmtpSink(port?: number): Promise<SmtpSink> {
  const listenOn = port ?? (await freePort());
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenOn, "127.0.0.1", () => resolve());
  });
  const addressesOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((entry) => entry.address?.toLowerCase()));
  return {
    port: listenOn,
    url: `smtp://127.0.0.1:${listenOn}`,
    received,
    to: (address) => received.filter((mail) => addressesOf(mail).includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `check` holds (polling), or fails after `timeoutMs` with `what`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

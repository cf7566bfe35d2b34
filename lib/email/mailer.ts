import nodemailer from "nodemailer";
import type { DbClient } from "@/lib/server/prisma-client";

export interface OutgoingEmail {
  deliveryId: string;
  employeeId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (List-Unsubscribe on the digest and the reminder). */
  headers?: Record<string, string>;
}

/** Where emails go: a mail server (SMTP_URL), or the local mailbox the demo shows. */
export interface Mailer {
  readonly kind: "smtp" | "mailbox";
  /** Resolves once the email is handed over; throws when it was not, so the queue tries again. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** The same Message-ID on every try of one delivery, so a mail client can recognise a repeat. */
function messageId(deliveryId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "office-rotation.invalid";
  return `<notification-${deliveryId}@${domain}>`;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  // A pool of connections reused between messages; short timeouts, so a dead server fails a try instead of hanging it.
  const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 3, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    kind: "smtp",
    async send(email) {
      await transport.sendMail({ from, to: email.to, subject: email.subject, html: email.html, text: email.text, messageId: messageId(email.deliveryId, from), ...(email.headers && { headers: email.headers }) });
    },
    close: () => transport.close(),
  };
}

/**
 * Without a mail server (the demo) emails are kept, not dropped: written to
 * mailbox_message, one per delivery (a repeated try adds nothing), and shown
 * to their recipient on the Mailbox page.
 */
export function mailboxMailer(db: DbClient, from: string): Mailer {
  return {
    kind: "mailbox",
    async send(email) {
      await db.mailboxMessage.createMany({
        data: [{ deliveryId: email.deliveryId, employeeId: email.employeeId, toAddress: email.to, fromAddress: from, subject: email.subject, html: email.html, text: email.text }],
        skipDuplicates: true,
      });
    },
    close: () => undefined,
  };
}

// A small REST2 client for tests to read back what Request Tracker stored
// (and to arrange data), with the quirks of ../shared/testbed/rt/README.md:
// JSON writes need Content-Type application/json, collections name users by
// Name unless `fields=id` is asked for, ids of tickets come back as strings.
import { z } from 'zod';

export type PhoneColumn = 'WorkPhone' | 'MobilePhone' | 'HomePhone' | 'PagerPhone';

const userFields = ['id', 'Name', 'RealName', 'EmailAddress', 'Organization', 'WorkPhone', 'MobilePhone', 'HomePhone', 'PagerPhone'] as const;

const userSchema = z.object({
  id: z.coerce.number(),
  Name: z.string(),
  RealName: z.string().default(''),
  EmailAddress: z.string().default(''),
  Organization: z.string().default(''),
  WorkPhone: z.string().default(''),
  MobilePhone: z.string().default(''),
  HomePhone: z.string().default(''),
  PagerPhone: z.string().default(''),
});
export type RtUser = z.infer<typeof userSchema>;

const reference = z.object({ id: z.coerce.string(), type: z.string() });

const ticketSummarySchema = z.object({
  id: z.coerce.number(),
  Subject: z.string(),
  Status: z.string(),
});
export type RtTicketSummary = z.infer<typeof ticketSummarySchema>;

const ticketSchema = ticketSummarySchema.extend({
  Queue: reference,
  Requestor: z.array(reference).default([]),
  Owner: reference.optional(),
});
export type RtTicket = z.infer<typeof ticketSchema>;

const transactionSchema = z.object({
  id: z.coerce.number(),
  Type: z.string(),
  Created: z.string(),
  Data: z.string().default(''),
  Creator: reference,
});
const attachmentSchema = z.object({
  TransactionId: z.coerce.number(),
  Subject: z.string().default(''),
  ContentType: z.string().default(''),
  Content: z.string().default(''),
});
export type RtAttachment = z.infer<typeof attachmentSchema>;

export interface RtTransaction {
  readonly id: number;
  /** Create, Comment, Correspond, EmailRecord, Status, ... */
  readonly type: string;
  readonly created: string;
  /** Name of the user who made it (RT_System for RT's own). */
  readonly creator: string;
  readonly attachments: readonly RtAttachment[];
  /** The text/plain parts, joined: what an agent reads in the history. */
  readonly content: string;
}

const collection = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.coerce.number(), items: z.array(item) });

export class RequestTrackerRest {
  constructor(
    private readonly restUrl: string,
    private readonly token: string,
  ) {}

  /** Users whose phone column equals the number exactly (needs the User_Local.pm overlay). */
  async usersByPhone(column: PhoneColumn, number: string): Promise<RtUser[]> {
    const query = JSON.stringify([{ field: column, value: number }]);
    const page = await this.get(`/users?fields=${userFields.join(',')}&per_page=100&query=${encodeURIComponent(query)}`, collection(userSchema));
    return page.items;
  }

  /** One user by numeric id, Name or email. */
  user(idOrName: number | string): Promise<RtUser> {
    return this.get(`/user/${encodeURIComponent(String(idOrName))}`, userSchema);
  }

  /** Tickets that have the user as a requestor, oldest first. */
  async ticketsOfRequestor(userId: number): Promise<RtTicketSummary[]> {
    const query = `Requestor.id = ${userId}`;
    const page = await this.get(
      `/tickets?query=${encodeURIComponent(query)}&fields=Subject,Status&orderby=id&order=ASC&per_page=100`,
      collection(ticketSummarySchema),
    );
    return page.items;
  }

  /** Tickets matching a TicketSQL query (e.g. `Subject LIKE 'Dana'`), oldest first. */
  async ticketsWhere(ticketSql: string): Promise<RtTicketSummary[]> {
    const page = await this.get(
      `/tickets?query=${encodeURIComponent(ticketSql)}&fields=Subject,Status&orderby=id&order=ASC&per_page=100`,
      collection(ticketSummarySchema),
    );
    return page.items;
  }

  ticket(id: number): Promise<RtTicket> {
    return this.get(`/ticket/${id}`, ticketSchema);
  }

  /** The ticket's transactions with their attachments' text, oldest first. */
  async ticketHistory(ticketId: number): Promise<RtTransaction[]> {
    const [transactions, attachments] = await Promise.all([
      this.get(`/ticket/${ticketId}/history?fields=Type,Created,Creator,Data&per_page=100`, collection(transactionSchema)),
      this.get(`/ticket/${ticketId}/attachments?fields=TransactionId,Subject,ContentType,Content&per_page=100`, collection(attachmentSchema)),
    ]);
    return transactions.items
      .map((t) => {
        const own = attachments.items.filter((a) => a.TransactionId === t.id);
        return {
          id: t.id,
          type: t.Type,
          created: t.Created,
          creator: t.Creator.id,
          attachments: own,
          content: own.filter((a) => a.ContentType === 'text/plain').map((a) => a.Content).join('\n'),
        };
      })
      .sort((a, b) => a.id - b.id);
  }

  private async get<T extends z.ZodType>(path: string, schema: T): Promise<z.output<T>> {
    const response = await fetch(`${this.restUrl}${path}`, {
      headers: { Authorization: `token ${this.token}`, Accept: 'application/json' },
    });
    const text = await response.text();
    // The path is ours and carries no secret; the token travels only in the header.
    if (!response.ok) throw new Error(`RT REST2 GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    const parsed = schema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`RT REST2 GET ${path}: unexpected answer (${parsed.error.message}): ${text.slice(0, 300)}`);
    return parsed.data;
  }
}

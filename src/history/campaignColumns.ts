import { InputError } from '../errors/inputError';
import { findColumn } from './findColumn';

/** What a column of a campaign export can give: a count, a rate per delivered email, or the campaign's name or date. */
export type CampaignColumn =
  | 'name'
  | 'date'
  | 'delivered'
  | 'sent'
  | 'bounces'
  | 'softBounces'
  | 'hardBounces'
  | 'opens'
  | 'humanOpens'
  | 'machineOpens'
  | 'clicks'
  | 'unsubscribes'
  | 'complaints'
  | 'orders'
  | 'revenue'
  | 'openRate'
  | 'clickRate'
  | 'unsubscribeRate'
  | 'complaintRate'
  | 'bounceRate'
  | 'hardBounceRate'
  | 'orderRate';

/**
 * The header names of the common ESPs' campaign exports for each {@link CampaignColumn}, the preferred
 * first (matched case- and space-insensitively; underscores, hyphens and dots ignored). Where they come from:
 * - Klaviyo, campaigns "Export Analytics" (help.klaviyo.com "Review Campaign Analytics"; the columns as
 *   Funnel's and Coupler's Klaviyo connectors document them): Campaign Name, Send Time, Total Recipients,
 *   Successful Deliveries, Bounces, Unique Opens (Opens Unique), Open Rate, Unique Clicks (Clicks Unique),
 *   Click Rate, Unsubscribes, Spam Complaints, Unique Placed Order, Placed Order Rate, Revenue;
 * - Mailchimp, "Export all campaign reports" and the report overview (mailchimp.com/help "About Email
 *   Campaign Reports"): Title, Send Date, Total Recipients, Successful Deliveries, Soft Bounces, Hard
 *   Bounces, Total Bounces, Unique Opens (Opened), Open Rate, Unique Clicks (Clicked), Click Rate,
 *   Unsubscribes, Abuse Complaints, Orders, Total Order Revenue; machine opens apart as the Reports API's
 *   proxy-excluded unique opens;
 * - Brevo (Sendinblue), campaign report and its API's campaign statistics (help.brevo.com "Access,
 *   analyze, and export your email campaign report"; getbrevo GetCampaignStats): Sent, Delivered, Hard
 *   Bounces, Soft Bounces, Unique Views / Opens, Trackable Views (opens without privacy protection),
 *   Unique Clicks, Unsubscriptions, Complaints;
 * - HubSpot, marketing email performance (knowledge.hubspot.com "What do my marketing email statistics
 *   mean?"): Sent, Delivered, Successful deliveries, Opened, Clicked, Bounces, Hard bounced, Unsubscribed,
 *   Spam reports, Open rate, Click rate;
 * - Campaign Monitor, campaign summary (Campaign Monitor metrics as Momently and DashThis document them):
 *   Recipients, Delivered, Unique Opened, Clicks, Unsubscribed, Bounced, Spam Complaints, Open Rate, Click Rate;
 * - MailerLite, campaign report (mailerlite.com dashboard and reports): Sent, Opens, Clicks, Unsubscribed,
 *   Spam complaints, Hard bounces, Soft bounces, Open rate, Click rate.
 * "Total opens" and "Total clicks" (counting a person twice) are never read as unique counts.
 */
export const campaignColumnNames: Readonly<Record<CampaignColumn, readonly string[]>> = {
  name: ['campaign name', 'campaign title', 'title', 'email name', 'name', 'campaign', 'subject'],
  date: ['send date', 'send time', 'sent date', 'sent at', 'date sent', 'send date (utc)', 'sent on', 'publish date', 'date'],
  delivered: ['successful deliveries', 'delivered', 'total delivered', 'deliveries', 'emails delivered', 'received'],
  sent: ['total recipients', 'recipients', 'sent', 'emails sent', 'total sent', 'number sent', 'messages sent'],
  bounces: ['total bounces', 'bounces', 'bounced', 'bounced emails'],
  softBounces: ['soft bounces', 'soft bounced', 'soft bounce'],
  hardBounces: ['hard bounces', 'hard bounced', 'hard bounce'],
  opens: ['unique opens', 'opens unique', 'unique opened', 'unique views', 'opened', 'opens', 'uniqueviews'],
  humanOpens: ['proxy excluded unique opens', 'unique opens excluding apple mpp', 'human opens', 'trackable views', 'trackable opens'],
  machineOpens: ['machine opens', 'apple mpp opens', 'mpp opens', 'apple privacy opens', 'unique machine opens'],
  clicks: ['unique clicks', 'clicks unique', 'unique clicked', 'clicked', 'unique clickers', 'clicks'],
  unsubscribes: ['unsubscribes', 'unsubscribed', 'unsubscriptions', 'unsubs', 'unsubscribes unique', 'opt outs'],
  complaints: ['spam complaints', 'abuse complaints', 'spam reports', 'complaints', 'marked as spam', 'spam'],
  orders: ['unique placed order', 'placed orders', 'placed order', 'orders', 'total orders', 'conversions', 'purchases'],
  revenue: ['revenue', 'total order revenue', 'total revenue', 'placed order value', 'conversion value', 'attributed revenue'],
  openRate: ['open rate', 'unique open rate'],
  clickRate: ['click rate', 'unique click rate'],
  unsubscribeRate: ['unsubscribe rate', 'unsubscribed rate', 'unsub rate'],
  complaintRate: ['spam complaints rate', 'spam complaint rate', 'spam report rate', 'abuse complaint rate', 'complaint rate', 'spam rate'],
  bounceRate: ['bounce rate'],
  hardBounceRate: ['hard bounce rate'],
  orderRate: ['placed order rate'],
};

const fields = Object.keys(campaignColumnNames) as CampaignColumn[];

/**
 * Which column of a campaign export gives each {@link CampaignColumn}: found by the ESP names of
 * {@link campaignColumnNames}, or named by `overrides` (`--columns delivered="Successful Deliveries"`),
 * which come first.
 *
 * @param header - the file's column names
 * @param overrides - field → the header's name of its column
 * @param file - the file, for messages
 * @returns field → the header's name of its column, for the fields the file has
 * @throws {InputError} `--columns: "deliverd" is not a campaign column (one of name, date, delivered, …)`,
 *   `--columns: the file has no column "Deliveries" (its columns: …)`
 *
 * @example
 * campaignColumns(['Campaign Name', 'Send Time', 'Successful Deliveries', 'Unique Opens', 'Open Rate'])
 * //=> { name: 'Campaign Name', date: 'Send Time', delivered: 'Successful Deliveries', opens: 'Unique Opens', openRate: 'Open Rate' }
 * campaignColumns(['Mailed', 'Opened'], { delivered: 'mailed' }) //=> { delivered: 'Mailed', opens: 'Opened' }
 */
export function campaignColumns(
  header: readonly string[],
  overrides: Readonly<Record<string, string>> = {},
  file?: string,
): Partial<Record<CampaignColumn, string>> {
  const columns: Partial<Record<CampaignColumn, string>> = {};
  for (const [field, name] of Object.entries(overrides)) {
    if (!(fields as string[]).includes(field)) {
      throw new InputError([{ path: '--columns', rule: `${JSON.stringify(field)} is not a campaign column (one of ${fields.join(', ')})` }]);
    }
    const column = findColumn(header, [name]);
    if (column === undefined) {
      throw new InputError([{ path: '--columns', rule: `the file has no column ${JSON.stringify(name)} (its columns: ${header.join(', ')})` }], file);
    }
    columns[field as CampaignColumn] = column;
  }
  const taken = new Set(Object.values(columns));
  for (const field of fields) {
    if (columns[field] !== undefined) continue;
    const column = findColumn(
      header.filter((name) => !taken.has(name)),
      campaignColumnNames[field],
    );
    if (column !== undefined) columns[field] = column;
  }
  return columns;
}

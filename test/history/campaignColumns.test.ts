import { describe, expect, it } from 'vitest';
import { campaignColumns } from '../../src/history/campaignColumns';

// One header line per ESP, written from the names their exports and documentation use.
const headers = {
  klaviyo:
    'Campaign Name,Tags,Subject,List,Send Time,Send Weekday,Total Recipients,Unique Placed Order,Placed Order Rate,Revenue,Unique Opens,Open Rate,Total Opens,Unique Clicks,Click Rate,Total Clicks,Unsubscribes,Spam Complaints,Spam Complaints Rate,Successful Deliveries,Bounces,Bounce Rate,Campaign ID',
  mailchimp:
    'Title,Subject,List,Send Date,Send Weekday,Total Recipients,Successful Deliveries,Soft Bounces,Hard Bounces,Total Bounces,Times Forwarded,Forwarded Opens,Unique Opens,Open Rate,Total Opens,Unique Clicks,Click Rate,Total Clicks,Unsubscribes,Abuse Complaints,Orders,Total Order Revenue',
  brevo: 'Campaign name,Sent date,Sent,Delivered,Hard bounces,Soft bounces,Unique views,Trackable views,Unique clicks,Unsubscriptions,Complaints',
  hubspot: 'Email name,Publish date,Sent,Delivered,Open rate,Opened,Click rate,Clicked,Bounces,Hard bounced,Unsubscribed,Spam reports',
  campaignMonitor: 'Campaign,Date Sent,Recipients,Delivered,Unique Opened,Clicks,Unsubscribed,Bounced,Spam Complaints,Open Rate,Click Rate',
  mailerlite: 'Name,Date sent,Sent,Opens,Open rate,Clicks,Click rate,Unsubscribed,Spam complaints,Hard bounces,Soft bounces',
};
const of = (line: string) => campaignColumns(line.split(','));

describe('campaignColumns', () => {
  it('finds Klaviyo’s columns', () => {
    expect(of(headers.klaviyo)).toEqual({
      name: 'Campaign Name',
      date: 'Send Time',
      delivered: 'Successful Deliveries',
      sent: 'Total Recipients',
      bounces: 'Bounces',
      opens: 'Unique Opens',
      clicks: 'Unique Clicks',
      unsubscribes: 'Unsubscribes',
      complaints: 'Spam Complaints',
      orders: 'Unique Placed Order',
      revenue: 'Revenue',
      openRate: 'Open Rate',
      clickRate: 'Click Rate',
      complaintRate: 'Spam Complaints Rate',
      bounceRate: 'Bounce Rate',
      orderRate: 'Placed Order Rate',
    });
  });

  it('finds Mailchimp’s columns, total bounces before soft and hard', () => {
    expect(of(headers.mailchimp)).toMatchObject({
      name: 'Title',
      date: 'Send Date',
      delivered: 'Successful Deliveries',
      sent: 'Total Recipients',
      bounces: 'Total Bounces',
      softBounces: 'Soft Bounces',
      hardBounces: 'Hard Bounces',
      opens: 'Unique Opens',
      clicks: 'Unique Clicks',
      complaints: 'Abuse Complaints',
      orders: 'Orders',
      revenue: 'Total Order Revenue',
    });
  });

  it('finds Brevo’s, HubSpot’s, Campaign Monitor’s and MailerLite’s columns', () => {
    expect(of(headers.brevo)).toMatchObject({
      delivered: 'Delivered',
      opens: 'Unique views',
      humanOpens: 'Trackable views',
      clicks: 'Unique clicks',
      unsubscribes: 'Unsubscriptions',
      complaints: 'Complaints',
      hardBounces: 'Hard bounces',
    });
    expect(of(headers.hubspot)).toMatchObject({
      name: 'Email name',
      date: 'Publish date',
      delivered: 'Delivered',
      opens: 'Opened',
      clicks: 'Clicked',
      unsubscribes: 'Unsubscribed',
      complaints: 'Spam reports',
      hardBounces: 'Hard bounced',
    });
    expect(of(headers.campaignMonitor)).toMatchObject({
      name: 'Campaign',
      delivered: 'Delivered',
      sent: 'Recipients',
      opens: 'Unique Opened',
      clicks: 'Clicks',
      complaints: 'Spam Complaints',
    });
    expect(of(headers.mailerlite)).toMatchObject({
      name: 'Name',
      date: 'Date sent',
      sent: 'Sent',
      opens: 'Opens',
      clicks: 'Clicks',
      complaints: 'Spam complaints',
      hardBounces: 'Hard bounces',
      softBounces: 'Soft bounces',
    });
    expect(of(headers.mailerlite).delivered).toBeUndefined();
  });

  it('never reads total opens or clicks as unique ones', () => {
    expect(of('Delivered,Total Opens,Total Clicks')).toEqual({ delivered: 'Delivered' });
  });

  it('matches case- and space-insensitively', () => {
    expect(of('SUCCESSFUL_DELIVERIES,uniqueopens')).toEqual({ delivered: 'SUCCESSFUL_DELIVERIES', opens: 'uniqueopens' });
  });

  it('takes --columns over the names found, and refuses an unknown field or column', () => {
    expect(campaignColumns(['Mailed', 'People Who Opened', 'Delivered'], { delivered: 'mailed', opens: 'People Who Opened' })).toEqual({
      delivered: 'Mailed',
      opens: 'People Who Opened',
    });
    expect(() => campaignColumns(['Delivered'], { deliverd: 'Delivered' })).toThrow(
      /--columns: "deliverd" is not a campaign column \(one of name, date, delivered/,
    );
    expect(() => campaignColumns(['Delivered'], { opens: 'Opens' }, 'c.csv')).toThrow('--columns: the file has no column "Opens" (its columns: Delivered)');
  });
});

import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/csv/csvRecords';
import { InputError } from '../../src/errors/inputError';
import { readCampaigns, type ReadCampaignsOptions } from '../../src/history/readCampaigns';

const read = (text: string, options: Partial<ReadCampaignsOptions> = {}) => readCampaigns(csvRecords(text), { file: 'c.csv', ...options });
const problem = async (text: string, options: Partial<ReadCampaignsOptions> = {}) => {
  try {
    await read(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('c.csv');
    return (error as InputError).problems.map((p) => `${p.path}: ${p.rule}`).join('\n');
  }
  throw new Error('no error');
};

describe('readCampaigns', () => {
  it('reads a Mailchimp export: delivered, unique opens and clicks, complaints, orders and revenue', async () => {
    const text =
      'Title,Send Date,Total Recipients,Successful Deliveries,Soft Bounces,Hard Bounces,Total Bounces,Unique Opens,Open Rate,Total Opens,Unique Clicks,Click Rate,Unsubscribes,Abuse Complaints,Orders,Total Order Revenue\n' +
      '"Spring, sale","Mar 4, 2025 09:00 am","10,000","9,800",120,80,200,"2,450",25.00%,"4,100",490,5.00%,12,1,30,"$1,530.00"\n';
    expect(await read(text)).toEqual([
      {
        row: 2,
        name: 'Spring, sale',
        date: '2025-03-04',
        delivered: 9800,
        opens: 2450,
        clicks: 490,
        unsubscribes: 12,
        complaints: 1,
        hardBounces: 80,
        orders: 30,
        revenue: 1530,
      },
    ]);
  });

  it('takes delivered = sent − bounces, total or hard + soft, when the export has no delivered count', async () => {
    expect((await read('Sent,Bounces,Opens\n1000,20,300\n'))[0]!.delivered).toBe(980);
    expect((await read('Sent,Hard bounces,Soft bounces,Opens\n1000,5,15,300\n'))[0]).toMatchObject({ delivered: 980, hardBounces: 5 });
  });

  it('uses a rate column only where the export has no count: count = rate × delivered, rounded', async () => {
    // 0.2153 × 1,234 = 265.68 → 266 opens; the clicks column is a count, so the click rate is not read
    const rows = await read('Delivered,Open Rate,Unique Clicks,Click Rate\n1234,21.53%,40,99%\n');
    expect(rows[0]).toEqual({ row: 2, delivered: 1234, opens: 266, clicks: 40 });
  });

  it('removes machine opens from unique opens, or takes the opens without them', async () => {
    expect((await read('Delivered,Unique Opens,Apple MPP Opens\n1000,600,250\n'))[0]).toMatchObject({ opens: 350, machineOpens: 250 });
    expect((await read('Delivered,Unique Opens,Proxy Excluded Unique Opens\n1000,600,340\n'))[0]).toMatchObject({ opens: 340, machineOpens: 260 });
  });

  it('puts the --segment-by column in segment and reads --columns names', async () => {
    const rows = await read('List,Mailed,Openers\nengaged,500,250\ndormant,1500,150\n', {
      segmentBy: 'list',
      columns: { delivered: 'Mailed', opens: 'Openers' },
    });
    expect(rows.map((r) => [r.segment, r.delivered, r.opens])).toEqual([
      ['engaged', 500, 250],
      ['dormant', 1500, 150],
    ]);
  });

  it('reads numbers in the file’s locale', async () => {
    expect((await read('Delivered,Revenue\n"1.200","1.234,50 €"\n', { locale: 'de-DE' }))[0]).toMatchObject({ delivered: 1200, revenue: 1234.5 });
  });

  it('names the place of a bad cell', async () => {
    const text = `Delivered,Unique Opens\n${'1000,300\n'.repeat(10)}1000,n/a\n`;
    expect(await problem(text)).toBe('c.csv row 12, column "Unique Opens": "n/a" is not a number');
    expect(await problem('Delivered,Unique Opens\n,300\n')).toBe('c.csv row 2, column "Delivered": "" is not a number');
  });

  it('refuses impossible rows: opens or clicks above delivered, negative counts, bounces above sent', async () => {
    expect(await problem('Delivered,Unique Opens\n1200,1300\n')).toBe('c.csv row 2, column "Unique Opens": 1,300 opens are more than the 1,200 delivered');
    expect(await problem('Delivered,Clicks\n1200,1201\n')).toBe('c.csv row 2, column "Clicks": 1,201 clicks are more than the 1,200 delivered');
    expect(await problem('Delivered,Unsubscribes\n1200,-1\n')).toBe('c.csv row 2, column "Unsubscribes": "-1" is negative: expected a number of 0 or more');
    expect(await problem('Sent,Bounces\n100,101\n')).toBe('c.csv row 2, column "Bounces": 101 bounces are more than the 100 sent');
    expect(await problem('Delivered,Unique Opens,Apple MPP Opens\n1000,200,250\n')).toMatch(/250 machine opens are more than the 200 unique opens/);
  });

  it('accepts orders without revenue', async () => {
    expect((await read('Delivered,Orders\n1000,3\n'))[0]).toEqual({ row: 2, delivered: 1000, orders: 3 });
  });

  it('refuses a file with no delivered count, no rows, or an empty segment', async () => {
    expect(await problem('Name,Unique Opens\nA,3\n')).toMatch(/^c.csv: has no delivered count: expected a column such as "Delivered"/);
    expect(await problem('Delivered,Unique Opens\n')).toBe('c.csv: has no campaigns: expected a header line, then one line per sent campaign');
    expect(await problem('List,Delivered\n,10\n', { segmentBy: 'List' })).toBe(
      'c.csv row 2, column "List": is empty: with --segment-by every campaign needs its segment',
    );
    expect(await problem('Delivered\n10\n', { segmentBy: 'List' })).toBe('--segment-by: the file has no column "List" (its columns: Delivered)');
  });
});

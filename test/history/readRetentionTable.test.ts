import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/csv/csvRecords';
import { readRetentionTable } from '../../src/history/readRetentionTable';

const read = (text: string, periodMonths = 12) => readRetentionTable(csvRecords(text), { file: 'r.csv', periodMonths });

describe('readRetentionTable', () => {
  it('reads one cohort (period, alive): Fader & Hardie’s regular customers, 1,000 at period 0', async () => {
    const text = 'period,alive\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n';
    expect(await read(text)).toEqual({ layout: 'alive', alive: [1000, 631, 468, 382, 326, 289, 262, 241] });
  });

  it('reads several cohorts, each up to its own last period, rows in any order', async () => {
    const text = 'Cohort,Period,Alive\n2024,0,500\n2025,1,180\n2024,1,300\n2025,0,200\n2024,2,250\n';
    expect(await read(text)).toEqual({
      layout: 'cohorts',
      cohorts: [
        { cohort: '2024', alive: [500, 300, 250] },
        { cohort: '2025', alive: [200, 180] },
      ],
    });
  });

  it('reads tenure, churned, active, sorted by tenure', async () => {
    expect(await read('tenure,churned,active\n2,20,30\n0,0,5\n1,40,10\n')).toEqual({
      layout: 'tenure',
      tenures: [
        { tenure: 0, churned: 0, active: 5 },
        { tenure: 1, churned: 40, active: 10 },
        { tenure: 2, churned: 20, active: 30 },
      ],
    });
  });

  it('reads a Mailchimp audience export as tenures', async () => {
    const text = 'Email Address,OPTIN_TIME,UNSUB_TIME\na@x,2024-01-15 10:00:00,2024-06-01 08:00:00\nb@x,2024-02-01 09:00:00,\nc@x,2025-01-20,\n';
    // as of 2025-01-20: a left after 4 whole months (tenure 1 in 12-month periods); b active 11 whole months (tenure 0), c 0 months (tenure 0)
    expect(await read(text)).toEqual({
      layout: 'tenure',
      tenures: [
        { tenure: 0, churned: 0, active: 2 },
        { tenure: 1, churned: 1, active: 0 },
      ],
    });
  });

  it('refuses alive rising, a period missing or twice, churn at tenure 0, and an unknown header', async () => {
    await expect(read('period,alive\n0,1000\n1,650\n2,700\n')).rejects.toThrow(
      'r.csv row 4, column "alive": 700 is more than the 650 alive a period before: people alive can only fall',
    );
    await expect(read('period,alive\n0,1000\n2,650\n')).rejects.toThrow('r.csv row 3, column "period": period 1 is missing');
    await expect(read('period,alive\n0,1000\n1,650\n1,640\n')).rejects.toThrow(/row \d, column "period": period 1 appears twice/);
    await expect(read('period,alive\n0,0\n')).rejects.toThrow('r.csv row 2, column "alive": is 0 at period 0');
    await expect(read('tenure,churned,active\n0,3,5\n')).rejects.toThrow('r.csv row 2, column "churned": must be 0 at tenure 0');
    await expect(read('tenure,churned,active\n1,3,5\n1,2,2\n')).rejects.toThrow('r.csv row 3, column "tenure": tenure 1 appears twice (rows 2 and 3)');
    await expect(read('a,b\n1,2\n')).rejects.toThrow(/r.csv: expected the columns period,alive; cohort,period,alive; tenure,churned,active/);
    await expect(read('period,alive\n')).rejects.toThrow(/r.csv: has no rows/);
    await expect(read('period,alive\n0,1.000,5\n')).rejects.toThrow('r.csv row 2: has 3 cells where the header has 2');
  });
});

import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/csv/csvRecords';
import { readAudienceExport } from '../../src/history/readAudienceExport';

const read = (text: string, periodMonths: number, unsubscribe: string | undefined = 'Left') =>
  readAudienceExport(csvRecords(text), { signUp: 'Joined', ...(unsubscribe === undefined ? {} : { unsubscribe }) }, { file: 'a.csv', periodMonths });

describe('readAudienceExport', () => {
  // as of 2025-07-01 (the latest date): whole months from sign-up to leaving or to that day
  const text = 'Joined,Left\n2025-01-01,2025-01-31\n2025-01-01,2025-02-01\n2025-01-31,2025-02-28\n2025-03-15,\n2025-06-30,\n2025-01-01,2025-07-01\n';

  it('counts a contact who left after m whole months as churned at tenure m + 1, one still there as active at m (monthly periods)', () => {
    // left after 0, 1, 1 (Jan 31 → Feb 28 is a whole month: the month's last day), 6 months; active 3 (Mar 15 → Jul 1) and 0 months
    return expect(read(text, 1)).resolves.toEqual({
      layout: 'tenure',
      tenures: [
        { tenure: 0, churned: 0, active: 1 },
        { tenure: 1, churned: 1, active: 0 },
        { tenure: 2, churned: 2, active: 0 },
        { tenure: 3, churned: 0, active: 1 },
        { tenure: 4, churned: 0, active: 0 },
        { tenure: 5, churned: 0, active: 0 },
        { tenure: 6, churned: 0, active: 0 },
        { tenure: 7, churned: 1, active: 0 },
      ],
    });
  });

  it('cuts the months into periods of --period-months', () => {
    // 3-month periods: churned after 0, 1, 1, 6 months → tenures 1, 1, 1, 3; active 3 months → tenure 1, 0 months → 0
    return expect(read(text, 3)).resolves.toEqual({
      layout: 'tenure',
      tenures: [
        { tenure: 0, churned: 0, active: 1 },
        { tenure: 1, churned: 3, active: 1 },
        { tenure: 2, churned: 0, active: 0 },
        { tenure: 3, churned: 1, active: 0 },
      ],
    });
  });

  it('takes every contact as active when the export has no unsubscribe column', () => {
    return expect(read('Joined\n2025-01-01\n2025-03-01\n', 1, undefined)).resolves.toEqual({
      layout: 'tenure',
      tenures: [
        { tenure: 0, churned: 0, active: 1 },
        { tenure: 1, churned: 0, active: 0 },
        { tenure: 2, churned: 0, active: 1 },
      ],
    });
  });

  it('refuses leaving before joining, a missing sign-up date and an empty export', async () => {
    await expect(read('Joined,Left\n2025-03-01,2025-01-02\n', 1)).rejects.toThrow('a.csv row 2, column "Left": 2025-01-02 is before the sign-up 2025-03-01');
    await expect(read('Joined,Left\n,2025-01-02\n', 1)).rejects.toThrow('a.csv row 2, column "Joined": "" is not a date');
    await expect(read('Joined,Left\n', 1)).rejects.toThrow(/a.csv: has no contacts/);
  });
});

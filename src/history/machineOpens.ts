import { MACHINE_OPEN_RATE } from '../schema/plausibilityWarnings';
import type { CampaignRow } from './historyTypes';

/** The day Apple Mail Privacy Protection came out (iOS 15): from then on, opens include machine opens. */
export const MACHINE_OPENS_FROM = '2021-09-20';
/** Open rates after {@link MACHINE_OPENS_FROM} this many times those before … */
export const OPEN_JUMP = 1.25;
/** … while clicks per delivered email rose by less than this factor: the rise is machine opens. */
export const CLICK_JUMP = 1.1;
/** Fewest campaigns on each side of the date for the comparison. */
const MIN_SIDE = 3;

/** What {@link machineOpens} found: whether the opens look inflated, and why. */
export interface MachineOpenCheck {
  readonly inflated: boolean;
  readonly warnings: string[];
}

const pooled = (rows: readonly CampaignRow[], count: (row: CampaignRow) => number) =>
  rows.reduce((sum, row) => sum + count(row), 0) / rows.reduce((sum, row) => sum + row.delivered, 0);
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

/**
 * Whether campaigns' opens look inflated by machine opens (Apple Mail Privacy Protection opens every
 * email's tracking pixel, read or not). Rows that give `machineOpens` have had them removed from `opens`
 * by the reader: they are only checked (opens + machine opens ≤ delivered). Among the other rows, the
 * opens are called inflated when
 *
 * - the pooled open rate (opens / delivered) is above `MACHINE_OPEN_RATE` (0.6), or
 * - with 3 dated campaigns or more on each side of 2021-09-20, the open rate after is at least
 *   {@link OPEN_JUMP} (1.25) times the one before while clicks per delivered email rose by less than
 *   {@link CLICK_JUMP} (1.1 times): people did not click more, machines opened more.
 *
 * Then the click rate should be fitted per delivered email (`clickRateBasis: "delivered"`).
 *
 * @param rows - the campaigns
 * @returns whether the opens look inflated, and warnings saying why
 *
 * @example
 * machineOpens([{ row: 2, delivered: 1000, opens: 700, clicks: 20 }]).inflated //=> true
 * machineOpens([{ row: 2, delivered: 1000, opens: 250, machineOpens: 400, clicks: 20 }]).inflated //=> false
 */
export function machineOpens(rows: readonly CampaignRow[]): MachineOpenCheck {
  const warnings: string[] = [];
  const separated = rows.filter((row) => row.machineOpens !== undefined && row.opens !== undefined);
  const overfull = separated.filter((row) => row.opens! + row.machineOpens! > row.delivered);
  if (overfull.length > 0) {
    warnings.push(
      `openRate: in ${overfull.length} campaign${overfull.length === 1 ? '' : 's'} (row ${overfull.map((r) => r.row).join(', ')}) opens + machine opens exceed delivered: ` +
        'the opens may still hold the machine opens',
    );
  }
  const rest = rows.filter((row) => row.machineOpens === undefined && row.opens !== undefined && row.delivered > 0);
  if (rest.length === 0) return { inflated: false, warnings };
  const openRate = pooled(rest, (row) => row.opens!);
  if (openRate > MACHINE_OPEN_RATE) {
    warnings.push(
      `openRate: ${percent(openRate)} of delivered emails opened, above ${percent(MACHINE_OPEN_RATE)}: likely inflated by machine opens (Apple Mail Privacy Protection); ` +
        'clickRate is fitted per delivered email (clickRateBasis "delivered") so the forecast does not rest on opens',
    );
    return { inflated: true, warnings };
  }
  const clicked = rest.filter((row) => row.clicks !== undefined && row.date !== undefined);
  const before = clicked.filter((row) => row.date! < MACHINE_OPENS_FROM);
  const after = clicked.filter((row) => row.date! >= MACHINE_OPENS_FROM);
  if (before.length < MIN_SIDE || after.length < MIN_SIDE) return { inflated: false, warnings };
  const openJump = pooled(after, (row) => row.opens!) / pooled(before, (row) => row.opens!);
  const clickJump = pooled(after, (row) => row.clicks!) / pooled(before, (row) => row.clicks!);
  if (openJump >= OPEN_JUMP && clickJump < CLICK_JUMP) {
    warnings.push(
      `openRate: opens per delivered email rose ${openJump.toFixed(2)} times from ${MACHINE_OPENS_FROM} (Apple Mail Privacy Protection) while clicks per delivered email ` +
        `changed ${clickJump.toFixed(2)} times: the rise looks like machine opens; clickRate is fitted per delivered email (clickRateBasis "delivered") so the forecast does not rest on opens`,
    );
    return { inflated: true, warnings };
  }
  return { inflated: false, warnings };
}

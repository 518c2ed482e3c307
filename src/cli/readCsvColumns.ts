import { InputError } from '../errors/inputError';

/**
 * Reads `--columns`: `field=Header Name` pairs separated by commas, a name in double quotes when it holds
 * a comma (`delivered="Successful Deliveries",opens="Unique Opens"`).
 *
 * @param text - the option's value as given
 * @returns field → the header's name
 * @throws {InputError} `--columns: expected field="Column Name" pairs separated by commas, got "delivered"`
 *
 * @example
 * readCsvColumns('delivered="Successful Deliveries",opens=Unique Opens') //=> { delivered: 'Successful Deliveries', opens: 'Unique Opens' }
 */
export function readCsvColumns(text: string): Record<string, string> {
  const columns: Record<string, string> = {};
  const pair = /\s*([A-Za-z]+)\s*=\s*(?:"((?:[^"]|"")*)"|([^,"]*))\s*(?:,|$)/y;
  let at = 0;
  while (at < text.length) {
    pair.lastIndex = at;
    const match = pair.exec(text);
    const name = match === null ? undefined : (match[2]?.replaceAll('""', '"') ?? match[3]!.trim());
    if (match === null || name === '') {
      throw new InputError([{ path: '--columns', rule: `expected field="Column Name" pairs separated by commas, got ${JSON.stringify(text)}` }]);
    }
    if (Object.hasOwn(columns, match[1]!)) throw new InputError([{ path: '--columns', rule: `names ${match[1]} twice` }]);
    columns[match[1]!] = name!;
    at = pair.lastIndex;
  }
  return columns;
}

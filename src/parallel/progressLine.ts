/** Seconds as m:ss (or h:mm:ss). */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(r).padStart(2, '0')}`;
}

/**
 * The progress line of a batch on a terminal: lines done, lines a second, and when the input's size is known
 * the share read and the time left at the pace so far (the share of bytes read stands for the share of lines).
 *
 * @param lines - lines computed so far
 * @param seconds - time since the start
 * @param bytesRead - bytes of input read
 * @param bytesTotal - the input's size, when known (not for standard input)
 *
 * @example
 * progressLine(12000, 3, 250_000, 1_000_000) //=> 'batch: 12,000 lines · 4,000 lines/s · 25 % · ETA 0:09'
 * progressLine(500, 2, 1000, undefined) //=> 'batch: 500 lines · 250 lines/s'
 */
export function progressLine(lines: number, seconds: number, bytesRead: number, bytesTotal: number | undefined): string {
  const rate = seconds > 0 ? lines / seconds : 0;
  let text = `batch: ${lines.toLocaleString('en-US')} lines · ${Math.round(rate).toLocaleString('en-US')} lines/s`;
  if (bytesTotal !== undefined && bytesTotal > 0) {
    const share = Math.min(1, bytesRead / bytesTotal);
    text += ` · ${Math.floor(share * 100)} %`;
    if (share > 0) text += ` · ETA ${clock((seconds * (1 - share)) / share)}`;
  }
  return text;
}

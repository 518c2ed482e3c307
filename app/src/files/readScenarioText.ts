import { compareScenarios, InputError, parseJson, resolveScenarioFile, splitReportSettings, type UserScenarioFileData } from 'email-npv';

/** Largest scenario file the page opens, in bytes (the CLI's limit): a scenario file is a few kB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file opened: the scenario file, or its problems as the CLI words them (`in file:` then `path: rule` lines). */
export type OpenedFile = { readonly ok: true; readonly file: UserScenarioFileData } | { readonly ok: false; readonly problems: readonly string[] };

/** The problems of an InputError as `path: rule` lines, under the file's name, as the CLI prints them. */
function problemLines(fileName: string, error: InputError): string[] {
  return [`in ${fileName}:`, ...error.problems.map((p) => `${p.path || '(input)'}: ${p.rule}`)];
}

/**
 * Reads the text of a scenario file as the CLI's `compare` does: JSON with duplicate keys and depth checked
 * (`parseJson`), then the whole file checked (`splitReportSettings`: distributions, `simulation` and `report`
 * sections too), its hypotheses resolved and compared once (so a file the page accepts is one the model runs).
 */
export function readScenarioText(text: string, fileName: string): OpenedFile {
  const fail = (rule: string): OpenedFile => ({ ok: false, problems: [`in ${fileName}:`, `file: ${rule}`] });
  if (text.trim() === '') return fail('is empty: expected JSON, e.g. { "baseline": { … }, "hypotheses": { … } }');
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [`in ${fileName}:`, `${parsed.problem.path || 'file'}: ${parsed.problem.rule}`] };
  const data = parsed.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('baseline' in data)) {
    return fail('is not a scenario file: expected an object with "baseline" and "hypotheses"');
  }
  try {
    compareScenarios(resolveScenarioFile(splitReportSettings(data).file));
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: problemLines(fileName, error) };
    throw error;
  }
  return { ok: true, file: data as UserScenarioFileData };
}

/** Reads a File the user gave (picker or drop) as a scenario file; a file too large or not UTF-8 is refused with the CLI's words. */
export async function readScenarioBlob(blob: Blob, fileName: string): Promise<OpenedFile> {
  if (blob.size > MAX_FILE_BYTES)
    return { ok: false, problems: [`in ${fileName}:`, `file: is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB: a scenario file is a few kB`] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await blob.arrayBuffer());
  } catch {
    return { ok: false, problems: [`in ${fileName}:`, 'file: is not UTF-8 text: save it as UTF-8 JSON'] };
  }
  return readScenarioText(text, fileName);
}

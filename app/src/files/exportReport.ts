import { buildReport, renderReport, type UserScenarioFileData } from 'email-npv';
import { download, downloadName } from './download';

/**
 * Offers the library's HTML report of `file` as a download (`buildReport` + `renderReport`). Loaded on demand
 * (a dynamic import): the report's code is not part of the page's first script.
 * @throws {InputError} when the file has problems (the page shows them)
 */
export function exportReport(file: UserScenarioFileData, fileName: string): void {
  download(downloadName(fileName, '-report.html'), renderReport(buildReport(file)), 'text/html');
}

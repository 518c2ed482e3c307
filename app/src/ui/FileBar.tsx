import { useRef, useState } from 'preact/hooks';
import { download, downloadName } from '../files/download';
import { readScenarioBlob } from '../files/readScenarioText';
import { file, fileName, notice, openProblems, selected, setFile } from '../state/store';

/** Opens a File the user gave: a valid scenario file replaces the page's; otherwise its problems are listed and nothing changes. */
export async function openFile(blob: File): Promise<void> {
  const opened = await readScenarioBlob(blob, blob.name);
  if (!opened.ok) {
    openProblems.value = opened.problems;
    return;
  }
  openProblems.value = [];
  setFile(opened.file);
  fileName.value = blob.name;
  selected.value = opened.file.baselineName ?? 'baseline';
  notice.value = `Opened ${blob.name}.`;
}

/** The file's actions: open (picker; a file may also be dropped anywhere on the page), save as JSON, export the HTML report. */
export function FileBar() {
  const picker = useRef<HTMLInputElement>(null);
  const [reportProblem, setReportProblem] = useState<string | undefined>(undefined);
  const exportReport = async () => {
    try {
      const { exportReport: offer } = await import('../files/exportReport');
      offer(file.value, fileName.value);
      setReportProblem(undefined);
    } catch (error) {
      setReportProblem(`The report cannot be made: ${(error as Error).message}`);
    }
  };
  return (
    <div class="file-bar">
      <p class="file-name">
        File: <span data-testid="file-name">{fileName.value}</span>
      </p>
      <div class="row">
        <button type="button" onClick={() => picker.current?.click()}>
          Open a scenario file…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Scenario file to open"
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            if (chosen) void openFile(chosen);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" onClick={() => download(downloadName(fileName.value, '.json'), `${JSON.stringify(file.value, null, 2)}\n`, 'application/json')}>
          Save as JSON
        </button>
        <button type="button" onClick={() => void exportReport()}>
          Export the HTML report
        </button>
      </div>
      {reportProblem !== undefined && (
        <p class="error" role="alert">
          {reportProblem}
        </p>
      )}
      {openProblems.value.length > 0 && (
        <div class="problems" role="alert">
          <p>
            <strong>This file was not opened:</strong>
          </p>
          <ul>
            {openProblems.value.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button type="button" class="small" onClick={() => (openProblems.value = [])}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { file, notice } from '../state/store';
import { Baseline } from './Baseline';
import { FileBar, openFile } from './FileBar';
import { Hypotheses } from './Hypotheses';
import { Results } from './Results';
import { loadAnalysis } from './analysisModule';

/** Drag and drop of a file anywhere on the page: true while a file is dragged over it. */
function useDropZone(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => e.relatedTarget === null && setOver(false);
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const dropped = e.dataTransfer?.files[0];
      if (dropped) void openFile(dropped);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}

/** The page: the file's actions, the inputs (baseline, hypotheses) and the live results. */
export function App() {
  const dragging = useDropZone();
  // The analyses load once the first results are drawn, so that their tabs open at once.
  useEffect(() => void setTimeout(() => void loadAnalysis(), 0), []);
  return (
    <>
      <a class="skip" href="#results-title">
        Skip to the results
      </a>
      <header class="page-head">
        <h1>{file.value.name ?? 'email-npv'}</h1>
        <p class="tagline">Which mailing strategy is worth it, in money: net present value of each hypothesis against today’s program.</p>
        <FileBar />
        <a class="jump" href="#results-title">
          ↓ Jump to the results
        </a>
        {notice.value !== undefined && (
          <p class="notice" role="status">
            {notice.value}{' '}
            <button type="button" class="small" onClick={() => (notice.value = undefined)}>
              Dismiss
            </button>
          </p>
        )}
      </header>
      <main class="layout">
        <div class="inputs">
          <Baseline />
          <Hypotheses />
        </div>
        <div class="outputs">
          <Results />
        </div>
      </main>
      <footer class="page-foot">
        <p>Everything is computed in this page: nothing you type leaves your machine. Drop a scenario file (.json) anywhere to open it.</p>
      </footer>
      {dragging && (
        <div class="drop-overlay" aria-hidden="true">
          Drop the scenario file to open it
        </div>
      )}
    </>
  );
}

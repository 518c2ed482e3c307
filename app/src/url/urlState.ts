import { effect } from '@preact/signals';
import type { UserScenarioFileData } from 'email-npv';
import { articleFile, ARTICLE_FILE_NAME, file, fileName, notice, selected, tab, tabs, type Tab } from '../state/store';
import { decodeState, encodeState } from './stateCodec';

/** Wait after the last change before the URL is rewritten, ms. */
const WRITE_DELAY_MS = 250;

/** Loads the state a link holds into the page; a corrupt link leaves the article loaded and says why. */
export async function readUrlState(): Promise<void> {
  try {
    const state = await decodeState(location.hash);
    if (state === undefined) return;
    file.value = state.file as UserScenarioFileData;
    selected.value = state.selected;
    fileName.value = state.fileName;
    tab.value = (tabs as readonly string[]).includes(state.tab) ? (state.tab as Tab) : 'comparison';
  } catch (error) {
    file.value = articleFile;
    fileName.value = ARTICLE_FILE_NAME;
    notice.value = `This link could not be opened — ${(error as Error).message}. The article’s scenario is loaded instead.`;
  }
}

/** Writes the state into the URL's hash on every change (debounced, `history.replaceState`: no new history entry). Returns the stop function. */
export function writeUrlState(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = 0;
  const stop = effect(() => {
    const state = { file: file.value, selected: selected.value, fileName: fileName.value, tab: tab.value };
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const order = ++written;
      const hash = await encodeState(state);
      if (order === written) history.replaceState(null, '', hash);
    }, WRITE_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

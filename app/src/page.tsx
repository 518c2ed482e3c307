import { render } from 'preact';
import './styles.css';
import { App } from './ui/App';
import { readUrlState, writeUrlState } from './url/urlState';

/** Draws the page: the state a link holds is read first (the article otherwise), then written back on every change. */
export async function startPage(): Promise<void> {
  await readUrlState();
  writeUrlState();
  render(<App />, document.getElementById('app')!);
}

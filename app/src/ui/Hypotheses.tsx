import { addHypothesis, combineHypotheses } from '../state/hypotheses';
import { file, setFile } from '../state/store';
import { HypothesisCard, picked } from './HypothesisCard';

/** The hypotheses as cards, with "add" and "combine the picked ones". */
export function Hypotheses() {
  const names = Object.keys(file.value.hypotheses ?? {});
  const pickedNow = picked.value.filter((n) => names.includes(n));
  return (
    <section class="panel" aria-labelledby="hypotheses-title">
      <h2 id="hypotheses-title">Hypotheses</h2>
      <p class="muted">Each card shows only what it changes from the baseline.</p>
      <div class="row">
        <button type="button" onClick={() => setFile(addHypothesis(file.value).file)}>
          Add a hypothesis
        </button>
        <button
          type="button"
          disabled={pickedNow.length < 2}
          onClick={() => {
            setFile(combineHypotheses(file.value, pickedNow).file);
            picked.value = [];
          }}
        >
          Combine the picked ({pickedNow.length})
        </button>
      </div>
      <div class="cards">
        {names.map((name) => (
          <HypothesisCard key={name} name={name} />
        ))}
      </div>
    </section>
  );
}

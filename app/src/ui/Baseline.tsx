import { fieldGroups } from '../state/fieldMeta';
import { file } from '../state/store';
import { SegmentFields } from './DiffList';
import { HorizonsField } from './HorizonsField';
import { InputField } from './InputField';
import { NumberField } from './NumberField';

/** The baseline's segments (each a card of its share and own fields), its moves' shares and its retention α, β — when it has them. */
function Audience() {
  const baseline = file.value.baseline as Record<string, unknown>;
  const segments = baseline.segments as Record<string, unknown> | undefined;
  const moves = Array.isArray(baseline.moves) ? (baseline.moves as { from?: unknown; to?: unknown }[]) : [];
  const retention = baseline.retention as Record<string, unknown> | undefined;
  if (segments === undefined && retention === undefined && moves.length === 0) return null;
  return (
    <fieldset class="group">
      <legend>The audience: segments and retention</legend>
      {Object.keys(segments ?? {}).map((segment) => (
        <fieldset key={segment} class="segment">
          <legend>Segment: {segment}</legend>
          <SegmentFields path={['baseline', 'segments', segment]} segment={segment} canRemoveShare={false} />
        </fieldset>
      ))}
      {moves.map((move, i) => (
        <NumberField
          key={`m${i}`}
          path={['baseline', 'moves', i, 'sharePerMonth']}
          field={`moves[${i}].sharePerMonth`}
          label={`Share moving · ${String(move.from)} → ${String(move.to)}`}
        />
      ))}
      {retention !== undefined &&
        (['alpha', 'beta'] as const).map((key) => <NumberField key={key} path={['baseline', 'retention', key]} field={`retention.${key}`} />)}
    </fieldset>
  );
}

/** The baseline's inputs, grouped as a marketer thinks: the list, the funnel, the money, time; then the audience when segmented. */
export function Baseline() {
  const name = file.value.baselineName ?? 'baseline';
  return (
    <section class="panel" aria-labelledby="baseline-title">
      <h2 id="baseline-title">Baseline: {name}</h2>
      <p class="muted">Today’s program. Rates are percentages; a field left empty takes its default.</p>
      {fieldGroups.map((group) => (
        <fieldset key={group.title} class="group">
          <legend>{group.title}</legend>
          {group.fields.map((field) => (
            <InputField key={field} path={['baseline', field]} field={field} />
          ))}
          {group.title === 'Time' && <HorizonsField />}
        </fieldset>
      ))}
      <Audience />
    </section>
  );
}

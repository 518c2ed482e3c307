import type { InputProblem } from 'email-npv';

/** A list of problems as `field: rule` text (never as HTML), announced to screen readers. */
export function Problems({ problems, id }: { readonly problems: readonly (InputProblem | string)[]; readonly id?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul class="analysis-problems" role="alert" id={id}>
      {problems.map((p, i) => (
        <li key={i}>{typeof p === 'string' ? p : p.path ? `${p.path}: ${p.rule}` : p.rule}</li>
      ))}
    </ul>
  );
}

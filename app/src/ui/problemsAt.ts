import type { InputProblem } from 'email-npv';

/** The rules broken at `path` or inside it (a distribution's parameters, a list's items), e.g. for `baseline.openRate`. */
export function problemsAt(problems: readonly InputProblem[], path: string): string[] {
  return problems
    .filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))
    .map((p) => (p.path === path ? p.rule : `${p.path.slice(path.length).replace(/^\./, '')}: ${p.rule}`));
}

/** A field's problems in the schema's words, announced when they appear; nothing when there are none. */
export function FieldProblems({ problems, id }: { problems: readonly string[]; id?: string }) {
  if (problems.length === 0) return null;
  return (
    <p class="error" id={id} role="alert">
      {problems.join('; ')}
    </p>
  );
}

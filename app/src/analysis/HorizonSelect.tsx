/** A labelled choice of one of the file's horizons, in years. */
export function HorizonSelect({ horizons, years, onChange }: { horizons: readonly number[]; years: number; onChange: (years: number) => void }) {
  return (
    <label>
      Horizon
      <select value={String(years)} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {horizons.map((y) => (
          <option key={y} value={String(y)}>
            {y} {y === 1 ? 'year' : 'years'}
          </option>
        ))}
      </select>
    </label>
  );
}

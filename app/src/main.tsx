import { render } from 'preact';
import { forecast, parseScenarioFile, resolveHypotheses } from 'email-npv';
import article from '../../examples/moller-article.json';

function App() {
  const scenarios = resolveHypotheses(parseScenarioFile(article));
  return (
    <ul>
      {scenarios.map((s) => (
        <li key={s.name}>
          {s.name}: {forecast(s.input, { years: 5 }).npv.toFixed(2)}
        </li>
      ))}
    </ul>
  );
}

render(<App />, document.getElementById('app')!);

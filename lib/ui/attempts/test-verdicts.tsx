import type { VerdictName } from '@/lib/shared/submission-view';
import { verdictLabel } from '@/lib/shared/submission-view';

/** A final Submit's tests as a report shows them: each test's name and verdict, never its data. */
export function TestVerdicts({ problemTitle, tests }: { problemTitle: string; tests: { name: string; hidden: boolean; verdict: VerdictName }[] }) {
  if (tests.length === 0) return null;
  return (
    <ul className="tests-brief" aria-label={`Tests of ${problemTitle}`}>
      {tests.map((t) => (
        <li key={t.name}>
          <span className="test-name" title={t.name}>
            {t.hidden ? '' : 'sample: '}
            {t.name}
          </span>
          <span className={`verdict-${t.verdict}`}>{verdictLabel(t.verdict)}</span>
        </li>
      ))}
    </ul>
  );
}

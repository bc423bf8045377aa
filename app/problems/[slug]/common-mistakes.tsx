/** The package's known mistakes, in words: what goes wrong and why. Locked until the problem is solved, so they do not give it away. */
export function CommonMistakes({ solved, mistakes }: { solved: boolean; mistakes: string[] }) {
  if (!solved) {
    return (
      <p className="muted" data-testid="mistakes-locked">
        Opens once you solve this problem (an accepted Submit): the mistakes candidates commonly make here, and why each one is wrong.
      </p>
    );
  }
  if (mistakes.length === 0) return <p className="muted">No common mistakes are recorded for this problem yet.</p>;
  return (
    <div className="common-mistakes" data-testid="common-mistakes">
      <p className="muted">Solved. These are the mistakes candidates commonly make here; each one fails some of the tests.</p>
      <ul>
        {mistakes.map((m) => (
          <li key={m}>{capitalize(m)}.</li>
        ))}
      </ul>
    </div>
  );
}

function capitalize(text: string): string {
  const trimmed = text.replace(/[.\s]+$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

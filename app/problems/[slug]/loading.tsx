/** The problem page loads its statement, drafts and history on the server: say so at once. */
export default function Loading() {
  return (
    <p className="page-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden /> Loading the problem…
    </p>
  );
}

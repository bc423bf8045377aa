/** Shown at once while a page's data loads, so a click never seems to do nothing. */
export default function Loading() {
  return (
    <p className="page-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden /> Loading…
    </p>
  );
}

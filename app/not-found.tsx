import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="page">
      <h1>Not found</h1>
      <p className="muted">There is nothing here, or you may not see it.</p>
      <Link href="/">Back to the start page</Link>
    </main>
  );
}

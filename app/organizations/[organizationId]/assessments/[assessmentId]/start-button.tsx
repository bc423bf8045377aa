'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fetchJson } from '@/lib/ui/api-client';
import { useHydrated } from '@/lib/ui/use-hydrated';

/** **Start assessment**: the server fixes the deadline, then the workspace opens. */
export function StartButton({ organizationId, assessmentId }: { organizationId: string; assessmentId: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setPending(true);
    setError(null);
    try {
      const { attemptId } = await fetchJson<{ attemptId: string }>(`/api/organizations/${organizationId}/assessments/${assessmentId}/attempt`, { method: 'POST', body: '{}' });
      router.push(`/attempts/${attemptId}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPending(false);
    }
  };
  return (
    <div className="form-grid">
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-primary" onClick={() => void start()} disabled={pending || !hydrated}>
        {pending ? 'Starting…' : 'Start assessment'}
      </button>
    </div>
  );
}

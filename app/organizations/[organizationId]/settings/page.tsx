import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { ApiForm, Field } from '@/lib/ui/forms/api-form';

export const metadata = { title: 'Settings' };

export default async function SettingsPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/settings`);
  const org = await orNotFound(getOrganization(db(), { userId: user.id, organizationId }));
  if (org.myRole !== 'owner') notFound();
  const api = `/api/organizations/${org.id}`;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="rename">
        <h2 id="rename">Name</h2>
        <ApiForm url={api} method="PATCH" submitLabel="Save" className="form-grid" successMessage="Saved.">
          <Field name="name" label="Name">
            <input name="name" type="text" defaultValue={org.name} maxLength={80} required />
          </Field>
        </ApiForm>
      </section>
      <section className="card" aria-labelledby="delete">
        <h2 id="delete">Delete this organization</h2>
        <p className="muted">Members, invitations, problem sets and assignments are deleted with it. Candidates keep their own submissions. This cannot be undone.</p>
        <ApiForm url={api} method="DELETE" submitLabel="Delete organization" redirectTo="/organizations" buttonClassName="button button-danger" className="form-grid">
          <Field name="confirmName" label={`Type “${org.name}” to confirm`}>
            <input name="confirmName" type="text" autoComplete="off" />
          </Field>
        </ApiForm>
      </section>
    </div>
  );
}

import Link from 'next/link';
import { requirePageUser } from '@/lib/server/auth/session';
import { ApiForm, Field } from '@/lib/ui/forms/api-form';
import '../organizations.css';

export const metadata = { title: 'New organization' };

export default async function NewOrganizationPage() {
  await requirePageUser('/organizations/new');
  return (
    <main className="page">
      <p className="muted">
        <Link href="/organizations">← Organizations</Link>
      </p>
      <h1>New organization</h1>
      <div className="card">
        <ApiForm url="/api/organizations" submitLabel="Create organization" redirectTo="/organizations/{id}" className="form-grid">
          <Field name="name" label="Name" hint="For example “Spring cohort 2027” or “Acme ML hiring”.">
            <input name="name" type="text" required maxLength={80} autoComplete="organization" />
          </Field>
          <Field name="kind" label="Kind" hint="Coaching: problem sets with due dates. Hiring: timed assessments and reviews.">
            <select name="kind" defaultValue="coaching">
              <option value="coaching">Coaching</option>
              <option value="hiring">Hiring</option>
            </select>
          </Field>
        </ApiForm>
      </div>
    </main>
  );
}

import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/server/auth/auth';
import { db } from '@/lib/server/db/client';
import { route } from '@/lib/server/http/route';
import { SignInInput, SignUpInput } from '@/lib/server/accounts/schemas';
import { signIn } from '@/lib/server/accounts/sign-in';
import { signUp } from '@/lib/server/accounts/sign-up';

// E-mail sign-in and sign-up through the API take the same path as the forms (rate limits included);
// better-auth's other endpoints (session lookups, sign-out from other clients) validate their own input.
const signInRoute = route({ auth: 'public', input: SignInInput }, async ({ request, input }) => {
  await signIn(db(), { input, headers: request.headers });
  return Response.json({ ok: true });
});

const signUpRoute = route({ auth: 'public', input: SignUpInput }, async ({ request, input }) => {
  await signUp(db(), { input, headers: request.headers });
  return Response.json({ ok: true }, { status: 201 });
});

const ROUTES: Record<string, typeof signInRoute> = {
  '/api/auth/sign-in/email': signInRoute,
  '/api/auth/sign-up/email': signUpRoute,
};

export async function GET(request: Request) {
  return toNextJsHandler(auth()).GET(request);
}

export async function POST(request: Request, context: { params: Promise<Record<string, string | string[]>> }) {
  const ours = ROUTES[new URL(request.url).pathname];
  return ours ? ours(request, context) : toNextJsHandler(auth()).POST(request);
}

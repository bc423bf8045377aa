import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/server/auth/auth';

// better-auth's own endpoints (session lookups, sign-out from other clients); it validates its input.
export async function GET(request: Request) {
  return toNextJsHandler(auth()).GET(request);
}
export async function POST(request: Request) {
  return toNextJsHandler(auth()).POST(request);
}

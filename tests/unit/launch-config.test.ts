import { describe, expect, it } from 'vitest';
import { readLaunchConfig } from '../../lib/server/runtime/launch-config';

describe('launch configuration', () => {
  it('defaults to port 3000, the data folder in the project and the embedded database', () => {
    const config = readLaunchConfig({}, '/srv/app');
    expect(config.PORT).toBe(3000);
    expect(config.dataDir).toBe('/srv/app/data');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.appUrl).toBe('http://localhost:3000');
  });

  it('honours PORT, DATA_DIR and DATABASE_URL', () => {
    const config = readLaunchConfig({ PORT: '8080', DATA_DIR: '/var/lib/grader', DATABASE_URL: 'postgresql://u:p@db:5432/g' }, '/srv/app');
    expect(config.PORT).toBe(8080);
    expect(config.dataDir).toBe('/var/lib/grader');
    expect(config.DATABASE_URL).toBe('postgresql://u:p@db:5432/g');
    expect(config.appUrl).toBe('http://localhost:8080');
  });

  it('fails loudly on a bad port or URL', () => {
    expect(() => readLaunchConfig({ PORT: 'eighty' }, '/')).toThrow(/PORT/);
    expect(() => readLaunchConfig({ DATABASE_URL: 'mysql://x' }, '/')).toThrow(/DATABASE_URL/);
  });

  it('requires an auth secret in production', () => {
    expect(() => readLaunchConfig({ NODE_ENV: 'production' }, '/')).toThrow(/BETTER_AUTH_SECRET/);
  });
});

import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/src/root/config.ts';

describe('the configuration read from the environment', () => {
  it('listens on every interface unless HOST names an address', () => {
    expect(readConfig({}).host).toBe('0.0.0.0');
    expect(readConfig({ HOST: '' }).host).toBe('0.0.0.0');
    expect(readConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '::1' }).host).toBe('::1');
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('config', () => {
  it('defaults to the embedded database on 127.0.0.1:4000', () => {
    const c = loadConfig({});
    expect(c.neo4j.mode).toBe('embedded');
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(4000);
    expect(c.embedded.dataDir).toMatch(/\.data[/\\]neo4j$/);
  });

  it('uses NEO4J_URI as given, cluster and Aura schemes included', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://a,b:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      const c = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'pw' });
      expect(c.neo4j).toMatchObject({ mode: 'external', uri, password: 'pw', database: 'neo4j' });
    }
  });

  it('names every bad variable and what it should be', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud', NEO4J_EMBEDDED_HEAP: 'lots' });
    } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT="eighty": must be a number/);
    expect(message).toMatch(/NEO4J_URI="http:\/\/x": must be a Neo4j URI/);
    expect(message).toMatch(/LOG_LEVEL="loud"/);
    expect(message).toMatch(/NEO4J_EMBEDDED_HEAP="lots": must be a size/);
  });

  it('turns introspection and the landing page off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, landingPage: false });
    expect(loadConfig({ NODE_ENV: 'production', SAMKART_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({}).introspection).toBe(true);
  });
});

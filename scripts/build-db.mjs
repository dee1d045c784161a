#!/usr/bin/env node
// Builds the embedded Neo4j launcher (db/) with Maven; run by `npm install` (postinstall) and, if
// needed, on first start. Dependencies land in the ordinary Maven cache (~/.m2). Skipped when
// SAMKART_SKIP_DB_BUILD=1 (for people who only ever use their own Neo4j through NEO4J_URI).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const db = path.join(root, 'db');

export function dbBuildIsCurrent() {
  const out = path.join(db, 'target/classes/no/samkart/db/EmbeddedNeo4j.class');
  const cp = path.join(db, 'target/classpath.txt');
  if (!existsSync(out) || !existsSync(cp)) return false;
  const built = statSync(out).mtimeMs;
  const src = [path.join(db, 'pom.xml'), path.join(db, 'src/main/java/no/samkart/db/EmbeddedNeo4j.java')];
  return src.every((f) => statSync(f).mtimeMs <= built);
}

function has(cmd) {
  return spawnSync(cmd, ['-version'], { stdio: 'ignore', shell: false }).error === undefined;
}

export function buildDb({ quiet = false } = {}) {
  if (dbBuildIsCurrent()) return;
  if (!has('java')) throw new Error('Java 17 or newer is needed for the embedded Neo4j: install a JDK (e.g. `apt-get install openjdk-17-jdk`), or set NEO4J_URI to use your own Neo4j.');
  if (!has('mvn')) throw new Error('Maven 3.8 or newer is needed to build the embedded Neo4j: install it (e.g. `apt-get install maven`), or set NEO4J_URI to use your own Neo4j.');
  if (!quiet) console.log('Building the embedded Neo4j launcher (db/) with Maven; the first build downloads Neo4j 5.26 into ~/.m2 ...');
  const r = spawnSync('mvn', ['-B', '-q', '-f', path.join(db, 'pom.xml'), 'compile'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`Building the embedded Neo4j failed (mvn exited with ${r.status}); see the Maven output above.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.env.SAMKART_SKIP_DB_BUILD === '1') process.exit(0);
  try {
    buildDb();
  } catch (e) {
    console.error(`samkart: ${e.message}`);
    process.exit(1);
  }
}

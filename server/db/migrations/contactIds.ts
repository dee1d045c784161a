/**
 * Contact ids that do not reveal names. Contact persons used to have ids made from their names
 * (`contact:akhtar-chaudhry`); an id is seen in places where the name is not (links, logs, the
 * audit trail, exports), and a readable id lets anyone confirm a guess. They are now opaque
 * (`contact:` and 12 hex digits, chosen at random once and kept in data/). This migration renames
 * contacts of databases loaded before: the curated ones to their new ids in data/, any other to a
 * new random id. Relationships are attached to the node, so they stay; audit entries that name a
 * renamed contact are rewritten. Idempotent: it finds nothing to do once ids are opaque.
 */
import { BUMP_DATA_VERSION } from '../dataVersion.js';
import type { Db } from '../driver.js';

/** An opaque contact id (the dataset's schema requires the same). */
export const OPAQUE_CONTACT_ID = '^contact:[0-9a-f]{12}$';

/** The curated contacts' earlier ids and the ids that replaced them in data/. */
const CURATED: { old: string; new: string }[] = [
  { old: 'contact:skjoldvor-fjeldvaer', new: 'contact:50bbcddbe6b6' },
  { old: 'contact:akhtar-chaudhry', new: 'contact:4c124aa9d9c6' },
  { old: 'contact:ohene-aboagye', new: 'contact:c0511ebee0c9' },
  { old: 'contact:ingrid-saetre', new: 'contact:a1e0c0eedfa5' },
  { old: 'contact:eva-kahn', new: 'contact:a6d1bcb2c813' },
  { old: 'contact:dulo-dizdarevic', new: 'contact:fbce4a69ba18' },
  { old: 'contact:rune-s-foss', new: 'contact:a7c864ca0f45' },
];

/** Every contact whose id is not opaque, with the id it gets (the curated one, or a random one). */
const PLAN = `
MATCH (c:Contact) WHERE NOT c.id =~ '${OPAQUE_CONTACT_ID.slice(1, -1)}'
WITH c, [m IN $curated WHERE m.old = c.id | m.new][0] AS curated
// A curated new id already taken (the new data was loaded beside the old): the old copy gets a random one.
WITH c, CASE WHEN curated IS NOT NULL AND NOT EXISTS { MATCH (:Contact {id: curated}) } THEN curated END AS curated
RETURN c.id AS old, coalesce(curated, 'contact:' + substring(replace(randomUUID(), '-', ''), 0, 12)) AS new`;

/** Renames them and the audit entries that name them; bumps the data version. */
const RENAME = `
UNWIND $renames AS m
MATCH (c:Contact {id: m.old})
SET c.id = m.new
WITH m
OPTIONAL MATCH (e:AuditEntry {target: m.old})
SET e.target = m.new
WITH count(*) AS _
${BUMP_DATA_VERSION}`;

/** Returns how many contacts were renamed. */
export async function migrateContactIds(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const renames = await tx.run<{ old: string; new: string }>(PLAN, { curated: CURATED });
    if (renames.length) await tx.run(RENAME, { renames });
    return renames.length;
  });
}

/** True when db/target holds a launcher built from the current pom.xml and Java source. */
export function dbBuildIsCurrent(): boolean;
/** Builds the launcher with Maven unless it is current; throws with an actionable message. */
export function buildDb(opts?: { quiet?: boolean }): void;

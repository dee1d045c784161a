/**
 * The graph stores closed sets as readable kebab-case ("regional-office"); GraphQL enums are
 * upper snake case (REGIONAL_OFFICE). These two functions are the only translation.
 */
export function toEnum<T extends string | null>(value: T): T {
  return (value === null ? null : value.toUpperCase().replace(/-/g, '_')) as T;
}

export function fromEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

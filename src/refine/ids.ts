/** "Thinking Machines Lab" → "thinking-machines-lab": the subject part of a claim id. */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

/** Stable ids: type + subject slug + ordinal among claims of that type and subject, in output order. */
export function assignIds<T extends { type: string; subject: string }>(claims: T[]): Array<T & { id: string }> {
  const seen = new Map<string, number>();
  return claims.map((c) => {
    const key = `${c.type.replace(/_/g, '-')}-${slug(c.subject)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    // the id leads, as in CLAIMS.md
    return { id: `${key}-${n}`, ...c };
  });
}

/**
 * A per-word (or per-name) memo shared across articles: lookups that lower-case, search a
 * sorted list or run several expressions are asked about the same words again and again.
 * It forgets everything once it holds `limit` entries, so memory stays flat over any
 * number of articles.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly limit = 50_000,
  ) {}

  get(key: string): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, (v = this.compute(key)));
    }
    return v;
  }
}

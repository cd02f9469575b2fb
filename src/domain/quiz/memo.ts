/**
 * A bounded memo: the same course texts are folded again and again (every rule, every
 * draw, every seed), and folding was most of the time a quiz took.
 */
export function memo<T>(make: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = make(text);
      if (cache.size >= 20_000) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}

/**
 * `make`, remembered per object: what is drawn of a layout is made once, even when it is made
 * ahead of the render that uses it (see prepareDrawing), and forgotten with the layout. Any
 * further arguments must be fixed by the key (the map a layout was made of, say).
 */
export function oncePer<K extends object, V, A extends unknown[] = []>(
  make: (key: K, ...rest: A) => V,
): (key: K, ...rest: A) => V {
  const made = new WeakMap<K, V>();
  return (key, ...rest) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key, ...rest);
    made.set(key, value);
    return value;
  };
}

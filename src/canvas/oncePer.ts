/**
 * `make`, remembered per object: what is drawn of a layout is made once, even when it is made
 * ahead of the render that uses it (see prepareDrawing), and forgotten with the layout.
 */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}

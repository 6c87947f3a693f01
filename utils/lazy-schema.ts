// A schema built the first time something touches it.
//
// The content script is evaluated at document_start in every frame, and the page's parser waits
// for it. Building every settings and message schema there cost about 15 ms per frame before the
// page's first paint (PERFORMANCE.md), although messages are rare and settings arrive only after
// a storage round trip. Wrapping a schema's construction keeps its export, its type and every use
// of it (parse, safeParse, composition into other schemas) unchanged: the proxy builds the schema
// on first touch and forwards every operation to it.

export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => {
      const schema = real();
      return Reflect.get(schema, key, schema);
    },
    has: (_target, key) => Reflect.has(real(), key),
    set: (_target, key, value) => Reflect.set(real(), key, value),
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The empty target has no such property: the proxy may only report it as configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

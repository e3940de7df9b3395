import { storage, type WxtStorageItem } from 'wxt/utils/storage';

type AnyItem = WxtStorageItem<any, any>;
type ValueOf<I> = I extends WxtStorageItem<infer V, any> ? V : never;

/** The values of several items in one storage read (each with its fallback), in the order given. */
export async function readTogether<const I extends readonly AnyItem[]>(...items: I): Promise<{ [K in keyof I]: ValueOf<I[K]> }> {
  const got = await storage.getItems([...items]);
  return got.map((one) => one.value) as { [K in keyof I]: ValueOf<I[K]> };
}

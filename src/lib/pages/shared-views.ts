/**
 * Views shown on many pages and made once a build (an item as lists show it, a follow-up
 * with its answers), marked so that a page's key hashes each once a build, as it does the
 * site index's records (build/page-key.ts). A view marked must never change once made.
 */
const shared = new WeakSet<object>();

/** Marks `view` as shared, and returns it. Example: listed.set(id, sharedView({ item, meeting, body })). */
export function sharedView<T extends object>(view: T): T {
  shared.add(view);
  return view;
}

/** Whether `value` was marked with sharedView. */
export const isSharedView = (value: object): boolean => shared.has(value);

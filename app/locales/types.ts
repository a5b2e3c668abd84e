/** The same keys, any strings: what a translation of an English message file must provide. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

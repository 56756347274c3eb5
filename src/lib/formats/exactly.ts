/** `true` when `A` and `B` are the same type, else `false`: `const same: Exactly<z.infer<typeof S>, T> = true` fails to compile when a schema and a type drift apart. */
export type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Nested arrays, the form students index by hand (x[b][row][col][channel]), to and from the library's flat tensors.
import { getValue, type Tensor4D } from '../../conv';

/** A rank-4 tensor as nested arrays, [batch][height][width][channels] (filters: [filterHeight][filterWidth][in][out]). */
export type Nested4D = number[][][][];

/** The tensor as nested arrays, e.g. shape [1, 2, 2, 1] → [[[[a], [b]], [[c], [d]]]]. */
export function toNested(tensor: Tensor4D): Nested4D {
  const [d0, d1, d2, d3] = tensor.shape;
  const axis = (size: number) => Array.from({ length: size }, (_, index) => index);
  return axis(d0).map((i) => axis(d1).map((j) => axis(d2).map((k) => axis(d3).map((l) => getValue(tensor, [i, j, k, l])))));
}

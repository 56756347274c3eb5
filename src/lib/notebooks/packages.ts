// The Python packages the lessons' notebooks are written for: the pins of scripts/notebooks/requirements.txt
// (a unit test holds the two together), named in every notebook's first code cell.

/** TensorFlow (as tensorflow-cpu) and the Keras 3 it brings, as pinned for `npm run check:notebooks`. */
export const NOTEBOOK_PACKAGES = { tensorflow: '2.21.0', keras: '3.15.1' } as const;

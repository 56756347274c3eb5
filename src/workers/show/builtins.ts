/** The built-in show methods: `show.table(rows)`, `show.plot(options)`, `show.image(tensor)`. */
import { imagePayload, plotPayload, tableFromRows } from '../../lib/notebook/display';
import { defineShow } from './registry';
import './summary';

defineShow('table', (context, rows, caption) => {
  context.emit('table', tableFromRows(rows, typeof caption === 'string' ? caption : undefined));
});

defineShow('plot', (context, options) => {
  context.emit('plot', plotPayload(options));
});

defineShow('image', (context, image, options) => {
  const { tf } = context;
  const label = (options as { label?: unknown } | undefined)?.label;
  const text = typeof label === 'string' ? label : undefined;
  let payload;
  if (image instanceof tf.Tensor) {
    if (image.isDisposed) throw new TypeError('invalid image: the tensor is disposed');
    payload = imagePayload({ shape: image.shape, values: image.dataSync() as ArrayLike<number>, label: text });
  } else if (Array.isArray(image)) {
    const tensor = tf.tensor(image as number[][]);
    try {
      payload = imagePayload({ shape: tensor.shape, values: tensor.dataSync() as ArrayLike<number>, label: text });
    } finally {
      tensor.dispose();
    }
  } else {
    throw new TypeError(`invalid image: ${typeof image} (show.image expects a tensor or nested array of shape [height, width] or [height, width, channels])`);
  }
  context.emit('image', payload, [payload.data.buffer]);
});

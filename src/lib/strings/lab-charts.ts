/** The benchmark lab's chart strings (axes, descriptions, table captions and columns), loaded with the charts. */

/** Every sentence of the lab's charts, in one place for wording fixes and translation. */
export const labChartStrings = {
  rooflineCaption: 'Roofline: the machine’s roofs, what TF.js reaches, and where each op sits under both (FLOP/B of a roof is its ridge point).',
  speedupCaption: 'Speed-up of separable over standard against the multiply-add ratio.',
  compareCaption: 'Median per op across machines.',
  plots: {
    speedupAria: 'Speed-up of separable over standard convolution against the multiply-add ratio',
    speedupDescription: 'Each dot is one layer on one backend. The dashed diagonal is where the measured speed-up would equal the multiply-add ratio; dots below it fall short of the promise.',
    rooflineAria: 'Roofline: attainable GFLOP/s against arithmetic intensity, log-log, the machine’s roofs and what TF.js reaches',
    rooflineDescription: 'Solid lines: the machine’s roofs (measured bandwidth times intensity, capped by the wasm SIMD peak, one thread and every thread); dotted: the GPU’s. Dashed: what TF.js reaches on each backend. Each dot is an op at its arithmetic intensity and measured GFLOP/s; the table beside lists every roof and each op’s share of both.',
    compareAria: 'Median time per op on each machine, log scale',
    compareDescription: 'One row per op, layer and backend; one symbol per machine.',
    macRatioAxis: 'Multiply-add ratio, standard ÷ separable →',
    speedupAxis: '↑ Measured speed-up',
    promiseLabel: 'speed-up = MAC ratio',
    intensityAxis: 'Arithmetic intensity (FLOP per byte) →',
    gflopsAxis: '↑ GFLOP/s',
    medianAxis: 'Median ms per run →',
    fusedColumn: 'Speed-up with tf.separableConv2d',
    gflopsColumn: 'GFLOP/s',
    machineShareColumn: 'Share of the machine’s roof',
    tfjsShareColumn: 'Share of what TF.js reaches',
    roofSourceColumn: 'Roof (from)',
    ridge: 'ridge',
    tfjsProbes: 'tf.add and tf.matMul',
  },
} as const;

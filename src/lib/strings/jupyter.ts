/** Texts of the lessons' Jupyter notebooks (src/lib/notebooks) and of the link that downloads them. */
export const jupyterStrings = {
  downloadLink: 'Download as Jupyter notebook',
  downloadTitle: 'The lesson as a Jupyter notebook (.ipynb): its prose, its Keras examples as code cells, the expected outputs',
  intro: (route: string, tensorflow: string) =>
    `*This notebook is the Depthwise Lab lesson \`${route}\`, for Jupyter.* The prose is the lesson's. The code cells are its Keras (Python) examples, written for TensorFlow ${tensorflow} (\`pip install tensorflow-cpu==${tensorflow}\`; \`tensorflow\` works too) and run exactly as written; each ends with the output the site computed from its own formulas, as comments, so you can compare. The lesson's TensorFlow.js cells run only in a browser: each is named below as *TF.js-only*, with its code for reading. Random numbers differ between TensorFlow and TensorFlow.js, so only counts and shapes are expected to match exactly.`,
  objectives: 'After this lesson you can:',
  setupComment: (tensorflow: string, keras: string) => `# Checked with TensorFlow ${tensorflow} (tensorflow-cpu) and Keras ${keras}.`,
  expectedHeading: '# Expected output, computed by Depthwise Lab from its own formulas:',
  tfjsTwin: (title: string) => `*On the site, the TensorFlow.js version of the next example is the cell “${title}”.*`,
  tfjsOnly: (title: string, route: string) =>
    `**TF.js-only cell on the site: “${title}”.** It runs in the browser with TensorFlow.js, on the lesson page \`${route}\`. Its code, for reading:`,
  exercise: (title: string, route: string) => `**Exercise on the site (TF.js): ${title}.** Solve and check it on the lesson page \`${route}\`.`,
  quiz: 'Predict, then check on the site:',
  interactive: (name: string) => `**Interactive on the site:** ${name.replace(/\.+$/, '')}.`,
  figure: (name: string) => `**Figure on the site:** ${name.replace(/\.+$/, '')}.`,
  siteLink: (text: string, route: string) => `${text} (the site's \`${route}\` page)`,
  widgets: {
    'viz-stepper': 'a step-by-step animation of the sliding window',
    'viz-kernels': 'the kernels drawn as heatmaps',
    'viz-feature-maps': 'feature maps of a picture, channel by channel',
    'shape-widget': 'an output-shape calculator',
    'cost-calculator': 'the cost calculator',
  } as Record<string, string>,
} as const;

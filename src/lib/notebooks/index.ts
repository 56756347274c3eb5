export { EXPECTED_OUTPUTS, expectedOutput, pythonShape } from './expected';
export {
  cellId, codeCell, markdownCell, notebook, sourceLines,
  type CodeCell, type CodeCellMetadata, type MarkdownCell, type Notebook, type NotebookCell,
} from './ipynb';
export { lessonNotebook } from './lesson-notebook';
export { NOTEBOOK_PACKAGES } from './packages';
export { pipIndexArgs, type PipIndexArgs } from './pip-index';

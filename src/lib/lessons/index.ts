export {
  CALCULATOR_PAD, calculateCosts, PLOT_CHANNELS, PLOT_KERNELS, ratioSeries, savingText, TABLE_CHANNELS,
  type CalculatorFields, type CalculatorLabels, type CalculatorResult, type FieldError, type RatioPoint,
} from './calculator';
export { figureProps, figuresFor, LESSON_FIGURES, type FigureName, type FigureProp, type LessonFigure } from './figures';

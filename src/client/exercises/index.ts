/** Entry of checked exercises on a lesson page: <dw-exercise>. */
import { defineExercise } from './exercise-element';

defineExercise();

/** Entry of checked exercises on a lesson page: the verdict renderer and <dw-exercise>. */
import './verdict-renderer';
import { defineExercise } from './exercise-element';

defineExercise();

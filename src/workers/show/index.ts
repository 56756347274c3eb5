/** Loads every show method (built-ins, then extensions) and re-exports the show API for the worker. */
import './builtins';
import './extensions';

export { createShow, type ShowContext, type ShowMethod } from './registry';
export { consoleText, describeTensors, showValue } from './value';

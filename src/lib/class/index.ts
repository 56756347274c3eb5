export { answerHash, seal, unseal } from './seal';
export { CLASS_MODE_KEY, CLASS_PARAM, classLink, resolveClassMode, type ClassMode } from './mode';

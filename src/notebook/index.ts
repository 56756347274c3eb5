/** The blocks lesson authors import in MDX: `import { CodePair } from '../../notebook';` */
export { default as CodePair } from './CodePair.astro';

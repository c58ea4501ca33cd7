// Bundle entry: only the compromise actor finder, so esbuild measures what it costs a bundle.
export { compromise as candidate } from '../candidates/compromise';

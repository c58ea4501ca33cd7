// Bundle entry: only the compromiseTwo actor finder, so esbuild measures what it costs a bundle.
export { compromiseTwo as candidate } from '../candidates/compromise';

// Bundle entry: only the wink actor finder, so esbuild measures what it costs a bundle.
export { wink as candidate } from '../candidates/wink';

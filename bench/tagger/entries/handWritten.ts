// Bundle entry: only the handWritten actor finder, so esbuild measures what it costs a bundle.
export { handWritten as candidate } from '../candidates/handWritten';

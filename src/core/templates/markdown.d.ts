// Template files are bundled as text (esbuild's text loader; a require hook in unit tests).
declare module '*.md' {
  const text: string;
  export default text;
}

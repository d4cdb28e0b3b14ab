/** Text files imported with Vite's `?raw` suffix (the CLI bundle does the same with a small esbuild plugin). */
declare module '*?raw' {
  const text: string;
  export default text;
}

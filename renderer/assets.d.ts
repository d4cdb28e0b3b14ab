/** Stylesheets imported for their side effect (Vite bundles them). */
declare module '*.css';
/** Files imported for their URL (Vite copies them into the build as assets). */
declare module '*?url' {
  const url: string;
  export default url;
}

// Modules made by the docs site's own Vite plugins (see main.ts).
declare module 'virtual:polis-docs/sources' {
  const sources: import('./sources-types.ts').DocsSources;
  export default sources;
}

// The runtime's source text, provided by the scorecard-runtime-source plugin of vite.config.ts.
declare module 'virtual:scorecard-runtime' {
  const source: string;
  export default source;
}

// The standalone runtime's source, fetched only when a runtime bundle is exported: the virtual
// module is a chunk of its own (about 1 MB), never part of the start-up JavaScript.
export async function loadRuntimeSource(): Promise<string> {
  return (await import('virtual:scorecard-runtime')).default;
}

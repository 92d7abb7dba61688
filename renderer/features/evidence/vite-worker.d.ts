/** Vite's `?worker` import: a constructor for a Web Worker bundled from the module. */
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}

// Local typings for the `linebreak` package (UAX #14), which ships none.
declare module 'linebreak' {
  /** One break opportunity: the UTF-16 offset a new line may start at, and whether the break is mandatory. */
  export type Break = { position: number; required: boolean };

  /** Iterates the UAX #14 line-break opportunities of a string, in order; the last one is the string's length. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}

import type { z } from 'zod';

/** Declares an operation of the contract: its zod input schema and (as a type only) what it returns. */
export function operation<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: undefined as unknown as O }) };
}

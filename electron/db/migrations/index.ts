import { initialSchema } from './001-initial';

/**
 * The numbered migrations, oldest first. They are TypeScript string modules rather than loose
 * .sql files so the bundler carries them into the packaged app; never edit a released one —
 * add the next number.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial', sql: initialSchema },
];

/** Types of scripts/build-cli.mjs, for the tests and the benchmark that call it. */
export declare const projectRoot: string;
export declare const cliOutDir: string;
export declare const stampPath: string;
export declare const cliEntries: Record<string, string>;
export declare function sourceStamp(root?: string): string | null;
export declare function builtStamp(): string | null;
export declare function buildCli(): Promise<void>;

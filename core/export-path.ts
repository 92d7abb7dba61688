import { z } from 'zod';

/**
 * Where an export is written when the caller names the file itself (the loopback bridge, tests, scripts);
 * absent in the app, which asks with a save dialog. The service checks it: absolute, a file, the right extension.
 */
export const exportPathInput = z.string().trim().min(1).max(1000).optional();

/** What an export answers when the user closes the save dialog without choosing a file: nothing was written. */
export type ExportCancelled = { cancelled?: true };

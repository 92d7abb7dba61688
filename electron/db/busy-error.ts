/**
 * A write that waited the whole busy timeout for another writer (the app, the CLI or a batch worker on the
 * same database) and gave up: said to the user as 'busy', in words, never as an internal error.
 */
import { DossierError } from '../../core/errors';

/** The DossierError for SQLite's "database is locked" (SQLITE_BUSY and its extended codes); other errors unchanged. */
export function busyAsDossierError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY')) return error;
  return new DossierError('busy', {
    zh: '数据库正由另一个窗口、命令或批量任务写入，等待后仍未完成，本次操作未保存任何内容；请稍后重试',
    en: 'Another window, command or batch job is writing to the database and did not finish in time; nothing was saved — try again shortly',
  });
}

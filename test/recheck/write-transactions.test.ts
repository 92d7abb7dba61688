/**
 * Every write transaction takes the write lock at BEGIN (IMMEDIATE), so it waits out another writer for the busy
 * timeout instead of failing at once: a deferred transaction that reads and then writes cannot upgrade its lock
 * and fails with "database is locked" without waiting (the "24 of 25 calls failed"). Read-only
 * transactions may stay deferred; each is named here with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Transactions that only read, by file and what is run. */
const readOnly: Record<string, string> = {
  'electron/services/audit-service.ts:verifyAuditChain': 'audit:verify reads the chain as one snapshot',
  'electron/services/case-import-service.ts:write: false': 'a dry run of a case import reads the cases as one snapshot and writes nothing',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Each `.transaction(` call in `text`: its body and the text right after its closing parenthesis. */
function transactions(text: string): { line: number; body: string; after: string; assignedTo: string | null }[] {
  const found = [];
  for (let start = text.indexOf('.transaction('); start >= 0; start = text.indexOf('.transaction(', start + 1)) {
    let end = start + '.transaction('.length;
    for (let depth = 1; depth > 0 && end < text.length; end += 1) {
      if (text[end] === '(') depth += 1;
      else if (text[end] === ')') depth -= 1;
    }
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const assignedTo = /(?:const|let)\s+(\w+)\s*=\s*[\w.]+$/.exec(text.slice(lineStart, start))?.[1] ?? null;
    found.push({ line: text.slice(0, start).split('\n').length, body: text.slice(start, end), after: text.slice(end, end + 40).replace(/\s+/g, ''), assignedTo });
  }
  return found;
}

describe('write transactions', () => {
  it('every transaction in electron/ begins IMMEDIATE, except the read-only ones named here', () => {
    const deferred: string[] = [];
    const readOnlyFound = new Set<string>();
    let counted = 0;
    for (const file of sourceFiles(join(root, 'electron'))) {
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file).split('\\').join('/');
      for (const call of transactions(text)) {
        counted += 1;
        if (call.after.startsWith('.immediate(')) continue;
        // Kept in a variable and run later: every run of it must be .immediate().
        if (call.assignedTo && call.after.startsWith(';')) {
          const runs = [...text.matchAll(new RegExp(`\\b${call.assignedTo}(\\.\\w+)?\\(`, 'g'))].map((m) => m[1] ?? '()');
          if (runs.length > 0 && runs.every((how) => how === '.immediate')) continue;
        }
        const allowed = Object.keys(readOnly).find((key) => key.startsWith(`${name}:`) && call.body.includes(key.slice(name.length + 1)));
        if (allowed) readOnlyFound.add(allowed);
        else deferred.push(`${name}:${call.line}`);
      }
    }
    expect(deferred).toEqual([]);
    // The read-only list names only transactions that are still there.
    expect([...readOnlyFound].sort()).toEqual(Object.keys(readOnly).sort());
    expect(counted).toBeGreaterThan(40);
  });
});

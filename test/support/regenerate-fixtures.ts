/**
 * Regenerates the committed fixtures that are made by code: the bundled sample form
 * (templates/forms/case-registration-sample.pdf) and the golden page images (test/fixtures/golden).
 * Run `npx tsx test/support/regenerate-fixtures.ts`, then look at the pages before committing them.
 */
import { writeFileSync } from 'node:fs';
import { goldenPages, goldenPdf, renderPdfPage, writeGolden } from './golden-pages';
import { sampleFormBytes, sampleFormPath } from './sample-form-fixture';

writeFileSync(sampleFormPath, await sampleFormBytes());
console.log(`sample form: ${sampleFormPath}`);
for (const golden of goldenPages) {
  writeGolden(golden.name, renderPdfPage(await goldenPdf(golden), golden.page));
  console.log(`golden page: ${golden.name}`);
}

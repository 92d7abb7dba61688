/**
 * The properties a generated document carries in its file (PDF Info dictionary, DOCX core properties), as a
 * reader sees them in the viewer's "document properties". They speak the user's language only: the template id
 * and the hash of the filled data are provenance kept with the file's record in the database, not in the file.
 */
import type { DocumentModel } from './document-model';

/** What both renderers write into a document's properties. */
export type DocumentProperties = { title: string; subject: string; keywords: string[]; author: string | undefined };

/** The properties of `doc`: its title, the kind of case and plain keywords. */
export function documentProperties(doc: DocumentModel): DocumentProperties {
  return {
    title: doc.title,
    subject: doc.title.includes('信用卡纠纷') ? doc.title : `${doc.title}（信用卡纠纷）`,
    keywords: ['信用卡纠纷', doc.title],
    author: doc.meta.author,
  };
}

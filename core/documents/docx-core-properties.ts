/**
 * The DOCX package's core properties part (docProps/core.xml, ECMA-376 Part 2 §11), written here rather than by
 * the docx package, which stamps the wall-clock time into dcterms:created and dcterms:modified: a document
 * rendered twice from the same data and the same `createdAt` must be the same bytes (a resumed batch compares
 * files by SHA-256). Without `createdAt` the part carries no dates at all, as the PDF's Info dictionary.
 */

/** What the core properties say; the values as the user reads them in Word's 属性 dialog. */
export type CoreProperties = {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  lastModifiedBy: string;
  createdAt?: Date;
};

/** The path of the part inside the package. */
export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

const NAMESPACES = [
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:dcterms="http://purl.org/dc/terms/"',
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
].join(' ');

/** Text escaped for an XML element's content. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An element with text, left out when the text is empty (as the docx package does). */
function element(name: string, text: string): string {
  return text === '' ? '' : `<${name}>${escapeXml(text)}</${name}>`;
}

/** A W3CDTF timestamp in UTC to the second, the form Word itself writes. */
function w3cdtf(instant: Date): string {
  return `${instant.toISOString().slice(0, 19)}Z`;
}

/** The XML of docProps/core.xml for `properties`. */
export function corePropertiesXml(properties: CoreProperties): string {
  const dates = properties.createdAt
    ? `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(properties.createdAt)}</dcterms:created>`
      + `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(properties.createdAt)}</dcterms:modified>`
    : '';
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + `<cp:coreProperties ${NAMESPACES}>`
    + element('dc:title', properties.title)
    + element('dc:subject', properties.subject)
    + element('dc:creator', properties.creator)
    + element('cp:keywords', properties.keywords)
    + element('dc:description', properties.description)
    + element('cp:lastModifiedBy', properties.lastModifiedBy)
    + '<cp:revision>1</cp:revision>'
    + dates
    + '</cp:coreProperties>';
}

/**
 * The parts of a .docx package besides the body (ECMA-376 / ISO 29500): content types, relationships,
 * styles with the document defaults (宋体 in the eastAsia slot, Times New Roman for Latin, 小四 on an exact
 * 24 pt line, Chinese language tags), settings, the font table, the "第 x 页 共 y 页" footer built from PAGE
 * and NUMPAGES fields, and the core, app and custom properties that record template id, version and data hash.
 */

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The run fonts every run names: Latin and complex script in Times New Roman, East Asian in 宋体. */
export const RUN_FONTS = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>';

/** The namespaces of the main document part. */
export const DOCUMENT_NAMESPACES = `${W} ${R}`;

export const contentTypes = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
  + '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
  + '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
  + '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
  + '</Types>';

export const packageRels = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
  + '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
  + '</Relationships>';

/** The relationship id of the footer in document.xml.rels. */
export const FOOTER_RELATIONSHIP = 'rId3';

export const documentRels = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
  + `<Relationship Id="${FOOTER_RELATIONSHIP}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`
  + '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
  + '</Relationships>';

export const styles = `${DECL}<w:styles ${W}>`
  + '<w:docDefaults><w:rPrDefault><w:rPr>' + RUN_FONTS + '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
  + '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="480" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>'
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
  + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
  + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
  + '</w:styles>';

export const settings = `${DECL}<w:settings ${W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

export const fontTable = `${DECL}<w:fonts ${W}>`
  + '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
  + '<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
  + '</w:fonts>';

const footerRun = (inner: string) => `<w:r><w:rPr>${RUN_FONTS}<w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>${inner}</w:r>`;
const field = (code: string) =>
  footerRun('<w:fldChar w:fldCharType="begin"/>') + footerRun(`<w:instrText xml:space="preserve"> ${code} </w:instrText>`)
  + footerRun('<w:fldChar w:fldCharType="separate"/>') + footerRun('<w:fldChar w:fldCharType="end"/>');

/** The centred "第 x 页 共 y 页" footer: the numbers are PAGE and NUMPAGES fields Word fills in. */
export const footer = `${DECL}<w:ftr ${W} ${R}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>`
  + footerRun('<w:t xml:space="preserve">第 </w:t>') + field('PAGE') + footerRun('<w:t xml:space="preserve"> 页 共 </w:t>') + field('NUMPAGES')
  + footerRun('<w:t xml:space="preserve"> 页</w:t>') + '</w:p></w:ftr>';

export const appProperties = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Dossier</Application></Properties>`;

/** docProps/core.xml: title, author, subject and description (the provenance), keywords. */
export function coreProperties(p: { title: string; creator: string; provenance: string; keywords: string }): string {
  return `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:title>${xmlEscape(p.title)}</dc:title><dc:subject>${xmlEscape(p.provenance)}</dc:subject><dc:creator>${xmlEscape(p.creator)}</dc:creator>`
    + `<cp:keywords>${xmlEscape(p.keywords)}</cp:keywords><dc:description>${xmlEscape(p.provenance)}</dc:description><cp:lastModifiedBy>Dossier</cp:lastModifiedBy>`
    + '</cp:coreProperties>';
}

/** docProps/custom.xml: named string properties. */
export function customProperties(entries: readonly [string, string][]): string {
  const items = entries.map(([name, value], i) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${xmlEscape(name)}"><vt:lpwstr>${xmlEscape(value)}</vt:lpwstr></property>`);
  return `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items.join('')}</Properties>`;
}

/** The XML declaration every part starts with. */
export const XML_DECLARATION = DECL;

/**
 * The bundle's document properties. The Info dictionary carries title, author, subject and dates, and a
 * custom key /DossierEvidenceSHA256 listing every exhibit's full SHA-256; the XMP packet (PDF 32000-1
 * §14.3.2) says the same in Dublin Core plus a `dossier:` schema with each exhibit's label, name, file,
 * hash, volume and pages — so anyone can check a printed or forwarded bundle against the stored files
 * (DESIGN.md "Data": the hash goes into the evidence list and the bundle).
 */
import { PDFHexString, PDFString } from '@cantoo/pdf-lib';
import type { BundleHeader, PlacedExhibit } from './bundle-model';

/** The namespace of Dossier's own XMP properties. */
export const DOSSIER_XMP_NAMESPACE = 'https://dossier.example/ns/evidence-bundle/1.0/';

const text = (s: string) => PDFHexString.fromText(s).toString();

function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The document title: 证据材料 — 原告 诉 被告（第二册）. */
export function bundleTitle(header: BundleHeader, volume: number, volumes: number, volumeName: string): string {
  return `证据材料 — ${header.plaintiff} 诉 ${header.defendant}${volumes > 1 ? `（${volumeName}）` : ''}`;
}

/** The Info dictionary as PDF syntax. */
export function infoDictionary(header: BundleHeader, title: string, exhibits: readonly PlacedExhibit[], createdAt: Date): string {
  const hashes = exhibits.map((e) => `${e.label} ${e.sha256}`).join('; ');
  return `<</Title ${text(title)}/Author ${text(header.submittedBy)}/Subject ${text(`${header.cause} 证据材料汇编 ${header.court}`)}` +
    `/Keywords ${text(`证据材料; ${header.courtCaseNumber}; ${header.defendant}`)}/Creator (Dossier)/Producer (Dossier)` +
    `/CreationDate ${PDFString.of(pdfDate(createdAt)).toString()}/ModDate ${PDFString.of(pdfDate(createdAt)).toString()}` +
    `/DossierEvidenceSHA256 ${text(hashes)}>>`;
}

/** The XMP metadata packet, UTF-8. */
export function xmpPacket(header: BundleHeader, title: string, exhibits: readonly PlacedExhibit[], createdAt: Date): Uint8Array {
  const iso = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const items = exhibits.map((e) => [
    '<rdf:li rdf:parseType="Resource">',
    `<dossier:label>${xml(e.label)}</dossier:label>`,
    `<dossier:title>${xml(e.title)}</dossier:title>`,
    `<dossier:fileName>${xml(e.fileName)}</dossier:fileName>`,
    `<dossier:sha256>${e.sha256}</dossier:sha256>`,
    `<dossier:volume>${e.volume}</dossier:volume>`,
    `<dossier:firstPage>${e.firstPage}</dossier:firstPage>`,
    `<dossier:lastPage>${e.lastPage}</dossier:lastPage>`,
    '</rdf:li>',
  ].join('')).join('\n');
  const packet = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:dossier="${DOSSIER_XMP_NAMESPACE}">`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(header.submittedBy)}</rdf:li></rdf:Seq></dc:creator>`,
    '<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>',
    `<xmp:CreateDate>${iso}</xmp:CreateDate><xmp:ModifyDate>${iso}</xmp:ModifyDate><xmp:CreatorTool>Dossier</xmp:CreatorTool>`,
    '<pdf:Producer>Dossier</pdf:Producer>',
    `<dossier:court>${xml(header.court)}</dossier:court>`,
    `<dossier:exhibits><rdf:Seq>\n${items}\n</rdf:Seq></dossier:exhibits>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
  return new TextEncoder().encode(packet);
}

/** A file identifier (trailer /ID) derived from the exhibits' hashes, the volume and the date: same input, same ID. */
export function fileIdentifier(exhibits: readonly { sha256: string }[], volume: number, createdAt: Date): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const input = `${exhibits.map((e) => e.sha256).join('')}|${volume}|${createdAt.toISOString()}`;
  let out = '';
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < input.length; i++) {
      a = Math.imul(a ^ input.charCodeAt(i), 0x01000193) >>> 0;
      b = Math.imul(b ^ (input.charCodeAt(i) + round), 0x5bd1e995) >>> 0;
    }
    out += ((a ^ (b >>> 7)) >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * The parts of a Word document around its body, as WordprocessingML text:
 * styles, numbering, settings, header and footer, relationships, content
 * types and the document properties. What depends only on the language is
 * built and compressed once per process: a batch makes hundreds of documents.
 */
import { escapeXml as x } from './xml.js';
import { zipEntry, type ZipEntry } from './zip.js';

export const FONT = 'Calibri';
export const MONO = 'Consolas';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Relationship ids of word/document.xml that every document has; its links and pictures take the next ones. */
const RID = { styles: 'rId1', numbering: 'rId2', settings: 'rId3', header: 'rId4', footer: 'rId5' } as const;
export const FIRST_FREE_RID = 6;

/** A4, margins of 2.5 cm (1418 twentieths of a point), as Swedish offices print. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
/** The width between the margins, for a table's grid. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const fixed = new Map<string, ZipEntry[]>();

/** The parts that depend only on the language, compressed: the same for every document of a process. */
export function fixedEntries(language: string): ZipEntry[] {
  let entries = fixed.get(language);
  if (!entries) {
    entries = [
      zipEntry('[Content_Types].xml', CONTENT_TYPES),
      zipEntry('_rels/.rels', PACKAGE_RELS),
      zipEntry('docProps/app.xml', APP),
      zipEntry('word/styles.xml', styles(language)),
      zipEntry('word/settings.xml', SETTINGS),
    ];
    fixed.set(language, entries);
  }
  return entries;
}

const CONTENT_TYPES =
  DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Default Extension="png" ContentType="image/png"/>' +
  '<Default Extension="svg" ContentType="image/svg+xml"/>' +
  override('/word/document.xml', 'officedocument.wordprocessingml.document.main+xml') +
  override('/word/styles.xml', 'officedocument.wordprocessingml.styles+xml') +
  override('/word/numbering.xml', 'officedocument.wordprocessingml.numbering+xml') +
  override('/word/settings.xml', 'officedocument.wordprocessingml.settings+xml') +
  override('/word/header1.xml', 'officedocument.wordprocessingml.header+xml') +
  override('/word/footer1.xml', 'officedocument.wordprocessingml.footer+xml') +
  override('/docProps/core.xml', 'package.core-properties+xml') +
  override('/docProps/app.xml', 'officedocument.extended-properties+xml') +
  override('/docProps/custom.xml', 'officedocument.custom-properties+xml') +
  '</Types>';

function override(part: string, type: string): string {
  return `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-${type}"/>`;
}

const PACKAGE_RELS =
  DECL +
  `<Relationships xmlns="${RELS}">` +
  `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL_TYPE}/extended-properties" Target="docProps/app.xml"/>` +
  `<Relationship Id="rId4" Type="${REL_TYPE}/custom-properties" Target="docProps/custom.xml"/>` +
  '</Relationships>';

const APP =
  DECL +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';

// No w:updateFields: Word would ask on opening whether to update the fields; PAGE and NUMPAGES update by themselves.
const SETTINGS =
  DECL +
  `<w:settings ${W}>` +
  '<w:defaultTabStop w:val="720"/>' +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '</w:settings>';

const FONTS = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>`;
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;

/**
 * The standard style ids and names ("Title", "Heading1" named "heading 1"), so
 * Word shows them as its own, the navigation pane lists the headings (their
 * outline level) and readers such as mammoth map them to h1, h2...
 */
function styles(language: string): string {
  const heading = (level: number, halfPoints: number, before: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr>${FONTS}<w:b/><w:bCs/><w:color w:val="1F3864"/>${size(halfPoints)}</w:rPr></w:style>`;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  return (
    DECL +
    `<w:styles ${W}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${FONTS}${size(22)}<w:lang w:val="${x(language)}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>' +
    `<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr>${FONTS}<w:b/><w:bCs/><w:color w:val="1F3864"/>${size(36)}</w:rPr></w:style>` +
    heading(1, 28, 360) +
    heading(2, 24, 240) +
    heading(3, 22, 200) +
    heading(4, 22, 160) +
    heading(5, 22, 120) +
    heading(6, 22, 120) +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr>${size(18)}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr>${size(18)}</w:rPr></w:style>` +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>' +
    '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr></w:style>` +
    '</w:styles>'
  );
}

/** Bullets: the glyphs Word offers first, one indent step (720) a level. */
const BULLETS = ['●', '○', '■'];
const ABSTRACT_NUMS =
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>' +
  Array.from({ length: 9 }, (_, l) => level(l, 'bullet', BULLETS[l % 3]!)).join('') +
  '</w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>' +
  Array.from({ length: 9 }, (_, l) => level(l, 'decimal', `%${l + 1}.`)).join('') +
  '</w:abstractNum>';

function level(ilvl: number, format: string, text: string): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
}

/** numId of every bullet list; an ordered list has its own numId from 2 on. */
export const BULLET_NUM = 1;

/**
 * One w:num for the bullets, and one per ordered list that starts it again at
 * 1 (at the level it is on): otherwise Word numbers every list of the document on.
 */
export function numberingXml(orderedListLevels: readonly number[]): string {
  let nums = `<w:num w:numId="${BULLET_NUM}"><w:abstractNumId w:val="0"/></w:num>`;
  orderedListLevels.forEach((lvl, i) => {
    nums += `<w:num w:numId="${BULLET_NUM + 1 + i}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
  });
  return `${DECL}<w:numbering ${W}>${ABSTRACT_NUMS}${nums}</w:numbering>`;
}

export function documentXml(body: string): string {
  return (
    `${DECL}<w:document ${W} ${R} ${WP}><w:body>${body}` +
    `<w:sectPr><w:headerReference w:type="default" r:id="${RID.header}"/><w:footerReference w:type="default" r:id="${RID.footer}"/>` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="708" w:footer="708" w:gutter="0"/>` +
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
  );
}

/** The relationships of word/document.xml: the fixed parts, then the document's own (see FIRST_FREE_RID). */
export function documentRelsXml(own: string): string {
  return (
    `${DECL}<Relationships xmlns="${RELS}">` +
    `<Relationship Id="${RID.styles}" Type="${REL_TYPE}/styles" Target="styles.xml"/>` +
    `<Relationship Id="${RID.numbering}" Type="${REL_TYPE}/numbering" Target="numbering.xml"/>` +
    `<Relationship Id="${RID.settings}" Type="${REL_TYPE}/settings" Target="settings.xml"/>` +
    `<Relationship Id="${RID.header}" Type="${REL_TYPE}/header" Target="header1.xml"/>` +
    `<Relationship Id="${RID.footer}" Type="${REL_TYPE}/footer" Target="footer1.xml"/>` +
    `${own}</Relationships>`
  );
}

export function hyperlinkRel(id: string, href: string): string {
  return `<Relationship Id="${id}" Type="${REL_TYPE}/hyperlink" Target="${x(href)}" TargetMode="External"/>`;
}

export function imageRel(id: string, target: string): string {
  return `<Relationship Id="${id}" Type="${REL_TYPE}/image" Target="${target}"/>`;
}

export function headerXml(text: string): string {
  return `${DECL}<w:hdr ${W} ${R}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:color w:val="595959"/>${size(18)}</w:rPr><w:t xml:space="preserve">${x(text)}</w:t></w:r></w:p></w:hdr>`;
}

/** The footer, centred; {page} and {pages} become the fields PAGE and NUMPAGES, which Word and LibreOffice fill in. */
export function footerXml(text: string): string {
  const rPr = `<w:rPr>${size(18)}</w:rPr>`;
  const field = (code: string) =>
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>1</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`;
  const runs = text
    .split(/(\{page\}|\{pages\})/)
    .filter((p) => p !== '')
    .map((p) => (p === '{page}' ? field('PAGE') : p === '{pages}' ? field('NUMPAGES') : `<w:r>${rPr}<w:t xml:space="preserve">${x(p)}</w:t></w:r>`))
    .join('');
  return `${DECL}<w:ftr ${W} ${R}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>${runs}</w:p></w:ftr>`;
}

export interface CoreProperties {
  title: string;
  creator?: string;
  subject?: string;
  description?: string;
}

/** docProps/core.xml: what Word shows under File > Info. Dates in W3CDTF, to the second. */
export function coreXml(p: CoreProperties, now: Date): string {
  const when = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const el = (name: string, value: string | undefined) => (value === undefined ? '' : `<${name}>${x(value)}</${name}>`);
  return (
    DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', p.title) +
    el('dc:subject', p.subject) +
    el('dc:creator', p.creator) +
    el('dc:description', p.description) +
    el('cp:lastModifiedBy', p.creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** docProps/custom.xml: the extra properties as text; pid counts from 2 (the format reserves 0 and 1). */
export function customXml(properties: Record<string, string>): string {
  const props = Object.entries(properties)
    .map(
      ([name, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${x(name)}"><vt:lpwstr>${x(value)}</vt:lpwstr></property>`,
    )
    .join('');
  return `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`;
}

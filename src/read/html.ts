import { createRequire } from 'node:module';
import type { DefaultTreeAdapterMap } from 'parse5';

// The HTML parser is loaded on first use: plain-text corpora never need it.
const require = createRequire(import.meta.url);
let libraries: { parse: typeof import('parse5').parse; decodeHTML: typeof import('entities').decodeHTML } | null = null;
const htmlLibraries = () =>
  (libraries ??= { parse: (require('parse5') as typeof import('parse5')).parse, decodeHTML: (require('entities') as typeof import('entities')).decodeHTML });

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** An article's text taken from an HTML page, with each UTF-16 unit's span in the HTML source. */
export interface HtmlArticle {
  text: string;
  /** The page's <title>, when the headline is another element: its site name (某某区人民政府网) may name the article's place. */
  pageTitle: string | null;
  /** For each UTF-16 unit of `text`: where it starts and ends in the HTML source (UTF-16 offsets). */
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'template', 'head', 'textarea', 'figcaption', 'rt', 'rp']);
/** An inline style that hides its element: hidden text is no part of what a reader sees. */
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Hidden only until a script shows it: a saved WeChat article's body (#js_content, visibility: hidden). */
const SHOWN_BY_SCRIPT = /visibility\s*:\s*hidden/i;
const BOILERPLATE = /nav|menu|footer|header|breadcrumb|crumb|sidebar|share|copyright|comment|related|toolbar|login|banner/i;
const CONTENT = /article|content|main|detail|text|zoom|news_?con|body|editor|con\b/i;
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'main', 'blockquote', 'pre', 'dd', 'dt', 'title']);

/** Whether a file is HTML: by its name, or by how its content starts. */
export function looksLikeHtml(file: string, text: string): boolean {
  // XHTML pages may open with an XML declaration, and saved pages with a comment, before the markup.
  return /\.html?$/i.test(file) || /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

/**
 * The page's title and main text, without scripts, styles, navigation and footers. Every walk
 * over the tree is a loop with a stack of its own: a page of 100,000 nested elements is no deeper
 * for it than a flat one.
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const document = htmlLibraries().parse(html, { sourceCodeLocationInfo: true });
  const out = new TextBuilder(html);
  const body = findFirst(document, (e) => e.tagName === 'body');
  // The length of text under each element of the body, found once for the three searches below.
  const lengths = body ? textLengths(body) : new Map<Element, number>();
  const content = body ? mainContent(body, lengths) : null;
  const title = headline(body, content, lengths) ?? findFirst(document, (e) => e.tagName === 'title');
  // A newspaper's issue line above the headline, first: a date before the headline is the last one a dateline is taken from.
  // Where the headline is only the page's <title>, the issue line stands anywhere above the main text's first line.
  const above = title && body && contains(body, title) ? title : ((content && firstParagraph(content)) ?? title);
  for (const line of above ? issueDateLines(body, above, lengths) : []) {
    collectText(line, out, true);
    out.lineBreak();
  }
  if (title && !(content && contains(content, title))) {
    collectText(title, out);
    out.lineBreak();
    for (const line of metaLines(body, title, content, lengths)) {
      collectText(line, out);
      out.lineBreak();
    }
  }
  if (content) collectText(content, out);
  const pageTitle = findFirst(document, (e) => e.tagName === 'title');
  return { ...out.result(), pageTitle: pageTitle && pageTitle !== title ? plainText(pageTitle) : null };
}

/** A dateline or a source line: 发布时间：2021-07-12, 【2021-07-12】, 来源：某某网, 作者 … */
const META = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|来源|发布|日期|时间|作者|记者|通讯员|编辑/;
const MAX_META_LENGTH = 80;

/**
 * The dateline and source lines of a page that stand between its headline and its main text, outside
 * both (the date of a page is often there, not in the text): short elements that look like them,
 * each taken whole. Nothing before the headline is taken: a portal's top bar shows today's date.
 */
function metaLines(body: Element | null, title: Element, content: Element | null, lengths: Map<Element, number>): Element[] {
  const after = title.sourceCodeLocation?.endOffset;
  const before = content && content !== body ? content.sourceCodeLocation?.startOffset : undefined;
  if (!body || after === undefined || before === undefined || !contains(body, title)) return [];
  const lines: Element[] = [];
  const stack: Element[] = [body];
  while (stack.length) {
    const element = stack.pop()!;
    const location = element.sourceCodeLocation;
    // An element the parser adds (a table's implied tbody) has no place in the source: its children do.
    if (!location) {
      for (const child of childrenOf(element)) if (isElement(child)) stack.push(child as Element);
      continue;
    }
    if (location.endOffset <= after || location.startOffset >= before || element === content) continue;
    const length = lengths.get(element);
    if (length === undefined) continue; // skipped, or inside a skipped element
    if (location.startOffset >= after && location.endOffset <= before && length > 0 && length <= MAX_META_LENGTH && META.test(plainText(element))) {
      lines.push(element);
      continue;
    }
    const children = childrenOf(element);
    for (let i = children.length - 1; i >= 0; i--) if (isElement(children[i]!)) stack.push(children[i] as Element);
  }
  return lines;
}

/** A newspaper's name with the date of its issue (某某日报数字报　2023年05月11日　星期四): the article's date, not today's. */
const ISSUE_DATE = /(?:日报|晚报|时报|商报|数字报|电子报)[^\n]{0,12}?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/**
 * The issue line of a newspaper's page (its name and the day's date) above the headline, where a
 * portal's top bar would show today's date: the smallest elements before the headline that hold it.
 */
function issueDateLines(body: Element | null, title: Element, lengths: Map<Element, number>): Element[] {
  const titleStart = title.sourceCodeLocation?.startOffset;
  if (!body || titleStart === undefined) return [];
  const lines: Element[] = [];
  const stack: Element[] = [body];
  while (stack.length) {
    const element = stack.pop()!;
    const location = element.sourceCodeLocation;
    const length = lengths.get(element);
    // A table's implied tbody has no place in the source: its rows do.
    if (!location) {
      for (const child of childrenOf(element)) if (isElement(child)) stack.push(child as Element);
      continue;
    }
    // A page's header counts here (its length unknown: no main text is sought there): the issue line often stands in it.
    if (location.startOffset >= titleStart || !ISSUE_DATE.test(plainText(element))) continue;
    const holding = childrenOf(element).filter((child): child is Element => isElement(child) && ISSUE_DATE.test(plainText(child)));
    if (holding.length === 0 && location.endOffset <= titleStart && (length ?? plainText(element).length) <= MAX_META_LENGTH) lines.push(element);
    else stack.push(...holding);
  }
  return lines;
}

/** The first paragraph of the main text (a <p>, or a leaf block that reads as a sentence): where its prose begins. */
function firstParagraph(content: Element): Element | null {
  const stack: Element[] = [content];
  while (stack.length) {
    const element = stack.pop()!;
    const children = childrenOf(element).filter(isElement) as Element[];
    if (element.tagName === 'p' || (children.length === 0 && isProse(plainText(element)))) return element;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}
const PROSE_LENGTH = 20;
const isProse = (text: string) => text.trim().length >= PROSE_LENGTH && /[。，,]/.test(text);

/** The text under an element, without markup. */
function plainText(root: Element): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') text += (node as TextNode).value;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return text.trim();
}

const TITLE_LABEL = /(?:^|[-_\s])(?:title|tit|bt|biaoti)(?:$|[-_\s\d])/i;

/**
 * The article's headline, which outranks the site's <title> (often 某文 - 某某区人民政府网): the
 * first h1 outside navigation, else an element labelled as the title; short texts (a logo) are no headline.
 */
function headline(body: Element | null, content: Element | null, lengths: Map<Element, number>): Element | null {
  if (!body) return null;
  const fits = (element: Element) => {
    const length = lengths.get(element) ?? 0;
    return length >= 6 && length <= 100;
  };
  const labelled = (element: Element) => TITLE_LABEL.test(`${attribute(element, 'id')} ${attribute(element, 'class')}`);
  return (
    findFirst(body, (e) => e.tagName === 'h1' && fits(e)) ??
    findFirst(body, (e) => labelled(e) && fits(e)) ??
    (content ? findFirst(content, (e) => e.tagName === 'h2' && (lengths.get(e) ?? 0) >= 6) : null)
  );
}

function contains(ancestor: Element, node: Element): boolean {
  for (let n: Node | null = node; n; n = (n as Element).parentNode as Node | null) if (n === ancestor) return true;
  return false;
}

/** The content element holding the most text, when it holds a good part of the page's text; else the body. */
function mainContent(body: Element, lengths: Map<Element, number>): Element {
  const total = lengths.get(body) ?? 0;
  let best: Element | null = null;
  let bestLength = 0;
  for (const [element, length] of lengths) {
    if (element.tagName !== 'article' && element.tagName !== 'main' && !CONTENT.test(`${attribute(element, 'id')} ${attribute(element, 'class')}`)) continue;
    if (length > bestLength) [best, bestLength] = [element, length];
  }
  return best && bestLength >= total * 0.3 ? best : body;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  const style = attribute(element, 'style');
  const shownLater = SHOWN_BY_SCRIPT.test(style) && !/display\s*:\s*none/i.test(style) && CONTENT.test(`${attribute(element, 'id')} ${attribute(element, 'class')}`);
  if (element.attrs?.some((a) => a.name === 'hidden') || (HIDDEN_STYLE.test(style) && !shownLater)) return true;
  if ((element.tagName === 'ul' || element.tagName === 'ol') && isLinkList(element)) return true;
  return BOILERPLATE.test(`${attribute(element, 'id')} ${attribute(element, 'class')}`);
}

/** At least this share of a list's text in links makes it a list of other pages (相关新闻, 镇街动态), not the article's. */
const LINK_LIST_SHARE = 0.5;
const linkLists = new WeakMap<Element, boolean>();

/** Whether a list is mostly links: a list of other articles, whatever its class is called. */
function isLinkList(list: Element): boolean {
  let known = linkLists.get(list);
  if (known !== undefined) return known;
  let text = 0;
  let linked = 0;
  const stack: [Node, boolean][] = [[list, false]];
  while (stack.length) {
    const [node, inLink] = stack.pop()!;
    if (node.nodeName === '#text') {
      const length = (node as TextNode).value.trim().length;
      text += length;
      if (inLink) linked += length;
      continue;
    }
    const link = inLink || (isElement(node) && node.tagName === 'a');
    for (const child of childrenOf(node)) stack.push([child, link]);
  }
  known = text > 0 && linked >= text * LINK_LIST_SHARE;
  linkLists.set(list, known);
  return known;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? (node as Element).childNodes : []);

/** Adds the text under a node, a line break before and after each block element. */
function collectText(root: Node, out: TextBuilder, keepRoot = false): void {
  // The stack holds nodes still to enter, and `null` for a block element's closing line break.
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      out.lineBreak();
      continue;
    }
    if (node.nodeName === '#text') {
      out.addTextNode(node as TextNode);
      continue;
    }
    if (!('childNodes' in node)) continue;
    // `keepRoot`: an element chosen for what it holds (an issue line in a page's header) is read though its kind is skipped.
    if (isElement(node) && isSkipped(node) && node.tagName !== 'title' && !(keepRoot && node === root)) continue;
    const block = isElement(node) && BLOCKS.has(node.tagName);
    if (block) {
      out.lineBreak();
      stack.push(null);
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * The length of trimmed text under each element that is not skipped, in document order: one
 * pass over the tree, children before their parent.
 */
function textLengths(root: Element): Map<Element, number> {
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    order.push(element);
    const children = childrenOf(element);
    for (let i = children.length - 1; i >= 0; i--) if (isElement(children[i]!) && !isSkipped(children[i] as Element)) stack.push(children[i] as Element);
  }
  const lengths = new Map<Element, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i]!;
    let length = 0;
    for (const child of childrenOf(element)) {
      if (child.nodeName === '#text') length += (child as TextNode).value.trim().length;
      else if (isElement(child)) length += lengths.get(child) ?? 0;
    }
    lengths.set(element, length);
  }
  // In document order, so that of equal lengths the first element wins.
  return new Map(order.map((e) => [e, lengths.get(e)!]));
}

function findFirst(root: Node, test: (element: Element) => boolean): Element | null {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node) && test(node)) return node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

function attribute(element: Element, name: string): string {
  return element.attrs?.find((a) => a.name === name)?.value ?? '';
}

const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/y;

function entityAt(text: string, at: number): string | undefined {
  ENTITY.lastIndex = at;
  return ENTITY.exec(text)?.[0];
}

/** Builds the article text while remembering, for each unit, its span in the HTML source. */
class TextBuilder {
  // Units are collected in an array and joined once: appending to a string and asking it
  // endsWith() on every line break flattened it each time, quadratic in the page's size.
  private units: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly html: string) {}

  lineBreak(): void {
    if (this.units.length === 0 || this.units[this.units.length - 1] === '\n') return;
    const at = this.ends[this.ends.length - 1] ?? 0;
    this.push('\n', at, at);
  }

  /**
   * Aligns a text node's decoded value with its source: characters map one to one, an entity
   * (&nbsp; &#20826;) maps to its whole source span, CR LF maps to the LF parse5 keeps, and
   * characters the parser drops (NUL in body text) are stepped over.
   */
  addTextNode(node: TextNode): void {
    const location = node.sourceCodeLocation;
    if (!location) return;
    const raw = this.html.slice(location.startOffset, location.endOffset);
    const value = node.value;
    let i = 0;
    for (let j = 0; j < value.length; ) {
      const at = location.startOffset + i;
      const entity = raw[i] === '&' ? entityAt(raw, i) : undefined;
      if (entity && !value.startsWith(entity, j)) {
        const decoded = htmlLibraries().decodeHTML(entity);
        for (let k = 0; k < decoded.length && j < value.length; k++, j++) this.push(value[j]!, at, at + entity.length);
        i += entity.length;
      } else if (raw[i] === '\r' && value[j] === '\n') {
        const width = raw[i + 1] === '\n' ? 2 : 1;
        this.push('\n', at, at + width);
        i += width;
        j++;
      } else if (raw[i] === value[j] || (raw[i] === '\0' && value[j] === '\uFFFD') || i >= raw.length) {
        this.push(value[j]!, at, at + 1);
        i++;
        j++;
      } else {
        i++; // a source character the parser dropped, such as NUL in body text
      }
    }
  }

  private push(unit: string, start: number, end: number): void {
    this.units.push(unit);
    this.starts.push(start);
    this.ends.push(end);
  }

  result(): Omit<HtmlArticle, 'pageTitle'> {
    return { text: this.units.join(''), sourceStart: Int32Array.from(this.starts), sourceEnd: Int32Array.from(this.ends) };
  }
}

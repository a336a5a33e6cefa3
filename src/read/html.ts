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
  /** For each UTF-16 unit of `text`: where it starts and ends in the HTML source (UTF-16 offsets). */
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'template', 'head']);
const BOILERPLATE = /nav|menu|footer|header|breadcrumb|crumb|sidebar|share|copyright|comment|related|toolbar|login|banner/i;
const CONTENT = /article|content|main|detail|text|zoom|news_?con|body|editor|con\b/i;
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'main', 'blockquote', 'pre', 'dd', 'dt', 'title']);

/** Whether a file is HTML: by its name, or by how its content starts. */
export function looksLikeHtml(file: string, text: string): boolean {
  // XHTML pages may open with an XML declaration, and saved pages with a comment, before the markup.
  return /\.html?$/i.test(file) || /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

/** The page's title and main text, without scripts, styles, navigation and footers. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const document = htmlLibraries().parse(html, { sourceCodeLocationInfo: true });
  const out = new TextBuilder(html);
  const body = findFirst(document, (e) => e.tagName === 'body');
  const content = body ? mainContent(body) : null;
  const title = headline(body, content) ?? findFirst(document, (e) => e.tagName === 'title');
  if (title && !(content && contains(content, title))) {
    collectText(title, out);
    out.lineBreak();
  }
  if (content) collectText(content, out);
  return out.result();
}

const TITLE_LABEL = /(?:^|[-_\s])(?:title|tit|bt|biaoti)(?:$|[-_\s\d])/i;

/**
 * The article's headline, which outranks the site's <title> (often 某文 - 某某区人民政府网): the
 * first h1 outside navigation, else an element labelled as the title; short texts (a logo) are no headline.
 */
function headline(body: Element | null, content: Element | null): Element | null {
  if (!body) return null;
  let found: Element | null = null;
  let labelled: Element | null = null;
  visit(body, (element) => {
    const length = found ? 0 : textLength(element);
    if (found || length < 6 || length > 100) return;
    if (element.tagName === 'h1') found = element;
    else if (!labelled && TITLE_LABEL.test(`${attribute(element, 'id')} ${attribute(element, 'class')}`)) labelled = element;
  });
  return found ?? labelled ?? (content ? findFirst(content, (e) => e.tagName === 'h2' && textLength(e) >= 6) : null);
}

function contains(ancestor: Element, node: Element): boolean {
  for (let n: Node | null = node; n; n = (n as Element).parentNode as Node | null) if (n === ancestor) return true;
  return false;
}

/** The content element holding the most text, when it holds a good part of the page's text; else the body. */
function mainContent(body: Element): Element {
  const total = textLength(body);
  let best: Element | null = null;
  let bestLength = 0;
  visit(body, (element) => {
    const label = `${attribute(element, 'id')} ${attribute(element, 'class')}`;
    if (element.tagName !== 'article' && element.tagName !== 'main' && !CONTENT.test(label)) return;
    const length = textLength(element);
    if (length > bestLength) [best, bestLength] = [element, length];
  });
  return best && bestLength >= total * 0.3 ? best : body;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  return BOILERPLATE.test(`${attribute(element, 'id')} ${attribute(element, 'class')}`);
}

function collectText(node: Node, out: TextBuilder): void {
  if (node.nodeName === '#text') {
    out.addTextNode(node as TextNode);
    return;
  }
  if (!('childNodes' in node)) return;
  const element = node as Element;
  if ('tagName' in element && isSkipped(element) && element.tagName !== 'title') return;
  const block = 'tagName' in element && BLOCKS.has(element.tagName);
  if (block) out.lineBreak();
  for (const child of element.childNodes) collectText(child, out);
  if (block) out.lineBreak();
}

function textLength(element: Element): number {
  let length = 0;
  const walk = (node: Node) => {
    if (node.nodeName === '#text') length += (node as TextNode).value.trim().length;
    else if ('childNodes' in node && !('tagName' in node && isSkipped(node as Element))) (node as Element).childNodes.forEach(walk);
  };
  walk(element);
  return length;
}

function visit(node: Node, onElement: (element: Element) => void): void {
  if (!('childNodes' in node)) return;
  if ('tagName' in node) {
    if (isSkipped(node as Element)) return;
    onElement(node as Element);
  }
  for (const child of (node as Element).childNodes) visit(child, onElement);
}

function findFirst(node: Node, test: (element: Element) => boolean): Element | null {
  if ('tagName' in node && test(node as Element)) return node as Element;
  if (!('childNodes' in node)) return null;
  for (const child of (node as Element).childNodes) {
    const found = findFirst(child, test);
    if (found) return found;
  }
  return null;
}

function attribute(element: Element, name: string): string {
  return element.attrs?.find((a) => a.name === name)?.value ?? '';
}

const ENTITY = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/;

/** Builds the article text while remembering, for each unit, its span in the HTML source. */
class TextBuilder {
  private text = '';
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly html: string) {}

  lineBreak(): void {
    if (this.text.length === 0 || this.text.endsWith('\n')) return;
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
      const entity = raw[i] === '&' ? ENTITY.exec(raw.slice(i))?.[0] : undefined;
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
    this.text += unit;
    this.starts.push(start);
    this.ends.push(end);
  }

  result(): HtmlArticle {
    return { text: this.text, sourceStart: Int32Array.from(this.starts), sourceEnd: Int32Array.from(this.ends) };
  }
}

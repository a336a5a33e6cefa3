/**
 * Where a saved page's article ends: at the first line after some of its prose that opens the
 * chrome pages put after an article (上一篇/下一篇, 相关新闻 and 推荐阅读 lists, a QR code's or the
 * share buttons' prompt, the copyright footer). What follows names other units, other years and other figures, none of the article's.
 */
const CHROME_LINE =
  /^(?:上一篇|下一篇|上一条|下一条|相关(?:新闻|阅读|文章|信息|链接|报道|推荐|稿件)|推荐阅读|延伸阅读|往期(?:推荐|回顾|精选)|热点推荐|热门推荐|猜你喜欢|更多阅读|版权所有|网站标识码|扫一扫|分享到|Copyright|©)/i;
/** The characters such a line opens with: only lines opening with one are tried. */
const CHROME_FIRST = new Set([...'上下相推延往热猜更版网扫分Cc©']);
/**
 * A sentence's end: a line holding one is the article's prose (a column called 推荐阅读 over the headline ends nothing).
 * An exclamation or a question that ends its line may be a site's slogan over the page (…学习好帮手!), not yet prose;
 * an ASCII ? after no Han character, or in a run (09:36:18??来源, 节??日), stands for characters lost in a page's encoding.
 */
const PROSE = /。|(?:[！？]|(?<=\p{Script=Han})[!?](?![?!]))(?![ \t\u3000]*(?:\n|$))/u;

export function articleEnd(text: string): number {
  const prose = PROSE.exec(text);
  if (!prose) return text.length;
  for (let start = text.indexOf('\n', prose.index) + 1; start > 0 && start < text.length; start = text.indexOf('\n', start) + 1) {
    let first = start;
    while (text[first] === ' ' || text[first] === '\u3000' || text[first] === '\t') first++;
    if (CHROME_FIRST.has(text[first]!) && CHROME_LINE.test(text.slice(first, first + 8))) return start;
  }
  return text.length;
}

/** The list's names of townships and village-level committees, as articles write the places. */

/** A township as articles write it: 街道办事处 is the 街道's office; 兵团一二一团 and 兵团一三七团乡 are 一二一团, 一三七团. */
export const townshipName = (name: string) => name.replace(/街道办事处$/, '街道').replace(/^兵团(.+团)(?:乡|镇|生活区|分部)?$/, '$1');

/**
 * A village-level committee as articles write the place: 张庄村村委会 and 张庄村民委员会 are
 * 张庄村, 银闸社区居委会 and 新兴里居委会 are communities (社区), 兴华嘎查委会 is 兴华嘎查. Notes in
 * trailing parentheses go; names of other forms (生活区, 牧委会 …) stay as they are.
 */
export function villageName(raw: string): string {
  const name = raw.replace(/^（([^（）]+)）$/, '$1').replace(/(（[^（）]*）)+$/, '').replace(/会会$/, '会');
  const village = name.match(/^(.+?)(村民委员会?|村民委会|村委员会|村委会|村委)$/);
  if (village) return /(村|嘎查)$/.test(village[1]!) ? village[1]! : `${village[1]}村`;
  const community = name.match(/^(.+?)(社区)?(居民委员会?|居民委会|居委会|居委|委员会)$/);
  if (community && (community[2] || community[3] !== '委员会')) return `${community[1]}社区`;
  const gacha = name.match(/^(.+嘎查)(委员会|委会)$/);
  if (gacha) return gacha[1]!;
  return name;
}

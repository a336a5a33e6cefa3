import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold, score } from '../src/eval/index.js';
import { Record } from '../src/record.js';
import { RECORD_FIELDS, UNCODED } from '../src/result.js';
import { article, extractText, ROOT, SEEDS } from './helpers.js';

const results = SEEDS.map((name) => extractText(article(name), name));

describe('extraction on the seeds', { timeout: 60_000 }, () => {
  it('produces records that satisfy the output contract', () => {
    for (const record of results.flatMap((r) => r.records)) expect(() => Record.parse(record)).not.toThrow();
  });

  it('writes the contract\'s fields in the schema\'s order', () => {
    expect([...RECORD_FIELDS]).toEqual(Object.keys(Record.shape));
  });

  it('gives back every evidence text from its code-point offsets in the original file', () => {
    for (const [i, result] of results.entries()) {
      const original = [...article(SEEDS[i]!)];
      expect(result.records.length).toBeGreaterThan(0);
      for (const r of result.records) expect(original.slice(r.start, r.end).join('')).toBe(r.text);
    }
  });

  it('keeps the evidence of traditional articles in traditional characters with their pinyin', () => {
    const record = results[1]!.records.find((r) => r.metric === 'branches_established' && r.value === 139)!;
    expect(record.text).toBe('建立網(wǎng)格黨支部139個');
  });

  it('scores F1 ≥ 0.95 and unit-year accuracy 1.0 against the seeds gold', () => {
    const gold = parseGold(readFileSync(path.join(ROOT, 'fixtures/gold/seeds.yaml'), 'utf8'));
    const report = score(gold, results);
    expect(report.unitYearAccuracy).toBe(1);
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('matches the committed expected output (regenerate with npm run expected, review the diff)', () => {
    const output = execFileSync(path.join(ROOT, 'bin/dangjian'), ['extract', 'fixtures/articles'], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toBe(readFileSync(path.join(ROOT, 'fixtures/expected/records.jsonl'), 'utf8'));
    const wide = execFileSync(path.join(ROOT, 'bin/dangjian'), ['extract', 'fixtures/articles', '--format', 'csv', '--shape', 'wide'], { cwd: ROOT, encoding: 'utf8' });
    expect(wide).toBe(readFileSync(path.join(ROOT, 'fixtures/expected/table.csv'), 'utf8'));
  }, 30_000);
});

describe('eval matching', () => {
  const record = (unit: string, metric: string, value: number) =>
    ({ file: 'a.txt', unit, year: 2021, metric, value, measure: 'count', measure_word: '个', qualifier: 'exact', text: '', start: 0, end: 0, rule: 'r' }) as Record;
  const gold = parseGold(`
- file: a.txt
  units: [{unit: 东风镇, year: 2021}]
  records:
    - {unit: 东风镇, year: 2021, metric: meetings, value: 12}
    - {unit: 东风镇, year: 2021, metric: meetings, value: 12}
    - {unit: 东风镇, year: 2021, metric: tax_revenue, value: 352000000}
`);

  it('matches one to one, on unit after removing party-body suffixes, and large values relatively', () => {
    const report = score(gold, [
      { file: 'dir/a.txt', encoding: 'utf-8', format: 'text', units: [{ unit: '东风镇党委', ...UNCODED, year: 2021 }], warnings: [], fingerprint: null, duplicate_of: null, records: [record('东风镇党委', 'meetings', 12), record('东风镇', 'tax_revenue', 352000000.0001), record('东风镇', 'meetings', 13)] },
    ]);
    expect(report.overall).toMatchObject({ gold: 3, found: 3, matched: 2 });
    expect(report.misses).toHaveLength(1);
    expect(report.falseHits.map((r) => r.value)).toEqual([13]);
    expect(report.unitYearAccuracy).toBe(1);
  });

  it('with ignoreUnit, matches on file, metric and value alone', () => {
    const results = [{ file: 'a.txt', encoding: 'utf-8', format: 'text', units: [], warnings: [], fingerprint: null, duplicate_of: null, records: [record('西风镇', 'meetings', 12), record('西风镇', 'tax_revenue', 352000000)] }];
    expect(score(gold, results).overall.matched).toBe(0);
    expect(score(gold, results, { ignoreUnit: true }).overall).toMatchObject({ gold: 3, found: 2, matched: 2 });
  });
});

describe('restated figures', () => {
  const values = (text: string) => extractText(text).records.map((r) => `${r.metric}=${r.value}`);

  it('records a figure of the headline that the body restates once', () => {
    expect(values('北湖镇组建26支党员志愿服务队\n北湖镇党委\n今年以来，全镇组建26支党员志愿服务队，开展志愿服务活动300余场。\n')).toEqual([
      'volunteer_teams=26',
      'volunteer_activities=300',
    ]);
  });

  it('keeps two rates of one value that name different rates, and restates one named alike once', () => {
    expect(values('北湖镇党委\n2023年，非公企业党组织覆盖率100%，党员参学率100%，群众诉求办结率100%。\n')).toEqual([
      'coverage_rate=100',
      'coverage_rate=100',
      'coverage_rate=100',
    ]);
    expect(values('北湖镇党组织覆盖率达100%\n北湖镇党委\n2023年，全镇党组织覆盖率达100%。\n')).toEqual(['coverage_rate=100']);
    // Two figures given respectively are two rates, however alike their evidence opens.
    expect(values('北湖镇党委\n2023年，非公企业、社会组织党组织覆盖率分别达100%、100%。\n')).toEqual(['coverage_rate=100', 'coverage_rate=100']);
  });

  it('keeps two figures of one value that share no word but their measure word (专题宣讲18场次, 面对面交流18场次)', () => {
    expect(values('北湖镇党委\n2023年，县级领导到包联村开展专题宣讲18场次，与群众面对面交流18场次。\n')).toEqual(['publicity_talks=18', 'publicity_talks=18']);
  });

  it('restates a figure once where one evidence names nothing but a count (人数：320人 and 注册志愿者320人)', () => {
    expect(values('北湖社区基本情况\n注册志愿者人数：320人。\n社区组建志愿服务队5支，注册志愿者320人，占居民总数的12%。\n')).toEqual(['volunteers=320', 'volunteer_teams=5']);
  });

  it('keeps two figures of one value whose evidence names different things (困难诉求, 矛盾纠纷)', () => {
    expect(values('北湖镇党委\n2023年，网格员解决各类困难诉求30余件。\n全镇党员干部成功化解矛盾纠纷30余件。\n')).toEqual(['matters_resolved=30', 'matters_resolved=30']);
    expect(values('北湖镇解决群众诉求30余件\n北湖镇党委\n2023年，全镇解决群众诉求30余件。\n')).toEqual(['matters_resolved=30']);
  });

  it('restates once a figure named twice in one sentence with no other figure between (12个后进村 … 12个后进党组织)', () => {
    expect(values('北湖县委组织部\n2023年，对12个后进村逐一分析原因，安排县级领导与12个后进党组织结对联系。\n')).toEqual(['weak_orgs_rectified=12']);
  });

  it('keeps two like figures of one paragraph with a figure of another metric between them: two items', () => {
    expect(values('北湖县委\n2023年，对上级转来的信访件20件逐一办理，办结率100%。对移交的问题线索3件，已办结3件，办结率100%。\n')).toEqual([
      'coverage_rate=100',
      'discipline_clues=3',
      'discipline_clues=3',
      'coverage_rate=100',
    ]);
    expect(values('北湖镇党委\n2023年，便民大厅办理民生事项86件，按时办结率100%，热线转办诉求工单40件，按时办结率100%。\n北湖镇按时办结率100%。\n')).toEqual([
      'matters_resolved=86',
      'coverage_rate=100',
      'matters_resolved=40',
      'coverage_rate=100',
    ]);
  });

  it('records a headline figure rounded off (分红230余万元) once, as the body gives it exactly', () => {
    expect(values('北湖镇举行集体经济分红大会 现场分红230余万元\n6月18日，北湖镇9个村集体经济组织现场分红236.5万元。\n')).toEqual(['collective_income=2365000']);
    // A level beyond the rounded one's reach (230余万 covers 230万 to 240万) is another figure.
    expect(values('北湖镇举行集体经济分红大会 现场分红230余万元\n6月18日，北湖镇9个村集体经济组织现场分红246.5万元。\n')).toEqual([
      'collective_income=2300000',
      'collective_income=2465000',
    ]);
  });

  it('records a headline figure written in whole 万 (21万志愿者) once, as the body gives it exactly, also in traditional characters', () => {
    expect(values('东风区21万志愿者助力创城\n2018年，东风区211258名志愿者开展志愿服务。\n')).toEqual(['volunteers=211258']);
    expect(values('東風區21萬志願者助力創城\n2018年，東風區211258名志願者開展志願服務。\n')).toEqual(['volunteers=211258']);
    // Beyond its 万 (50万 covers 50万 to 51万), a later level is another figure.
    expect(values('东风区投入资金50万元建设阵地\n另外，东风区投入资金53.6万元建设阵地。\n')).toEqual(['funds_allocated=500000', 'funds_allocated=536000']);
  });

  it('keeps small values that repeat by chance', () => {
    expect(values('北湖镇党委\n2023年，举办村干部培训班1期，举办青年党员培训班1期。\n')).toEqual(['training_sessions=1', 'training_sessions=1']);
  });
});

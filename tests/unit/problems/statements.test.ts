import { describe, expect, it } from 'vitest';
import { checkStatement, readRendered, unstyledKatexClasses } from '../../../grader/problems/check-statement.ts';
import { listProblems } from '../../../grader/problems/list-problems.ts';
import { renderStatementHtml, statementBody } from '../../../grader/problems/render-statement-html.ts';
import { citeStudySheets } from '../../../grader/problems/study-sheets.ts';

const { problems, failures } = await listProblems();

// Every package's statement, rendered as the problem page renders it (grader/problems/render-statement-html.ts).
describe('every problem statement', () => {
  it('loads', () => {
    expect(failures).toEqual([]);
    expect(problems.length).toBeGreaterThanOrEqual(52);
  });

  it.each(problems.map((p) => [p.slug, p] as const))('%s renders cleanly and cites its study sheets by title and section', async (_slug, p) => {
    expect(await checkStatement(p.statementMd, p.source)).toEqual([]);
  });
});

const softmaxSource = [{ seed: '002_273e6087ab1c4c16.txt', section: '1. Neural Network (MLP)' }];
const statement = (body: string, source = 'Source: *ML Algorithm Templates*, “1. Neural Network (MLP)”.') => `# T\n\n${body}\n\n${source}\n`;

describe('the statement check', () => {
  it('passes a clean statement and renders ≠ with classes the page stylesheet styles', async () => {
    expect(await checkStatement(statement('For $n \\neq m$ use $$\\frac{1}{n}\\sum_i x_i$$ and `x /= 2` in code.'), softmaxSource)).toEqual([]);
    // a front-matter section may say which part of it is used; the Source line cites the section's name
    const detailed = [{ seed: '002_273e6087ab1c4c16.txt', section: '1. Neural Network (MLP) — softmax output layer' }];
    expect(await checkStatement(statement('Body.'), detailed)).toEqual([]);
    const { tree } = await renderStatementHtml('$n \\neq m$');
    expect(unstyledKatexClasses(readRendered(tree).katexClasses)).toEqual([]);
  });

  it('reports KaTeX that the stylesheet of another KaTeX version would leave unstyled (how n ≠ m became n /= m)', () => {
    // KaTeX 0.16 named the overlay boxes of \not "thinbox", "rlap", "inner", "fix"; the page loads 0.19's CSS
    expect(unstyledKatexClasses(['mrel', 'katex-thinbox', 'thinbox', 'rlap'])).toEqual(['thinbox']);
  });

  it('reports KaTeX errors, raw TeX, "/=" and seed notes left in the prose', async () => {
    const found = async (body: string) => (await checkStatement(statement(body), softmaxSource)).join('\n');
    expect(await found('bad $\\frac{1}{$ here')).toMatch(/KaTeX: Could not render math with KaTeX/);
    expect(await found('the price is 5 \\$ exactly')).toMatch(/shows a "\$"/);
    expect(await found('use \\frac{a}{b} outside math')).toMatch(/shows a TeX command: "[^"]*use \\frac\{a\}/);
    expect(await found('when n /= m')).toMatch(/shows "\/=": "[^"]*when n \/= m/);
    expect(await found('as seed 002 says')).toMatch(/internal note naming a seed/);
  });

  it('reports a Source line that cites seeds, files or lines, or leaves out a front-matter section', async () => {
    const found = async (source: string) => (await checkStatement(statement('Body.', source), softmaxSource)).join('\n');
    expect(await found('Source: seed 002 §1 (lines 32–36).')).toMatch(/cites a seed[^]*cites line numbers[^]*does not cite \*ML Algorithm Templates\*/);
    expect(await found('Source: *ML Algorithm Templates* (002_273e6087ab1c4c16.txt), “1. Neural Network (MLP)”, L118.')).toMatch(/file name[^]*line numbers/);
    expect(await found('Source: *ML Algorithm Templates*, “Softmax”.')).toMatch(/does not cite the section “1. Neural Network \(MLP\)”/);
    expect(await found('')).toMatch(/no closing "Source:" line/);
  });
});

describe('what the problem page shows', () => {
  it('drops the title and the closing Source paragraph, which it shows from the front matter', () => {
    expect(statementBody('# Title\n\nText $x$.\n\nSource: *A*, “B”;\n*C*, “D”.\n')).toBe('\nText $x$.\n');
  });

  it('lists each study sheet once, by title, with its sections', () => {
    expect(
      citeStudySheets([
        { seed: '000_0b80ac3a9a17cfd9.txt', section: '2. Logistic Regression' },
        { seed: '004_62d21d0ce9ffba61.txt', section: '4.9 Activation Functions' },
        { seed: '000_0b80ac3a9a17cfd9.txt', section: '3. Transformers' },
        { seed: '000_0b80ac3a9a17cfd9.txt', section: '3. Transformers' },
      ]),
    ).toEqual([
      { sheet: 'AI/ML Crash Course: From Fundamentals to Production', sections: ['2. Logistic Regression', '3. Transformers'] },
      { sheet: 'Machine Learning Interview Study Sheet', sections: ['4.9 Activation Functions'] },
    ]);
  });
});

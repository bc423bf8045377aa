import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/server/markdown/render-markdown';

describe('renderMarkdown (problem set descriptions written by coaches)', () => {
  it('renders Markdown and math', async () => {
    const html = await renderMarkdown('Start with **K-means**, then $x^2$.');
    expect(html).toContain('<strong>K-means</strong>');
    expect(html).toContain('class="katex"');
    expect(await renderMarkdown('$$\na^2 + b^2\n$$')).toContain('class="katex-display"');
  });

  it('drops raw HTML, so a description cannot run script in a candidate’s page', async () => {
    const html = await renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> [link](javascript:alert(3))');
    expect(html).not.toMatch(/<script|onerror|<img/i);
    expect(html).not.toContain('href="javascript:');
  });
});

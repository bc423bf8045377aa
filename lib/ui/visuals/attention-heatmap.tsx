'use client';

import { useMemo, useState } from 'react';
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { AttentionHead, AttentionVisual } from '@/lib/shared/visuals';
import { EChart, type ChartOption } from '@/lib/ui/charts/echart';
import { AXIS_NAME_STYLE, MUTED_COLOR, WEIGHT_SCALE, formatShort } from './chart-style';
import { VisualFrame } from './visual-frame';

/** Cells carry their weight as text only while it stays readable. */
const LABELLED_SIZE = 8;

/** [key, query, weight]; NaN and ±Infinity are left empty */
function cells(m: number[][]): Array<[number, number, number | '-']> {
  return m.flatMap((row, q) => row.map((w, k) => [k, q, Number.isFinite(w) ? w : '-'] as [number, number, number | '-']));
}

function headOption(head: AttentionHead): ChartOption {
  const panels = head.actual ? [['reference', head.expected], ['yours', head.actual]] as const : [['reference', head.expected]] as const;
  const width = 100 / panels.length;
  const index = (n: number) => Array.from({ length: n }, (_, i) => String(i));
  const series: HeatmapSeriesOption[] = panels.map(([name, m], i) => ({
    type: 'heatmap',
    name,
    xAxisIndex: i,
    yAxisIndex: i,
    data: cells(m),
    label: { show: m.length <= LABELLED_SIZE && (m[0]?.length ?? 0) <= LABELLED_SIZE, fontSize: 10, formatter: (p) => formatShort(Number((p.value as unknown[])[2])) },
  }));
  return {
    title: panels.map(([name], i) => ({ text: name === 'reference' ? 'Reference' : 'Yours', left: `${i * width + width / 2}%`, textAlign: 'center', top: 0, textStyle: { fontSize: 13, color: MUTED_COLOR } })),
    grid: panels.map((_, i) => ({ left: `${i * width + 7}%`, width: `${width - 11}%`, top: 28, bottom: 64 })),
    xAxis: panels.map(([, m], i) => ({ type: 'category', gridIndex: i, data: index(m[0]?.length ?? 0), name: 'key', nameLocation: 'middle', nameGap: 22, nameTextStyle: AXIS_NAME_STYLE })),
    yAxis: panels.map(([, m], i) => ({ type: 'category', gridIndex: i, data: index(m.length), inverse: true, name: 'query', nameLocation: 'middle', nameGap: 26, nameTextStyle: AXIS_NAME_STYLE })),
    visualMap: { type: 'continuous', hoverLink: false, min: 0, max: 1, seriesIndex: panels.map((_, i) => i), orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, text: ['1', '0'], inRange: { color: WEIGHT_SCALE } },
    tooltip: { formatter: (p) => (Array.isArray(p) ? '' : `${p.seriesName}: query ${(p.value as number[])[1]}, key ${(p.value as number[])[0]}<br/>weight ${formatShort(Number((p.value as unknown[])[2]))}`) },
    series,
  };
}

function HeadTabs({ count, current, onSelect }: { count: number; current: number; onSelect: (head: number) => void }) {
  return (
    <div className="test-visual-tabs" role="group" aria-label="Attention head">
      {Array.from({ length: count }, (_, h) => (
        <button key={h} type="button" className="test-visual-tab" aria-pressed={h === current} onClick={() => onSelect(h)}>
          head {h}
        </button>
      ))}
    </div>
  );
}

/** Reference and candidate attention weights side by side, on one 0..1 colour scale; one tab per head. */
export function AttentionHeatmap({ visual }: { visual: AttentionVisual }) {
  const [current, setCurrent] = useState(0);
  const head = visual.heads[Math.min(current, visual.heads.length - 1)]!;
  const option = useMemo(() => headOption(head), [head]);
  const rows = head.expected.length;
  const notes = [
    !head.actual && 'Your result has no usable weights for this head.',
    visual.truncated && 'Only the first 64 queries and keys are drawn.',
    visual.heads.length < visual.headCount && `The first ${visual.heads.length} of ${visual.headCount} heads are offered.`,
  ];
  return (
    <VisualFrame title={visual.headCount > 1 ? `Attention weights, head ${current}` : 'Attention weights'} notes={notes}>
      {visual.heads.length > 1 && <HeadTabs count={visual.heads.length} current={current} onSelect={setCurrent} />}
      <EChart option={option} height={Math.min(460, Math.max(220, rows * 30 + 110))} label="Attention weight heatmaps, reference and candidate" />
    </VisualFrame>
  );
}

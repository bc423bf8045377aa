'use client';

import { useMemo } from 'react';
import { diffTitle, type DiffHeatmapVisual } from '@/lib/shared/visuals';
import { EChart, type ChartOption } from '@/lib/ui/charts/echart';
import { AXIS_NAME_STYLE, DIFF_SCALE, formatShort } from './chart-style';
import { VisualFrame } from './visual-frame';

/** Cells carry their value as text only while it stays readable. */
const LABELLED_ROWS = 16;
const LABELLED_COLS = 12;
const NON_FINITE_COLOR = '#1b1f2a';

function diffOption(d: DiffHeatmapVisual): ChartOption {
  const { window: w, absDiff } = d;
  const finite = absDiff.flat().filter(Number.isFinite);
  const scaleMax = Math.max(...finite, 0) || 1;
  const cells: Array<{ value: [number, number, number]; itemStyle?: object }> = [];
  const nonFinite: Array<[number, number, number]> = [];
  absDiff.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!Number.isFinite(v)) nonFinite.push([c, r, 0]);
      else cells.push({ value: [c, r, v], ...(w.row + r === d.maxAt[0] && w.col + c === d.maxAt[1] ? { itemStyle: { borderColor: '#1b1f2a', borderWidth: 2 } } : {}) });
    }),
  );
  const labelled = w.rows <= LABELLED_ROWS && w.cols <= LABELLED_COLS;
  const axisLabels = (start: number, n: number) => Array.from({ length: n }, (_, i) => String(start + i));
  return {
    grid: { left: d.vector ? 24 : 48, right: 16, top: 8, bottom: 72, containLabel: false },
    xAxis: { type: 'category', data: axisLabels(w.col, w.cols), name: d.vector ? 'index' : 'column', nameLocation: 'middle', nameGap: 24, nameTextStyle: AXIS_NAME_STYLE, splitArea: { show: false } },
    yAxis: { type: 'category', data: axisLabels(w.row, w.rows), inverse: true, show: !d.vector, name: 'row', nameLocation: 'middle', nameGap: 30, nameTextStyle: AXIS_NAME_STYLE, axisLabel: { fontSize: w.rows > 24 ? 9 : 12 } },
    visualMap: { type: 'continuous', hoverLink: false, seriesIndex: 0, min: 0, max: scaleMax, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, text: [formatShort(scaleMax), '0'], inRange: { color: DIFF_SCALE } },
    tooltip: {
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const [c, r] = (p?.value ?? [0, 0]) as [number, number];
        const at = d.vector ? `[${w.col + c}]` : `[${w.row + r}][${w.col + c}]`;
        const cell = (m: number[][]) => formatShort(m[r]?.[c] ?? NaN);
        return `${d.path}${at}<br/>expected ${cell(d.expected)}<br/>actual ${cell(d.actual)}<br/>|difference| ${cell(absDiff)}`;
      },
    },
    series: [
      { type: 'heatmap', name: '|difference|', data: cells, label: { show: labelled, fontSize: 10, formatter: (p) => formatShort((p.value as number[])[2] ?? NaN) } },
      { type: 'heatmap', name: 'non-finite', data: nonFinite, itemStyle: { color: NON_FINITE_COLOR }, label: { show: true, color: '#fff', formatter: '≠' } },
    ],
  };
}

function truncationNote({ truncated, vector, window: w, rows, cols }: DiffHeatmapVisual): string | null {
  if (!truncated) return null;
  const span = (start: number, n: number) => `${start}–${start + n - 1}`;
  if (vector) return `Showing indices ${span(w.col, w.cols)} of ${cols}, around the largest difference.`;
  return `Showing rows ${span(w.row, w.rows)} and columns ${span(w.col, w.cols)} of ${rows}×${cols}, around the largest difference.`;
}

/** Heatmap of |expected − actual| over one vector or matrix, the largest cell outlined. */
export function DiffHeatmap({ visual }: { visual: DiffHeatmapVisual }) {
  const option = useMemo(() => diffOption(visual), [visual]);
  const { window: w } = visual;
  const height = visual.vector ? 130 : Math.min(440, Math.max(180, w.rows * 26 + 90));
  const notes = [truncationNote(visual), visual.absDiff.flat().some((v) => !Number.isFinite(v)) && 'Black cells marked ≠ disagree on NaN or ±Infinity.'];
  return (
    <VisualFrame title={diffTitle(visual)} notes={notes}>
      <EChart option={option} height={height} label={`${diffTitle(visual)}; largest |difference| ${formatShort(visual.maxAbs)}`} />
    </VisualFrame>
  );
}

'use client';

import { useMemo } from 'react';
import type { ScatterSeriesOption } from 'echarts/charts';
import type { KMeansVisual, Point } from '@/lib/shared/visuals';
import { EChart, type ChartOption } from '@/lib/ui/charts/echart';
import { AXIS_NAME_STYLE, CANDIDATE_COLOR, CLUSTER_COLORS, MUTED_COLOR, REFERENCE_COLOR, formatShort } from './chart-style';
import { VisualFrame } from './visual-frame';

/** a plus sign: stays visible inside the reference's hollow diamond when the two agree */
const PLUS = 'path://M4,0h2v4h4v2h-4v4h-2v-4h-4v-2h4z';

function pointSeries(v: KMeansVisual): ScatterSeriesOption[] {
  if (!v.labels) return [{ type: 'scatter', name: 'points', data: v.points, symbolSize: 8, itemStyle: { color: '#adb5bd' } }];
  const clusters = [...new Set(v.labels)].sort((a, b) => a - b);
  return clusters.map((k) => ({
    type: 'scatter',
    name: `your cluster ${k}`,
    data: v.points.filter((_, i) => v.labels![i] === k),
    symbolSize: 8,
    itemStyle: { color: CLUSTER_COLORS[k % CLUSTER_COLORS.length], opacity: 0.85 },
  }));
}

function scatterOption(v: KMeansVisual): ChartOption {
  const centroids = (name: string, data: Point[], style: ScatterSeriesOption): ScatterSeriesOption => ({ type: 'scatter', name, data, z: 3, ...style });
  const series = [
    ...pointSeries(v),
    centroids('reference centroids', v.expectedCentroids, { symbol: 'diamond', symbolSize: 22, itemStyle: { color: 'rgba(255,255,255,0)', borderColor: REFERENCE_COLOR, borderWidth: 2.5 } }),
    ...(v.actualCentroids ? [centroids('your centroids', v.actualCentroids, { symbol: PLUS, symbolSize: 13, itemStyle: { color: CANDIDATE_COLOR } })] : []),
  ];
  return {
    grid: { left: 48, right: 16, top: 40, bottom: 36 },
    legend: { top: 0, type: 'plain', textStyle: { color: MUTED_COLOR } },
    tooltip: { trigger: 'item', formatter: (p) => (Array.isArray(p) ? '' : `${p.seriesName}<br/>(${(p.value as number[]).map(formatShort).join(', ')})`) },
    xAxis: { type: 'value', scale: true, boundaryGap: ['6%', '6%'], name: 'x₁', nameLocation: 'middle', nameGap: 24, nameTextStyle: AXIS_NAME_STYLE },
    yAxis: { type: 'value', scale: true, boundaryGap: ['6%', '6%'], name: v.dims === 1 ? '' : 'x₂', nameTextStyle: AXIS_NAME_STYLE, show: v.dims > 1 },
    series,
  };
}

/** The data coloured by the candidate's labels, with the reference's and the candidate's centroids. */
export function KMeansScatter({ visual }: { visual: KMeansVisual }) {
  const option = useMemo(() => scatterOption(visual), [visual]);
  const notes = [
    visual.dims === 1 && 'One-dimensional data, drawn on a line.',
    visual.dims > 2 && `Only the first two of ${visual.dims} coordinates are drawn.`,
    visual.points.length < visual.pointCount && `The first ${visual.points.length} of ${visual.pointCount} points are drawn.`,
    !visual.actualCentroids && 'Your result has no usable centroids.',
  ];
  return (
    <VisualFrame title="Clusters: your centroids against the reference" notes={notes}>
      <EChart option={option} height={visual.dims === 1 ? 200 : 320} label="Scatter plot of the points with reference and candidate centroids" />
    </VisualFrame>
  );
}

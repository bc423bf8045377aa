'use client';

import { useMemo } from 'react';
import type { LineSeriesOption } from 'echarts/charts';
import type { LossCurveVisual } from '@/lib/shared/visuals';
import { EChart, type ChartOption } from '@/lib/ui/charts/echart';
import { AXIS_NAME_STYLE, CANDIDATE_LINE_STYLE, MUTED_COLOR, REFERENCE_LINE_STYLE, formatShort } from './chart-style';
import { VisualFrame } from './visual-frame';

/** [iteration, value] from 1; non-finite values leave a gap */
function line(name: string, values: number[], lineStyle: LineSeriesOption['lineStyle']): LineSeriesOption {
  return {
    type: 'line',
    name,
    data: values.map((v, i) => [i + 1, Number.isFinite(v) ? v : '-']),
    showSymbol: values.length <= 30,
    symbolSize: name === 'yours' ? 6 : 11,
    lineStyle,
    itemStyle: { color: lineStyle?.color, opacity: lineStyle?.opacity },
  };
}

function lossOption(v: LossCurveVisual): ChartOption {
  return {
    grid: { left: 60, right: 20, top: 36, bottom: 44 },
    legend: { top: 0, textStyle: { color: MUTED_COLOR } },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? formatShort(value) : String(value)) },
    xAxis: { type: 'value', min: 1, max: Math.max(v.expected.length, v.actual?.length ?? 0), minInterval: 1, name: 'iteration', nameLocation: 'middle', nameGap: 28, nameTextStyle: AXIS_NAME_STYLE },
    yAxis: { type: 'value', scale: true, name: v.quantity, nameTextStyle: AXIS_NAME_STYLE },
    series: [line('reference', v.expected, REFERENCE_LINE_STYLE), ...(v.actual ? [line('yours', v.actual, CANDIDATE_LINE_STYLE)] : [])],
  };
}

/** The returned training-loss history per iteration, candidate against reference. */
export function LossChart({ visual }: { visual: LossCurveVisual }) {
  const option = useMemo(() => lossOption(visual), [visual]);
  return (
    <VisualFrame title={`Training curve: ${visual.field}`} notes={[!visual.actual && `Your result has no usable ${visual.field}.`]}>
      <EChart option={option} height={300} label={`${visual.quantity} per iteration, reference and candidate`} />
    </VisualFrame>
  );
}

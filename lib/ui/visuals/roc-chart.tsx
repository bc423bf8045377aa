'use client';

import { useMemo } from 'react';
import type { LineSeriesOption } from 'echarts/charts';
import type { RocCurve, RocVisual } from '@/lib/shared/visuals';
import { EChart, type ChartOption } from '@/lib/ui/charts/echart';
import { AXIS_NAME_STYLE, CANDIDATE_LINE_STYLE, MUTED_COLOR, REFERENCE_LINE_STYLE, formatShort } from './chart-style';
import { VisualFrame } from './visual-frame';

function curve(who: string, c: RocCurve, lineStyle: LineSeriesOption['lineStyle']): LineSeriesOption {
  return {
    type: 'line',
    name: `${who} (AUC ${c.auc === null ? '—' : formatShort(c.auc)})`,
    data: c.points,
    symbol: 'circle',
    symbolSize: who === 'yours' ? 6 : 11,
    lineStyle,
    itemStyle: { color: lineStyle?.color, opacity: lineStyle?.opacity },
  };
}

/** dotted y = x, the curve of a ranking no better than chance */
const CHANCE: LineSeriesOption = {
  type: 'line',
  data: [],
  markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#adb5bd', type: 'dotted' }, data: [[{ coord: [0, 0] }, { coord: [1, 1] }]] },
};

function rocOption(v: RocVisual): ChartOption {
  const curves = [curve('reference', v.expected, REFERENCE_LINE_STYLE), ...(v.actual ? [curve('yours', v.actual, CANDIDATE_LINE_STYLE)] : [])];
  const axis = (name: string) => ({ type: 'value' as const, min: 0, max: 1, name, nameLocation: 'middle' as const, nameGap: 28, nameTextStyle: AXIS_NAME_STYLE });
  return {
    grid: { left: 52, right: 20, top: 40, bottom: 44 },
    legend: { top: 0, data: curves.map((c) => c.name as string), textStyle: { color: MUTED_COLOR } },
    tooltip: { trigger: 'item', formatter: (p) => (Array.isArray(p) ? '' : `${p.seriesName}<br/>FPR ${formatShort((p.value as number[])[0]!)}, TPR ${formatShort((p.value as number[])[1]!)}`) },
    xAxis: axis('false positive rate'),
    yAxis: axis('true positive rate'),
    series: [CHANCE, ...curves],
  };
}

/** The candidate's ROC curve over the reference's, with the chance diagonal. */
export function RocChart({ visual }: { visual: RocVisual }) {
  const option = useMemo(() => rocOption(visual), [visual]);
  return (
    <VisualFrame title="ROC curve" notes={[!visual.actual && 'Your result has no usable fpr/tpr curve.']}>
      <EChart option={option} height={340} label="ROC curves of the reference and the candidate" />
    </VisualFrame>
  );
}

'use client';

import { useMemo } from 'react';
import { EChart, type ChartOption } from '@/lib/ui/charts/echart';
import type { ProgressView } from '@/lib/shared/progress-view';

const SERIES = [
  { name: 'Solved', color: '#2b8a3e', value: (t: ProgressView['byTopic'][number]) => t.solved },
  { name: 'Attempted', color: '#f08c00', value: (t: ProgressView['byTopic'][number]) => t.attempted },
  { name: 'Not started', color: '#dde1ea', value: (t: ProgressView['byTopic'][number]) => t.total - t.solved - t.attempted },
] as const;

/** Solved, attempted and not-started problems per topic, one stacked horizontal bar each. */
export function TopicChart({ byTopic }: { byTopic: ProgressView['byTopic'] }) {
  const option = useMemo<ChartOption>(
    () => ({
      color: SERIES.map((s) => s.color),
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      // topics read top to bottom in the order given (already sorted by label)
      yAxis: { type: 'category', inverse: true, data: byTopic.map((t) => t.label) },
      series: SERIES.map((s) => ({ type: 'bar', name: s.name, stack: 'problems', barMaxWidth: 22, data: byTopic.map(s.value) })),
    }),
    [byTopic],
  );
  const label = byTopic.map((t) => `${t.label}: ${t.solved} of ${t.total} solved, ${t.attempted} attempted`).join('; ');
  return <EChart option={option} height={60 + 30 * byTopic.length} label={`Solved per topic. ${label}`} />;
}

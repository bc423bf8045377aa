'use client';

import { useMemo } from 'react';
import type { MockInterviewSummary } from '@/lib/server/mock-interviews/list-mock-interviews';
import { EChart, type ChartOption } from '@/lib/ui/charts/echart';

/** The scores of graded mock interviews over time, oldest first. */
export function MockScoreChart({ interviews }: { interviews: MockInterviewSummary[] }) {
  const scored = useMemo(() => interviews.filter((i) => i.score !== null).reverse(), [interviews]);
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#3b5bdb'],
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'line', name: 'Score', symbolSize: 8, data: scored.map((i) => [i.startedAt, Math.round(i.score! * 100)]) }],
    }),
    [scored],
  );
  const label = `Mock interview scores over time: ${scored.map((i) => `${i.startedAt.slice(0, 10)} ${Math.round(i.score! * 100)}%`).join(', ')}`;
  return <EChart option={option} height={220} label={label} />;
}

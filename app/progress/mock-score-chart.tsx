'use client';

import { useMemo } from 'react';
import type { MockInterviewSummary } from '@/lib/server/mock-interviews/list-mock-interviews';
import { EChart, type ChartOption } from '@/lib/ui/charts/echart';

const WHEN: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };

/** The scores of graded mock interviews over time, oldest first. */
export function MockScoreChart({ interviews }: { interviews: MockInterviewSummary[] }) {
  const scored = useMemo(() => interviews.filter((i) => i.score !== null).reverse(), [interviews]);
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#3b5bdb'],
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      // one step per interview, labelled with its start in the viewer's time zone (charts draw in the browser only)
      xAxis: { type: 'category', boundaryGap: scored.length === 1, data: scored.map((i) => new Date(i.startedAt).toLocaleString(undefined, WHEN)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'line', name: 'Score', symbolSize: 8, data: scored.map((i) => Math.round(i.score! * 100)) }],
    }),
    [scored],
  );
  const label = `Mock interview scores over time: ${scored.map((i) => `${i.startedAt.slice(0, 10)} ${Math.round(i.score! * 100)}%`).join(', ')}`;
  return <EChart option={option} height={220} label={label} />;
}

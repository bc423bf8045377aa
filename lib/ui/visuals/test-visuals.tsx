'use client';

import { useMemo } from 'react';
import type { TestResultView } from '@/lib/shared/submission-view';
import { visualsFor, type TestVisual } from '@/lib/shared/visuals';
import { AttentionHeatmap } from './attention-heatmap';
import { DiffHeatmap } from './diff-heatmap';
import { KMeansScatter } from './kmeans-scatter';
import { LossChart } from './loss-chart';
import { RocChart } from './roc-chart';
import './visuals.css';

function Visual({ visual }: { visual: TestVisual }) {
  switch (visual.kind) {
    case 'diff-heatmap':
      return <DiffHeatmap visual={visual} />;
    case 'kmeans-scatter':
      return <KMeansScatter visual={visual} />;
    case 'attention-heatmap':
      return <AttentionHeatmap visual={visual} />;
    case 'roc-curve':
      return <RocChart visual={visual} />;
    case 'loss-curve':
      return <LossChart visual={visual} />;
  }
}

/**
 * Every chart worth drawing for one test result; nothing for hidden tests or tests without values.
 * Takes plain data, so a server component can pass a SubmissionView's test straight in.
 */
export function TestVisuals({ problemSlug, test }: { problemSlug: string; test: TestResultView }) {
  const visuals = useMemo(() => visualsFor(problemSlug, test), [problemSlug, test]);
  if (visuals.length === 0) return null;
  return (
    <div className="test-visuals">
      {visuals.map((visual, i) => (
        <Visual key={`${visual.kind}-${visual.kind === 'diff-heatmap' ? visual.path : i}`} visual={visual} />
      ))}
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { LOSS_HISTORIES, lossCurveVisual } from '../../../lib/shared/visuals/loss-curve';
import { gradedTest } from './grader-fixtures';

describe('loss curves', () => {
  it('logistic-regression-gd: lossHistory, reference against candidate', () => {
    const { details } = gradedTest('logistic-regression-gd.summed-gradient', 'two features, 50 iterations, L2');
    const visual = lossCurveVisual('logistic-regression-gd', details?.expected, details?.actual);
    expect(visual).toMatchObject({ kind: 'loss-curve', field: 'lossHistory', quantity: 'log loss' });
    expect(visual?.expected).toHaveLength(50);
    expect(visual?.actual).toHaveLength(50);
    expect(visual?.expected[0]).toBeCloseTo(Math.log(2), 12);
  });

  it('gradient-boosting-stumps: the training MSE after each round', () => {
    const { details } = gradedTest('gradient-boosting-stumps.zero-initialisation', 'three rounds, two features');
    const visual = lossCurveVisual('gradient-boosting-stumps', details?.expected, details?.actual);
    expect(visual?.expected).toEqual([3.3716, 2.1377315, 1.3354285381249997]);
    expect(visual?.actual).toEqual([9.722, 5.2494275, 2.8601595781250007]);
  });

  it('draws nothing for a single iteration, and only for the problems that return a history', () => {
    const { details } = gradedTest('logistic-regression-gd.summed-gradient', 'worked example');
    expect(lossCurveVisual('logistic-regression-gd', details?.expected, details?.actual)).toBeNull();
    expect(Object.keys(LOSS_HISTORIES).sort()).toEqual(['gradient-boosting-stumps', 'logistic-regression-gd']);
    expect(lossCurveVisual('adam-optimizer', { lossHistory: [1, 0.5] }, { lossHistory: [1, 0.5] })).toBeNull();
    expect(lossCurveVisual('constructor', { lossHistory: [1, 0.5] }, undefined)).toBeNull();
  });
});

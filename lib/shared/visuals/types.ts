/**
 * What the browser can draw for one sample test: a closed set of plain-data descriptors, so the
 * UI renders them without knowing the problems.
 */
export type Point = [x: number, y: number];

/** |expected − actual| over one numeric vector or matrix whose shapes agree. */
export interface DiffHeatmapVisual {
  kind: 'diff-heatmap';
  /** where the array sits in the return value, written as the grader writes positions: "output", "centroids", "dW[1]" */
  path: string;
  /** full shape; a vector is one row of `cols` cells */
  vector: boolean;
  rows: number;
  cols: number;
  /** the drawn cells: at most 64×64, placed around the largest difference */
  window: { row: number; col: number; rows: number; cols: number };
  truncated: boolean;
  /** the window's cells, row by row; |difference| is Infinity where the two disagree on NaN or ±Infinity */
  expected: number[][];
  actual: number[][];
  absDiff: number[][];
  maxAbs: number;
  /** [row, col] of the largest difference in the full array (row 0 for a vector) */
  maxAt: [number, number];
}

/** Data points, the reference's and the candidate's centroids; drawn in the first two coordinates. */
export interface KMeansVisual {
  kind: 'kmeans-scatter';
  /** dimension of the data: 1 is drawn on a line, above 2 only the first two coordinates are drawn */
  dims: number;
  points: Point[];
  /** how many points the input had (points may be capped) */
  pointCount: number;
  /** the candidate's cluster per drawn point; null when the problem has no labels or the candidate's are unusable */
  labels: number[] | null;
  expectedCentroids: Point[];
  /** null when the candidate returned no usable centroids */
  actualCentroids: Point[] | null;
}

export interface AttentionHead {
  expected: number[][];
  /** null when the candidate's weights for this head are missing or not a matrix */
  actual: number[][] | null;
}

/** Attention weight matrices (queries × keys), one per head, expected next to actual on a 0..1 scale. */
export interface AttentionVisual {
  kind: 'attention-heatmap';
  heads: AttentionHead[];
  /** heads in the reference's result (heads may be capped) */
  headCount: number;
  /** true when queries or keys were cut to the first 64 */
  truncated: boolean;
}

export interface RocCurve {
  /** (fpr, tpr) pairs in the order returned */
  points: Point[];
  auc: number | null;
}

export interface RocVisual {
  kind: 'roc-curve';
  expected: RocCurve;
  /** null when the candidate returned no usable curve */
  actual: RocCurve | null;
}

/** A per-iteration training loss returned by the function, reference against candidate. */
export interface LossCurveVisual {
  kind: 'loss-curve';
  /** the returned field, e.g. "lossHistory" */
  field: string;
  /** what the values are, for the axis: "log loss", "training MSE" */
  quantity: string;
  expected: number[];
  /** null when the candidate returned no usable history */
  actual: number[] | null;
}

export type TestVisual = DiffHeatmapVisual | KMeansVisual | AttentionVisual | RocVisual | LossCurveVisual;

export type TestVisualKind = TestVisual['kind'];

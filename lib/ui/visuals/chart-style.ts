/** Colours and number formatting shared by the test visuals (they sit on white cards). */
export const REFERENCE_COLOR = '#2b8a3e';
export const CANDIDATE_COLOR = '#3b5bdb';
export const MUTED_COLOR = '#5d6579';
export const GRID_LINE_COLOR = '#dde1ea';

/** |difference|: white for none, red for the largest */
export const DIFF_SCALE = ['#fbfbfd', '#ffc9c9', '#fa5252', '#c92a2a', '#7b1010'];
/** attention weight 0..1 */
export const WEIGHT_SCALE = ['#fbfbfd', '#bac8ff', '#5c7cfa', '#364fc7', '#1c2a6b'];
/** point colours per cluster: mid tones, so the centroid markers stand out */
export const CLUSTER_COLORS = ['#4dabf7', '#ff922b', '#9775fa', '#20c997', '#f06595', '#fab005', '#82c91e', '#868e96'];

/** The reference is drawn as a wide pale band under the candidate's line: where they agree the band frames it. */
export const REFERENCE_LINE_STYLE = { color: REFERENCE_COLOR, width: 7, opacity: 0.35 } as const;
export const CANDIDATE_LINE_STYLE = { color: CANDIDATE_COLOR, width: 2 } as const;

export const AXIS_NAME_STYLE = { color: MUTED_COLOR, fontSize: 12 } as const;

/** Four significant digits (chart labels and tooltips; result values use format-value.ts); "NaN", "∞" and "−∞" for the values JSON could not hold. */
export function formatShort(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  return String(Number(value.toPrecision(4)));
}

import type { SubmissionKindName, SubmissionStatusName, VerdictName } from './submission-view';

/**
 * One user's progress, as the progress page (and later a coach's view of a candidate) shows it.
 * Plain data only, so client components can take it as props.
 */
export interface ProgressView {
  totals: ProgressTotals;
  /** one row per topic among active problems, sorted by label */
  byTopic: TopicProgress[];
  /** the user's last 20 Runs and Submits, newest first */
  recent: RecentSubmission[];
  /** active minutes: gaps of at most 10 minutes between the user's activity events */
  timeSpentMinutes: number;
  /** the user's latest Run, Submit or draft save (ISO), null when there is none */
  lastActiveAt: string | null;
}

export interface ProgressTotals {
  /** active problems with an accepted Submit */
  solved: number;
  /** active problems with a Run or Submit but no accepted Submit */
  attempted: number;
  /** active problems in the catalog */
  activeProblems: number;
  /** Submits that finished grading */
  submitsGraded: number;
  submitsAccepted: number;
  /** submitsAccepted / submitsGraded, 0..1; null before the first graded Submit */
  acceptanceRate: number | null;
  runs: number;
}

export interface TopicProgress {
  topic: string;
  label: string;
  solved: number;
  /** tried but not solved */
  attempted: number;
  /** active problems in the topic */
  total: number;
  timeSpentMinutes: number;
}

export interface RecentSubmission {
  id: string;
  problemSlug: string;
  problemTitle: string;
  kind: SubmissionKindName;
  status: SubmissionStatusName;
  verdict: VerdictName | null;
  /** weighted share of tests passed, 0..1 */
  score: number | null;
  createdAt: string;
}

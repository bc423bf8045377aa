/**
 * What a hidden test may tell (the rule of grader/PROBLEM_FORMAT.md, "Hidden tests tell nothing from
 * their data", in one place for every runtime): its name, verdict, weight, a grader-written message,
 * shapes, a position, error sizes rounded to one significant digit and the time rounded to 10 ms. Never
 * an input, an expected or actual value, console output or any text the candidate wrote.
 */
import { roundHiddenTime, roundToOneDigit } from '../compare/hidden-figures.ts';
import type { TestDetails, TestReport } from './report-types.ts';

/** Longest message a test report stores (sample messages may quote values). */
export const MAX_MESSAGE_CHARS = 1000;

export function boundMessage(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message;
}

/**
 * A hidden test's report from its parts; `message` must be grader-written (comparison's hiddenMessage,
 * "check <name> failed at <where>", a sandbox status). Details are reduced to shapes, position and rounded
 * error sizes whatever they held.
 */
export function hiddenTestReport(parts: { name: string; verdict: TestReport['verdict']; cpuMs: number; weight: number; message?: string; details?: TestDetails }): TestReport {
  const report: TestReport = { name: parts.name, hidden: true, verdict: parts.verdict, timeMs: roundHiddenTime(parts.cpuMs), weight: parts.weight };
  if (parts.message !== undefined) report.message = boundMessage(parts.message);
  const d = parts.details;
  if (d) {
    const safe: TestDetails = {};
    if (d.expectedShape !== undefined) safe.expectedShape = d.expectedShape;
    if (d.actualShape !== undefined) safe.actualShape = d.actualShape;
    if (d.maxAbsError !== undefined) safe.maxAbsError = roundToOneDigit(d.maxAbsError);
    if (d.relError !== undefined) safe.relError = roundToOneDigit(d.relError);
    if (d.position !== undefined) safe.position = d.position;
    if (Object.keys(safe).length > 0) report.details = safe;
  }
  return report;
}

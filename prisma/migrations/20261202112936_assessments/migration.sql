-- CreateEnum
CREATE TYPE "AttemptEnd" AS ENUM ('finished', 'deadline');

-- CreateEnum
CREATE TYPE "SignalKind" AS ENUM ('paste', 'focus_lost');

-- CreateEnum
CREATE TYPE "SnapshotKind" AS ENUM ('autosave', 'run', 'submit');

-- AlterEnum (no review was ever written with the old values; the migration runs in one transaction)
CREATE TYPE "Decision_new" AS ENUM ('advance', 'hold', 'reject');
ALTER TABLE "Review" ALTER COLUMN "decision" TYPE "Decision_new" USING ("decision"::text::"Decision_new");
ALTER TYPE "Decision" RENAME TO "Decision_old";
ALTER TYPE "Decision_new" RENAME TO "Decision";
DROP TYPE "public"."Decision_old";

-- DropForeignKey
ALTER TABLE "Attempt" DROP CONSTRAINT "Attempt_assignmentId_fkey";

-- DropIndex
DROP INDEX "Attempt_assignmentId_key";

-- DropIndex
DROP INDEX "Attempt_candidateId_idx";

-- AlterTable
ALTER TABLE "Assignment" DROP COLUMN "extraTimeMinutes",
DROP COLUMN "kind",
DROP COLUMN "timeLimitMinutes";

-- AlterTable
ALTER TABLE "Attempt" DROP COLUMN "assignmentId",
ADD COLUMN     "assessmentCandidateId" TEXT,
ADD COLUMN     "endedBy" "AttemptEnd",
ADD COLUMN     "grantedMinutes" INTEGER NOT NULL,
ALTER COLUMN "deadlineAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "CodeSnapshot" ADD COLUMN     "kind" "SnapshotKind" NOT NULL DEFAULT 'autosave',
ADD COLUMN     "submissionId" TEXT;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "assessmentId" TEXT,
ADD COLUMN     "extraTimeMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "extraTimePercent" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "scorecardCriteria" TEXT[] DEFAULT ARRAY['Correctness', 'Code quality', 'Numerical care', 'Communication']::TEXT[];

-- AlterTable
ALTER TABLE "Review" DROP COLUMN "comment",
DROP COLUMN "rubric",
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "scorecard" JSONB NOT NULL;

-- DropEnum
DROP TYPE "AssignmentKind";

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "problemSetId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL DEFAULT '',
    "timeLimitMinutes" INTEGER NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "showScores" BOOLEAN NOT NULL DEFAULT false,
    "anonymousReview" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentCandidate" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "extraTimeMinutes" INTEGER NOT NULL DEFAULT 0,
    "extraTimePercent" INTEGER NOT NULL DEFAULT 0,
    "invitationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttemptProblem" (
    "attemptId" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "problemVersion" TEXT NOT NULL,
    "code" TEXT,
    "savedAt" TIMESTAMP(3),
    "finalSubmissionId" TEXT,

    CONSTRAINT "AttemptProblem_pkey" PRIMARY KEY ("attemptId","problemId")
);

-- CreateTable
CREATE TABLE "AttemptSignal" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "problemId" TEXT,
    "kind" "SignalKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "chars" INTEGER,
    "lines" INTEGER,

    CONSTRAINT "AttemptSignal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimilarityFlag" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "leftAttemptId" TEXT NOT NULL,
    "rightAttemptId" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,
    "longestFragment" INTEGER NOT NULL,
    "fragments" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,

    CONSTRAINT "SimilarityFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Assessment_organizationId_createdAt_idx" ON "Assessment"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AssessmentCandidate_candidateId_idx" ON "AssessmentCandidate"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentCandidate_assessmentId_candidateId_key" ON "AssessmentCandidate"("assessmentId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentCandidate_assessmentId_number_key" ON "AssessmentCandidate"("assessmentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AttemptProblem_finalSubmissionId_key" ON "AttemptProblem"("finalSubmissionId");

-- CreateIndex
CREATE UNIQUE INDEX "AttemptProblem_attemptId_position_key" ON "AttemptProblem"("attemptId", "position");

-- CreateIndex
CREATE INDEX "AttemptSignal_attemptId_at_idx" ON "AttemptSignal"("attemptId", "at");

-- CreateIndex
CREATE INDEX "SimilarityFlag_assessmentId_similarity_idx" ON "SimilarityFlag"("assessmentId", "similarity");

-- CreateIndex
CREATE UNIQUE INDEX "SimilarityFlag_problemId_leftAttemptId_rightAttemptId_key" ON "SimilarityFlag"("problemId", "leftAttemptId", "rightAttemptId");

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_assessmentCandidateId_key" ON "Attempt"("assessmentCandidateId");

-- CreateIndex
CREATE INDEX "Attempt_candidateId_startedAt_idx" ON "Attempt"("candidateId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CodeSnapshot_submissionId_key" ON "CodeSnapshot"("submissionId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_problemSetId_fkey" FOREIGN KEY ("problemSetId") REFERENCES "ProblemSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentCandidate" ADD CONSTRAINT "AssessmentCandidate_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentCandidate" ADD CONSTRAINT "AssessmentCandidate_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentCandidate" ADD CONSTRAINT "AssessmentCandidate_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_assessmentCandidateId_fkey" FOREIGN KEY ("assessmentCandidateId") REFERENCES "AssessmentCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttemptProblem" ADD CONSTRAINT "AttemptProblem_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttemptProblem" ADD CONSTRAINT "AttemptProblem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttemptProblem" ADD CONSTRAINT "AttemptProblem_finalSubmissionId_fkey" FOREIGN KEY ("finalSubmissionId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttemptSignal" ADD CONSTRAINT "AttemptSignal_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityFlag" ADD CONSTRAINT "SimilarityFlag_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityFlag" ADD CONSTRAINT "SimilarityFlag_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityFlag" ADD CONSTRAINT "SimilarityFlag_leftAttemptId_fkey" FOREIGN KEY ("leftAttemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityFlag" ADD CONSTRAINT "SimilarityFlag_rightAttemptId_fkey" FOREIGN KEY ("rightAttemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityFlag" ADD CONSTRAINT "SimilarityFlag_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeSnapshot" ADD CONSTRAINT "CodeSnapshot_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "commonMistakes" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "customInput" JSONB;

-- AlterTable
ALTER TABLE "TestResult" ADD COLUMN     "notRun" BOOLEAN NOT NULL DEFAULT false;

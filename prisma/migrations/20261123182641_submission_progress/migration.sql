-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "testsDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "testsTotal" INTEGER;

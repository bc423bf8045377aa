-- CreateEnum
CREATE TYPE "Language" AS ENUM ('typescript', 'python');

-- AlterTable
ALTER TABLE "Draft" DROP CONSTRAINT "Draft_pkey",
ADD COLUMN     "language" "Language" NOT NULL DEFAULT 'typescript',
ADD CONSTRAINT "Draft_pkey" PRIMARY KEY ("userId", "problemId", "language");

-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "pythonEntry" TEXT,
ADD COLUMN     "pythonSignature" TEXT,
ADD COLUMN     "pythonStarterCode" TEXT;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "language" "Language" NOT NULL DEFAULT 'typescript';

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "preferredLanguage" "Language" NOT NULL DEFAULT 'typescript';

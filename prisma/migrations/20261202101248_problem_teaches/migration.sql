-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "teaches" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "MockInterview" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "preset" TEXT,
    "topics" TEXT[],
    "difficultyMix" JSONB NOT NULL,
    "problemCount" INTEGER NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "draw" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MockInterview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MockInterview_attemptId_key" ON "MockInterview"("attemptId");

-- CreateIndex
CREATE INDEX "MockInterview_candidateId_createdAt_idx" ON "MockInterview"("candidateId", "createdAt");

-- AddForeignKey
ALTER TABLE "MockInterview" ADD CONSTRAINT "MockInterview_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MockInterview" ADD CONSTRAINT "MockInterview_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

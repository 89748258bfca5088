-- CreateTable
CREATE TABLE "SessionSecret" (
    "secretHash" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "resumeTokenSealed" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionSecret_pkey" PRIMARY KEY ("secretHash")
);

-- CreateIndex
CREATE INDEX "SessionSecret_sessionId_idx" ON "SessionSecret"("sessionId");

-- AddForeignKey
ALTER TABLE "SessionSecret" ADD CONSTRAINT "SessionSecret_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WizardSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

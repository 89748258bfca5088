-- CreateTable
CREATE TABLE "SessionSecret" (
    "secretHash" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "resumeTokenSealed" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "SessionSecret_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WizardSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SessionSecret_sessionId_idx" ON "SessionSecret"("sessionId");

-- CreateTable
CREATE TABLE "WizardSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "stepReached" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "WizardSession_tokenHash_key" ON "WizardSession"("tokenHash");

-- CreateIndex
CREATE INDEX "WizardSession_expiresAt_idx" ON "WizardSession"("expiresAt");


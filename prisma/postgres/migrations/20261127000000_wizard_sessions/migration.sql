-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "WizardSession" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "stepReached" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WizardSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WizardSession_tokenHash_key" ON "WizardSession"("tokenHash");

-- CreateIndex
CREATE INDEX "WizardSession_expiresAt_idx" ON "WizardSession"("expiresAt");


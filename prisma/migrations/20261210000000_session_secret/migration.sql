-- AlterTable
ALTER TABLE "WizardSession" ADD COLUMN "resumeTokenSealed" TEXT;
ALTER TABLE "WizardSession" ADD COLUMN "secretHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "WizardSession_secretHash_key" ON "WizardSession"("secretHash");

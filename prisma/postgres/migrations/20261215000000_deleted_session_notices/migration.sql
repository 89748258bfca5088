-- CreateTable
CREATE TABLE "DeletedSessionNotice" (
    "secretHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeletedSessionNotice_pkey" PRIMARY KEY ("secretHash")
);

-- CreateIndex
CREATE INDEX "DeletedSessionNotice_expiresAt_idx" ON "DeletedSessionNotice"("expiresAt");

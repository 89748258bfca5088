-- CreateTable
CREATE TABLE "DeletedSessionNotice" (
    "secretHash" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "DeletedSessionNotice_expiresAt_idx" ON "DeletedSessionNotice"("expiresAt");

-- How many rows MariaDB reads for the flag lifting of one 10,000-id batch of a default switch, before and after it
-- was driven from the plugin's settings table (build/Benchmarks/README.md). Session handler counters, so the figures do
-- not depend on the machine's load. Needs MariaDB's SEQUENCE engine (seq_1_to_N) and a user that may create
-- backorders_test_probe (build/db/start-mariadb.sh's user may). Run:
--   mariadb -h127.0.0.1 -ubackorders -p -t < build/Benchmarks/mariadb-flag-lifting.sql
DROP DATABASE IF EXISTS backorders_test_probe;
CREATE DATABASE backorders_test_probe;
USE backorders_test_probe;
CREATE TABLE Product (Id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, BackorderModeId INT NOT NULL, DisableBuyButton TINYINT(1) NOT NULL, DisableWishlistButton TINYINT(1) NOT NULL, Published TINYINT(1) NOT NULL, Deleted TINYINT(1) NOT NULL) ENGINE=InnoDB;
CREATE TABLE ProductBackorderSetting (Id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, ProductId INT NOT NULL, UsesDefaultPolicy TINYINT(1) NOT NULL, LowStockFlagsSetByActivity INT NOT NULL, UpdatedOnUtc DATETIME(6) NOT NULL, UNIQUE KEY IX_ProductBackorderSetting_ProductId (ProductId)) ENGINE=InnoDB;
INSERT INTO Product (Id, BackorderModeId, DisableBuyButton, DisableWishlistButton, Published, Deleted) SELECT seq, 1, 0, 0, 1, 0 FROM seq_1_to_100000;
INSERT INTO ProductBackorderSetting (ProductId, UsesDefaultPolicy, LowStockFlagsSetByActivity, UpdatedOnUtc) SELECT seq*10, 0, 0, UTC_TIMESTAMP(6) FROM seq_1_to_10000;
ANALYZE TABLE Product, ProductBackorderSetting;
-- before: the range-driven lift (as the old LiftBuyButtonFlags), batch (0, 10000]
START TRANSACTION;
SELECT SUM(VARIABLE_VALUE) INTO @r0 FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME IN ('HANDLER_READ_KEY','HANDLER_READ_NEXT','HANDLER_READ_RND_NEXT','HANDLER_READ_FIRST');
UPDATE `Product` SET `DisableBuyButton` = 0, `DisableWishlistButton` = 0 WHERE `Product`.`Id` > 0 AND `Product`.`Id` <= 10000 AND `Product`.`BackorderModeId` <> 0 AND EXISTS (SELECT 1 FROM `ProductBackorderSetting` WHERE `ProductBackorderSetting`.`ProductId` = `Product`.`Id` AND (`ProductBackorderSetting`.`LowStockFlagsSetByActivity` & 1) = 1);
SELECT 'before: old LiftBuyButtonFlags, one batch' AS what, SUM(VARIABLE_VALUE) - @r0 AS handler_reads FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME IN ('HANDLER_READ_KEY','HANDLER_READ_NEXT','HANDLER_READ_RND_NEXT','HANDLER_READ_FIRST');
ROLLBACK;
-- after: read recorded flags from the settings table (none recorded: nothing else runs)
START TRANSACTION;
SELECT SUM(VARIABLE_VALUE) INTO @r0 FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME IN ('HANDLER_READ_KEY','HANDLER_READ_NEXT','HANDLER_READ_RND_NEXT','HANDLER_READ_FIRST');
SELECT COUNT(*) AS recorded FROM ProductBackorderSetting WHERE ProductId > 0 AND ProductId <= 10000 AND LowStockFlagsSetByActivity <> 0;
SELECT 'after: settings read, one batch' AS what, SUM(VARIABLE_VALUE) - @r0 AS handler_reads FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME IN ('HANDLER_READ_KEY','HANDLER_READ_NEXT','HANDLER_READ_RND_NEXT','HANDLER_READ_FIRST');
ROLLBACK;
-- after, with 3 recorded products in the batch
UPDATE ProductBackorderSetting SET LowStockFlagsSetByActivity = 1 WHERE ProductId IN (10, 20, 30);
UPDATE Product SET DisableBuyButton = 1, DisableWishlistButton = 1 WHERE Id IN (10, 20, 30);
START TRANSACTION;
SELECT SUM(VARIABLE_VALUE) INTO @r0 FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME IN ('HANDLER_READ_KEY','HANDLER_READ_NEXT','HANDLER_READ_RND_NEXT','HANDLER_READ_FIRST');
UPDATE `Product` SET `DisableBuyButton` = 0, `DisableWishlistButton` = 0 WHERE `Product`.`Id` IN (10, 20, 30) AND `Product`.`BackorderModeId` <> 0 AND (`Product`.`DisableBuyButton` = 1 OR `Product`.`DisableWishlistButton` = 1);
SELECT 'after: LiftBuyButtonFlags of 3 recorded products' AS what, SUM(VARIABLE_VALUE) - @r0 AS handler_reads FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME IN ('HANDLER_READ_KEY','HANDLER_READ_NEXT','HANDLER_READ_RND_NEXT','HANDLER_READ_FIRST');
ROLLBACK;
DROP DATABASE backorders_test_probe;

-- BeamCat catalogue schema, version 3: an index on SESSION_.USERNAME.
--
-- isLoggedIn (GET /icat/user/{name}) counts a user's sessions by name; without the index that is a scan
-- of every open session, and a facility keeps thousands (one per TopCAT visit, per service account, per
-- script). Portable as V1: H2 2.2.224 and PostgreSQL 15.
CREATE INDEX IX_SESSION_USERNAME ON SESSION_ (USERNAME);

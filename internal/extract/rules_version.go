package extract

// RulesVersion names the extraction rules of this build. An index records
// it for every file it reads, so that a newer storytui can tell the user
// which articles still hold an older reading (people, quotes, speakers,
// reactions) and that --reindex reads them again. Raise it whenever a
// change to this package may change what Extract returns;
// TestRulesVersion fails until you do.
const RulesVersion = 4

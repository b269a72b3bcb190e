package extract

// IsGivenName reports whether word, in lower case, is in the given-names
// list the extractor reads names with (see givenNamesTSV), so that other
// packages judge names by the same list without a copy of it.
func IsGivenName(word string) bool {
	_, ok := loadLexicon().given[word]
	return ok
}

package extract

import "strings"

// IsGivenName reports whether word, in lower case, is in the given-names
// list the extractor reads names with (see givenNamesTSV), so that other
// packages judge names by the same list without a copy of it.
func IsGivenName(word string) bool {
	_, ok := loadLexicon().given[word]
	return ok
}

// givenFolded is lx.given for a word that may carry accents the list
// (US birth records, written without them) lacks: "andrés" is "andres",
// "fátima" is "fatima".
func (lx *lexicon) givenFolded(low string) byte {
	if g := lx.given[low]; g != 0 {
		return g
	}
	// "jean-pierre", "mary-kate": a double given name takes the sex of
	// its second part ("Jean" alone is a woman's name in the list)
	if h := strings.IndexByte(low, '-'); h > 1 {
		g1, g2 := lx.givenFolded(low[:h]), lx.givenFolded(low[h+1:])
		switch {
		case g1 == 0 || g2 == 0:
		case g2 == 'm' || g2 == 'f':
			return g2
		default:
			return g1
		}
	}
	var sb strings.Builder
	changed := false
	for _, r := range low {
		if f, ok := accentFold[r]; ok {
			sb.WriteRune(f)
			changed = true
			continue
		}
		sb.WriteRune(r)
	}
	if !changed {
		return 0
	}
	return lx.given[sb.String()]
}

var accentFold = map[rune]rune{'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ø': 'o', 'ú': 'u', 'ù': 'u',
	'û': 'u', 'ü': 'u', 'ñ': 'n', 'ç': 'c', 'ý': 'y', 'ÿ': 'y'}

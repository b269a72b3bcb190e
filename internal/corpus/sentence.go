package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "pres": true, "amb": true, "atty": true, "supt": true, "det": true,
	"st": true, "jr": true, "sr": true, "rev": true, "hon": true, "no": true, "vs": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "bros": true, "dept": true, "univ": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"u.s": true, "u.k": true, "u.n": true, "d.c": true, "a.m": true, "p.m": true, "e.g": true, "i.e": true,
}

// firstSentence returns s up to the end of its first sentence.
func firstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.ContainsRune(`"')”’`, rune(s[j])) {
			j++
		}
		// Multi-byte closing quotes.
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r != '”' && r != '’' {
				break
			}
			j += size
		}
		if j < len(s) && s[j] != ' ' {
			continue
		}
		if j+1 < len(s) {
			r, _ := utf8.DecodeRuneInString(s[j+1:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"'“‘(`, r) {
				continue
			}
		}
		if c == '.' && isAbbrev(s[:i]) {
			continue
		}
		return strings.TrimSpace(s[:j])
	}
	return strings.TrimSpace(s)
}

// isAbbrev reports whether the word ending s is an abbreviation or an
// initial, so a period after it does not end a sentence.
func isAbbrev(s string) bool {
	k := strings.LastIndexAny(s, " (\"“")
	w := strings.ToLower(s[k+1:])
	if utf8.RuneCountInString(w) == 1 {
		return true // an initial: "Donald J. Trump"
	}
	return abbreviations[w] || strings.Contains(w, ".")
}

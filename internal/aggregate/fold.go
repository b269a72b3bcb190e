package aggregate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinFold maps the accented letters of Latin-1 and Latin Extended-A
// (U+00C0..U+017F) to their base letters, lower case; a space means the
// rune has no plain form (×, ÷) and separates words. It covers the names
// of English-language news without a Unicode normalisation table.
const latinFold = "" +
	"aaaaaaaceeeeiiii" + // U+00C0
	"dnooooo ouuuuyts" + // U+00D0 (Þ -> t, ß -> s)
	"aaaaaaaceeeeiiii" + // U+00E0
	"dnooooo ouuuuyty" + // U+00F0
	"aaaaaaccccccccdd" + // U+0100
	"ddeeeeeeeeeegggg" + // U+0110
	"gggghhhhiiiiiiii" + // U+0120
	"iijjjjkkklllllll" + // U+0130
	"lllnnnnnnnnnoooo" + // U+0140
	"oooorrrrrrssssss" + // U+0150
	"ssttttttuuuuuuuu" + // U+0160
	"uuuuwwyyyzzzzzzs" //   U+0170

// foldRune lower-cases r and strips its accent. ok is false for runes
// that are not part of a word.
func foldRune(r rune) (rune, bool) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A', true
		}
		return r, 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	case r >= 0xC0 && r <= 0x17F:
		c := rune(latinFold[r-0xC0])
		return c, c != ' '
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return unicode.ToLower(r), true
	}
	return r, false
}

// isApostrophe reports the marks that join the parts of one word
// (O'Brien, don’t): they are dropped, not turned into spaces, so every
// spelling of the word folds alike.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´'
}

// foldWords splits s into folded words: lower case, no accents, no
// punctuation, apostrophes and curly quotes dropped inside words.
func foldWords(s string) []string {
	var (
		words []string
		b     strings.Builder
	)
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		if isApostrophe(r) {
			continue
		}
		if c, ok := foldRune(r); ok {
			b.WriteRune(c)
		} else {
			flush()
		}
	}
	flush()
	return words
}

// Fold is s as its folded words separated by single spaces: what two
// wordings must share to count as the same words.
func Fold(s string) string {
	return strings.Join(foldWords(s), " ")
}

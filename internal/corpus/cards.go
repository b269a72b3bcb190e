package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some outlets put a hover card after a person's name, and scrapers keep
// its text in the sentence: "President Trump Donald John TrumpGOP
// senators balk at lengthy impeachment trial Warren goes local ... MORE’s
// campaign". The card is the person's legal name glued to a few of their
// latest headlines and closed by "MORE". Left in, its headlines become
// people, quotes and reactions of the article. It is recognised by shape,
// not by outlet: a capitalised run that ends with the name's last word
// again, glued (or, less surely, spaced) to the first headline, and
// " MORE" closing it on the line.

// maxCard bounds a card's length in bytes from its legal surname to
// MORE; three headlines run to about 350.
const maxCard = 700

// maxLegalWords bounds the legal name between the shown name and the
// glued surname: "Kenneth (Mike) Michael".
const maxLegalWords = 5

// dropHoverCards removes every hover card from one line of text, keeping
// the name it follows: "President Trump’s campaign".
func dropHoverCards(s string) string {
	if !strings.Contains(s, " MORE") {
		return s
	}
	from := 0
	for {
		k := strings.Index(s[from:], " MORE")
		if k < 0 {
			return s
		}
		more := from + k
		end := more + len(" MORE")
		if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			from = end
			continue
		}
		if start := cardStart(s, more); start >= 0 {
			s = s[:start] + s[end:]
			from = start
			continue
		}
		from = end
	}
}

// cardStart returns where the card that " MORE" at s[more] closes begins
// (right after the shown name), or -1 when no card ends there.
func cardStart(s string, more int) int {
	if start := gluedCardStart(s, more); start >= 0 {
		return start
	}
	return spacedCardStart(s, more)
}

// gluedCardStart finds a card whose legal name is glued to its first
// headline ("Donald John TrumpGOP senators ..."). Glue points are tried
// left to right within maxCard bytes, so the first is the card's own
// legal name rather than a glued word of its headlines.
func gluedCardStart(s string, more int) int {
	lo := max(more-maxCard, 0)
	for g := lo + 1; g < more; g++ {
		if !gluedAt(s, g) {
			continue
		}
		w := g // start of the glued surname
		for w > 0 && isNameByte(s[w-1]) {
			w--
		}
		if surnamePrefixes[s[w:g]] {
			continue // "McKay", "DeSantis": one word, not a glue
		}
		if start, _ := legalNameFrom(s, w, s[w:g]); start >= 0 {
			return start
		}
	}
	return -1
}

// spacedCardStart finds a card whose legal name is followed by a space
// ("Speaker Paul Ryan Paul Davis Ryan Retirees should say ... MORE"). A
// given name can repeat too ("Paul Ryan Paul"), so of the repeated
// mixed-case words followed by a capitalised one, the pair with the most
// legal-name words between wins, the later on a tie.
func spacedCardStart(s string, more int) int {
	lo := max(more-maxCard, 0)
	best, bestWords, w := -1, 0, lo
	for p := lo; p < more; p++ {
		if s[p] != ' ' {
			continue
		}
		word := s[w:p]
		w = p + 1
		if !mixedCase(word) || surnamePrefixes[word] || !capitalisedAt(s, p+1) {
			continue
		}
		if start, words := legalNameFrom(s, p-len(word), word); start >= 0 && words >= bestWords {
			best, bestWords = start, words
		}
	}
	return best
}

// mixedCase reports whether w is a capitalised word with a lower-case
// letter: a name, not an initial or a word of an all-capitals line.
func mixedCase(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) >= 2 && unicode.IsUpper(r) && strings.ContainsFunc(w, unicode.IsLower)
}

// capitalisedAt reports whether the word at s[i] opens with a capital or a
// digit, after an opening quotation mark if any.
func capitalisedAt(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	if strings.ContainsRune("'\"‘“", r) {
		r, _ = utf8.DecodeRuneInString(s[i+n:])
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// surnamePrefixes open surnames written with an inner capital.
var surnamePrefixes = map[string]bool{
	"Mc": true, "Mac": true, "De": true, "Di": true, "Da": true, "Du": true, "Del": true,
	"La": true, "Le": true, "Van": true, "Von": true, "St": true, "Fitz": true,
}

// gluedAt reports whether a lower-case ASCII letter at s[g-1] runs into a
// capital or a digit at s[g], or into a quotation mark opening one, with no
// space.
func gluedAt(s string, g int) bool {
	if c := s[g-1]; c < 'a' || c > 'z' {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[g:])
	if strings.ContainsRune("'\"‘“’", r) {
		// a quoted headline, not a possessive ("Hall's")
		r, _ = utf8.DecodeRuneInString(s[g+n:])
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isNameByte reports whether b belongs to a surname: ASCII letters, an
// apostrophe or a hyphen, and the bytes of other letters (O’Rourke, Peña).
func isNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '\'' || b == '-' || b >= 0x80
}

// legalNameFrom walks back from the surname at s[w] over one to
// maxLegalWords capitalised words or bracketed nicknames to the same
// surname standing alone (or glued to the legal name's first word). It
// returns the position right after that shown surname and the number of
// words between, or -1.
func legalNameFrom(s string, w int, surname string) (int, int) {
	if len(surname) < 2 || w == 0 || s[w-1] != ' ' {
		return -1, 0
	}
	end := w - 1 // the space before the surname
	for words := 0; words <= maxLegalWords; words++ {
		start := strings.LastIndexByte(s[:end], ' ') + 1
		word := s[start:end]
		if word == surname {
			if next, _, _ := strings.Cut(s[end+1:], " "); nameSuffixes[next] && words > 1 {
				// the shown name's suffix stays: "Donald Trump Jr."
				end, words = end+1+len(next), words-1
			}
			if words == 0 {
				return -1, 0
			}
			return end, words
		}
		if rest, ok := strings.CutPrefix(word, surname); ok && gluedAt(word, len(surname)) && legalWord(rest) {
			// the shown name glued to the legal one: "Chad WolfChad Wolf..."
			return start + len(surname), words + 1
		}
		if !legalWord(word) || start == 0 {
			return -1, 0
		}
		end = start - 1
	}
	return -1, 0
}

// legalWord reports whether a word can be part of a legal name: a
// capitalised word or initial, a particle ("de"), or a nickname in
// brackets ("(Mike)").
func legalWord(w string) bool {
	if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && len(w) > 2 {
		w = w[1 : len(w)-1]
	}
	if nameParticles[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r) && !strings.ContainsAny(w, ",;:")
}

// nameSuffixes end a shown name: "Donald Trump Jr. Donald (Don) John
// TrumpComedians ...".
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "II": true, "III": true, "IV": true}

// nameParticles are the lower-case words inside names: "Bill de Blasio".
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "der": true, "van": true,
	"von": true, "la": true, "le": true, "du": true, "bin": true, "al": true, "el": true, "y": true,
}

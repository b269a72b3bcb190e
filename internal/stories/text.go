package stories

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of running text as the feature extractor sees it.
type word struct {
	lower string // lower-cased, possessive stripped
	cap   bool   // starts with an upper-case letter
	// brk is true when punctuation follows the word, so a name cannot
	// continue across it ("Mr. Steele", "Obama, Biden").
	brk bool
	// start is true for the first word of a sentence, whose capital says
	// nothing about it being a name.
	start bool
}

// words splits s into words, at most max of them when max > 0.
// Apostrophes inside a word are kept ("don't") except a trailing
// possessive, which is dropped so "Obama's" and "Obama" meet.
func words(s string, max int) []word {
	ws, _ := wordsEnd(s, max)
	return ws
}

// wordsEnd is words, and how much of s the words and what follows the
// last of them take: the rest of s cannot change them.
func wordsEnd(s string, max int) ([]word, int) {
	var out []word
	start := true
	i := 0
	for i < len(s) && (max <= 0 || len(out) < max) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if isApostrophe(r2) && j+n2 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+n2:])
				if unicode.IsLetter(r3) {
					j += n2
					continue
				}
			}
			break
		}
		tok := s[i:j]
		w := word{cap: unicode.IsUpper(r), lower: normalise(tok), start: start}
		start = false
		// Look at what separates this word from the next.
		k := j
		for k < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[k:])
			if isWordRune(r2) {
				break
			}
			if !unicode.IsSpace(r2) {
				w.brk = true
			}
			switch r2 {
			case '.':
				// "Mr. Steele" and "J. Smith" go on.
				start = start || !abbreviations[w.lower] && len(w.lower) > 1
			case '!', '?', ':', ';', '\n', '"', '“', '(', '—':
				// Quotes, dashes and brackets may open a clause that
				// starts with a capital too.
				start = true
			}
			k += n2
		}
		out = append(out, w)
		i = k
	}
	return out, i
}

// abbreviations are the words that end in a full stop mid-sentence before
// a name.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "st": true,
	"prof": true, "rev": true, "jr": true, "sr": true, "pres": true, "hon": true,
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// normalise lower-cases a token, unifies apostrophes and drops a
// possessive ending.
func normalise(tok string) string {
	t := strings.ToLower(strings.ReplaceAll(tok, "’", "'"))
	t = strings.TrimSuffix(t, "'s")
	return t
}

// stem is Harman's "S" stemmer: it folds plurals onto singulars and
// nothing else, which is enough to match headlines with leads without the
// false merges of heavier stemmers.
func stem(w string) string {
	n := len(w)
	if n <= 3 || w[n-1] != 's' {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && !strings.HasSuffix(w, "eies") && !strings.HasSuffix(w, "aies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "aes") && !strings.HasSuffix(w, "ees") && !strings.HasSuffix(w, "oes"):
		return w[:n-1]
	case strings.HasSuffix(w, "us") || strings.HasSuffix(w, "ss"):
		return w
	}
	return w[:n-1]
}

// term turns a word into an index term, or "" for words that say nothing
// about which event an article reports.
func term(w string) string {
	if len(w) < 2 || stopwords[w] {
		return ""
	}
	return stem(w)
}

// entities returns the capitalised names in ws, lower-cased: each
// multi-word name whole ("joe sestak", "republican national committee")
// and each of its words alone ("sestak"), so that "Bachelet" matches
// "President Michelle Bachelet". In a lead these are the places and people
// that tell one earthquake from another. Stopwords are not names, and a
// single capitalised word that starts a sentence may be no name at all.
func entities(ws []word) []string {
	var out []string
	flush := func(seq []word) {
		for len(seq) > 0 && stopwords[seq[0].lower] {
			seq = seq[1:]
		}
		if len(seq) == 0 || len(seq) == 1 && seq[0].start {
			return
		}
		parts := make([]string, 0, len(seq))
		for _, w := range seq {
			parts = append(parts, w.lower)
			if len(w.lower) > 1 && !stopwords[w.lower] {
				out = append(out, stem(w.lower))
			}
		}
		if len(seq) > 1 {
			out = append(out, strings.Join(parts, " "))
		}
	}
	var seq []word
	for _, w := range ws {
		if w.cap {
			seq = append(seq, w)
			if w.brk {
				flush(seq)
				seq = seq[:0]
			}
			continue
		}
		flush(seq)
		seq = seq[:0]
	}
	flush(seq)
	return out
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qmark is one quotation mark the scanner paired: its byte offset, its
// length in bytes, and the quote it opens or closes.
type qmark struct {
	pos, n int
	open   bool
	q      int
}

// quoteSpan is one span between quotation marks inside one paragraph.
type quoteSpan struct {
	open, close int // byte offsets of the opening mark and the byte after the closing mark (paragraph end if unclosed)
	start, end  int // the quoted text, marks and surrounding spaces excluded
	para        int
	unclosed    bool // the paragraph ended before a closing mark
	cont        bool // continues an unclosed quote of the previous paragraph
}

// paragraphs splits text into byte ranges separated by blank lines.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// a blank line: "\n", optional spaces, "\n"
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			if trimmedNonEmpty(text, start, i) {
				out = append(out, [2]int{start, i})
			}
			for j < len(text) && isSpaceByte(text[j]) {
				j++
			}
			start = j
			i = j
			continue
		}
		i++
	}
	if trimmedNonEmpty(text, start, len(text)) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func trimmedNonEmpty(text string, s, e int) bool {
	for i := s; i < e; i++ {
		if !isSpaceByte(text[i]) {
			return true
		}
	}
	return false
}

// runeBefore and runeAfter return the rune around a mark, or ' ' at a
// paragraph edge.
func runeBefore(text string, i, lo int) rune {
	if i <= lo {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

func runeAfter(text string, i, hi int) rune {
	if i >= hi {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

// opensBefore reports whether r, just before a mark, lets the mark open a
// quote: a space, an opening bracket or a dash.
func opensBefore(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '—' || r == '–' || r == '-' || r == '/' || r == ':'
}

// closesAfter reports whether r, just after a mark, lets the mark close a quote.
func closesAfter(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '(' && r != '[' && r != '\'' && r != '‘'
}

const (
	markStraight = iota // " and '' : direction from context
	markOpen            // “ `` „ « ‘‘
	markClose           // ” » ’’
)

// markByte reports whether a mark markAt reads can start with byte c.
func markByte(c byte) bool {
	return c == '"' || c == '\'' || c == '`' || c == 0xE2 || c == 0xC2
}

// markAt recognises a double quotation mark at text[i]: its kind and length.
func markAt(text string, i int) (kind, n int) {
	switch c := text[i]; c {
	case '"':
		return markStraight, 1
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			// `all,'''`: a single mark closes first, then the double one
			if i+2 < len(text) && text[i+2] == '\'' && i > 0 && !isSpaceByte(text[i-1]) {
				return -1, 0
			}
			return markStraight, 2
		}
	case '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return markOpen, 2
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C, 0x9E: // “ „
				return markOpen, 3
			case 0x9D: // ”
				return markClose, 3
			case 0x98, 0x99: // ‘‘ and ’’: doubled single marks for double ones
				if i+5 < len(text) && text[i+3] == 0xE2 && text[i+4] == 0x80 && text[i+5] == text[i+2] {
					// "‘no’’’": a single mark closes first, then the double one
					if i+8 < len(text) && text[i+6] == 0xE2 && text[i+7] == 0x80 && text[i+8] == text[i+2] {
						return -1, 0
					}
					if text[i+2] == 0x98 {
						return markOpen, 6
					}
					return markClose, 6
				}
			}
		}
	case 0xC2:
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB: // «
				return markOpen, 2
			case 0xBB: // »
				return markClose, 2
			}
		}
	}
	return -1, 0
}

// scanQuotes finds every span between double quotation marks, paragraph by
// paragraph. A paragraph that ends inside a quote ends that quote; when
// the next paragraph opens with a mark, its quote continues the first.
func scanQuotes(text string, paras [][2]int) ([]quoteSpan, []qmark) {
	var quotes []quoteSpan
	var marks []qmark
	for pi, p := range paras {
		lo, hi := p[0], p[1]
		open := false
		openPos, openLen := 0, 0
		emit := func(closePos, closeLen int, unclosed bool) {
			s, e := openPos+openLen, closePos
			for s < e && isSpaceByte(text[s]) {
				s++
			}
			for e > s && isSpaceByte(text[e-1]) {
				e--
			}
			if s >= e {
				return
			}
			q := quoteSpan{open: openPos, close: closePos + closeLen, start: s, end: e, para: pi, unclosed: unclosed}
			qi := len(quotes)
			marks = append(marks, qmark{pos: openPos, n: openLen, open: true, q: qi})
			if closeLen > 0 {
				marks = append(marks, qmark{pos: closePos, n: closeLen, open: false, q: qi})
			}
			if n := len(quotes); n > 0 && quotes[n-1].unclosed && (quotes[n-1].para == pi-1 && firstNonSpace(text, lo) == openPos || quotes[n-1].para == pi && quotes[n-1].close == openPos) {
				q.cont = true
			}
			quotes = append(quotes, q)
		}
		for i := lo; i < hi; {
			if !markByte(text[i]) {
				i++
				continue
			}
			kind, n := markAt(text, i)
			if n == 0 || i+n > hi {
				i++
				continue
			}
			before, after := runeBefore(text, i, lo), runeAfter(text, i+n, hi)
			switch kind {
			case markStraight:
				if !open {
					// a mark glued to the word before and free after looks
					// like a stray closing mark: skip it
					if !opensBefore(before) && closesAfter(after) && !unicode.IsPunct(before) {
						break
					}
					// `'We are better off," said Obama`: a paragraph opened
					// with a single mark its closing double mark ends
					if strings.ContainsRune(",.!?", before) && unicode.IsSpace(after) {
						if f := firstNonSpace(text, lo); f < i && text[f] == '\'' && f+1 < hi && isUpperByte(text[f+1]) && !paraHasQuote(quotes, pi) {
							openPos, openLen = f, 1
							emit(i, n, false)
						}
						break
					}
					open, openPos, openLen = true, i, n
				} else if reopens(text, i, n, lo, hi) || text[openPos] != 0xE2 && gluedReopens(text, i, n, lo, hi) {
					// `kids. "Compared to`: a quote of several paragraphs
					// flattened into one; each part opens, none closes
					emit(i, 0, true)
					open, openPos, openLen = true, i, n
				} else if end := nestedStraight(text, i, n, lo, hi, before, after); end > 0 {
					// `"We have not gone from "no confidence" to "full
					// confidence" yet," said one banker`: double marks
					// nested in double marks stay inside the quote
					i = end
					continue
				} else {
					emit(i, n, false)
					open = false
				}
			case markOpen:
				if open && !opensBefore(before) && closesAfter(after) {
					// `“It's unusual,“ said X`, `a site called “Cape Breton
					// Wins“ that`: some texts use “ for both marks; glued to
					// the words before and free after, it closes
					emit(i, n, false)
					open = false
					break
				}
				if open {
					if end := nestedCurly(text, i, n, lo, hi, openPos, before, after); end > 0 {
						// `"... isn't about “Equal Justice Under Law”
						// anymore.`: a curly quotation nested in the open quote
						i = end
						continue
					}
					if k, _ := markAt(text, openPos); k == markOpen {
						if end := singleClose(text, openPos+openLen, i); end > 0 {
							// `“Let's go.’ She starred in “Trainwreck.”`
							emit(end, len("’"), false)
							open, openPos, openLen = true, i, n
							break
						}
					}
					emit(i, 0, true)
				}
				open, openPos, openLen = true, i, n
			case markClose:
				if open {
					emit(i, n, false)
					open = false
				} else if opensBefore(before) && !unicode.IsSpace(after) {
					// some texts use ” for both marks
					open, openPos, openLen = true, i, n
				}
			}
			i += n
		}
		if open {
			if k, _ := markAt(text, openPos); k == markOpen {
				if end := singleClose(text, openPos+openLen, hi); end > 0 {
					// `tweeted: “Let's go. We can stop it.’ She was`: a
					// single right mark closes the double quote
					emit(end, len("’"), false)
					continue
				}
			}
			if end := lostClose(text, openPos+openLen, hi); end > 0 {
				n := len(quotes)
				emit(end, 0, false)
				if len(quotes) > n {
					// an empty closing mark, so the words after it read
					// as they would after a real one
					marks = append(marks, qmark{pos: end, n: 0, open: false, q: n})
				}
			} else {
				emit(hi, 0, true)
			}
		}
	}
	sortMarks(marks)
	return quotes, marks
}

// paraHasQuote reports whether paragraph pi already holds a quote.
func paraHasQuote(quotes []quoteSpan, pi int) bool {
	return len(quotes) > 0 && quotes[len(quotes)-1].para == pi
}

func firstNonSpace(text string, i int) int {
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	return i
}

// sortMarks orders marks by position (insertion sort: they are nearly sorted).
func sortMarks(m []qmark) {
	for i := 1; i < len(m); i++ {
		for j := i; j > 0 && m[j].pos < m[j-1].pos; j-- {
			m[j], m[j-1] = m[j-1], m[j]
		}
	}
}

// lostCloseVerbs, right after a sentence's end inside a quote that never
// closes, show where its closing mark was lost.
var lostCloseVerbs = []string{"said", "says", "added", "told", "asked", "wrote", "explained", "continued"}

// lostClose finds where a quote opened in text[s:hi] that its paragraph
// never closes must have ended: at a comma or a sentence's end followed
// by a space, a lower-case speech verb and its speaker (`unlawful. said
// Omar Jadwat`);
// 0 when there is no such place.
func lostClose(text string, s, hi int) int {
	for i := s; i+2 < hi; i++ {
		if c := text[i]; (c == '.' || c == ',' || c == '?' || c == '!') && text[i+1] == ' ' {
			for _, v := range lostCloseVerbs {
				// the speaker follows: "said Omar Jadwat", "said the mayor"
				if j := i + 2 + len(v); j+2 < hi && text[i+2:j] == v && text[j] == ' ' && (isUpperByte(text[j+1]) || strings.HasPrefix(text[j+1:], "the ")) {
					return i + 1
				}
			}
		}
	}
	return 0
}

// singleClose finds, in a double quote opened at text[s] with a left mark
// that its paragraph never closes, a single right mark ’ standing for
// the closing mark: right after a sentence's end or a comma and before
// a space or the paragraph's end (`can (hashtag)StopGunViolence.’
// Schumer was`), with no single quotation opened before it inside the
// quote (`‘No,’ she said`, ` 'No?’ `) and no abbreviation before its
// period (`the U.S.’ undoing`, a possessive). It returns the mark's byte
// offset, or -1.
func singleClose(text string, s, hi int) int {
	for i := s; i+3 <= hi; i++ {
		switch {
		case strings.HasPrefix(text[i:], "‘"):
			return -1
		case text[i] == '\'' && (i == s || isSpaceByte(text[i-1])):
			return -1
		case strings.HasPrefix(text[i:], "’") && i-1 > s && (i+3 == hi || isSpaceByte(text[i+3])):
			p := text[i-1]
			if p == ',' || p == '?' || p == '!' || p == '.' && !(i-3 >= s && isUpperByte(text[i-2]) && text[i-3] == '.') {
				return i
			}
		}
	}
	return -1
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// nestedMax bounds a quotation nested in another (a phrase, not a speech).
const nestedMax = 120

// nestedStraight reports where a quotation nested in an open straight
// quote ends (the byte after its closing mark), or 0 when the mark at
// text[i] closes the open quote instead. It is nested when it looks like
// an opening (a space or bracket before it, a word after it), the next
// straight mark looks like a closing one within nestedMax bytes, and
// another straight mark follows before the paragraph ends to close the
// outer quote.
func nestedStraight(text string, i, n, lo, hi int, before, after rune) int {
	if !opensBefore(before) || !(unicode.IsLetter(after) || unicode.IsDigit(after)) {
		return 0
	}
	j := i + n
	for ; j < hi && j < i+n+nestedMax; j++ {
		if k, m := markAt(text, j); m > 0 && k == markStraight {
			if unicode.IsSpace(runeBefore(text, j, lo)) || !closesAfter(runeAfter(text, j+m, hi)) {
				return 0
			}
			end := j + m
			for r := end; r < hi; r++ {
				if k, m := markAt(text, r); m > 0 && k == markStraight {
					return end
				}
			}
			return 0
		}
	}
	return 0
}

// reopens reports whether a straight mark met inside an open quote starts
// a new part of it rather than closing it: a sentence ends, then a space,
// then the mark glued to a capital letter.
func reopens(text string, i, n, lo, hi int) bool {
	if i-2 < lo || text[i-1] != ' ' {
		return false
	}
	p := text[i-2]
	if p != '.' && p != '?' && p != '!' {
		return false
	}
	r := runeAfter(text, i+n, hi)
	return unicode.IsUpper(r)
}

// nestedCurlyMax bounds a curly quotation nested in another.
const nestedCurlyMax = 300

// nestedCurly reports where a curly quotation nested in the quote open
// at text[openPos] ends (the byte after its closing mark), or 0 when the
// opening mark at text[i] starts a new quote instead. It is nested when
// it looks like an opening (a space, bracket or dash before it, no space
// after it), a right mark ” closes it within nestedCurlyMax bytes, and
// the open quote goes on after it: a straight outer quote (`"PENCE: ...
// an episode of “Shark Tank.” But ..."`) closes with a straight mark
// later in the paragraph, or, opened at the paragraph's start, runs to
// its end as a quote of several paragraphs does; a curly outer quote
// (`“People wearing “Settle For Hillary” shirts.”`) closes with a ”
// right after it.
func nestedCurly(text string, i, n, lo, hi, openPos int, before, after rune) int {
	if !opensBefore(before) || unicode.IsSpace(after) {
		return 0
	}
	straight := text[openPos] == '"'
	if !straight {
		if k, _ := markAt(text, openPos); k != markOpen {
			return 0
		}
	}
	end := 0
	for j := i + n; j < hi && j < i+n+nestedCurlyMax && end == 0; j++ {
		if k, m := markAt(text, j); m > 0 {
			if k != markClose || unicode.IsSpace(runeBefore(text, j, lo)) {
				return 0
			}
			end = j + m
		}
	}
	if end == 0 {
		return 0
	}
	inner := false // inside a later nested quotation of a straight quote
	for j := end; j < hi; j++ {
		k, m := markAt(text, j)
		if m == 0 {
			continue
		}
		j += m - 1
		switch {
		case straight && k == markStraight && !inner:
			return end
		case straight && k == markOpen && !inner:
			// `"... defended Trump's “Look at ...!” line as a “term of
			// endearment” and ...`: more nested quotations may follow
			inner = true
			continue
		case straight && k == markClose && inner:
			inner = false
			continue
		case !straight && k == markClose:
			return end
		}
		return 0
	}
	if straight && !inner && openPos == firstNonSpace(text, lo) {
		return end
	}
	return 0
}

// gluedReopens reports whether a straight mark at text[i], met inside an
// open quote and glued between a sentence's end and a capital letter or a
// bracket (`coyotes."It is`), starts a new part of the quote rather than
// closing it. Such marks are left where a text lost its paragraph breaks,
// and a quote of several paragraphs reopens at each one as a closing mark
// followed by a new paragraph would look: the mark reopens when the next
// straight mark of the paragraph is a clear closing one (after , . ? or !
// and before a space or the paragraph's end: `"It is not fair," Cruz
// said`), or is glued the same way with a speaker and a speech verb after
// it (`edge."Paul said the`) and none after this one (`money."Paul says`:
// the words after this mark are the writer's, so it closes). The caller
// asks only for a quote a straight mark opened: `“but I am not."As` closes.
func gluedReopens(text string, i, n, lo, hi int) bool {
	if !gluedMark(text, i, n, lo, hi) {
		return false
	}
	for j := i + n; j < hi; j++ {
		k, m := markAt(text, j)
		if m == 0 || k != markStraight {
			continue
		}
		if gluedMark(text, j, m, lo, hi) {
			return speakerOpens(text[j+m:hi]) && !speakerOpens(text[i+n:j])
		}
		b, a := runeBefore(text, j, lo), runeAfter(text, j+m, hi)
		return strings.ContainsRune(",.?!", b) && unicode.IsSpace(a)
	}
	return false
}

// gluedMark reports whether the mark at text[i] stands between a
// sentence's end after a word and a capital letter or "[" with no space.
func gluedMark(text string, i, n, lo, hi int) bool {
	if i-2 < lo || !strings.ContainsRune(".?!", rune(text[i-1])) || isSpaceByte(text[i-2]) {
		return false
	}
	a := runeAfter(text, i+n, hi)
	return unicode.IsUpper(a) || a == '['
}

// speakerOpens reports whether s opens with a speaker and a speech verb:
// he, she or they, or one to four capitalised words that are no common or
// function words (titles allowed), then a verb of saying ("Paul said
// the", "Sen. Rand Paul says", "He added"), past an opening adverb and
// its comma ("Meanwhile, Pataki said"). "To say", "But I've reported"
// and "The important thing" open no speaker.
func speakerOpens(s string) bool {
	words := strings.Fields(s)
	k := 0
	if len(words) > 0 && strings.HasSuffix(words[0], ",") {
		k = 1 // "Meanwhile,"
	}
	lx := loadLexicon()
	for n := 0; k < len(words) && n <= 4; k, n = k+1, n+1 {
		w := strings.ToLower(strings.Trim(words[k], ".,;:"))
		if _, verb := speechVerbs[w]; verb && n > 0 {
			return true
		}
		r, _ := utf8.DecodeRuneInString(words[k])
		if !unicode.IsUpper(r) {
			return false
		}
		if n == 0 && (w == "he" || w == "she" || w == "they") {
			continue
		}
		if _, title := titleWords[w]; !title && (lx.common[w] || notSpeakerWords[w]) {
			return false
		}
	}
	return false
}

// notSpeakerWords are function words that open a sentence capitalised
// but name no speaker.
var notSpeakerWords = set("i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "you", "it", "it's", "to", "if", "as",
	"so", "and", "but", "or", "this", "that", "these", "those", "there", "here", "what", "why", "how", "when", "where",
	"let", "let's", "our", "my", "your", "their", "his", "her", "its", "yes", "no", "not", "now", "then", "in", "on",
	"at", "for", "with", "of", "by", "from", "a", "an", "the", "he", "she", "they")

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkWord tokKind = iota
	tkNum
	tkPunct
	tkQuote // a quotation mark the scanner paired
)

// token is one word, number, punctuation sign or quotation mark.
type token struct {
	s, e  int    // byte span; for a possessive the span of the bare word
	fe    int    // end including a possessive suffix
	low   string // lower-cased text of a word, the text itself otherwise
	kind  tokKind
	cap   bool // starts with an upper-case letter
	upper bool // an acronym: every letter upper-case, two or more letters
	poss  bool // followed by 's or a bare apostrophe
	dot   bool // followed at once by "."
	open  bool // for tkQuote: an opening mark
	para  int
	sent  int
	quote int // index of the quote whose text holds the token, or -1
}

// tokenize splits text into tokens. marks are the paired quotation marks,
// which become tkQuote tokens; every other quote sign is punctuation.
func tokenize(text string, paras [][2]int, marks []qmark, quotes []quoteSpan) []token {
	toks := make([]token, 0, tokenEstimate(text))
	var lows strings.Builder // the lower-cased forms of capitalised words
	lows.Grow(len(text) / 8)
	mi := 0
	qi := 0
	for pi, p := range paras {
		i, hi := p[0], p[1]
		for i < hi {
			for mi < len(marks) && marks[mi].pos < i {
				mi++
			}
			nextMark := hi
			if mi < len(marks) && marks[mi].pos < hi {
				nextMark = marks[mi].pos
			}
			if i == nextMark {
				m := marks[mi]
				toks = append(toks, token{s: i, e: i + m.n, fe: i + m.n, low: text[i : i+m.n], kind: tkQuote, open: m.open, para: pi, quote: -1})
				i += m.n
				mi++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				t := scanWord(text, i, nextMark, &lows)
				t.para = pi
				t.quote = -1
				toks = append(toks, t)
				i = t.fe
				continue
			}
			toks = append(toks, token{s: i, e: i + size, fe: i + size, low: text[i : i+size], kind: tkPunct, para: pi, quote: -1})
			i += size
		}
	}
	// which quote holds each token
	for ti := range toks {
		t := &toks[ti]
		for qi < len(quotes) && quotes[qi].end <= t.s {
			qi++
		}
		if qi < len(quotes) && t.s >= quotes[qi].start && t.s < quotes[qi].end && t.kind != tkQuote {
			t.quote = qi
		}
	}
	return toks
}

// tokenEstimate guesses from the bytes of text how many tokens it holds, a
// little over most of the time, so that the token slice seldom grows: a
// byte opens a token when it is no space and either no letter or digit or
// follows none; a three-byte sign from U+2000 on (curly quotes, dashes)
// counts as one token.
func tokenEstimate(text string) int {
	n := 0
	prevWord := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			prevWord = false
		case c == 0xE2:
			n++
			i += 2
			prevWord = false
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80:
			if !prevWord {
				n++
			}
			prevWord = true
		default:
			n++
			prevWord = false
		}
	}
	return n + n/64 + 8
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord reads one word or number from text[i:] and stops before limit;
// lows takes its lower-cased form when that differs from the text.
func scanWord(text string, i, limit int, lows *strings.Builder) token {
	start := i
	letters, uppers := 0, 0
	digitsOnly := true
	segLen := 0 // letters since the last internal period, for U.S.
	for i < limit {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if unicode.IsLetter(r) {
				letters++
				digitsOnly = false
				if unicode.IsUpper(r) {
					uppers++
				}
				segLen++
			}
			i += size
			continue
		case r >= 0x80 && r <= 0xBF && i > start && mojibakeTail(lastRune(text[start:i]), r):
			// "PeÃ±a", "FranÃ§ois": UTF-8 read as Latin-1 spells one
			// letter as Ã or Â and a sign; the sign stays in the word
			i += size
			continue
		case isApostrophe(r) || r == '-' || r == '‐':
			if i+size < limit {
				n, _ := utf8.DecodeRuneInString(text[i+size:])
				if unicode.IsLetter(n) || (r == '-' && unicode.IsDigit(n)) {
					i += size
					segLen = 0
					continue
				}
			}
		case r == '.' || r == ',':
			if i+1 < limit {
				n, _ := utf8.DecodeRuneInString(text[i+1:])
				if digitsOnly && unicode.IsDigit(n) {
					i++
					continue
				}
				if r == '.' && segLen == 1 && unicode.IsLetter(n) && (i+2 >= limit || !isLetterByte(text[i+2])) {
					i++
					segLen = 0
					continue
				}
			}
		}
		break
	}
	t := token{s: start, e: i, fe: i, kind: tkWord}
	if digitsOnly {
		t.kind = tkNum
	}
	w := text[start:i]
	// possessives: Trump's, Trump’s, Sessions'
	if n := len(w); n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
		t.e, t.poss = i-2, true
	} else if n > 4 && strings.HasSuffix(w, "’s") {
		t.e, t.poss = i-4, true
	} else if i < limit && (w[len(w)-1] == 's') {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isApostrophe(r) {
			after := ' '
			if i+size < limit {
				after, _ = utf8.DecodeRuneInString(text[i+size:])
			}
			if !unicode.IsLetter(after) && after != '\'' {
				t.fe, t.poss = i+size, true
			}
		}
	}
	if i < len(text) && text[i] == '.' {
		t.dot = true
	}
	first, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(first)
	if t.poss && t.e-t.s < len(w) {
		letters-- // the s of 's
	}
	t.upper = letters > 1 && uppers == letters
	t.low = lowerInto(lows, text[t.s:t.e])
	return t
}

// mojibakeTail reports whether r, a Latin-1 sign or control character
// (U+0080-U+00BF, not a space), continues a letter that a mis-decoded
// two-byte UTF-8 sequence split: it follows Ã or Â, or another such sign.
func mojibakeTail(prev, r rune) bool {
	if r < 0x80 || r > 0xBF || r == 0xA0 || r == 0x85 {
		return false
	}
	return prev == 'Ã' || prev == 'Â' || prev >= 0x80 && prev <= 0xBF
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// lowerInto is lower(s), but writes a lower-cased ASCII word into buf, so
// that the words of one text share an allocation; strings cut from buf
// stay valid as it grows.
func lowerInto(buf *strings.Builder, s string) string {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return lower(s)
		}
		hasUpper = hasUpper || c >= 'A' && c <= 'Z'
	}
	if !hasUpper {
		return s
	}
	start := buf.Len()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf.WriteByte(c)
	}
	return buf.String()[start:]
}

// lower lower-cases s without allocating when it is already lower-case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			s = strings.ToLower(s)
			return strings.ReplaceAll(s, "’", "'")
		}
	}
	return s
}

// fieldCount is len(strings.Fields(s)) without building the slice.
func fieldCount(s string) int {
	n := 0
	inField := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	return n
}

// joinFields is strings.Join(strings.Fields(s), " "): s with each run of
// spaces made one space and none at either end. Text already so spaced
// comes back as it is, without a copy.
func joinFields(s string) string {
	afterSpace := true // at the start, a space would be a leading one
	for _, r := range s {
		if unicode.IsSpace(r) {
			if r != ' ' || afterSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			afterSpace = true
		} else {
			afterSpace = false
		}
	}
	if afterSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}

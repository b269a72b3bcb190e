package aggregate

import (
	"strings"
	"unicode/utf8"
)

// maxContext is about how long a context line may be, in bytes.
const maxContext = 200

// abbreviations end with a period that does not end the sentence.
var abbreviations = setOf(
	"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
	"st", "jr", "sr", "prof", "rev", "maj", "cmdr", "no", "vs", "inc", "co", "corp", "ltd",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"u.s", "u.n", "u.k", "d.c", "a.m", "p.m", "e.g", "i.e", "calif", "mass", "fla", "ariz",
)

// locate returns the byte range of quote in text: [start, end) when it
// holds the quote, else its first occurrence; ok is false when text does
// not contain it.
func locate(text, quote string, start, end int) (int, int, bool) {
	if start >= 0 && start <= end && end <= len(text) && (quote == "" || text[start:end] == quote) {
		return start, end, end > start
	}
	if quote == "" {
		return 0, 0, false
	}
	i := strings.Index(text, quote)
	if i < 0 {
		return 0, 0, false
	}
	return i, i + len(quote), true
}

// Context is the sentence of text around the bytes [start, end) (a
// quote), on one line, cut to about 200 bytes around the quote with "…"
// where it was cut. It is "" when the range is not in text.
func Context(text string, start, end int) string {
	if start < 0 || start >= end || end > len(text) {
		return ""
	}
	left, right := sentenceStart(text, start), sentenceEnd(text, end)
	pre, post := "", ""
	if right-left > maxContext {
		room := max(0, maxContext-(end-start))
		l := max(left, start-room/2)
		r := min(right, end+room-(start-l))
		if r-end < room/2 { // the sentence ends soon after: give the rest to the left
			l = max(left, start-(room-(r-end)))
		}
		if end-start > maxContext {
			l, r = start, start+maxContext
		}
		if l > left {
			if l < start {
				l = min(wordAfter(text, l), start)
			}
			pre = "…"
		}
		if r < right {
			if r > end {
				r = max(wordBefore(text, r, l), end)
			} else {
				r = wordBefore(text, r, l)
			}
			post = "…"
		}
		left, right = l, r
	}
	return pre + strings.Join(strings.Fields(text[left:right]), " ") + post
}

// sentenceStart is where the sentence holding byte i begins: after the
// last sentence end or line break before it.
func sentenceStart(text string, i int) int {
	for j := i - 1; j >= 0; j-- {
		switch text[j] {
		case '\n':
			return j + 1
		case '.', '!', '?':
			if k, ok := endsSentence(text, j); ok && k <= i {
				return k
			}
		}
	}
	return 0
}

// sentenceEnd is where the sentence holding byte i-1 ends, closing
// quotation marks included.
func sentenceEnd(text string, i int) int {
	for j := max(i-1, 0); j < len(text); j++ {
		switch text[j] {
		case '\n':
			return j
		case '.', '!', '?':
			if k, ok := endsSentence(text, j); ok {
				return k
			}
		}
	}
	return len(text)
}

// closers may follow the mark that ends a sentence.
const closers = "\"')]’”»"

// endsSentence reports whether the mark at text[j] ends a sentence: it
// is followed by closing marks and then white space or the end, and is
// not the period of an abbreviation or an initial. k is the byte after
// the closing marks.
func endsSentence(text string, j int) (k int, ok bool) {
	k = j + 1
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !strings.ContainsRune(closers, r) {
			break
		}
		k += n
	}
	if k < len(text) && text[k] != ' ' && text[k] != '\n' && text[k] != '\t' && text[k] != '\r' {
		return 0, false
	}
	if text[j] != '.' {
		return k, true
	}
	// The word before the period.
	w := j
	for w > 0 && text[w-1] != ' ' && text[w-1] != '\n' && text[w-1] != '(' && text[w-1] != '"' {
		w--
	}
	word := strings.ToLower(text[w:j])
	if abbreviations[word] {
		return 0, false
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && n > 0 && r >= 'a' && r <= 'z' && text[w] >= 'A' && text[w] <= 'Z' {
		return 0, false // an initial: "Donald J. Trump"
	}
	return k, true
}

// wordAfter moves i forward to the start of a word.
func wordAfter(text string, i int) int {
	if i > 0 && (text[i-1] == ' ' || text[i-1] == '\n') {
		return i
	}
	for i < len(text) && text[i] != ' ' && text[i] != '\n' {
		i++
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	return i
}

// wordBefore moves i back to the end of a word, not before lo.
func wordBefore(text string, i, lo int) int {
	if i >= len(text) || text[i] == ' ' || text[i] == '\n' {
		return i
	}
	j := i
	for j > lo && text[j-1] != ' ' && text[j-1] != '\n' {
		j--
	}
	if j <= lo {
		// One long word: cut it at a rune boundary.
		for i > lo && !utf8.RuneStart(text[i]) {
			i--
		}
		return i
	}
	for j > lo && (text[j-1] == ' ' || text[j-1] == '\n') {
		j--
	}
	return j
}

package index

import (
	"slices"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// snippetLen is the target length in bytes of a hit's excerpt.
const snippetLen = 200

// spansFrom turns bleve's term locations for one field into sorted,
// merged byte spans that lie inside a text of length n.
func spansFrom(locs search.TermLocationMap, n int) []Span {
	var out []Span
	for _, ls := range locs {
		for _, l := range ls {
			s, e := int(l.Start), int(l.End)
			if s < 0 || e > n || s >= e {
				continue
			}
			out = append(out, Span{s, e})
		}
	}
	return mergeSpans(out)
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(sp []Span) []Span {
	if len(sp) == 0 {
		return nil
	}
	slices.SortFunc(sp, func(a, b Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	out := sp[:1]
	for _, s := range sp[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// snippet cuts about snippetLen bytes out of text around the densest run
// of marks (or from the start when there are none), at word boundaries,
// with whitespace runs folded to one space. It returns the excerpt and the
// marks that fall in it, relative to the excerpt. An ellipsis shows where
// text was cut. text may be the bytes of a buffer about to be reused: the
// excerpt is a copy.
func snippet[T ~string | ~[]byte](text T, marks []Span) (string, []Span) {
	start, end := window(text, marks)
	return render(text, start, end, marks)
}

// window picks the byte range [start, end) of text to show.
func window[T ~string | ~[]byte](text T, marks []Span) (int, int) {
	if len(text) <= snippetLen {
		return 0, len(text)
	}
	start := 0
	if len(marks) > 0 {
		// Densest cluster: the mark from which the most marks fit in the
		// window; earliest wins ties.
		best, bestN := 0, 0
		j := 0
		for i := range marks {
			if j < i {
				j = i
			}
			// A mark longer than the window counts itself: it is
			// still the one to show (merged marks can be that long).
			for j < len(marks) && (j == i || marks[j].End-marks[i].Start <= snippetLen) {
				j++
			}
			if n := j - i; n > bestN {
				best, bestN = i, n
			}
		}
		first, last := marks[best], marks[best+bestN-1]
		// Centre the cluster in the window.
		start = max(0, first.Start-(snippetLen-(last.End-first.Start))/2)
	}
	end := min(len(text), start+snippetLen)
	if end-start < snippetLen {
		start = max(0, end-snippetLen)
	}
	start = wordStart(text, start)
	end = wordEnd(text, end)
	return start, end
}

// wordStart moves i back to the start of the word it falls in, but never
// more than a few bytes, then onto a rune boundary (at most a rune's
// length back, so a run of stray continuation bytes in invalid text
// cannot stretch the excerpt).
func wordStart[T ~string | ~[]byte](text T, i int) int {
	if i <= 0 {
		return 0
	}
	for k := i; k > 0 && i-k < 20; k-- {
		if isSpace(text[k-1]) {
			return k
		}
	}
	for n := 1; i > 0 && n < utf8.UTFMax && !utf8.RuneStart(text[i]); n++ {
		i--
	}
	return i
}

// wordEnd moves i forward to the end of the word it falls in (bounded),
// then onto a rune boundary (bounded likewise).
func wordEnd[T ~string | ~[]byte](text T, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for k := i; k < len(text) && k-i < 20; k++ {
		if isSpace(text[k]) {
			return k
		}
	}
	for n := 1; i < len(text) && n < utf8.UTFMax && !utf8.RuneStart(text[i]); n++ {
		i++
	}
	return i
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

const ellipsis = "…"

// render copies text[start:end] folding whitespace runs into one space and
// moves the marks inside the range to offsets in the result.
func render[T ~string | ~[]byte](text T, start, end int, marks []Span) (string, []Span) {
	buf := make([]byte, 0, end-start+2*len(ellipsis))
	// pos[i] is the offset in buf of text[start+i]; one past the end too.
	pos := make([]int, end-start+1)
	if start > 0 {
		buf = append(buf, ellipsis...)
	}
	for i := start; i < end; i++ {
		pos[i-start] = len(buf)
		c := text[i]
		if isSpace(c) {
			if len(buf) == 0 || buf[len(buf)-1] == ' ' || (start > 0 && len(buf) == len(ellipsis)) {
				continue
			}
			c = ' '
		}
		buf = append(buf, c)
	}
	pos[end-start] = len(buf)
	// Trailing space before the ellipsis or the end reads badly.
	for len(buf) > 0 && buf[len(buf)-1] == ' ' {
		buf = buf[:len(buf)-1]
	}
	n := len(buf)
	if end < len(text) {
		buf = append(buf, ellipsis...)
	}
	var out []Span
	for _, m := range marks {
		if m.End <= start || m.Start >= end {
			continue
		}
		s, e := pos[max(m.Start, start)-start], pos[min(m.End, end)-start]
		e = min(e, n)
		if s < e {
			out = append(out, Span{s, e})
		}
	}
	return string(buf), out
}

// markQuery lists the leaves of q that can mark words in the title or
// the text: not the excluded ones, nor filters on other fields, whose
// second run for the shown hits would cost as much as the first (a date
// range opens a reader for every term in it) and mark nothing. Nil when
// there are none.
func markQuery(q query.Query) []query.Query {
	var out []query.Query
	var walk func(q query.Query)
	walk = func(q query.Query) {
		switch t := q.(type) {
		case *dateOrdered:
			walk(t.BooleanQuery)
		case *query.BooleanQuery:
			if t.Must != nil {
				walk(t.Must)
			}
			if t.Should != nil {
				walk(t.Should)
			}
		case *query.ConjunctionQuery:
			for _, c := range t.Conjuncts {
				walk(c)
			}
		case *query.DisjunctionQuery:
			for _, d := range t.Disjuncts {
				walk(d)
			}
		case query.FieldableQuery:
			if f := t.Field(); f == fTitle || f == fText {
				out = append(out, q)
			}
		}
	}
	if q != nil {
		walk(q)
	}
	return out
}

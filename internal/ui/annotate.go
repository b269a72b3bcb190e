package ui

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storytui/internal/extract"
	"storytui/internal/index"
)

// annKind is what a marked range of the reader's text is.
type annKind int

const (
	annQuote  annKind = iota // the words of a quote
	annName                  // a person's name
	annAttrib                // "— speaker", inserted after a quote
	annTarget                // the quote the reader was opened at
)

// ann is a marked range of the shown text; ent is the entity it belongs
// to, or -1.
type ann struct {
	start, end int
	kind       annKind
	ent        int
}

// entity is something ] and [ stop on and enter acts on: a quote or a
// name.
type entity struct {
	kind       annKind // annQuote or annName
	start, end int     // in the shown text
	person     string  // the person named, or the speaker of the quote
	quote      string  // the words of a quote
	line       int     // first wrapped line
}

// insertion is text added to the article for display, at byte pos of the
// original.
type insertion struct {
	pos  int
	text string
}

// annotated is an article text ready to show: attributions inserted, and
// every span moved to match.
type annotated struct {
	text  string
	marks []index.Span // the query's terms
	anns  []ann
	ents  []entity
	ins   []insertion
}

// shiftStart and shiftEnd map an offset of the original text into the
// shown text. A span that ends where text was inserted does not take the
// insertion in; one that starts there begins after it.
func (a annotated) shiftStart(o int) int {
	d := 0
	for _, in := range a.ins {
		if in.pos <= o {
			d += len(in.text)
		}
	}
	return o + d
}

func (a annotated) shiftEnd(o int) int {
	d := 0
	for _, in := range a.ins {
		if in.pos < o {
			d += len(in.text)
		}
	}
	return o + d
}

// isClosing reports whether r may stand between a quote's words and the
// point where its attribution goes.
func isClosing(r rune) bool {
	return strings.ContainsRune("\"”’'»", r)
}

// annotate marks the quotes and names of ex in text (which must be the
// text ex was extracted from) and inserts "(— speaker)" after each quote.
// Offsets that do not fit the text are skipped, never trusted.
func annotate(text string, ex extract.Result, marks []index.Span) annotated {
	var a annotated
	type qspan struct {
		start, end int
		q          extract.Quote
	}
	var qs []qspan
	for _, q := range ex.Quotes {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End ||
			!utf8.RuneStart(text[q.Start]) || (q.End < len(text) && !utf8.RuneStart(text[q.End])) {
			continue
		}
		qs = append(qs, qspan{q.Start, q.End, q})
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].start < qs[j].start })
	for _, q := range qs {
		// Step over the punctuation and closing marks after the words,
		// up to the last closing mark: `bridge,"` and `backstop",` both
		// put the speaker after the mark (the second put it inside the
		// quote, `backstop (— X)",`, when only a mark ending the run was
		// stepped over).
		p := q.end
		for i, n := q.end, 0; n < 3 && i < len(text); n++ {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isClosing(r) && !strings.ContainsRune(",.;:!?", r) {
				break
			}
			i += size
			if isClosing(r) {
				p = i
			}
		}
		who := strings.TrimSpace(oneLine(q.q.Speaker))
		if who == "" {
			who = "unknown speaker"
		}
		a.ins = append(a.ins, insertion{p, " (— " + who + ")"})
	}
	sort.SliceStable(a.ins, func(i, j int) bool { return a.ins[i].pos < a.ins[j].pos })

	var b strings.Builder
	last := 0
	for _, in := range a.ins {
		b.WriteString(text[last:in.pos])
		b.WriteString(in.text)
		last = in.pos
	}
	b.WriteString(text[last:])
	a.text = b.String()

	for _, m := range marks {
		a.marks = append(a.marks, index.Span{Start: a.shiftStart(m.Start), End: a.shiftEnd(m.End)})
	}
	for _, q := range qs {
		s, e := a.shiftStart(q.start), a.shiftEnd(q.end)
		a.ents = append(a.ents, entity{kind: annQuote, start: s, end: e, person: q.q.Speaker, quote: q.q.Text})
	}
	// Attributions: the inserted text itself, located in the shown text.
	for _, in := range a.ins {
		s := a.shiftEnd(in.pos)
		a.anns = append(a.anns, ann{start: s, end: s + len(in.text), kind: annAttrib, ent: -1})
	}
	for _, n := range findNames(text, ex.People) {
		a.ents = append(a.ents, entity{kind: annName, start: a.shiftStart(n.start), end: a.shiftEnd(n.end), person: n.person})
	}
	sort.SliceStable(a.ents, func(i, j int) bool { return a.ents[i].start < a.ents[j].start })
	for i, e := range a.ents {
		a.anns = append(a.anns, ann{start: e.start, end: e.end, kind: e.kind, ent: i})
	}
	return a
}

// nameHit is one place a person is named.
type nameHit struct {
	start, end int
	person     string
}

// findNames locates every name and alias of the people in text, whole
// words only, longest first, never two on the same bytes.
func findNames(text string, people []extract.Person) []nameHit {
	type cand struct{ name, person string }
	var cands []cand
	for _, p := range people {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if n = strings.TrimSpace(n); len(n) >= 2 {
				cands = append(cands, cand{n, p.Name})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].name) > len(cands[j].name) })
	taken := func(hits []nameHit, s, e int) bool {
		for _, h := range hits {
			if s < h.end && h.start < e {
				return true
			}
		}
		return false
	}
	var hits []nameHit
	for _, c := range cands {
		for i := 0; i < len(text); {
			j := strings.Index(text[i:], c.name)
			if j < 0 {
				break
			}
			s, e := i+j, i+j+len(c.name)
			i = e
			if !wordEdge(text, s, e) || taken(hits, s, e) {
				continue
			}
			hits = append(hits, nameHit{s, e, c.person})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	return hits
}

// wordEdge reports whether text[s:e] is not part of a longer word.
func wordEdge(text string, s, e int) bool {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); isWord(r) {
			return false
		}
	}
	if e < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[e:]); isWord(r) {
			return false
		}
	}
	return true
}

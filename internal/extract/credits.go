package extract

import (
	"sort"
	"strings"
	"unicode"
)

// pullCredit finds the person a pull quote's credit line names: a
// quoted paragraph set apart from the story whose mark closes only after
// a line with the speaker's name and affiliation, which reads as a
// paragraph of its own (`"We are going to enter the next recession ...`
// then `Josh Bivens, Economic Policy Institute."`). The quote opens its
// paragraph and is left open there; the credit paragraph is a name, at
// most a dozen words of affiliation after a comma, a period and the
// closing mark.
func (an *analysis) pullCredit(qi, ot int) int {
	toks := an.toks
	q := an.quotes[qi]
	if ot < 0 || !q.unclosed || ot > 0 && toks[ot-1].para == toks[ot].para || q.para+1 >= len(an.paras) {
		return -1
	}
	k := ot
	for k < len(toks) && toks[k].para == q.para {
		k++
	}
	if k >= len(toks) || toks[k].para != q.para+1 {
		return -1
	}
	p := an.paras[q.para+1]
	line := strings.TrimSpace(an.text[p[0]:p[1]])
	if !strings.HasSuffix(line, "\"") && !strings.HasSuffix(line, "\u201d") || strings.ContainsAny(line, "\n") {
		return -1
	}
	// a role may come before the name ("Former NAACP president Ben
	// Jealous.")
	for n := 0; n < 5 && k+1 < len(toks) && toks[k].para == toks[k+1].para && an.midx[k] < 0 && toks[k].kind == tkWord; n++ {
		k++
	}
	mi := an.midx[k]
	if mi < 0 || an.mentions[mi].tfirst != k {
		return -1
	}
	m := an.mentions[mi]
	j := m.end
	if j < len(toks) && toks[j].para == toks[k].para && toks[j].low == "," {
		for j++; j < len(toks) && toks[j].para == toks[k].para && j <= m.end+13 && toks[j].kind != tkPunct && toks[j].kind != tkQuote; j++ {
		}
	}
	if j < len(toks) && toks[j].para == toks[k].para && toks[j].low == "." {
		j++
	}
	for ; j < len(toks) && toks[j].para == toks[k].para; j++ {
		if toks[j].kind == tkWord || toks[j].kind == tkNum {
			return -1
		}
	}
	return m.person
}

// dashCredit finds the person a credit line names right after the quote
// whose closing mark is toks[ct]: `"..." — Donald J. Trump (@realDonaldTrump)`
// or a paragraph "- Hillary Clinton." after a quoted paragraph. Role
// words may stand before the name (`"..." — Romney spokesman Kevin
// Madden, speaking to reporters`), and on the quote's own line the dash
// may be missing when the quote ends a sentence or a clause and the
// credit, without a verb, ends the paragraph: `"...," former Bush press
// secretary Ari Fleischer.`, `"..." John Hale, Washington Post`.
func (an *analysis) dashCredit(qi, ct int) int {
	toks := an.toks
	if ct < 1 || ct+2 >= len(toks) {
		return -1
	}
	k := ct + 1
	dash := false
	switch toks[k].low {
	case "-", "—", "–", "--", "―": // "―" is the horizontal bar some sites credit with
		dash = true
		// the dash opens the credit: the quote ends its paragraph's text
		// before it, or the dash starts the next paragraph
		if toks[k].para != toks[ct].para && !(k == 0 || toks[k-1].para != toks[k].para) {
			return -1
		}
		if toks[k].low == "-" && k+1 < len(toks) && toks[k+1].low == "-" && toks[k+1].s == toks[k].e {
			k++ // "--" written as two hyphens
		}
		if toks[k].para != toks[ct].para && !an.creditParagraph(qi, ct, k) {
			return -1
		}
		k++
	default:
		if toks[k].para != toks[ct].para || an.lineBreakBefore(k) {
			return -1
		}
		if p := toks[ct-1].low; p != "," && p != "." && p != "?" && p != "!" {
			return -1
		}
	}
	j := k
	for j < len(toks) && j-k < 6 && an.midx[j] < 0 && toks[j].para == toks[k].para && (creditRoleWord(toks[j]) || dash && creditNounWord(toks[j])) {
		j++
	}
	if j >= len(toks) || toks[j].para != toks[k].para {
		return -1
	}
	mi := an.midx[j]
	if mi < 0 || an.mentions[mi].tfirst != j {
		return -1
	}
	m := an.mentions[mi]
	paraEnd := func(i int) bool {
		return i >= len(toks) || toks[i].para != toks[k].para || an.lineBreakBefore(i)
	}
	if paraEnd(m.end) {
		return m.person
	}
	t := toks[m.end].low
	if !dash {
		switch {
		case t == "." && paraEnd(m.end+1):
			return m.person
		case t == "," || t == "(":
			// an appositive or an outlet, no verb and no quote, to the end
			// of the paragraph
			e := m.end
			for !paraEnd(e) && e-m.end <= 20 && toks[e].kind != tkQuote {
				e++
			}
			if !paraEnd(e) {
				return -1
			}
			if toks[ct-1].low != "," {
				// after a whole sentence only an outlet may follow: a
				// name with a comma and lower-case words after it starts
				// the next sentence (`." Moss, who teaches ..., isn't`)
				for i := m.end + 1; i < e; i++ {
					if toks[i].kind == tkWord && !toks[i].cap {
						return -1
					}
				}
			}
			for _, c := range an.cues {
				if c.tok >= m.end && c.tok < e {
					return -1
				}
			}
			return m.person
		}
		return -1
	}
	// nothing but a handle, a date or a period may follow on the line;
	// the next credited quote may follow on the same line
	if t != "." && t != "(" && t != "," && !(toks[m.end].kind == tkQuote && toks[m.end].open) {
		// or where and to whom it was said, to the end of the paragraph:
		// `-- President Obama in an interview with The New Republic.`,
		// `"..." — Dr. Ann Ruiz to PBS`, with no speech cue (nor a quote
		// on the quote's own line)
		if !creditPreps[t] {
			return -1
		}
		e := m.end
		for !paraEnd(e) && e-m.end <= 20 && (toks[ct].para != toks[k].para || toks[e].kind != tkQuote) {
			e++
		}
		if !paraEnd(e) {
			return -1
		}
		for _, c := range an.cues {
			if c.tok >= m.end && c.tok < e {
				return -1
			}
		}
	}
	return m.person
}

// creditRoleWords may stand in a credit line's role before the name
// besides capitalised words, titles and role nouns.
var creditRoleWords = set("former", "then", "press", "of", "the", "for", "senior", "chief", "deputy", "campaign", "top")

// creditParagraph reports whether the paragraph opening with the dash at
// toks[k] credits the quote before it, whose closing mark is toks[ct]:
// the quote opens its own paragraph (a number or bracket may stand
// before it: a list of quotations), not a story's paragraph whose last
// quote a byline follows (`... he tweeted. "..."` then "-- Ann Ruiz"),
// and the credit paragraph brings no quote of its own after a colon
// (`-- Ann Ruiz, a delegate: "..."` credits the quote after it; a show's
// title in quotes is no such quote).
func (an *analysis) creditParagraph(qi, ct, k int) bool {
	toks := an.toks
	words := 0
	for j := ct; j >= 0 && toks[j].para == toks[ct].para; j-- {
		if toks[j].s < an.quotes[qi].start && toks[j].kind == tkWord {
			words++
		}
	}
	if words > 1 {
		return false
	}
	for j := k + 1; j < len(toks) && toks[j].para == toks[k].para; j++ {
		if toks[j].kind == tkQuote && toks[j].open && toks[j-1].low == ":" {
			return false
		}
	}
	return true
}

// dashWords open a credit line.
var dashWords = set("-", "—", "–", "--", "―")

// creditPreps may follow the name of a credit paragraph.
var creditPreps = set("in", "on", "to", "at", "during", "speaking", "writing", "from")

// creditNounWord reports whether a lower-case word after a credit's
// dash may be part of a job before the name ("— Developmental
// psychologist Amy Learmonth", "— Public health expert Dr. Ann Ruiz"):
// no verb form, function word or speech word.
func creditNounWord(t token) bool {
	w := t.low
	if t.kind != tkWord || t.cap || len(w) < 3 || creditStop[w] {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

var creditStop = set("said", "says", "told", "tells", "wrote", "writes", "put", "and", "but", "not", "the", "who", "which", "that", "this", "with", "from", "for", "was", "were", "has", "had", "have", "are", "according", "asked", "asks", "via", "per", "quoting", "quoted", "about", "how", "what", "when", "where", "why", "while", "then", "than", "just", "also", "only", "even", "his", "her", "its", "their", "our", "your")

func creditRoleWord(t token) bool {
	if t.kind != tkWord {
		return false
	}
	if t.cap {
		return !capStopWords[t.low]
	}
	_, title := titleWords[t.low]
	return title || holderNouns[t.low] || holderModifiers[t.low] || creditRoleWords[t.low]
}

// speakerLabel reads the speaker label that opens a quoted transcript
// line (`"PENCE: Well, look, ..."`): the person of that surname, else the
// label itself in title case.
func (an *analysis) speakerLabel(qi int) (int, string) {
	q := an.quotes[qi]
	text := an.text[q.start:q.end]
	colon := strings.IndexByte(text, ':')
	if colon < 2 || colon > 30 || colon+1 >= len(text) || text[colon+1] != ' ' {
		return -1, ""
	}
	label := text[:colon]
	letters := 0
	for _, r := range label {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '.' || r == '\'' || r == '-':
		default:
			return -1, ""
		}
	}
	words := strings.Fields(label)
	if letters < 3 || len(words) > 3 {
		return -1, ""
	}
	last := strings.ToLower(words[len(words)-1])
	if capStopWords[last] {
		return -1, "" // "UPDATE:", "NOTE:"
	}
	for pi, p := range an.people {
		if p.last() == last {
			return pi, p.name()
		}
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w[:1] + strings.ToLower(w[1:]))
	}
	return -1, b.String()
}

// creditName reads a credit line the people layer found no person in:
// after the quote's closing mark at toks[ct], a dash and two to four
// capitalised words that end the paragraph or the line, or run into the
// next quote (`"..." ― Nell Carden Grey "..."`).
func (an *analysis) creditName(ct int) string {
	toks := an.toks
	k := ct + 1
	if ct < 0 || k+2 >= len(toks) || toks[k].para != toks[ct].para {
		return ""
	}
	if t := toks[k].low; t != "—" && t != "–" && t != "―" && t != "--" {
		return ""
	}
	j := k + 1
	for j < len(toks) && toks[j].para == toks[k].para && toks[j].kind == tkWord && toks[j].cap && !capStopWords[toks[j].low] {
		j++
	}
	n := j - k - 1
	if j < len(toks) && toks[j].para == toks[k].para && toks[j].low == "." {
		j++
	}
	if n < 2 || n > 4 || j < len(toks) && toks[j].para == toks[k].para && !an.lineBreakBefore(j) && !(toks[j].kind == tkQuote && toks[j].open) {
		return ""
	}
	return strings.Join(strings.Fields(an.text[toks[k+1].s:toks[k+n].e]), " ")
}

// lineBreakBefore reports whether a line ends between toks[j-1] and
// toks[j] (lists of credited quotes, one a line).
func (an *analysis) lineBreakBefore(j int) bool {
	return j > 0 && strings.IndexByte(an.text[an.toks[j-1].fe:an.toks[j].s], '\n') >= 0
}

// paraToks returns the token range [lo, hi) of paragraph p.
func (an *analysis) paraToks(p int) (int, int) {
	toks := an.toks
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].para >= p })
	hi := lo
	for hi < len(toks) && toks[hi].para == p {
		hi++
	}
	return lo, hi
}

// roundupCredit finds the person a roundup's credit paragraph names
// after the quote whose closing mark toks[ct] ends its paragraph: a
// paragraph of its own holding only a name and, after a comma, the
// outlet (`"..."` then `Ann Hale, Washington Post`), as news digests
// credit the excerpts they collect. The quote's paragraph names nobody
// as a speaker (no cue with a person or pronoun; "critics note that
// "..."" is the digest's summary of the excerpt credited after it), and
// the run of quote and credit paragraphs before it opens with a quote,
// not a credit line: a list of quotations whose name lines head them
// (`Sen. Ann Hale, D-Ohio` then her quote) credits forward.
func (an *analysis) roundupCredit(ot, ct int) int {
	toks := an.toks
	if ot < 0 || ct < 0 || ct+1 >= len(toks) || toks[ct].kind != tkQuote || toks[ct].open || toks[ct+1].para != toks[ct].para+1 {
		return -1
	}
	qp := toks[ct].para
	if !an.quoteParaFree(qp) || ct-ot < 9 {
		return -1 // an excerpt, not a phrase ("described as "alter ego."")
	}
	// nobody named in the quote's paragraph speaks it: `Sen. Ann Hale
	// is frustrated. "..."` then a reporter's byline
	si := toks[ot].sent
	if first := an.sents[si].first; ot > first && toks[first].para == qp {
		if an.subjectOf(first, ot).person >= 0 {
			return -1
		}
	} else if ot == first && si > 0 && an.sents[si-1].para == qp {
		if an.subjectOf(an.sents[si-1].first, an.sents[si-1].end).person >= 0 {
			return -1
		}
	}
	pi := an.creditLine(qp + 1)
	if pi < 0 {
		return -1
	}
	for p := qp; ; {
		for p-1 >= 0 && an.isQuotePara(p-1) {
			if !an.quoteParaFree(p - 1) {
				return -1 // the quotes of someone the story names
			}
			p--
		}
		if p-1 < 0 || an.creditLine(p-1) < 0 {
			return pi
		}
		if p-2 < 0 || !an.isQuotePara(p-2) || !an.quoteParaFree(p-2) {
			return -1
		}
		p -= 2
	}
}

// isQuotePara reports whether paragraph p opens with a quotation mark or
// ends with a closing one.
func (an *analysis) isQuotePara(p int) bool {
	lo, hi := an.paraToks(p)
	if lo >= hi {
		return false
	}
	f, l := an.toks[lo], an.toks[hi-1]
	return f.kind == tkQuote && f.open || l.kind == tkQuote && !l.open
}

// quoteParaFree reports whether no speech cue of paragraph p names a
// person or a pronoun as its source.
func (an *analysis) quoteParaFree(p int) bool {
	for _, c := range an.cues {
		if an.toks[c.tok].para == p && (c.src.person >= 0 || c.src.pronoun != "") {
			return false
		}
	}
	return true
}

// creditLine returns the person a paragraph names when it holds nothing
// but the name and, after a comma, an outlet of capitalised words: "Ann
// Hale, New York Times", "Tom Cole, Twitter". A name alone is no such
// credit: it labels an interviewer's question ("Sean Illing"), heads a
// profile whose quotes follow it, or credits a photo, as do role words
// before a name ("Calling Pence", "Return of Giuliani").
func (an *analysis) creditLine(p int) int {
	toks := an.toks
	lo, hi := an.paraToks(p)
	j := lo
	if j >= hi || an.midx[j] < 0 || an.mentions[an.midx[j]].tfirst != j {
		return -1
	}
	m := an.mentions[an.midx[j]]
	if m.person < 0 || m.end > hi {
		return -1
	}
	e := m.end
	if e >= hi || toks[e].low != "," {
		return -1
	}
	caps := 0
	for i := e + 1; i < hi; i++ {
		t := toks[i]
		switch {
		case i-e > 10 || t.kind == tkQuote:
			return -1
		case an.midx[i] >= 0 && an.mentions[an.midx[i]].person >= 0:
			return -1 // a list of names
		case t.kind == tkWord && t.cap:
			caps++
		case t.kind == tkWord && outletSmallWords[t.low], t.kind == tkPunct && t.low != ":" && t.low != ";", t.kind == tkNum:
		default:
			return -1
		}
	}
	if caps == 0 {
		return -1
	}
	for _, c := range an.cues {
		if c.tok >= lo && c.tok < hi {
			return -1
		}
	}
	return m.person
}

// outletSmallWords may stand in lower case in an outlet's name.
var outletSmallWords = set("of", "the", "and", "for", "on", "at", "in", "de")

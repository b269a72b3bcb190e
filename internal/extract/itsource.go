package extract

import (
	"strings"
)

// itQuote reports whether "it" and a speech verb follow the closing mark
// at toks[ct] (`"...," it said`): a body or a document speaks.
func (an *analysis) itQuote(ct int) bool {
	_, ok := speechVerbs[an.itVerbAfter(ct)]
	return ok
}

// itVerbAfter is the word after "it" when "it" follows the closing mark at
// toks[ct] in its sentence (`"...," it said` gives "said"), else "".
func (an *analysis) itVerbAfter(ct int) string {
	toks := an.toks
	if ct < 0 {
		return ""
	}
	k := ct + 1
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].low != "it" || toks[k].quote >= 0 || toks[k].sent != toks[ct].sent {
		return ""
	}
	return toks[k+1].low
}

// itIntro is the token of "it" when "it" and a speech verb open the
// sentence and a colon introduces the quote opening at toks[ot] (`It
// continues: "..."`, `It also reads: "..."`): a body or a document
// speaks; -1 when not so.
func (an *analysis) itIntro(ot int) int {
	toks := an.toks
	if ot < 3 || toks[ot-1].low != ":" {
		return -1
	}
	v := ot - 2
	if _, ok := speechVerbs[toks[v].low]; !ok || toks[v].quote >= 0 {
		return -1
	}
	k := v - 1
	if k > 0 && (reportAdverbs[toks[k].low] || strings.HasSuffix(toks[k].low, "ly")) && toks[k].kind == tkWord {
		k--
	}
	if k < 0 || toks[k].low != "it" || toks[k].quote >= 0 || k != an.sents[toks[k].sent].first {
		return -1
	}
	return k
}

// itSource is the body or document an it-quote opening at toks[ot]
// refers to, from one of the two sentences before in its paragraph or
// the one before: the unnamed or organisational source of a speech verb
// there ("The Commission said ...", "..., the Jakarta Post newspaper
// said"), else the subject, an organisation or a person whose document
// the sentence names ("Hall shot back in a radio ad. "...," it said" is
// Hall's ad speaking for him); -1 and "" when none.
func (an *analysis) itSource(ot int) (int, string) {
	if ot < 0 {
		return -1, ""
	}
	sent := an.toks[ot].sent
	low, para, last, quoted := sent-2, an.sents[sent].para, an.sents[sent].para, false
	for s := sent - 1; s >= 0 && s >= low; s-- {
		p := an.sents[s]
		if para-p.para > 1 && (quoted || last-p.para > 1 || an.quoteIn(p.first, p.end)) {
			// one-sentence paragraphs of a wire story: the sentences
			// before may go on a paragraph at a time while no quote
			// stands in them
			break
		}
		last = p.para
		quoted = quoted || an.quoteIn(p.first, p.end)
		if an.itReport(p.first, p.end) && low > sent-6 {
			// "China is the main supplier, it said.": the same body's
			// unquoted words; look past them (and their paragraph) to
			// whoever "it" is
			low--
			para = p.para
			continue
		}
		for _, c := range an.cues {
			if c.tok >= p.first && c.tok < p.end && c.src.person < 0 && c.src.desc != "" {
				if pi, d := an.resolve(c, -1); d != "" && (pi < 0 || documentNouns[strings.ToLower(lastWord(c.src.desc))]) {
					// "Hall's letter accuses ...": the letter speaks for Hall
					return pi, d
				}
			}
		}
		src := an.subjectOf(p.first, p.end)
		if src.empty() {
			if d := an.orgOpener(p.first, p.end); d.desc != "" {
				return -1, d.desc
			}
		}
		if src.pronoun != "" {
			return -1, ""
		}
		if src.person >= 0 {
			for k := src.end; k < p.end; k++ {
				if documentNouns[an.toks[k].low] && an.toks[k].quote < 0 {
					return src.person, an.people[src.person].name()
				}
			}
			return -1, ""
		}
		if src.desc != "" {
			if pi, d := an.resolve(cue{tok: p.first, src: src}, -1); d != "" && (pi < 0 || documentNouns[strings.ToLower(lastWord(src.desc))]) {
				return pi, d
			}
			return -1, ""
		}
	}
	return -1, ""
}

// putItSource reads the source of `"...," as one critic put it` and
// `"...," is how The Zorbu Times put it`: the phrase between "as" (or
// "is how", "was how") right after the closing mark at toks[ct] and "put
// it" (an adverb may stand before "put"): the person it names, else the
// phrase as a descriptor; an empty source when the shape is not there.
func (an *analysis) putItSource(ct int) source {
	toks := an.toks
	none := source{person: -1}
	if ct < 0 {
		return none
	}
	k := ct + 1
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k+2 >= len(toks) || toks[k].quote >= 0 || toks[k].cap {
		return none // `...’” As the woman put it, “...`: the next quote's
	}
	switch {
	case toks[k].low == "as":
		k++
	case (toks[k].low == "is" || toks[k].low == "was") && toks[k+1].low == "how":
		k += 2
	default:
		return none
	}
	first := k
	e := -1
	for j := k; j < len(toks) && j < k+9; j++ {
		t := &toks[j]
		if t.kind != tkWord || t.quote >= 0 {
			break
		}
		if t.low == "put" && j+1 < len(toks) && toks[j+1].low == "it" {
			e = j
			break
		}
	}
	if e <= first {
		return none
	}
	// "as one progressive leader bluntly put it": the adverb is no part,
	// nor "used to"
	end := e
	if end-2 > first && toks[end-1].low == "to" && toks[end-2].low == "used" {
		end -= 2
	}
	for end > first && (strings.HasSuffix(toks[end-1].low, "ly") && !toks[end-1].cap || toks[end-1].low == "once" || toks[end-1].low == "recently" || toks[end-1].low == "later" || toks[end-1].low == "has" || toks[end-1].low == "had") {
		end--
	}
	if end <= first {
		return none
	}
	for j := first; j < end; j++ {
		if w := toks[j].low; w == "i" || w == "we" || w == "you" || w == "they" || toks[j].low == "it" {
			return none
		}
	}
	// the person named last in the phrase ("as Chief Justice John
	// Roberts put it"), not a possessive owner ("as Hall's aide put it")
	for j := end - 1; j >= first; j-- {
		if mi := an.midx[j]; mi >= 0 {
			m := an.mentions[mi]
			if m.end == end {
				return source{person: m.person, first: m.tfirst, end: m.end}
			}
			break
		}
	}
	if p, ok := pronouns[toks[first].low]; ok && end == first+1 {
		if p == "he" || p == "she" {
			return source{person: -1, pronoun: p, first: first, end: end}
		}
		return none
	}
	if d := an.makeDescriptor(source{person: -1, first: first, end: end}); d.desc != "" {
		return d
	}
	s := first
	for s < end && (toks[s].low == "a" || toks[s].low == "an" || toks[s].low == "the") {
		s++
	}
	if s >= end || end-s > 5 {
		return none
	}
	return source{person: -1, desc: an.text[toks[s].s:toks[end-1].e], first: s, end: end}
}

// thatsWhat reads `"...." That's what Ann Hall told Americans`: a quote
// that is its own sentence, followed by a sentence opening with "That's
// what" (or "That is", "This is", "That was") and a name whose speech verb
// follows within three words ("reportedly said"); the person, or -1.
func (an *analysis) thatsWhat(ot, ct int) int {
	toks := an.toks
	if ot < 0 || ct < 0 || ot != an.sents[toks[ot].sent].first {
		return -1
	}
	k := ct + 1
	if k+4 >= len(toks) || toks[k].sent == toks[ct].sent || toks[k].para != toks[ct].para && toks[k].para != toks[ct].para+1 {
		return -1
	}
	if toks[k].low != "that" && toks[k].low != "this" {
		return -1
	}
	k++
	switch {
	case toks[k].low == "'s" || toks[k].low == "’s" || toks[k].low == "is" || toks[k].low == "was":
		k++
	case toks[k-1].poss || strings.HasSuffix(toks[k-1].low, "'s") || strings.HasSuffix(toks[k-1].low, "’s"):
	default:
		return -1
	}
	if k >= len(toks) || toks[k].low != "what" {
		return -1
	}
	// the name, past a capitalised title ("Health and Human Services
	// Secretary Kathleen Hall")
	j := k + 1
	for j < len(toks) && j < k+8 && an.midx[j] < 0 && toks[j].kind == tkWord && (toks[j].cap || toks[j].low == "and" || toks[j].low == "of") {
		j++
	}
	if j >= len(toks) {
		return -1
	}
	mi := an.midx[j]
	if mi < 0 || an.mentions[mi].tfirst != j || toks[an.mentions[mi].end-1].poss {
		return -1
	}
	m := an.mentions[mi]
	for j := m.end; j < len(toks) && j < m.end+3; j++ {
		if _, ok := speechVerbs[toks[j].low]; ok {
			return m.person
		}
		if toks[j].kind != tkWord || toks[j].cap {
			break
		}
	}
	return -1
}

// orgOpener reads an organisation's capitalised name that opens the
// sentence toks[first:end] and is the subject of its verb ("The National
// Archives on Saturday apologized for ...", "The American Petroleum
// Institute, a defendant in the case, disagreed", "The Santa Fe
// Independent School District (ISD) denied"): the name runs over "of",
// "for" and "and" between capitals and holds no person's name; a
// parenthesis, one appositive between commas and a time phrase may stand
// before the verb, a lower-case word ending in -ed or -s, an irregular
// past or a speech verb. An empty source when the shape is not there.
func (an *analysis) orgOpener(first, end int) source {
	toks := an.toks
	none := source{person: -1}
	k := first
	if k < end && toks[k].low == "the" {
		k++
	}
	h := k
	for h < end && h < k+8 && toks[h].kind == tkWord && toks[h].quote < 0 && !toks[h].poss && an.midx[h] < 0 &&
		(toks[h].cap || h > k && h+1 < end && (toks[h].low == "of" || toks[h].low == "for" || toks[h].low == "and") && toks[h+1].cap) {
		h++
	}
	if h == k || !toks[h-1].cap || !orgWords[toks[h-1].low] && !toks[h-1].upper && h-k < 3 && k == first {
		return none // "The Pentagon", "the Sierra Club", not "Donald Smith"
	}
	if _, title := titleWords[toks[h-1].low]; title {
		return none
	}
	name := h
	if h < end && toks[h].low == "(" {
		j := h + 1
		for j < end && j < h+6 && toks[j].low != ")" {
			j++
		}
		if j >= end || toks[j].low != ")" {
			return none
		}
		h = j + 1
	}
	if h < end && toks[h].low == "," {
		j := h + 1
		if j >= end || !determiners[toks[j].low] {
			return none
		}
		for j < end && j < h+14 && toks[j].low != "," && toks[j].quote < 0 && toks[j].kind != tkQuote {
			j++
		}
		if j >= end || toks[j].low != "," {
			return none
		}
		h = j + 1
	}
	for n := 0; n < 3 && h < end && (tailPreps[toks[h].low] && toks[h].low != "as" && toks[h].low != "while" && toks[h].low != "when" || sentenceAdverbs[toks[h].low] || toks[h].cap && tailPreps[toks[h].low]); n++ {
		h++
		if h < end && toks[h-1].low == "on" && toks[h].cap {
			h++ // "on Saturday"
		}
	}
	if h >= end || toks[h].kind != tkWord || toks[h].cap || toks[h].quote >= 0 || descBackStop[toks[h].low] || auxWords[toks[h].low] {
		return none
	}
	w := toks[h].low
	if _, verb := speechVerbs[w]; !verb && !strings.HasSuffix(w, "ed") && !irregularPast[w] && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
		return none
	}
	if d := an.makeDescriptor(source{person: -1, first: k, end: name}); !d.loose {
		return d
	}
	return none
}

// itReport reports whether the sentence toks[first:end] holds no quote
// and ends in ", it" and a speech verb, with at most a few words after
// ("The ceiling should rise to 49 pct, it said in its report."): a body's
// words reported without quotation marks.
func (an *analysis) itReport(first, end int) bool {
	toks := an.toks
	for k := end - 1; k > first+1 && k >= end-8; k-- {
		if toks[k].quote >= 0 || toks[k].kind == tkQuote {
			return false
		}
		if _, ok := speechVerbs[toks[k].low]; ok && toks[k-1].low == "it" && toks[k-2].low == "," {
			for j := first; j < k; j++ {
				if toks[j].quote >= 0 || toks[j].kind == tkQuote {
					return false
				}
			}
			return true
		}
	}
	return false
}

// quoteIn reports whether toks[first:end] holds a quotation mark.
func (an *analysis) quoteIn(first, end int) bool {
	for k := first; k < end; k++ {
		if an.toks[k].kind == tkQuote {
			return true
		}
	}
	return false
}

package extract

// nameBefore reports whether a person is named outside quotes in the
// sentence before toks[ot].
func (an *analysis) nameBefore(ot int) bool {
	s := an.sents[an.toks[ot].sent]
	for k := s.first; k < ot; k++ {
		if an.midx[k] >= 0 && an.toks[k].quote < 0 {
			return true
		}
	}
	return false
}

// tailCue reports whether cue ci closes its sentence ("..., the group
// says.", "..., said X on Monday."): no quote and no clause of its own
// follow it.
func (an *analysis) tailCue(ci int) bool {
	c := an.cues[ci]
	toks := an.toks
	end := an.sents[toks[c.tok].sent].end
	k := c.tok + 1
	if c.inverted && c.src.end > k {
		k = c.src.end
	}
	if end-k > 8 {
		return false
	}
	for ; k < end; k++ {
		if toks[k].kind == tkQuote || toks[k].low == "that" {
			return false
		}
	}
	return true
}

// nameAfterQuote reads `"...," Trump went on`: a quote ending in a comma,
// question or exclamation mark, then a person's name or he/she and a
// lower-case verb, whatever the verb is.
func (an *analysis) nameAfterQuote(qi, ct int) source {
	toks := an.toks
	none := source{person: -1}
	if ct < 0 || ct+2 >= len(toks) || toks[ct+1].para != toks[ct].para {
		return none
	}
	q := an.quotes[qi]
	last := an.text[q.end-1]
	if last != ',' && last != '?' && last != '!' || an.inOpenerClause(an.openTok(qi)) {
		return none
	}
	if toks[ct+1].sent != toks[ct].sent && last == ',' {
		return none // after "?" or "!" the splitter may cut before `Trump went on`
	}
	k := ct + 1
	if d := toks[k].low; (d == "a" || d == "an") && k+2 < len(toks) {
		// `"...," an angry Hollande retaliated`
		j := k + 1
		for j < k+3 && j < len(toks) && toks[j].kind == tkWord && !toks[j].cap && an.midx[j] < 0 {
			j++
		}
		if j >= len(toks) {
			return none
		}
		if mi := an.midx[j]; j > k+1 && mi >= 0 && an.mentions[mi].tfirst == j {
			k = j
		}
	}
	src := none
	if mi := an.midx[k]; mi >= 0 && an.mentions[mi].tfirst == k {
		m := an.mentions[mi]
		src = source{person: m.person, first: k, end: m.end}
	} else if t := toks[k].low; (t == "he" || t == "she") && toks[k].quote < 0 {
		src = source{person: -1, pronoun: t, first: k, end: k + 1}
	} else if w := &toks[k]; w.kind == tkWord && w.cap && !w.upper && !w.poss && w.quote < 0 && k+1 < len(toks) && toks[k+1].sent == w.sent && an.bareSpeech(k+1) {
		// `"...," Jun wrote.`, `"...," From said.`: one capitalised word
		// right before a speech verb names the speaker, even one the
		// people layer did not take for a name
		if _, pron := pronouns[w.low]; pron {
			return none
		}
		return source{person: -1, desc: an.fullFormBefore(k), first: k, end: k + 1}
	} else {
		return none
	}
	v := src.end
	if v >= len(toks) || toks[v].sent != toks[k].sent || toks[v-1].poss {
		return none
	}
	if toks[v].low == "," && src.person >= 0 && an.speechVerbAfter(v+1, k) {
		// `"...," Nate Silver, the polling guru who founded the site,
		// tweeted`: an appositive between the name and its speech verb
		return src
	}
	t := &toks[v]
	if t.kind != tkWord || t.cap || t.quote >= 0 || len(t.low) < 3 || descStop[t.low] && !auxWords[t.low] || objectPreps[t.low] {
		return none
	}
	if (t.low == "may" || t.low == "might" || t.low == "could" || t.low == "should" || t.low == "must" || t.low == "can") && !an.speechVerbNext(v+1) {
		// `"...," she may again split with her former boss`: a clause
		// about what may come, not a report of the words
		return none
	}
	return src
}

// fullFormBefore returns the fullest earlier form of the capitalised word
// at toks[k] that a given name opens ("Al From" for "From", "Ian Read"
// for "Read"), or the word itself.
func (an *analysis) fullFormBefore(k int) string {
	toks := an.toks
	lx := loadLexicon()
	w := toks[k].low
	for j := 1; j < k; j++ {
		if toks[j].low != w || !toks[j].cap || toks[j].quote >= 0 {
			continue
		}
		f := j - 1
		if toks[f].kind == tkWord && toks[f].cap && toks[f].quote < 0 && lx.given[toks[f].low] != 0 && toks[f].sent == toks[j].sent {
			if f > 0 && toks[f-1].kind == tkWord && toks[f-1].cap && len(toks[f-1].low) == 1 && toks[f-1].dot {
				f-- // never mind an initial before it
			}
			return an.text[toks[f].s:toks[j].e]
		}
	}
	return an.text[toks[k].s:toks[k].e]
}

// bareSpeech reports whether toks[k] is a lower-case past or present
// speech verb that ends its clause or runs on with a comma, an adverb or
// a date: "said.", "wrote,", "said Monday".
func (an *analysis) bareSpeech(k int) bool {
	t := &an.toks[k]
	if t.kind != tkWord || t.cap || t.quote >= 0 {
		return false
	}
	switch t.low {
	case "said", "says", "wrote", "writes", "added", "adds", "told", "tells", "explained", "continued", "recalled", "noted", "tweeted":
		return true
	}
	return false
}

// prevSubject reads the subject of the sentence before the one that
// opens with the quote mark at toks[ot], when that sentence holds no
// quote and sits in the same paragraph or ends the paragraph before.
func (an *analysis) prevSubject(ot int) source {
	none := source{person: -1}
	si := an.toks[ot].sent
	if ot != an.sents[si].first || si == 0 {
		return none
	}
	p := an.sents[si-1]
	if an.sents[si].para-p.para > 1 {
		return none
	}
	for k := p.first; k < p.end; k++ {
		if an.toks[k].kind == tkQuote {
			return none
		}
	}
	// "Or maybe Jeb Bush, digital consultant Phil Musser says. "...": the
	// source of a speech verb that closes the sentence before
	for ci := len(an.cues) - 1; ci >= 0; ci-- {
		c := an.cues[ci]
		if c.tok < p.first {
			break
		}
		if c.tok < p.end && c.tok >= p.end-3 && c.src.person >= 0 {
			return c.src
		}
		if c.tok < p.end && an.toks[c.tok].low == "according" && an.toks[c.tok].quote < 0 && c.src.person >= 0 {
			// "The problem, according to Mr Hall, is not the war but Mr
			// Ruiz himself. "...": the one the sentence credits
			return c.src
		}
	}
	return an.subjectOf(p.first, p.end)
}

// speechVerbAfter reports whether a lower-case speech verb follows
// toks[k] within the sentence of toks[ct] (the name's), before any quote
// (an appositive run of at most 16 tokens).
func (an *analysis) speechVerbAfter(k, ct int) bool {
	toks := an.toks
	for j := k; j < len(toks) && j < k+16 && toks[j].sent == toks[ct].sent; j++ {
		t := &toks[j]
		if t.kind == tkQuote || t.quote >= 0 || t.low == ";" {
			return false
		}
		if _, verb := speechVerbs[t.low]; verb && (!t.cap || an.capitalisedCue(j)) && t.low != "according" && !nounDeterminers[toks[j-1].low] && !toks[j-1].poss {
			return true
		}
	}
	return false
}

// speechVerbNext reports whether a speech verb stands at toks[k] or
// after one adverb ("might say", "could well argue").
func (an *analysis) speechVerbNext(k int) bool {
	for j := k; j < len(an.toks) && j < k+2; j++ {
		if _, verb := speechVerbs[an.toks[j].low]; verb && !an.toks[j].cap {
			return true
		}
		if an.toks[j].kind != tkWord {
			break
		}
	}
	return false
}

// quietPara reports whether paragraph p holds no quote (titles and scare
// quotes aside): a speaker's quotes may resume after it (`"...," said
// X.` / a paragraph of background / `"..."`).
func (an *analysis) quietPara(p int) bool {
	for qi, q := range an.quotes {
		if q.para == p && !an.attrib[qi].drop {
			return false
		}
	}
	return true
}

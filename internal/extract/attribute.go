package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteToks returns the tokens of the opening and closing marks of quote
// qi (close is -1 for an unclosed quote).
func (an *analysis) quoteToks() (open, close []int) {
	open = make([]int, len(an.quotes))
	close = make([]int, len(an.quotes))
	for i := range open {
		open[i], close[i] = -1, -1
	}
	qi := 0
	for ti := range an.toks {
		t := &an.toks[ti]
		if t.kind != tkQuote {
			continue
		}
		for qi < len(an.quotes) && an.quotes[qi].open < t.s && an.quotes[qi].close < t.s {
			qi++
		}
		for q := qi; q < len(an.quotes) && q <= qi+1; q++ {
			if t.open && an.quotes[q].open == t.s {
				open[q] = ti
			}
			if !t.open && an.quotes[q].close == t.e {
				close[q] = ti
			}
		}
	}
	return open, close
}

// attribute finds the speaker of every quote.
func (an *analysis) attribute() {
	an.attrib = make([]attribution, len(an.quotes))
	open, close := an.quoteToks()
	credited := make([]bool, len(an.quotes)) // by a dashed credit line
	roundup := make([]bool, len(an.quotes))  // by a digest's credit paragraph
	cueBySent := make(map[int][]int)
	for ci, c := range an.cues {
		s := an.toks[c.tok].sent
		cueBySent[s] = append(cueBySent[s], ci)
	}
	// first pass: cues in the quote's own sentence
	for qi := range an.quotes {
		a := &an.attrib[qi]
		a.cue, a.person = -1, -1
		ot := open[qi]
		if ot < 0 {
			continue
		}
		ct := close[qi]
		a.kind = an.quoteKind(qi, ot)
		sent := an.toks[ot].sent
		if pi, label := an.speakerLabel(qi); label != "" {
			// a transcript: `"PENCE: Well, look, ..."`
			a.person, a.speaker, a.how = pi, label, "label"
			continue
		}
		if crowd := an.chantCrowd(ot, ct); crowd != "" {
			// `Hall roused the crowd to chants of "Lock him up!"`: the
			// crowd the sentence names chants the words
			a.speaker, a.how = crowd, "chant"
			continue
		}
		if src := an.putItSource(ct); !src.empty() {
			// `"...," as one critic put it`, `"...," is how Hall put it`
			an.cues = append(an.cues, cue{tok: src.end, lemma: "say", inverted: true, src: src})
			a.cue, a.how = len(an.cues)-1, "cue"
			continue
		}
		a.cue = an.pickCue(cueBySent[sent], ot, ct)
		if a.cue < 0 || an.cues[a.cue].tok < ot || ct >= 0 && an.cues[a.cue].tok > ct && !an.cues[a.cue].inverted && strings.HasSuffix(an.toks[an.cues[a.cue].tok].low, "ing") {
			// `Peter Hall's pledge to deliver a "fully costed" budget`: the
			// owner of the words named by a speech noun
			// outranks a cue before them, and a participle after them
			// whose subject is the clause's (`out of Trump's claim that
			// Obama "founded ISIS," saying they were nitpicking`), though
			// not a verb that names who spoke (`Boehner's pledge to end
			// "earmarks" was kept, said Ellis`, `on Trump's claims:
			// "...," Murray tweeted`)
			lo, afterCue := an.sents[sent].first, a.cue >= 0 && an.cues[a.cue].tok < ot
			if afterCue {
				lo = an.cues[a.cue].tok + 1
			}
			if pi := an.possessiveSpeech(lo, ot, ct, afterCue); pi >= 0 {
				a.cue, a.person, a.speaker, a.how = -1, pi, an.people[pi].name(), "possessive"
				continue
			}
		}
		if a.cue >= 0 && ct >= 0 && an.cues[a.cue].tok > ct && an.cues[a.cue].src.person < 0 && an.cues[a.cue].src.pronoun == "" {
			// `"...," Nate Silver, the guru who founded the site tweeted`:
			// the name right after the quote outranks the phrase before the verb
			if src := an.nameAfterQuote(qi, ct); src.person >= 0 {
				an.cues = append(an.cues, cue{tok: src.end, lemma: "say", inverted: true, src: src})
				a.cue = len(an.cues) - 1
			}
		}
		if a.cue >= 0 {
			a.how = "cue"
		} else if src := an.nameAfterQuote(qi, ct); !src.empty() {
			// `"...," Trump went on`, `"...?" Bennett shot back`
			an.cues = append(an.cues, cue{tok: src.end, lemma: "say", inverted: true, src: src})
			a.cue, a.how = len(an.cues)-1, "cue"
		} else if pi := an.thatsWhat(ot, ct); pi >= 0 {
			// `"You deserve better." That's what Secretary Ann Hall told
			// Americans`
			a.person, a.speaker, a.how = pi, an.people[pi].name(), "credit"
		} else if pi := an.dashCredit(qi, ct); pi >= 0 {
			a.person, a.speaker, a.how = pi, an.people[pi].name(), "credit"
			credited[qi] = dashWords[an.toks[ct+1].low]
		} else if pi := an.pullCredit(qi, ot); pi >= 0 {
			a.person, a.speaker, a.how = pi, an.people[pi].name(), "credit"
		} else if name := an.creditName(ct); name != "" {
			a.speaker, a.how = name, "credit"
		} else if s := sent - 1; s >= 0 && an.sents[sent].para-an.sents[s].para <= 1 && ot == an.sents[sent].first {
			// X said: "..." in the sentence before
			prev := an.sents[s]
			if an.toks[prev.end-1].low == ":" {
				if cs := cueBySent[s]; len(cs) > 0 {
					a.cue, a.how = cs[len(cs)-1], "colon"
				}
			}
		}
		if a.how != "credit" && (a.cue < 0 || unnamedCue(an.cues[a.cue])) {
			// a digest's credit paragraph after the excerpt
			// (`"..."` then `Ann Hale, Washington Post`) outranks an
			// unnamed summary before it ("critics note that "..."")
			if pi := an.roundupCredit(ot, ct); pi >= 0 {
				a.cue, a.person, a.speaker, a.how = -1, pi, an.people[pi].name(), "credit"
				credited[qi], roundup[qi] = true, true
				// the excerpt's earlier paragraphs, each opened with a
				// mark and left open, are the same writer's
				for qj := qi; qj > 0 && an.quotes[qj].cont && (an.attrib[qj-1].how == "" || an.attrib[qj-1].how == "cue" && unnamedCue(an.cues[an.attrib[qj-1].cue])); qj-- {
					b := &an.attrib[qj-1]
					b.cue, b.person, b.speaker, b.how = -1, pi, a.speaker, "credit"
					credited[qj-1], roundup[qj-1] = true, true
				}
			}
		}
	}
	// second pass: quotes without a cue borrow from the next quote of the
	// same paragraph, then continue the previous speaker
	for qi := range an.quotes {
		a := &an.attrib[qi]
		if a.cue >= 0 || a.how == "credit" || a.how == "label" || a.how == "possessive" || a.how == "chant" || open[qi] < 0 {
			continue
		}
		if a.kind == "direct" {
			// `"One." "Two," she said.`: only a quote right after this one
			if qj := qi + 1; qj < len(an.quotes) && close[qi] >= 0 && open[qj] == close[qi]+1 && an.quotes[qj].para == an.quotes[qi].para {
				if an.attrib[qj].cue >= 0 && an.attrib[qj].how == "cue" && an.attrib[qj].kind == "direct" {
					a.cue, a.how = an.attrib[qj].cue, "next"
				}
			}
		}
	}
	lastPerson, lastSpeaker, lastPara, lastEnd, lastNew, lastOpens := -1, "", -10, -1, false, false
	for qi := range an.quotes {
		a := &an.attrib[qi]
		q := an.quotes[qi]
		if a.how == "credit" || a.how == "label" || a.how == "possessive" || a.how == "chant" {
			// the credit line or the label named the speaker
		} else if a.cue >= 0 {
			c := an.cues[a.cue]
			if lastPerson < 0 && (c.src.pronoun == "he" || c.src.pronoun == "she") && (lastNew || lastOpens && anonNouns[descHead(lastSpeaker)]) && an.descriptorGoesOn(c, lastSpeaker, lastEnd) {
				// `..., a company spokesman said. / "...," he said`; `"...,"
				// the former official declared. "...," he added`: an
				// unnamed official goes on past names in what he said
				a.person, a.speaker = -1, lastSpeaker
			} else {
				a.person, a.speaker = an.resolve(c, lastPerson)
				if (c.src.pronoun == "he" || c.src.pronoun == "she") && a.person >= 0 && lastPerson >= 0 && lastPerson != a.person && genderFits(an.people[lastPerson], c.src.pronoun) && an.namedInQuote(qi, a.person) && !an.namedInQuote(qi, lastPerson) {
					// `And then Ben Carson: / "Carson is an enigma to me," he
					// said`: the one the words name is spoken about; the
					// last speaker goes on
					a.person, a.speaker = lastPerson, an.people[lastPerson].name()
				}
				if a.speaker == "" && lastPerson < 0 && (c.src.pronoun == "he" || c.src.pronoun == "she") && q.para-lastPara <= 2 && personDescriptor(lastSpeaker, c.src.pronoun) && anonNouns[descHead(lastSpeaker)] && lastEnd >= 0 && lastEnd < c.src.first && !replyVerbs[an.toks[c.tok].low] && !an.newReferentBetween(lastEnd, c.src.first) {
					// `"...," the official said. / He said the bank ... / "...," he
					// said`: nobody the pronoun can be is named, so the unnamed
					// speaker before goes on
					a.speaker = lastSpeaker
				}
				if a.speaker == "" && c.src.pronoun == "they" && lastPerson < 0 && q.para-lastPara <= 2 && pluralDescriptor(lastSpeaker) && lastEnd >= 0 && lastEnd < c.src.first && !an.newReferentBetween(lastEnd, c.src.first) {
					// `"...," lawyers for the panel wrote. / "...," they
					// added`: a plural source goes on as "they"
					a.speaker = lastSpeaker
				}
				if a.speaker == "" && c.src.pronoun == "they" {
					// `Lawyers for the groups argued that ... / "...," they
					// said`: the plural source of the words reported just
					// before
					a.speaker = an.pluralCueBefore(c.src.first)
				}
			}
		} else if ot := open[qi]; ot > 0 && an.toks[ot-1].low == ":" && ot > an.sents[an.toks[ot].sent].first {
			// `Mr. Christie gloated: "..."`: the subject before the colon
			if src := an.subjectOf(an.sents[an.toks[ot].sent].first, ot); !src.empty() {
				a.person, a.speaker = an.resolve(cue{tok: ot, src: src}, lastPerson)
				a.how = "subject"
			}
		}
		if a.speaker == "" && a.cue < 0 && open[qi] >= 0 && !q.cont && a.kind == "direct" && q.para != lastPara {
			// `Bolton distanced himself from it. "I'm going to support him."`:
			// the subject of the sentence just before, when it holds no quote
			if src := an.prevSubject(open[qi]); !src.empty() {
				a.person, a.speaker = an.resolve(cue{tok: open[qi], src: src}, lastPerson)
				if a.speaker != "" {
					a.how = "prev"
				}
			}
		}
		if ot := open[qi]; a.speaker == "" && a.cue < 0 && ot >= 0 && !q.cont && q.para != lastPara && ot > an.sents[an.toks[ot].sent].first {
			// a new paragraph whose sentence names its own subject before
			// the quote: `Band leader Flea shared the news, writing "..."`
			if src := an.subjectOf(an.sents[an.toks[ot].sent].first, ot); !src.empty() && src.pronoun == "" {
				a.person, a.speaker = an.resolve(cue{tok: ot, src: src}, lastPerson)
				if a.speaker != "" {
					a.how = "subject"
				}
			}
		}
		if a.speaker == "" && a.cue < 0 && open[qi] >= 0 && (q.cont || a.kind == "direct" && (q.para-lastPara <= 1 || q.para-lastPara == 2 && an.quietPara(lastPara+1)) || q.para-lastPara == 1 && an.resumedPassage(qi, open[qi])) && lastSpeaker != "" {
			a.person, a.speaker, a.how = lastPerson, lastSpeaker, "continue"
		}
		if a.speaker == "" && open[qi] >= 0 {
			// no cue: the subject of the sentence the quote sits in
			ot := open[qi]
			s := an.sents[an.toks[ot].sent]
			if ot > s.first {
				src := an.subjectOf(s.first, ot)
				if src.person >= 0 && src.end == ot && a.kind == "partial" && q.para == lastPara && lastSpeaker != "" && src.person != lastPerson {
					// `"...," said Aida. Biden "kind of misspoke."`: a name
					// right before the fragment is its grammatical
					// subject, not the speaker; the paragraph's speaker goes on
					src = source{person: -1}
					a.person, a.speaker, a.how = lastPerson, lastSpeaker, "continue"
				}
				if !src.empty() {
					a.person, a.speaker = an.resolve(cue{tok: ot, src: src}, lastPerson)
					a.how = "subject"
				}
			}
		}
		if a.speaker == "" && open[qi] >= 0 && q.para == lastPara && lastSpeaker != "" && fieldCount(an.text[q.start:q.end]) > 4 {
			// `said Steve Schmidt. Unless rivals quit, "it's very difficult"`:
			// a fragment with no subject of its own in the speaker's
			// paragraph (a short one is more often a scare quote)
			a.person, a.speaker, a.how = lastPerson, lastSpeaker, "continue"
		}
		if (a.how == "continue" || a.how == "subject" || a.how == "prev") && an.chanted(qi) && an.crowdCall(qi) {
			// `protesters held signs, chanting "Dump Trump."`: a crowd
			// calls out a chant, not the last speaker or the clause's subject
			a.person, a.speaker, a.how = -1, "", ""
		}
		if it := an.itIntro(open[qi]); it >= 0 && (a.person >= 0 || a.speaker == "") || (a.person >= 0 || a.speaker == "") && an.itQuote(close[qi]) {
			// `"...," it said`, `It continues: "..."`: no person, but the
			// body or document that spoke last or that the sentences before
			// name
			a.person, a.speaker, a.how = -1, "", ""
			from := open[qi]
			if it >= 0 {
				from = it
			}
			if pi, d := an.itSource(from); d != "" {
				a.person, a.speaker, a.how = pi, d, "prev"
			} else if lastPerson < 0 && lastSpeaker != "" && q.para-lastPara <= 1 {
				a.speaker, a.how = lastSpeaker, "continue"
			}
		}
		if a.how != "credit" && a.how != "label" && open[qi] >= 0 && an.writerQuote(open[qi], close[qi]) {
			// `"...," I said`: the writer's own words, no one named
			a.person, a.speaker, a.how = -1, "", "writer"
		}
		if a.speaker != "" {
			lastPerson, lastSpeaker, lastPara = a.person, a.speaker, q.para
			if credited[qi] {
				// a credit line credits its own quote: the quotes after it
				// do not go on in that voice (a list of quotations)
				lastPara = -10
			}
			// the quote opened its sentence, its credit after it ("...,"
			// the official said)
			lastOpens = open[qi] >= 0 && open[qi] == an.sents[an.toks[open[qi]].sent].first && a.cue >= 0 && an.cues[a.cue].tok > open[qi]
			lastEnd = close[qi] + 1
			if a.cue >= 0 && an.cues[a.cue].src.end > lastEnd {
				lastEnd = an.cues[a.cue].src.end
			}
			if a.cue >= 0 && an.cues[a.cue].tok >= lastEnd {
				lastEnd = an.cues[a.cue].tok + 1 // `"...," a spokesman said.`
			}
			if close[qi] < 0 {
				lastEnd = -1
			}
			// a fragment's or an epithet's speaker may be someone named
			// ("which the future president dismissed as "...")
			lastNew = a.kind == "direct" && a.person < 0 && a.cue >= 0 && (an.cues[a.cue].src.pronoun != "" || an.newcomerPhrase(an.cues[a.cue].src))
			if roundup[qi] {
				// a digest's excerpts are credited one by one: the next
				// one, uncredited, goes on in no voice
				lastPerson, lastSpeaker = -1, ""
			}
		}
		a.drop = an.notAQuote(qi, a)
	}
}

// pickCue chooses among the cues of a sentence the one that attributes
// the quote between the marks at tokens ot and ct.
func (an *analysis) pickCue(cues []int, ot, ct int) int {
	if len(cues) == 0 {
		return -1
	}
	opener := an.inOpenerClause(ot)
	// right after the closing mark: `," said X` or `," X said`
	if ct >= 0 {
		for _, ci := range cues {
			v := an.cues[ci].tok
			if v > ct && v-ct <= 12 && !an.quoteBetween(ct+1, v) && an.onlyPhraseBetween(ct+1, v) && !an.introducesNext(v) && (!opener || an.parentheticalCredit(ci, ot)) {
				return ci
			}
		}
	}
	// right before the opening mark: `X said: "`, `X told CNN "`
	best := -1
	for _, ci := range cues {
		v := an.cues[ci].tok
		if v < ot && !an.quoteBetween(v+1, ot) && !an.closedClause(v, ot) && !an.openerBefore(v, ot) {
			best = ci // the nearest preceding one wins
		}
	}
	if best >= 0 {
		return best
	}
	// `X called it "A" and "B"`: the second fragment has the first's cue
	for _, ci := range cues {
		if v := an.cues[ci].tok; v < ot && !an.openerBefore(v, ot) {
			best = ci
		}
	}
	if best >= 0 {
		return best
	}
	// a later cue: `"...", he said` after a dash; not when a name before
	// the quote is the subject of its own clause ("X expressed "A", and Y
	// said")
	for _, ci := range cues {
		v := an.cues[ci].tok
		if ct >= 0 && v > ct && !opener && (!an.nameBefore(ot) || an.tailCue(ci)) && !an.introducesNext(v) && !an.contrastBetween(ct+1, v) {
			return ci
		}
	}
	return -1
}

// parentheticalCredit reports whether the cue cues[ci], right after a
// quote in an opening clause, stands between commas as a credit of its
// own (`If the senator wants to "change his mind," Hale said, he will
// lose`, `While Walsh would be the "type of candidate we like," McIntosh
// said, ...`) when no speech verb in the clause before the quote reports
// it (`But even as Hall claimed that "...," Ruiz said` is Hall's).
func (an *analysis) parentheticalCredit(ci, ot int) bool {
	toks := an.toks
	c := an.cues[ci]
	e := c.tok + 1
	if c.inverted && c.src.end > e {
		e = c.src.end
	}
	if e >= len(toks) || toks[e].low != "," || replyVerbs[toks[c.tok].low] {
		return false // `When Hall mocked Ruiz's "record," Ruiz retorted, "..."`: a reply
	}
	for k := an.sents[toks[ot].sent].first; k < ot; k++ {
		if _, verb := speechVerbs[toks[k].low]; verb && toks[k].quote < 0 {
			return false
		}
	}
	return true
}

// closedClause reports whether the cue at toks[v] sits in an adverbial
// clause that a comma closes right before the opening mark at toks[ot]:
// in `Ruiz said that when Warren railed against the banks, "she is
// speaking for all of us"` the quote belongs to the clause around it.
// "As X put it," is left out: it credits the quote.
func (an *analysis) closedClause(v, ot int) bool {
	toks := an.toks
	if ot < 1 || toks[ot-1].low != "," {
		return false
	}
	for j := v + 1; j < ot-1; j++ {
		if toks[j].kind != tkWord && toks[j].kind != tkNum && toks[j].low != "'s" || toks[j].quote >= 0 {
			return false // the clause must run to the comma in one piece
		}
	}
	for k := v - 1; k >= 0 && k >= v-8 && toks[k].sent == toks[v].sent; k-- {
		t := &toks[k]
		if an.midx[k] >= 0 {
			continue // "when Ms. Warren railed"
		}
		if t.kind != tkWord || t.quote >= 0 {
			return false
		}
		if t.low != "as" && subordinators[t.low] {
			return k > an.sents[t.sent].first // an opener of the sentence is inOpenerClause's
		}
	}
	return false
}

// inOpenerClause reports whether the opening mark at toks[ot] sits in an
// introductory clause ("When someone shouted, "Cruz," Beck joked", "While
// Hall calls it "a fine plan," Ruiz says"): the sentence opens with a
// subordinator and no comma outside quotes comes before the mark. The
// main clause after the quote then speaks for itself, not for the quote.
func (an *analysis) inOpenerClause(ot int) bool {
	if ot < 0 {
		return false
	}
	toks := an.toks
	s := an.sents[toks[ot].sent]
	k := s.first
	for k < ot && (toks[k].kind == tkPunct && toks[k].kind != tkQuote || toks[k].low == "but" || toks[k].low == "and") {
		k++
	}
	if k+1 < ot && subordinatorAdverbs[toks[k].low] && subordinators[toks[k+1].low] {
		k++ // "But even as Trump claimed that "...," X said"
	}
	if k >= ot || !subordinators[toks[k].low] {
		return false
	}
	for j := k + 1; j < ot; j++ {
		if toks[j].kind == tkQuote || toks[j].quote >= 0 {
			return false
		}
		if toks[j].low == "," {
			// `When X shouted, "...,"`: a comma between a speech verb and
			// the mark; any other closes the opener before the quote
			if _, verb := speechVerbs[toks[j-1].low]; !verb || j < ot-1 {
				return false
			}
		}
	}
	return true
}

// openerBefore reports whether the cue at toks[v] sits in an
// introductory clause that a comma closes before the main clause in
// which the quote at toks[ot] opens ("When X suggested ..., Y fired back:
// "...""): the quote is the main clause's. "As X put it," and
// "according to X" are left out: they credit the whole sentence.
func (an *analysis) openerBefore(v, ot int) bool {
	toks := an.toks
	s := an.sents[toks[ot].sent]
	k := s.first
	for k < v && (toks[k].kind == tkPunct && toks[k].kind != tkQuote || toks[k].low == "but" || toks[k].low == "and") {
		k++
	}
	if k+1 < v && subordinatorAdverbs[toks[k].low] && subordinators[toks[k+1].low] {
		k++ // "Even as X warned ..., Y said: "...""
	}
	if k >= v || toks[k].low == "as" || !subordinators[toks[k].low] || toks[v].low == "according" {
		return false
	}
	for j := k + 1; j < v; j++ {
		if toks[j].low == "," || toks[j].kind == tkQuote {
			return false // the opener closed before the cue
		}
	}
	for j := v + 1; j < ot-1; j++ {
		if toks[j].kind == tkQuote || toks[j].quote >= 0 {
			return false
		}
		if toks[j].low == "," {
			return true
		}
	}
	return false
}

// subordinators open an adverbial clause before the main clause.
// subordinatorAdverbs sharpen a subordinator without changing the
// clause it opens ("even as", "just as", "only if").
var subordinatorAdverbs = set("even", "just", "only")

var subordinators = set("when", "while", "whereas", "although", "though", "because", "if", "once", "until", "unless", "after", "before", "since", "as")

func (an *analysis) quoteBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if an.toks[k].kind == tkQuote {
			return true
		}
	}
	return false
}

// onlyPhraseBetween reports whether toks[a:b] holds at most a comma and a
// short subject phrase: no verb clause of its own.
func (an *analysis) onlyPhraseBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := &an.toks[k]
		if t.kind == tkPunct && t.low != "," && t.low != "—" && t.low != "–" && t.low != "." {
			return false
		}
		if t.low == "that" || t.low == "because" || t.low == "when" {
			return false
		}
		if contrastWords[t.low] && k+1 < b && !strings.HasSuffix(an.toks[k+1].low, "ing") {
			return false // `"...," while Hall refers to her as`: a clause of its own
		}
		if (t.low == "and" || t.low == "but" || t.low == "while") && k > a && an.toks[k-1].low == "," {
			return false // `"...," for him, and Hall said`: a clause of its own
		}
		if (t.low == "and" || t.low == "but") && k == a && !(k+1 < len(an.toks) && strings.HasSuffix(an.toks[k+1].low, "ing")) {
			return false // `"..." and Trump says`; not `"..." and vowing`, the same subject's
		}
		if k == a && t.low != "as" && subordinators[t.low] && !an.commaBetween(a, b) && k+1 < b && !strings.HasSuffix(an.toks[k+1].low, "ing") {
			return false // `"..." until Haley said`: a clause of its own
		}
		if k == a && (phrasePreps[t.low] || t.low == "without") && !an.commaBetween(a, b) {
			return false // `"..." without reporters asking`: a phrase of the sentence, no source
		}
	}
	return true
}

// contrastWords open a subordinate clause of contrast, whose speech verb
// is that clause's own and not the attribution of a quote before it.
// ("though" is left out: as an adverb, "..., though, Hall said" is no clause).
var contrastWords = set("while", "whereas", "although", "whilst")

// commaBetween reports whether a comma sits in toks[a:b].
func (an *analysis) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if an.toks[k].low == "," {
			return true
		}
	}
	return false
}

// quoteKind tells a full-sentence quote from a fragment.
func (an *analysis) quoteKind(qi, ot int) string {
	q := an.quotes[qi]
	// `". . . You're going"`, `"[Trump's] comments"`: the first letter decides
	text := an.text[q.start:q.end]
	body := strings.TrimLeft(text, ".…[( -—–")
	r, _ := utf8.DecodeRuneInString(body)
	s := an.sents[an.toks[ot].sent]
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return "partial"
	}
	if ot == s.first {
		return "direct"
	}
	if p := an.toks[ot-1].low; p == ":" || p == "," || p == "—" || p == "(" {
		return "direct"
	}
	if _, verb := speechVerbs[an.toks[ot-1].low]; verb {
		return "direct"
	}
	last := an.text[q.end-1]
	if last == '.' || last == '?' || last == '!' || last == ',' {
		return "direct"
	}
	return "partial"
}

// resumedPassage reports whether quote qi, opening at toks[ot], takes up
// a passage mid-sentence after an ellipsis, opens its sentence and runs
// on over full sentences (`"… they still just go on with their lying. I
// know what I heard."`): speech quoted in full, though it opens in lower
// case, which goes on from the paragraph before.
func (an *analysis) resumedPassage(qi, ot int) bool {
	q := an.quotes[qi]
	text := an.text[q.start:q.end]
	if ot < 0 || ot != an.sents[an.toks[ot].sent].first {
		return false
	}
	if ot > 0 && an.toks[ot-1].low == ":" {
		return false // `X told Hannity that:` introduces it; the colon rule's
	}
	if !strings.HasPrefix(text, "…") && !strings.HasPrefix(text, "...") && !strings.HasPrefix(text, ". . .") {
		return false
	}
	body := strings.TrimLeft(text, ".… ")
	return strings.ContainsAny(body, ".?!") && len(strings.Fields(body)) > 6
}

// resolve turns a cue's source into a person index and speaker string.
func (an *analysis) resolve(c cue, lastPerson int) (int, string) {
	s := c.src
	switch {
	case s.person >= 0:
		return s.person, an.people[s.person].name()
	case s.desc != "":
		// "one Ruiz ad promises", "Hall's statement said": a document speaks
		// for the person who put it out
		if documentNouns[strings.ToLower(lastWord(s.desc))] {
			for k := s.first; k < s.end; k++ {
				if mi := an.midx[k]; mi >= 0 {
					return an.mentions[mi].person, an.people[an.mentions[mi].person].name()
				}
			}
			// "His statement said", "her op-ed argues": the one the
			// possessive he or she refers to
			if pron := ownerPronouns[an.toks[s.first].low]; pron != "" && s.end-s.first <= 3 {
				pc := c
				pc.src = source{person: -1, pronoun: pron, first: s.first, end: s.first + 1}
				if p := an.resolvePronoun(pc, lastPerson); p >= 0 {
					return p, an.people[p].name()
				}
			}
		}
		if p := an.epithetPerson(s); p >= 0 {
			return p, an.people[p].name()
		}
		if p := max(an.stateEpithetPerson(s), an.rolePerson(s)); p >= 0 {
			return p, an.people[p].name()
		}
		if p := an.holderPerson(s); p >= 0 {
			return p, an.people[p].name()
		}
		return -1, trimPossessive(s.desc)
	case s.pronoun == "he" || s.pronoun == "she":
		if d := an.indefiniteAntecedent(c); d != "" {
			return -1, d
		}
		if d := an.ownedDescriptor(c); d != "" {
			return -1, d
		}
		p := an.resolvePronoun(c, lastPerson)
		if p >= 0 {
			return p, an.people[p].name()
		}
		if d := an.pronounDescriptor(c); d != "" {
			return -1, d
		}
	}
	return -1, ""
}

// ownerPronouns are the possessive pronouns of one person, with the
// pronoun that names the owner.
var ownerPronouns = map[string]string{"his": "he", "her": "she"}

// replyVerbs answer the one just spoken to.
var replyVerbs = set("responded", "replied", "answered", "retorted", "responds", "replies", "answers", "retorts")

// toldObject reports whether the mention m is the one told: "told",
// "tells" or "telling" before it, past at most three lower-case words
// ("told radio host Hugh Hewitt").
func (an *analysis) toldObject(m mention) bool {
	for j := m.tfirst - 1; j >= 0 && j >= m.tfirst-4; j-- {
		t := &an.toks[j]
		if t.kind != tkWord || t.quote >= 0 {
			return false
		}
		if t.low == "told" || t.low == "tells" || t.low == "telling" {
			return true
		}
		if t.cap {
			return false
		}
	}
	return false
}

// epithetPerson reads "the billionaire business mogul", "the retired
// neurosurgeon" (the definite article and a singular calling noun) as an
// epithet for the article's subject, as news writes them ("Ben Carson
// said Monday ... The retired neurosurgeon added"): the person named most
// often before it when that person is also the subject of the sentence
// before; -1 otherwise.
func (an *analysis) epithetPerson(s source) int {
	toks := an.toks
	if s.first >= s.end || toks[s.first].low != "the" {
		return -1
	}
	head := toks[s.end-1].low
	if !callingNouns[head] || strings.HasSuffix(head, "s") {
		return -1
	}
	// the person named most often before it, the article's subject
	counts := make([]int, len(an.people))
	best := -1
	for _, m := range an.mentions {
		if m.tfirst >= s.first {
			break
		}
		if toks[m.first].quote >= 0 {
			continue
		}
		counts[m.person]++
		if best < 0 || counts[m.person] >= counts[best] {
			best = m.person
		}
	}
	// and the subject of the sentence before: either alone guesses wrong
	// as often as right
	if sent := toks[s.first].sent; best < 0 || sent == 0 || an.subjectIn(sent-1, "") != best {
		return -1
	}
	return best
}

// trimPossessive drops the possessive ending of a descriptor ("The
// company’s canned message says" is the company speaking).
func trimPossessive(desc string) string {
	for _, end := range []string{"'s", "’s"} {
		if t, ok := strings.CutSuffix(desc, end); ok && t != "" {
			return t
		}
	}
	return desc
}

func (an *analysis) resultQuotes() []Quote {
	out := []Quote{}
	seen := map[string]int{}
	for qi, q := range an.quotes {
		a := an.attrib[qi]
		if a.drop {
			continue
		}
		text := an.text[q.start:q.end]
		key := foldKey(text)
		if j, dup := seen[key]; dup {
			if out[j].Speaker == "" {
				out[j].Speaker = a.speaker
			}
			continue
		}
		seen[key] = len(out)
		kind := a.kind
		if kind == "" {
			kind = "direct"
		}
		out = append(out, Quote{Text: text, Speaker: a.speaker, Kind: kind, Start: q.start, End: q.end})
	}
	return out
}

// foldKey folds case, quotes, punctuation and spaces so a repeated quote
// is recognised.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteByte(byte(r))
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// introducesNext reports whether the cue verb at toks[v] ends in a colon
// before an opening mark: `"We are refugees." Mr. Zahed said: "..."`
// introduces the next quote, not the one before. A second speech verb
// before the colon is the one that introduces it: in `"...," Trump said
// before adding: "..."` the first quote keeps "said".
func (an *analysis) introducesNext(v int) bool {
	toks := an.toks
	k := v + 1
	for k < len(toks) && k <= v+3 && toks[k].kind == tkWord && !toks[k].cap && toks[k].quote < 0 {
		if _, verb := speechVerbs[toks[k].low]; verb && k > v+1 && verbChains[toks[k-1].low] {
			return false
		}
		k++ // "said later:", "told reporters:"
	}
	return k+1 < len(toks) && toks[k].low == ":" && toks[k+1].kind == tkQuote && toks[k+1].open
}

// verbChains join a second verb to a speech verb ("said before adding").
var verbChains = set("and", "then", "before", "after", "while")

// contrastBetween reports whether a clause of contrast opens between
// toks[a] and toks[b] (", while critics argued", "; whereas ..."): a
// cue in it reports other people, not the quote before it.
func (an *analysis) contrastBetween(a, b int) bool {
	for k := a; k < b && k < len(an.toks); k++ {
		if w := an.toks[k].low; (w == "while" || w == "whereas" || w == "although" || w == "though") && k > 0 && (an.toks[k-1].low == "," || an.toks[k-1].low == ";") {
			return true
		}
	}
	return false
}

// unnamedCue reports whether a cue names no person and no pronoun as its
// source ("critics note", "some argue").
func unnamedCue(c cue) bool {
	return c.src.person < 0 && c.src.pronoun == ""
}

// namedInQuote reports whether quote qi's words name person p.
func (an *analysis) namedInQuote(qi, p int) bool {
	for _, m := range an.mentions {
		if m.person == p && an.toks[m.first].quote == qi {
			return true
		}
	}
	return false
}

// pluralDescriptor reports whether a speaker string is an unnamed plural
// source ("lawyers", "House Democrats", "the inspectors"): its last word
// a plural in -s, the first letter of the last word in lower case or the
// phrase a party's members.
func pluralDescriptor(d string) bool {
	w := lastWord(d)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	if w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	l := strings.ToLower(w)
	return l == "democrats" || l == "republicans"
}

// pluralCueBefore is the unnamed plural source ("lawyers for the
// groups", "the study's authors") of a speech verb in one of the two
// sentences before the one holding toks[k], within a paragraph of it,
// when no other source speaks between; "" when none.
func (an *analysis) pluralCueBefore(k int) string {
	sent := an.toks[k].sent
	for s := sent - 1; s >= 0 && s >= sent-2; s-- {
		p := an.sents[s]
		if an.sents[sent].para-p.para > 1 {
			break
		}
		found := ""
		for i := len(an.cues) - 1; i >= 0; i-- {
			c := an.cues[i]
			if c.tok < p.first || c.tok >= p.end {
				continue
			}
			switch {
			case c.src.person >= 0 || c.src.pronoun != "" && c.src.pronoun != "they":
				return ""
			case c.src.desc != "" && found == "":
				if w := strings.ToLower(lastWord(c.src.desc)); !pluralDescriptor(c.src.desc) || documentNouns[strings.TrimSuffix(w, "s")] || docSpeakerNouns[strings.TrimSuffix(w, "s")] {
					return "" // "according to some reports": documents are no "they"
				}
				found = c.src.desc
			}
		}
		if found != "" {
			return found
		}
	}
	return ""
}

package extract

import (
	"sort"
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
	lastPerson, lastSpeaker, lastPara := -1, "", -10
	for qi := range an.quotes {
		a := &an.attrib[qi]
		q := an.quotes[qi]
		if a.how == "credit" || a.how == "label" || a.how == "possessive" || a.how == "chant" {
			// the credit line or the label named the speaker
		} else if a.cue >= 0 {
			c := an.cues[a.cue]
			a.person, a.speaker = an.resolve(c, lastPerson)
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
		if a.speaker == "" && open[qi] >= 0 && q.para == lastPara && lastSpeaker != "" && len(strings.Fields(an.text[q.start:q.end])) > 4 {
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
		if (a.person >= 0 || a.speaker == "") && an.itQuote(close[qi]) {
			// `"...," it said`: no person, but the body or document that
			// spoke last or that the sentences before name
			a.person, a.speaker, a.how = -1, "", ""
			if pi, d := an.itSource(open[qi]); d != "" {
				a.person, a.speaker, a.how = pi, d, "prev"
			} else if lastPerson < 0 && lastSpeaker != "" && q.para-lastPara <= 1 {
				a.speaker, a.how = lastSpeaker, "continue"
			}
		}
		if a.speaker != "" {
			lastPerson, lastSpeaker, lastPara = a.person, a.speaker, q.para
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
	if ct >= 0 && !opener {
		for _, ci := range cues {
			v := an.cues[ci].tok
			if v > ct && v-ct <= 12 && !an.quoteBetween(ct+1, v) && an.onlyPhraseBetween(ct+1, v) && !an.introducesNext(v) {
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
		}
		if p := an.epithetPerson(s); p >= 0 {
			return p, an.people[p].name()
		}
		return -1, trimPossessive(s.desc)
	case s.pronoun == "he" || s.pronoun == "she":
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

// opensSentence reports whether token k is the first word of its sentence.
func (an *analysis) opensSentence(k int) bool {
	first := an.sents[an.toks[k].sent].first
	for j := first; j < k; j++ {
		if an.toks[j].kind == tkWord {
			return false
		}
	}
	return true
}

// reporterIn is the person in sentence sent, outside quotes, who fits the
// pronoun and reports speech there as the subject ("Craig Hall, a
// blogger, says ...", not "pointing out that Tom Stone had reported") or
// after the quoted clause ("..., says Mo Hall, a director"); -1 when none.
func (an *analysis) reporterIn(sent int, pron string) int {
	toks := an.toks
	for mi, m := range an.mentions {
		if toks[m.first].sent < sent || toks[m.first].quote >= 0 || toks[m.end-1].poss || !genderFits(an.people[m.person], pron) {
			continue
		}
		if toks[m.first].sent > sent {
			break
		}
		if an.reportsSpeech(m) && an.subjectMention(sent, an.afterOpener(an.sents[sent].first, an.sents[sent].end), pron) == mi {
			return m.person
		}
		if k := m.tfirst - 1; k >= 1 && (toks[k-1].low == "," || toks[k-1].kind == tkQuote) {
			if _, ok := speechVerbs[toks[k].low]; ok && !askForms[toks[k].low] {
				return m.person
			}
		}
	}
	return -1
}

// opensWithWord reports whether the first word of sentence sent, outside
// quotes, is w.
func (an *analysis) opensWithWord(sent int, w string) bool {
	for k := an.sents[sent].first; k < an.sents[sent].end; k++ {
		if an.toks[k].kind == tkWord {
			return an.toks[k].quote < 0 && an.toks[k].low == w
		}
	}
	return false
}

// subjectIn is the person the sentence's first mention outside quotes
// names, when it is no object or possessive and fits the pronoun (any
// person when pron is ""); -1 otherwise.
func (an *analysis) subjectIn(sent int, pron string) int {
	return an.subjectFrom(sent, 0, pron)
}

// subjectFrom is subjectIn for the part of the sentence from token start
// on, past an opening clause ("In describing Donald Trump, Cuban said").
func (an *analysis) subjectFrom(sent, start int, pron string) int {
	if mi := an.subjectMention(sent, start, pron); mi >= 0 {
		return an.mentions[mi].person
	}
	return -1
}

// subjectMention is subjectFrom's mention, by index; -1 when none.
func (an *analysis) subjectMention(sent, start int, pron string) int {
	for mi, m := range an.mentions {
		if an.toks[m.first].sent < sent || an.toks[m.first].quote >= 0 || m.tfirst < start {
			continue
		}
		if an.toks[m.first].sent > sent {
			break
		}
		if an.nameModifier(m) || an.modifiesNoun(m) {
			continue // "Clinton surrogate ... Hilary Rosen admitted"
		}
		if an.toks[m.end-1].poss || an.objectAt(m.tfirst) || pron != "" && !genderFits(an.people[m.person], pron) {
			return -1
		}
		return mi
	}
	return -1
}

// reportsSpeech reports whether mention m is the subject of a speech verb
// that follows it: "Winfrey said", "Maloy also said", "Kobach told Fox",
// "Thomas Whalen, a historian, says". Asking is not reporting: the one
// asked answers next.
func (an *analysis) reportsSpeech(m mention) bool {
	toks := an.toks
	k := m.end
	if k < len(toks) && toks[k].low == "," {
		// an appositive: ", a professor at Iowa State University,"
		j := k + 1
		for j < len(toks) && j < k+15 && toks[j].low != "," && toks[j].sent == toks[k].sent {
			j++
		}
		if j >= len(toks) || toks[j].low != "," {
			return false
		}
		k = j + 1
	}
	// "also said", "later told", "has said", "quickly added"
	for n := 0; n < 3 && k < len(toks) && toks[k].kind == tkWord && !toks[k].cap && (reportAdverbs[toks[k].low] || strings.HasSuffix(toks[k].low, "ly")); n++ {
		k++
	}
	if k >= len(toks) || toks[k].quote >= 0 || askForms[toks[k].low] {
		return false
	}
	_, ok := speechVerbs[toks[k].low]
	return ok
}

// reportAdverbs stand between a reporter and the speech verb.
var reportAdverbs = set("also", "then", "later", "has", "had")

// askForms ask: the one asked answers next.
var askForms = set("asked", "asks", "asking", "pressed", "questioned")

// modifiesNoun reports whether the lower-case word after the mention m
// is a noun it modifies ("Clinton surrogate", "Trump voters") rather
// than its verb.
func (an *analysis) modifiesNoun(m mention) bool {
	if m.end >= len(an.toks) {
		return false
	}
	t := &an.toks[m.end]
	if t.kind != tkWord || t.cap || an.toks[m.end-1].poss {
		return false
	}
	if _, verb := speechVerbs[t.low]; verb || auxWords[t.low] || irregularPast[t.low] || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") {
		return false
	}
	return !clauseJoins[t.low] && !determiners[t.low] && t.low != "is" && t.low != "was"
}

// chantCrowd finds the crowd that chants the quote between the marks at ot
// and ct: the quote follows "chants of", "cries of", "shouts of" or
// "chant" (`roused the crowd to chants of "..."`, `the crowd reprised the
// chant "..."`) or is followed by "came shouts from" (`"...," came
// shouts from the crowd`), and a crowd noun stands in its sentence. It
// returns the noun or "". The noun stands before the quote or at most
// ten tokens after it ("but the ruling provoked disappointment among
// Tea Party supporters" names others).
func (an *analysis) chantCrowd(ot, ct int) string {
	toks := an.toks
	chant := false
	if ot >= 2 && toks[ot-1].low == "of" && chantNouns[toks[ot-2].low] || ot >= 1 && (toks[ot-1].low == "chant" || toks[ot-1].low == "chants") {
		chant = true
	}
	// `where about 50 protesters had gathered, chanting "..."`: the verb
	if b := ot - 1; b >= 0 && (toks[b].low == "chanting" || toks[b].low == "chanted" || b >= 1 && toks[b].low == "," && (toks[b-1].low == "chanting" || toks[b-1].low == "chanted")) {
		chant = true
	}
	if k := ct + 1; ct >= 0 && k+2 < len(toks) && toks[k].low == "came" && chantNouns[toks[k+1].low] && (toks[k+2].low == "from" || toks[k+2].low == "of") {
		chant = true
	}
	// `Protesters yelled: "Shame, shame" and "No Trump, no KKK"`: a
	// chanting verb before a colon, and a second chant after "and"
	b := ot - 1
	for b >= 2 && (toks[b].low == "and" || toks[b].low == "or") && toks[b-1].kind == tkQuote && !toks[b-1].open {
		// back to the opening mark of the quote before
		j := b - 2
		for j > 0 && toks[j].quote >= 0 {
			j--
		}
		if j < 0 || toks[j].kind != tkQuote || toks[j].sent != toks[ot].sent {
			break
		}
		b = j - 1
	}
	if b >= 1 && toks[b].low == ":" && chantVerbs[toks[b-1].low] {
		// the crowd yells, not a person named after it ("with Trump
		// reportedly yelling:")
		for k := b - 2; k >= an.sents[toks[ot].sent].first; k-- {
			if an.midx[k] >= 0 {
				break
			}
			if toks[k].quote < 0 && crowdNouns[toks[k].low] {
				chant = true
				break
			}
		}
	}
	if !chant {
		return ""
	}
	sent := toks[ot].sent
	// before the quote, or shortly after it ("shouts of "..." from delegates")
	hi := an.sents[sent].end
	if ct >= 0 {
		hi = min(hi, ct+11)
	}
	// the crowd noun nearest before the quote ("many marchers and
	// spectators chanting"), else the first after it
	from := an.sents[sent].first
	for k := ot - 1; k >= from; k-- {
		if toks[k].quote < 0 && toks[k].kind == tkWord && crowdNouns[toks[k].low] {
			from = k
			break
		}
	}
	for k := from; k < hi; k++ {
		if toks[k].quote < 0 && toks[k].kind == tkWord && crowdNouns[toks[k].low] {
			// with its name-like modifiers: "Clinton supporters",
			// "anti-Trump delegates"
			j := k
			for j > an.sents[sent].first && k-j < 3 && toks[j-1].kind == tkWord && toks[j-1].quote < 0 && !toks[j-1].poss && (toks[j-1].cap && !determiners[toks[j-1].low] || strings.Contains(toks[j-1].low, "-")) {
				j--
			}
			return an.text[toks[j].s:toks[k].e]
		}
	}
	return ""
}

// chanted reports whether quote qi is called out: its opening mark
// follows "chants of", "cries of", ..., "chant" or a chanting verb
// ("chanting", "shouted").
func (an *analysis) chanted(qi int) bool {
	ot := an.openTok(qi)
	if ot < 1 {
		return false
	}
	p := an.toks[ot-1].low
	return ot >= 2 && p == "of" && chantNouns[an.toks[ot-2].low] || p == "chant" || p == "chants" || chantVerbs[p]
}

// crowdCall reports whether quote qi, which chanted found called out, is
// a chant a crowd calls out together ("chants of", "chanting"), not
// words one person shouts or cries ("cries of "rigging"").
func (an *analysis) crowdCall(qi int) bool {
	ot := an.openTok(qi)
	p := an.toks[ot-1].low
	if p == "of" {
		p = an.toks[ot-2].low
	}
	return p == "chant" || p == "chants" || p == "chanting" || p == "chanted"
}

// chantVerbs call words out.
var chantVerbs = set("chanting", "chanted", "shouting", "shouted", "yelling", "yelled", "screaming", "screamed")

// chantNouns name words a crowd calls out together.
var chantNouns = set("chants", "chant", "cries", "shouts", "chorus", "calls")

// crowdNouns name the many who chant.
var crowdNouns = set("crowd", "crowds", "audience", "protesters", "demonstrators", "marchers", "spectators", "attendees", "supporters", "fans", "delegates", "students")

func genderFits(p *person, pron string) bool {
	switch pron {
	case "he":
		return p.gender != 'f'
	case "she":
		return p.gender != 'm'
	}
	return false
}

// resolvePronoun finds the person "he" or "she" at a cue refers to: the
// subject of the same sentence, else the last speaker, else the most
// recent person named.
func (an *analysis) resolvePronoun(c cue, lastPerson int) int {
	pron := c.src.pronoun
	at := c.src.first
	sent := an.toks[at].sent
	if p := an.handleBefore(at, sent); p >= 0 && genderFits(an.people[p], pron) {
		return p
	}
	// "Hall scolded his deputy Mark Stone when he said": in a clause
	// that follows the main one, the main clause's object
	if at > 0 && afterClause[an.toks[at-1].low] {
		subj := -1
		for _, m := range an.mentions {
			if m.tfirst >= at {
				break
			}
			if an.toks[m.first].sent != sent || an.toks[m.first].quote >= 0 || an.toks[m.end-1].poss || an.objectAt(m.tfirst) || !genderFits(an.people[m.person], pron) {
				continue
			}
			if subj < 0 {
				subj = m.person
			} else if m.person != subj && m.end >= at-2 {
				return m.person
			}
		}
	}
	// the subject of this sentence: the first name in it, outside quotes,
	// past an opening clause when the main clause names someone before the
	// pronoun ("When Ms. Friedan ..., Mrs. Schlafly replied that ..., she
	// said")
	if start := an.afterOpener(an.sents[sent].first, at); start > an.sents[sent].first {
		for _, m := range an.mentions {
			if m.tfirst >= at {
				break
			}
			if m.tfirst >= start && an.toks[m.first].quote < 0 && genderFits(an.people[m.person], pron) && !an.objectAt(m.tfirst) && !an.toks[m.end-1].poss {
				return m.person
			}
		}
	}
	for _, m := range an.mentions {
		if m.tfirst >= at {
			break
		}
		if an.toks[m.first].sent == sent && an.toks[m.first].quote < 0 && genderFits(an.people[m.person], pron) && !an.objectAt(m.tfirst) && !an.pairedName(m) {
			// "With a vote for Trump ruled out, Cross said ... he": no
			// object of a preposition; "Hall and Stone need to realize
			// "...," he said": no one of two
			return m.person
		}
	}
	// no name of the sentence fits the pronoun's gender as voted: the
	// sentence's subject still does when its given name has the
	// pronoun's sex and no title says otherwise ("Mary Hall said that
	// she called Stone on what she called "..."", with Hall voted male
	// from other people's pronouns); it must open the sentence or its
	// main clause ("Choosing between Hall and Stone is ..., she said" is
	// neither's)
	for _, m := range an.mentions {
		if m.tfirst >= at || an.toks[m.first].sent > sent {
			break
		}
		if an.toks[m.first].sent < sent || an.toks[m.first].quote >= 0 {
			continue
		}
		p := an.people[m.person]
		opens := m.tfirst == an.sents[sent].first || m.tfirst == an.afterOpener(an.sents[sent].first, at)
		if opens && !an.toks[m.end-1].poss && !an.objectAt(m.tfirst) && !an.pairedName(m) && p.honor == 0 && (pron == "she" && p.given == 'f' || pron == "he" && p.given == 'm') {
			return m.person
		}
		break
	}
	// the last person named before, not as a possessive modifier ("Robin
	// Cook backed Mr Brown's bid. But he insisted"); one whose gender is
	// known to fit outranks one whose gender is unknown
	best, bestSent := -1, -1
	known, knownSent := -1, -1
	told, toldSent := -1, -1
	poss, possSent := -1, -2
	replies := replyVerbs[an.toks[c.tok].low]
	for _, m := range an.mentions {
		if m.tfirst >= at {
			break
		}
		if an.toks[m.first].quote < 0 && an.toks[m.end-1].poss && genderFits(an.people[m.person], pron) {
			poss, possSent = m.person, an.toks[m.first].sent
		}
		if an.toks[m.first].quote >= 0 || an.toks[m.end-1].poss || !genderFits(an.people[m.person], pron) || an.toks[m.first].sent == sent && an.pairedName(m) {
			continue
		}
		if !replies && an.toldObject(m) {
			// "Cheney told radio host Hugh Hewitt that ... "...," he
			// added": the one told listens (unless he replies)
			told, toldSent = m.person, an.toks[m.first].sent
			continue
		}
		best, bestSent = m.person, an.toks[m.first].sent
		if an.people[m.person].gender != 0 {
			known, knownSent = best, bestSent
		}
	}
	if best < 0 {
		best, bestSent = told, toldSent
	}
	if best < 0 && possSent >= sent-1 {
		// `Even Trump's early-morning Twitter message left some wiggle
		// room. "...," he tweeted.`: nobody else was named but as an owner
		best, bestSent = poss, possSent
	}
	if known >= 0 && knownSent >= sent-1 {
		best, bestSent = known, knownSent
	}
	if best >= 0 && bestSent == sent-1 && !an.opensSentence(at) && !replies {
		// reported speech, then the quote: `Maloy said he understands
		// Ayotte's support for Trump. "...," he said.` The one who
		// reported in the sentence before goes on speaking, not the last
		// person named in what he reported (not so for asking or a
		// reply: `Scott Conroy asked Sanders whether ... "...," he said`
		// is Sanders)
		prev := an.sents[sent-1]
		// (a reporter whose sex no word shows must at least hold a title:
		// "Vice President Pence told NBC ...")
		if mi := an.subjectMention(sent-1, an.afterOpener(prev.first, prev.end), pron); mi >= 0 && an.reportsSpeech(an.mentions[mi]) && (an.people[an.mentions[mi].person].gender != 0 || an.people[an.mentions[mi].person].role != "") {
			best = an.mentions[mi].person
			// "X told MSNBC that ..., and Rep. Y of New York, chair of
			// the caucus, discounted talk of it. "...," he said": the
			// last clause's subject when a title introduces him there
			// ("..., but Mr. Bush risked" inside what X said is not)
			if last := an.lastClauseSubjectOf(prev.first, prev.end, true); last.person >= 0 && last.person != best && last.first > an.mentions[mi].end && an.midx[last.first] >= 0 && an.mentions[an.midx[last.first]].role != "" && genderFits(an.people[last.person], pron) && an.people[last.person].gender != 0 {
				best = last.person
			}
		}
	}
	if best >= 0 && bestSent == sent-1 && !an.opensSentence(at) && !replies {
		if p := an.subordinateAntecedent(sent-1, best, pron); p >= 0 {
			best = p
		} else if p := an.pronounChain(sent-1, best, pron); p >= 0 {
			best = p
		}
	}
	// a pronoun that opens its sentence continues the subject of the
	// sentence before ("Dr Greenspan, 79, ... said the world owed a debt
	// to Smith, whose genius he praised. He said ..." is Greenspan)
	if best >= 0 && bestSent == sent-1 && an.opensSentence(at) {
		prev := an.sents[sent-1]
		subj := an.subjectIn(sent-1, pron)
		// "X has called the tariffs "...," but Mr. Navarro said ...":
		// the last clause's subject
		if last := an.lastClauseSubject(prev.first, prev.end); last.person >= 0 && genderFits(an.people[last.person], pron) {
			subj = last.person
		}
		if subj >= 0 && an.people[subj].gender != 0 {
			best = subj
		}
	}
	// a person named in the sentence just before outranks the last speaker
	if best >= 0 && bestSent >= sent-1 && an.people[best].gender != 0 {
		return best
	}
	// sentences that open with the pronoun carry the one who reported
	// speech before them: `Matt Hall, the campaign's director, said he
	// had the most experience. He had worked on Tom Stone's campaign.
	// "...," he said` is Hall, not the last speaker
	if best >= 0 && bestSent < sent-1 {
		s := sent - 1
		for s > bestSent && an.opensWithWord(s, pron) {
			s--
		}
		if s == bestSent && s < sent-1 {
			if r := an.reporterIn(s, pron); r >= 0 && an.people[r].gender != 0 {
				return r
			}
		}
	}
	if lastPerson >= 0 && genderFits(an.people[lastPerson], pron) && an.people[lastPerson].gender != 0 {
		return lastPerson
	}
	if best < 0 && lastPerson >= 0 && genderFits(an.people[lastPerson], pron) {
		return lastPerson
	}
	return best
}

// nickname reports whether quote qi, of the words given, is a nickname
// inside a name: one or two capitalised words between a capitalised word
// and one that follows the closing mark ("Rob "Rocky" Baker").
func (an *analysis) nickname(qi int, words []string) bool {
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	q := an.quotes[qi]
	before := strings.TrimRight(an.text[:q.open], " ")
	after := strings.TrimLeft(an.text[min(q.close, len(an.text)):], " ")
	if before == "" || after == "" || len(before) == q.open || len(after) == len(an.text)-q.close {
		return false // no space around the marks: no name around them
	}
	b, _ := utf8.DecodeLastRuneInString(before)
	a, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLetter(b) && unicode.IsUpper(a) && unicode.IsUpper(firstRuneOfLastWord(before))
}

// firstRuneOfLastWord is the first letter of the last word of s.
func firstRuneOfLastWord(s string) rune {
	i := strings.LastIndexAny(s, " \n\t")
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return r
}

// isLink reports whether w is a web address.
func isLink(w string) bool {
	w = strings.ToLower(w)
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

// notAQuote spots titles, scare quotes and nicknames: short spans with no
// speaker, or Title Case names of shows and books.
func (an *analysis) notAQuote(qi int, a *attribution) bool {
	q := an.quotes[qi]
	if inTag(an.text, q.open) || an.text[q.start] == '>' {
		// `<tweet author="@handle">`: markup, not speech; a span that opens
		// with ">" runs from a tag's attribute mark into its content
		return true
	}
	if an.headlineByline(qi) || asideOrFurniture(an.text[q.start:q.end]) || !q.unclosed && datedWork(an.text[q.close:]) {
		return true
	}
	if a.how == "subject" || a.how == "continue" || a.how == "prev" || a.how == "" {
		// `to win so-called "closed" primaries`: a term the writer
		// distances, no one's words unless a cue gives them
		before := strings.ToLower(strings.TrimRight(an.text[max(0, q.open-12):q.open], " "))
		if strings.HasSuffix(before, "so-called") || strings.HasSuffix(before, "so called") {
			return true
		}
	}
	if an.chanted(qi) {
		// `chanting "Dump Trump."`, `chants of "USA! USA!"`: words a
		// crowd calls out, no title or scare quote however they look
		return false
	}
	words := strings.Fields(an.text[q.start:q.end])
	if len(words) == 1 && isLink(words[0]) {
		return true // `src="https://..."`: an address, not speech
	}
	if an.nickname(qi, words) {
		return true // `director Rob "Rocky" Baker`
	}
	if a.speaker == "" && a.kind == "partial" && len(words) <= 4 && a.how != "cue" {
		// a short fragment no one is found to say is a scare quote; one a
		// speech verb reports is speech whose source goes unnamed
		// (`they called the count "fraudulent"`)
		return true
	}
	titleCtx := false // `told CNN's "New Day"`, `the book "Trump Revealed"`
	if ot := an.openTok(qi); ot > 0 {
		p := &an.toks[ot-1]
		titleCtx = p.poss || titleBefore[p.low] || titleLead[p.low] && an.text[q.end-1] != '!'
		if p.low == "," && ot > 1 {
			// `her memoir, "Tough Choices."`, `his show, "The Apprentice,"`
			titleCtx = titleBefore[an.toks[ot-2].low] && an.toks[ot-2].low != "on"
		}
	}
	if !titleCtx && !q.unclosed && an.workAfter(q.close) {
		// `"Chi-Raq," a movie about Chicago`, `''Trump Revealed,'' a
		// biography written by`: a work its apposition names
		titleCtx = true
	}
	if !titleCtx && !q.unclosed && unicode.IsLetter(rune(an.text[q.end-1])) && an.workNounAfter(q.close) {
		// `the “Avatar” star`, `the “Off Message” podcast`: a name that
		// modifies a work noun
		titleCtx = true
	}
	spoken := a.how == "cue" || a.how == "chant" // a crowd's chant is words too
	if len(words) <= 6 && (!spoken || titleCtx) {
		title, capital := true, false
		for i, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			capital = capital || unicode.IsUpper(r)
			// a number of two or more characters stands in a title like a
			// capitalised word ("Apollo 13", "60 Minutes", "The
			// 40-Year-Old Virgin"); "Hispanics 4 Trump" is a slogan
			number := unicode.IsDigit(r) && len(strings.Trim(w, ".,:;!?")) >= 2
			if !unicode.IsUpper(r) && !number && !(i > 0 && smallTitleWords[strings.ToLower(w)]) {
				title = false
				break
			}
		}
		title = title && capital
		last := an.text[q.end-1]
		if title && (last != '.' && last != '?' && last != '!' && last != ',' || titleCtx || len(words) >= 2 && !spoken) {
			return !an.spokenSentence(qi)
		}
	}
	return false
}

// spokenSentence reports whether quote qi is a whole sentence of speech
// going on from the quote before it in its paragraph, however Title Case
// its words (`"Here comes Big Daddy," she said, clapping. "The Donald.
// Big Daddy."`, `”...,” the president added. ”We're America.”`): the
// quote before has the speaker its cue gave and stands in the sentence
// before, and quote qi opens its own sentence and ends it.
func (an *analysis) spokenSentence(qi int) bool {
	if qi == 0 {
		return false
	}
	q, pq, pa := an.quotes[qi], an.quotes[qi-1], &an.attrib[qi-1]
	if pq.para != q.para || q.unclosed || pa.drop || pa.how != "cue" || pa.speaker == "" {
		return false
	}
	if last := an.text[q.end-1]; last != '.' && last != '?' && last != '!' {
		return false
	}
	ot, pot := an.openTok(qi), an.openTok(qi-1)
	if ot < 1 || pot < 0 {
		return false
	}
	toks := an.toks
	s := an.sents[toks[ot].sent]
	if s.first != ot || toks[pot].sent != toks[ot].sent-1 {
		return false
	}
	k := ot + 1
	for k < s.end && toks[k].s < q.close {
		k++
	}
	for ; k < s.end; k++ {
		if toks[k].kind == tkWord {
			return false // `"Non-paper" is a diplomatic term`
		}
	}
	return true
}

// workNounAfter reports whether the word right after a closing mark at
// text[close] is a work noun ("show", "podcast", "series") or "star".
func (an *analysis) workNounAfter(close int) bool {
	toks := an.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= close })
	if k >= len(toks) || toks[k].kind != tkWord || toks[k].cap {
		return false
	}
	w := toks[k].low
	return w == "star" || titleBefore[w] && w != "on" && w != "titled" && w != "entitled"
}

// workAfter reports whether the words after a closing mark at text[close]
// are an apposition naming a work: ", a movie", ", the 2005 biography",
// "a documentary about".
func (an *analysis) workAfter(close int) bool {
	toks := an.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= close })
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k >= len(toks) || (toks[k].low != "a" && toks[k].low != "an" && toks[k].low != "the") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].kind == tkWord && toks[j].quote < 0; j++ {
		if titleBefore[toks[j].low] && toks[j].low != "on" {
			return true
		}
	}
	return false
}

// asideOrFurniture reports whether a quoted span is one letter (`for
// "R," or "D,"`), one bracketed aside ("(CROSSTALK.)", "[HuffPost.]": a
// transcript's stage direction or a source tag) or a follow-us line
// ("Follow Pam Key on Twitter @pamkeyNEN."): no speech.
func asideOrFurniture(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".,")
	if utf8.RuneCountInString(s) == 1 {
		return true // `for "R," or "D,"`: a letter names a party or a grade
	}
	if n := len(s); n >= 3 && (s[0] == '(' && s[n-1] == ')' || s[0] == '[' && s[n-1] == ']') {
		return !strings.ContainsAny(s[1:n-1], "()[]")
	}
	if rest, ok := strings.CutPrefix(s, "Follow "); ok && len(rest) < 60 {
		return strings.Contains(rest, " on Twitter") || strings.Contains(rest, " on Facebook") || strings.Contains(rest, " on Instagram")
	}
	return false
}

// datedWork reports whether the text after a closing mark opens with a
// year in brackets: `"No to Schengen" (2005)`, `"Chi-Raq" (2015)` name a
// poster, a film or a book by its date; speech is not dated so.
func datedWork(after string) bool {
	after = strings.TrimLeft(after, " ")
	if len(after) < 6 || after[0] != '(' || after[5] != ')' {
		return false
	}
	y := after[1:5]
	return (y[:2] == "18" || y[:2] == "19" || y[:2] == "20") && strings.Trim(y, "0123456789") == ""
}

// headlineByline reports whether quote qi is the headline of a story
// credited to its writer, as link lists and newsletters print them:
// `"Met accused of whitewashing baby Jesus," by Post's Kathianne
// Boniello:`, `according to "The Trumps" by Gwenda Blair`. The quote
// opens its sentence (or follows a dash, a colon or "according to") and
// "by" and a capitalised word follow its closing mark; inside a sentence
// the same shape is a passive's complement ("has been called "strategic
// ambiguity" by Joshua Hendrick") and stays a quote.
func (an *analysis) headlineByline(qi int) bool {
	q := an.quotes[qi]
	ot := an.openTok(qi)
	if ot < 0 || q.unclosed {
		return false
	}
	toks := an.toks
	// a headline cut off by its comma, or a work after "according to"
	// ("If there had not been that intervention" by the United States,
	// Clinton said: a sentence the quote opens, no headline)
	lead := an.text[q.end-1] == ',' && (ot == an.sents[toks[ot].sent].first || ot == 0 || toks[ot-1].para != toks[ot].para)
	if !lead && ot > 0 {
		switch toks[ot-1].low {
		case "—", "–", "-", "--", "―", ":":
			lead = an.text[q.end-1] == ','
		case "to":
			lead = ot > 1 && toks[ot-2].low == "according"
		}
	}
	if !lead {
		return false
	}
	k := ot + 1
	for k < len(toks) && toks[k].s < q.close {
		k++
	}
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k >= len(toks) || toks[k].low != "by" {
		return false
	}
	if k++; k < len(toks) && toks[k].low == "the" {
		k++ // "by the New York Post's Amy Spencer"
	}
	return k < len(toks) && toks[k].cap && toks[k].para == toks[ot].para
}

// titleBefore are words that introduce the title of a work.
var titleBefore = set("on", "book", "film", "movie", "show", "series", "program", "programme", "titled",
	"entitled", "song", "album", "novel", "play", "column", "headline", "article", "essay", "memoir", "documentary", "podcast", "segment",
	"biography", "autobiography")

// titleLead are words a quoted name of a work follows directly, where a
// speech quote rarely does: `told "Fox and Friends,"`, `an interview with
// "Fox News Sunday."`, `a site called "Cape Breton If Trump Wins"`, `the
// author of "Going Viral,"`. Only Title Case spans are dropped for it.
var titleLead = set("told", "with", "called", "named", "dubbed", "of", "in", "to", "author", "star", "stars", "starred", "including")

// inTag reports whether the mark at text[open] opens an attribute value
// inside a markup tag left in the text: "=" before it and a "<" earlier on
// the line with no ">" after it.
func inTag(text string, open int) bool {
	if open < 1 || text[open-1] != '=' {
		return false
	}
	for k := open - 2; k >= 0 && k >= open-1000; k-- {
		switch text[k] {
		case '<':
			return true
		case '>', '\n':
			return false
		}
	}
	return false
}

// openTok finds the token of the opening mark of quote qi.
func (an *analysis) openTok(qi int) int {
	q := an.quotes[qi]
	lo, hi := 0, len(an.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if an.toks[m].s < q.open {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(an.toks) && an.toks[lo].s == q.open {
		return lo
	}
	return -1
}

var smallTitleWords = set("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "as", "&")

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
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

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
// or a paragraph "- Hillary Clinton." after a quoted paragraph.
func (an *analysis) dashCredit(qi, ct int) int {
	toks := an.toks
	if ct < 0 || ct+2 >= len(toks) {
		return -1
	}
	k := ct + 1
	if t := toks[k].low; t != "-" && t != "—" && t != "–" && t != "--" && t != "―" {
		return -1 // "―" is the horizontal bar some sites credit with
	}
	// the dash opens the credit: the quote ends its paragraph's text
	// before it, or the dash starts the next paragraph
	if toks[k].para != toks[ct].para && !(k == 0 || toks[k-1].para != toks[k].para) {
		return -1
	}
	mi := an.midx[k+1]
	if mi < 0 || an.mentions[mi].tfirst != k+1 {
		return -1
	}
	m := an.mentions[mi]
	// nothing but a handle, a date or a period may follow on the line
	if m.end < len(toks) && toks[m.end].para == toks[k].para && !an.lineBreakBefore(m.end) {
		// the next credited quote may follow on the same line
		if t := toks[m.end].low; t != "." && t != "(" && t != "," && !(toks[m.end].kind == tkQuote && toks[m.end].open) {
			return -1
		}
	}
	return m.person
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

// speechNouns name words somebody said or wrote ("Obama's promise").
var speechNouns = set("promise", "promises", "pledge", "claim", "claims", "assertion", "statement", "remark",
	"remarks", "comment", "comments", "words", "vow", "description", "phrase", "catchphrase", "slogan",
	"warning", "argument", "accusation", "insistence", "declaration", "suggestion", "admission", "tweet",
	"quip", "motto", "mantra", "refrain", "line", "boast", "prediction", "assessment", "characterization", "aside")

// phraseAfterNoun open a short phrase of time or place between a speech
// noun and its "that" clause.
var phraseAfterNoun = set("at", "in", "during", "on")

// contentLinks join a speech noun to what was said.
var contentLinks = set("that", "to", "of", ":", "is", "was", "about")

// wordsNouns name a fixed form of words, so "is" before a quote gives
// the words.
var wordsNouns = set("slogan", "motto", "catchphrase", "mantra", "refrain", "line", "phrase", "words", "message")

// verdictVerbs before a quote make it a verdict on the subject, unless "that"
// follows ("the claim is that ...").
var verdictVerbs = set("is", "was", "were", "are", "be", "been", "seemed", "seems")

// possessiveSpeech finds the person whose words a possessive speech noun
// names around the quote between the marks at ot and ct: `Obama's "if
// you like your plan" promise`, `Podliska's most explosive claim is that
// it is a "witch hunt"` (looking back no further than lo). Right after a
// cue verb (afterCue) the phrase is the verb's object and the quote its
// verdict: `called Trump's remarks about the judge "racist"`. It returns
// the person or -1.
func (an *analysis) possessiveSpeech(lo, ot, ct int, afterCue bool) int {
	toks := an.toks
	strict := false // see below
	owner := func(k int) int {
		// the possessive name ending at k, with up to two adjectives after it
		for j := k; j >= lo && j >= k-2; j-- {
			if mi := an.midx[j]; mi >= 0 {
				m := an.mentions[mi]
				if m.end == j+1 && toks[j].poss {
					_, verbBefore := speechVerbs[toks[max(m.tfirst-1, 0)].low]
					if strict && (afterCue && m.tfirst <= lo || verbBefore) {
						return -1
					}
					return m.person
				}
				return -1
			}
			if toks[j].kind != tkWord || toks[j].cap || toks[j].quote >= 0 {
				return -1
			}
		}
		return -1
	}
	if ct >= 0 && ct+1 < len(toks) && ot > lo && speechNouns[toks[ct+1].low] && toks[ct+1].sent == toks[ot].sent {
		if pi := owner(ot - 1); pi >= 0 && an.midx[ot-1] >= 0 {
			return pi
		}
	}
	// "Hall's suggestion at the last debate that she was "...": a short
	// phrase between the noun and its "that" clause
	named := false
	for c := ot - 1; c > lo+2 && c >= ot-10; c-- {
		if toks[c].kind == tkQuote || toks[c].quote >= 0 {
			break
		}
		if an.midx[c] >= 0 {
			// `Trump's claim that President Barack Obama "founded ISIS"`:
			// the clause's subject may be a name
			if an.mentions[an.midx[c]].end != ot || toks[c].poss {
				break
			}
			named = true
			continue
		}
		if toks[c].low != "that" {
			continue
		}
		if named && c-1 > lo && speechNouns[toks[c-1].low] && !toks[c-1].cap {
			strict = true
			return owner(c - 2)
		}
		for n := c - 2; n > lo && n >= c-7; n-- {
			t := &toks[n]
			if t.kind != tkWord || t.quote >= 0 || an.midx[n] >= 0 {
				break
			}
			if speechNouns[t.low] && !t.cap && phraseAfterNoun[toks[n+1].low] {
				strict = true
				return owner(n - 1)
			}
		}
		break
	}
	for n := ot - 1; n > lo && n >= ot-8; n-- {
		t := &toks[n]
		if t.kind == tkQuote || t.quote >= 0 || an.midx[n] >= 0 {
			return -1
		}
		if _, verb := speechVerbs[t.low]; verb && !speechNouns[t.low] {
			return -1
		}
		if verdictVerbs[t.low] && toks[n+1].low != "that" && !(n > lo && wordsNouns[toks[n-1].low]) {
			// `Cruz's description was "false."`: a verdict on the words;
			// `her slogan is "I'm with her."`: the words themselves
			return -1
		}
		if speechNouns[t.low] && !t.cap {
			// the quote must be the noun's content ("promise to produce
			// ...", "claim is that ..."), not a verdict on it ("called
			// Trump's remarks "racist"")
			if n+1 < ot && contentLinks[toks[n+1].low] {
				// after a verb only a quote right after "of" or ":" is the
				// noun's content: `called Clinton's assertion of a "claim of
				// right"`, not `called Hall's claim that ... "false"`
				l := toks[n+1].low
				strict = !((l == "of" || l == ":") && ot-(n+1) <= 2)
				return owner(n - 1)
			}
			return -1
		}
	}
	return -1
}

// documentNouns are things a person puts out that speak for them.
var documentNouns = set("ad", "ads", "tweet", "tweets", "statement", "letter", "email", "emails", "memo", "video", "post", "op-ed", "column", "book", "memoir", "speech", "remarks")

// afterClause words open a clause after the main one whose pronoun
// subject is most often the main clause's object.
var afterClause = set("after", "when", "because")

// handleBefore finds the person a social-media handle names ("Remember
// when @PeterHallMP backed the toll? He stood ...") when the handle is
// the last name-like reference before toks[at], in its sentence or the
// one before; -1 if none. A handle names a person when it holds the person's
// given name and surname, or a surname of five letters or more.
func (an *analysis) handleBefore(at, sent int) int {
	toks := an.toks
	for k := at - 1; k > 0 && toks[k].sent >= sent-1; k-- {
		if an.midx[k] >= 0 {
			return -1 // a name is nearer
		}
		if toks[k-1].low != "@" || toks[k].kind != tkWord || toks[k-1].e != toks[k].s {
			continue
		}
		h := toks[k].low
		for pi, p := range an.people {
			last := p.last()
			if len(p.lows) > 1 && strings.Contains(h, p.lows[0]+last) || len(last) >= 5 && strings.Contains(h, last) {
				return pi
			}
		}
		return -1
	}
	return -1
}

// subordinateAntecedent is the antecedent of a he/she after a quote that
// opens its sentence when the last person named in the sentence before,
// best, stands in a part of it that its subject governs: a relative
// clause or participle phrase after the subject ("Tom Hall, whose
// father is Cuban, joined in against Mr. Stone, saying ...", "said Ryan
// Hall, who worked for Tom Stone.") names others, and the subject goes
// on speaking; -1 when the sentence has no such subject or best is no
// such name.
func (an *analysis) subordinateAntecedent(sent, best int, pron string) int {
	toks := an.toks
	s := an.sents[sent]
	start := an.afterOpener(s.first, s.end)
	mi := an.subjectMention(sent, start, pron)
	if mi < 0 {
		return -1
	}
	subj := an.mentions[mi]
	if subj.person == best || an.people[subj.person].gender == 0 {
		return -1
	}
	if !an.opensClause(start, subj) {
		return -1
	}
	if last := an.lastClauseSubjectOf(s.first, s.end, true); last.person == best {
		// "..., but Mr. Stone said": a clause of its own ("..., and Rep.
		// Ann Ruiz of Ohio discounted talk of it")
		return -1
	}
	// the last mention of best in the sentence
	bm := -1
	for i := mi + 1; i < len(an.mentions); i++ {
		m := an.mentions[i]
		if toks[m.first].sent > sent {
			break
		}
		if m.person == best && toks[m.first].quote < 0 {
			bm = i
		}
	}
	if bm < 0 {
		return -1
	}
	// best reports speech there ("..., which would "...," Stone said")
	if b := an.mentions[bm]; an.reportsSpeech(b) || b.tfirst >= 2 && speechVerbs[toks[b.tfirst-1].low] != "" && (toks[b.tfirst-2].low == "," || toks[b.tfirst-2].kind == tkQuote) && (b.end >= len(toks) || toks[b.end].low == "," || toks[b.end].low == ".") {
		return -1
	}
	for k := subj.end; k < an.mentions[bm].tfirst; k++ {
		t := &toks[k]
		if t.quote >= 0 || t.kind != tkWord {
			continue
		}
		if relativeOpeners[t.low] {
			return subj.person
		}
		if strings.HasSuffix(t.low, "ing") && !t.cap && k >= 1 && (toks[k-1].low == "," || toks[k-1].low == "and" && k >= 2 && toks[k-2].low == ",") {
			return subj.person
		}
	}
	return -1
}

// clauseLeads may stand before a clause's subject.
var clauseLeads = set("but", "and", "so", "even", "yet", "then", "still", "the")

// relativeOpeners open a clause that a subject before them governs.
var relativeOpeners = set("who", "whom", "whose", "which", "that")

// pronounDescriptor is the unnamed source a he/she right after a quote
// that opens its sentence refers to when the sentence before opens with
// that source as its subject and names nobody ("The moderator said that
// others ... were watched. "...," he said" is the moderator); "" when
// not so.
func (an *analysis) pronounDescriptor(c cue) string {
	toks := an.toks
	at := c.src.first
	if at < 1 || toks[at-1].kind != tkQuote || toks[at-1].open || replyVerbs[toks[c.tok].low] {
		return ""
	}
	sent := toks[at].sent
	if sent == 0 {
		return ""
	}
	for k := an.sents[sent].first; k < at; k++ {
		if toks[k].quote < 0 && toks[k].kind == tkWord {
			return "" // the quote opens its sentence
		}
	}
	prev := an.sents[sent-1]
	for _, m := range an.mentions {
		if toks[m.first].sent == sent-1 {
			return "" // a person named there is the likelier antecedent
		}
	}
	d := an.subjectPhrase(prev.first, prev.end)
	if d.desc == "" || d.person >= 0 || d.end < 1 {
		return ""
	}
	head := toks[d.end-1].low
	if !sourceNouns[head] || notPersonNouns[head] || strings.HasSuffix(head, "s") && head != "witness" {
		return ""
	}
	if c.src.pronoun == "he" && strings.HasSuffix(head, "woman") || c.src.pronoun == "she" && strings.HasSuffix(head, "man") && !strings.HasSuffix(head, "woman") {
		return ""
	}
	if p := an.epithetPerson(d); p >= 0 {
		return "" // an epithet: the named person, found the usual way
	}
	return trimPossessive(d.desc)
}

// notPersonNouns are source nouns for bodies, documents and groups, which
// no he/she refers to.
var notPersonNouns = set("statement", "campaign", "administration", "department", "ministry", "government", "kremlin",
	"white", "house", "committee", "commission", "agency", "police", "report", "team", "office", "group", "poll",
	"survey", "study", "analysis", "memo", "letter", "lawsuit", "complaint", "indictment", "filing", "ruling",
	"order", "court", "organization", "company", "firm", "union", "council", "board", "party", "network",
	"newspaper", "paper", "editorial", "website", "site", "post", "tweet", "staff", "coalition", "alliance",
	"caucus", "federation", "association", "institute", "foundation", "center", "bureau", "fbi", "cia",
	"pentagon", "doj", "dhs", "embassy", "people")

// pronounChain is the antecedent of a he/she after a quote that opens
// its sentence when the sentence before opens with the same pronoun: the
// names there after the pronoun are others ("Hall said. He touted views
// not unlike those of the Stone administration. "...," he said" is
// Hall), so the pronoun goes on with the subject, or else the reporter,
// of the sentence before the run of such sentences; -1 when none fits.
func (an *analysis) pronounChain(sent, best int, pron string) int {
	if !an.opensWithWord(sent, pron) {
		return -1
	}
	for k := an.sents[sent].first; k < an.sents[sent].end; k++ {
		if an.toks[k].kind == tkWord {
			if an.midx[k] >= 0 || k+1 < len(an.toks) && an.toks[k+1].kind == tkWord && an.toks[k+1].cap {
				return -1 // "He Lei, the head of ...": a name
			}
			break
		}
	}
	s := sent
	for s > 0 && an.opensWithWord(s, pron) {
		s--
	}
	if an.opensWithWord(s, pron) {
		return -1
	}
	start := an.afterOpener(an.sents[s].first, an.sents[s].end)
	mi := an.subjectMention(s, start, pron)
	if mi < 0 || !an.opensClause(start, an.mentions[mi]) {
		return -1
	}
	r := an.mentions[mi].person
	if r == best || an.people[r].gender == 0 {
		return -1
	}
	return r
}

// opensClause reports whether the mention subj, the first of its
// sentence from token start on, opens its clause as its subject ("But Mr.
// Hall, ...", "Even Rep. Ann Hall", "Republican strategist Tom Hall"),
// not "The campaign's claims of ... between Stone and Hall" nor "His
// motion says Judge Hall" nor one of two ("Tom Hall and Ann Ruiz"); a quote and its inverted verb may stand
// before it (`"...," said Ann Hall, who`).
func (an *analysis) opensClause(start int, subj mention) bool {
	toks := an.toks
	if subj.end < len(toks) && (toks[subj.end].low == "and" || toks[subj.end].low == "&") {
		return false // "Tom Hall and Ann Ruiz spoke": they, not he or she
	}
	if subj.tfirst >= 2 && speechVerbs[toks[subj.tfirst-1].low] != "" && (toks[subj.tfirst-2].low == "," || toks[subj.tfirst-2].kind == tkQuote) {
		return true
	}
	for k := start; k < subj.tfirst; k++ {
		t := &toks[k]
		if t.kind != tkWord || t.quote >= 0 || t.cap || clauseLeads[t.low] {
			continue
		}
		if objectPreps[t.low] || relativeOpeners[t.low] || phrasePreps[t.low] || verbLike(t.low) || t.low == "between" {
			return false
		}
	}
	return true
}

// pairedName reports whether mention m is joined by "and" to a name
// right before or after it ("Hall and Stone need to"): one of two, whom
// a he/she does not name.
func (an *analysis) pairedName(m mention) bool {
	toks := an.toks
	if m.end+1 < len(toks) && toks[m.end].low == "and" {
		if mi := an.midx[m.end+1]; mi >= 0 && an.mentions[mi].tfirst == m.end+1 {
			return true
		}
	}
	if m.tfirst >= 2 && toks[m.tfirst-1].low == "and" {
		if mi := an.midx[m.tfirst-2]; mi >= 0 && an.mentions[mi].end == m.tfirst-1 {
			return true
		}
	}
	return false
}

// itQuote reports whether "it" and a speech verb follow the closing mark
// at toks[ct] (`"...," it said`): a body or a document speaks.
func (an *analysis) itQuote(ct int) bool {
	toks := an.toks
	if ct < 0 {
		return false
	}
	k := ct + 1
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].low != "it" || toks[k].quote >= 0 || toks[k].sent != toks[ct].sent {
		return false
	}
	_, ok := speechVerbs[toks[k+1].low]
	return ok
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
	for s := sent - 1; s >= 0 && s >= sent-2; s-- {
		if an.sents[sent].para-an.sents[s].para > 1 {
			break
		}
		p := an.sents[s]
		for _, c := range an.cues {
			if c.tok >= p.first && c.tok < p.end && c.src.person < 0 && c.src.desc != "" {
				if pi, d := an.resolve(c, -1); pi < 0 && d != "" {
					return -1, d
				}
			}
		}
		src := an.subjectOf(p.first, p.end)
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
			if pi, d := an.resolve(cue{tok: p.first, src: src}, -1); pi < 0 && d != "" {
				return -1, d
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

package extract

import (
	"strings"
)

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

// pronounLeads reports whether the pronoun pron, outside quotes, is the
// subject of sentence sent's main clause: its first word, or the first
// past an opening clause and a leading conjunction or adverb ("But he
// predicted that ...", "And he acknowledged", "Still, he says", "Using
// the budget office's figures, he said"). Names after it are others.
func (an *analysis) pronounLeads(sent int, pron string) bool {
	return an.pronounLeadAt(sent, pron) >= 0
}

// pronounLeadAt is the token of the pronoun pronounLeads finds; -1 when
// none.
func (an *analysis) pronounLeadAt(sent int, pron string) int {
	s := an.sents[sent]
	k := an.afterOpener(s.first, s.end)
	for k < s.end && (an.toks[k].kind != tkWord || pronounLeadWords[an.toks[k].low]) && an.toks[k].kind != tkQuote && an.toks[k].quote < 0 {
		k++
	}
	if k >= s.end || an.toks[k].kind != tkWord || an.toks[k].quote >= 0 || !pronounForm(an.toks[k].low, pron) {
		return -1
	}
	for j := s.first; j < k; j++ {
		if mi := an.midx[j]; mi >= 0 && an.toks[j].quote < 0 && genderFits(an.people[an.mentions[mi].person], pron) {
			return -1 // "While Kaine has debated often, he told CBS": Kaine
		}
	}
	// "He Lei, the head of ...": a name
	if an.midx[k] >= 0 || k+1 < len(an.toks) && an.toks[k+1].kind == tkWord && an.toks[k+1].cap {
		return -1
	}
	return k
}

// pronounForm reports whether the word w is the pronoun pron or its
// contraction ("he's", "she'd").
func pronounForm(w, pron string) bool {
	if w == pron {
		return true
	}
	rest, ok := strings.CutPrefix(w, pron)
	return ok && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")) && len(rest) <= 4
}

// pronounLeadWords may stand before a main clause's subject.
var pronounLeadWords = set("but", "and", "so", "yet", "still", "also", "now", "instead", "however", "meanwhile", "later", "then")

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
		for j < len(toks) && j < k+25 && toks[j].low != "," && toks[j].sent == toks[k].sent {
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
	if _, verb := speechVerbs[t.low]; verb || auxWords[t.low] || irregularPast[t.low] || pastForms[t.low] || verbPast[t.low] || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") {
		return false
	}
	if namePreps[t.low] {
		return false // "Sen. Rand Paul on Wednesday offered": a preposition is no noun
	}
	return !clauseJoins[t.low] && !determiners[t.low] && t.low != "is" && t.low != "was"
}

// verbPast are irregular past tenses that no noun shares, so a name
// before one is its subject ("Mark Ruiz paid tribute", "Ann Hale sought
// a recount"), not a modifier.
var verbPast = set("paid", "spent", "sought", "fought", "bought", "caught", "taught", "knew", "chose", "heard",
	"meant", "built", "dealt", "grew", "withdrew", "oversaw", "understood", "swore", "forgave", "forgot",
	"hid", "lent", "broke", "rode", "woke", "wept", "fled", "slept", "sang", "drove", "flew", "ate", "sank")

// namePreps are prepositions that follow a subject's name more often
// than an object's ("Sen. Rand Paul of Kentucky", "Peter Hall on Monday
// said", "Mr Hirsch from the bank said"); not to, for, with or by ("found
// Trump to be", "hit Obama for"), which follow an object.
var namePreps = set("on", "in", "at", "of", "from", "during", "after", "before", "since", "amid", "despite")

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
	if k := an.pronounLeadAt(sent, pron); k >= 0 && k < at {
		// "He hoped Jay-Z would "...," he added", "He continues by saying
		// that if Jackson did, ..., adding, "..."": the pronoun goes on
		// with the one its sentence opens with, whom names after it are not
		at = k
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
	reporter := -1 // the titled subject who reported speech in the sentence before
	openerEnd := an.afterOpener(an.sents[sent].first, at+1)
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
		if an.toks[m.first].sent == sent && openerEnd > m.tfirst && an.objectAt(m.tfirst) && objectOpeners[an.toks[an.sents[sent].first].low] {
			// "Of his work for Hall, he said:": the object in the
			// pronoun's own opening phrase is whom he speaks of
			continue
		}
		if an.toks[m.first].sent < sent && an.inRelativeClause(m) {
			// "..., which is being led by special counsel Robert Mueller.
			// "...," he tweeted": a name in a relative clause at the end
			// of a sentence before is mentioned in passing
			continue
		}
		if an.nounModifier(m) {
			// "..., which the Hall administration sees as a non-issue. He
			// has said": a name that modifies a noun names no one who speaks
			continue
		}
		if o := an.withOwner(m, pron); o >= 0 && !replies {
			// "during Trump's interview with Bill O'Reilly, ... "...," he
			// said": the one whose event it is, not his guest
			best, bestSent = o, an.toks[m.first].sent
			if an.people[o].gender != 0 {
				known, knownSent = best, bestSent
			}
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
			reporter = best
			// "X told MSNBC that ..., and Rep. Y of New York, chair of
			// the caucus, discounted talk of it. "...," he said": the
			// last clause's subject when a title introduces him there
			// ("..., but Mr. Bush risked" inside what X said is not)
			if last := an.lastClauseSubjectOf(prev.first, prev.end, true); last.person >= 0 && last.person != best && last.first > an.mentions[mi].end && an.midx[last.first] >= 0 && an.mentions[an.midx[last.first]].role != "" && genderFits(an.people[last.person], pron) && an.people[last.person].gender != 0 {
				best = last.person
			}
		} else if last := an.lastClauseSubjectOf(prev.first, prev.end, true); last.person >= 0 && an.midx[last.first] >= 0 && an.reportsSpeech(an.mentions[an.midx[last.first]]) && genderFits(an.people[last.person], pron) && an.people[last.person].gender != 0 {
			// "Hall met with members, and Rep. Ruiz said afterward that
			// no one spoke against the speaker. "...," he said": when the
			// first clause's subject reports nothing, the one a later
			// clause opens with who reports speech goes on
			best = last.person
			reporter = best
		}
	}
	if best >= 0 && bestSent == sent-1 && !an.opensSentence(at) && !replies {
		if p := an.subordinateAntecedent(sent-1, best, pron); p >= 0 {
			best = p
		} else if p := an.pronounChain(sent-1, best, lastPerson, pron); p >= 0 {
			best = p
		} else if p := an.clauseSubjectOver(sent-1, best, pron); p >= 0 {
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
	// "He plotted for days to tweet about Ann Hale ... He called her
	// "...": a he/she that opens its sentence after one the same pronoun
	// leads goes on with that run's subject (pronounChain), not a name
	// the run mentions nor the last speaker
	if sent > 0 && an.opensSentence(at) && an.pronounLeads(sent-1, pron) && !(best >= 0 && bestSent == sent-1 && an.people[best].gender != 0) {
		if p := an.pronounChain(sent-1, -1, lastPerson, pron); p >= 0 && !an.namedInSentence(sent, p) {
			// (not one the pronoun's own sentence names: "She said Ford's
			// account ..." is not Ford)
			return p
		}
	}
	// a person named in the sentence just before outranks the last
	// speaker, and so does a titled one who reported speech there whose
	// sex no word shows ("Mo Hale, a party strategist, argued it is less
	// about age. "...," he pointed out")
	if best >= 0 && bestSent >= sent-1 && (an.people[best].gender != 0 || best == reporter) {
		return best
	}
	// so does one whose sex no word shows when he or she is the subject
	// that opens the sentence just before ("Mitt Romney, the 2012
	// presidential candidate, vouched for the senator. "...," he
	// tweeted" is not the last speaker, Carson) and no given name says
	// otherwise
	if best >= 0 && bestSent == sent-1 && best != lastPerson && an.people[best].gender == 0 && !(pron == "she" && an.people[best].given == 'm' || pron == "he" && an.people[best].given == 'f') {
		st := an.afterOpener(an.sents[sent-1].first, an.sents[sent-1].end)
		if mi := an.subjectMention(sent-1, st, pron); mi >= 0 && an.mentions[mi].person == best && an.mentions[mi].tfirst == st && an.opensClause(st, an.mentions[mi]) && !an.sexPronounIn(sent-1, pron) {
			// (not when that sentence speaks of someone of the pronoun's
			// sex: "Sanders endorsed her challenger. "...," she said")
			return best
		}
	}
	// sentences that open with the pronoun carry the one who reported
	// speech before them: `Matt Hall, the campaign's director, said he
	// had the most experience. He had worked on Tom Stone's campaign.
	// "...," he said` is Hall, not the last speaker
	if best >= 0 && bestSent < sent-1 {
		s := sent - 1
		for s > bestSent && an.pronounLeads(s, pron) {
			s--
		}
		if s > bestSent && s < sent-1 {
			// "Mr. Hall's plan is to run in March. He has his work cut
			// out. He has to overcome his "soft on crime" record": the
			// owner that opens the sentence the run goes back to
			if p := an.possessiveSubject(s, pron); p >= 0 {
				return p
			}
		}
		if s == bestSent && s < sent-1 {
			if r := an.reporterIn(s, pron); r >= 0 && an.people[r].gender != 0 {
				// "That is something Hall has said, but Ruiz spoke more
				// forcefully": the last clause's subject
				if last := an.lastClauseSubject(an.sents[s].first, an.sents[s].end); last.person >= 0 && genderFits(an.people[last.person], pron) && an.people[last.person].gender != 0 {
					r = last.person
				}
				return r
			}
			// "Mark Hale, the county judge, is known for his stance. He
			// has fought the rules. He has said ...": the subject of the
			// sentence the run goes back to, the last person named there
			st := an.afterOpener(an.sents[s].first, an.sents[s].end)
			if mi := an.subjectMention(s, st, pron); mi >= 0 && an.mentions[mi].person == best && an.people[best].gender != 0 && an.opensClause(st, an.mentions[mi]) {
				return best
			}
		}
	}
	if best >= 0 && bestSent == sent-2 && an.people[best].gender != 0 && an.pronounReports(sent-1, pron) && an.subjectIn(bestSent, pron) == best && !an.pronounBeforeName(bestSent, best, pron) && !(pron == "she" && an.people[best].given == 'm' || pron == "he" && an.people[best].given == 'f') {
		// "Vance ... has also received treatment. Now, he says fighting
		// helps him. "...," he says": the one the pronoun reporting in
		// between goes on from, not the last speaker
		return best
	}
	if best >= 0 && best != lastPerson && bestSent == sent-2 && an.people[best].gender != 0 && an.quietSentence(sent-1) && an.reporterIn(bestSent, pron) == best {
		// "Hale said it could cost votes. (More on the race.) "...," he
		// argued": a sentence that names nobody and quotes nothing does
		// not part the pronoun from the one who reported before it
		return best
	}
	if best >= 0 && best != lastPerson && bestSent < sent-1 && an.people[best].gender != 0 && an.reporterIn(bestSent, pron) == best {
		// "Hall said the rules were needed. "Travellers deserve better."
		// "...," he added": sentences that only quote go on with the one
		// who reported just before them, not the last speaker
		s := sent - 1
		for s > bestSent && an.onlyQuotes(s) {
			s--
		}
		if s == bestSent {
			return best
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

// sexPronounIn reports whether sentence sent holds, outside quotes, an
// object or possessive "her" for a "she" (a "his" or "him" is too often
// the subject's own to rule him out: "Hoyer said Trump was given every
// chance to prove his innocence").
func (an *analysis) sexPronounIn(sent int, pron string) bool {
	s := an.sents[sent]
	for k := s.first; k < s.end; k++ {
		t := &an.toks[k]
		if t.quote >= 0 {
			continue
		}
		if pron == "she" && (t.low == "her" || t.low == "hers" || t.low == "herself") {
			return true
		}
	}
	return false
}

// handleBefore finds the person a social-media handle names ("Remember
// when @PeterHallMP backed the toll? He stood ...") when the handle is
// the last name-like reference before toks[at], in its sentence or the
// one before, outside quotes; -1 if none. A handle names a person when
// it holds the person's given name and surname, or a surname of five
// letters or more.
func (an *analysis) handleBefore(at, sent int) int {
	toks := an.toks
	for k := at - 1; k > 0 && toks[k].sent >= sent-1; k-- {
		if an.midx[k] >= 0 {
			return -1 // a name is nearer
		}
		if toks[k-1].low != "@" || toks[k].kind != tkWord || toks[k-1].e != toks[k].s {
			continue
		}
		if toks[k].quote >= 0 {
			// `"... @SenJohnMcCain should be defeated ...," he said`:
			// a handle the quote itself names is whom the speaker
			// addresses or talks about
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
	if b := an.mentions[bm]; an.reportsSpeech(b) && !strings.HasSuffix(an.toks[b.end].low, "ing") || b.tfirst >= 2 && speechVerbs[toks[b.tfirst-1].low] != "" && (toks[b.tfirst-2].low == "," || toks[b.tfirst-2].kind == tkQuote) && (b.end >= len(toks) || toks[b.end].low == "," || toks[b.end].low == ".") {
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

// afterOpeningQuote returns the sentence of a he/she cue that stands right
// after the closing mark of a quote opening that sentence (`"...," he
// said`), or -1 when the cue is not so placed or is a reply verb, whose
// he/she answers someone else.
func (an *analysis) afterOpeningQuote(c cue) int {
	toks := an.toks
	at := c.src.first
	if at < 1 || toks[at-1].kind != tkQuote || toks[at-1].open || replyVerbs[toks[c.tok].low] {
		return -1
	}
	sent := toks[at].sent
	for k := an.sents[sent].first; k < at; k++ {
		if toks[k].quote < 0 && toks[k].kind == tkWord {
			return -1 // words come before the quote
		}
	}
	return sent
}

// pronounDescriptor is the unnamed source a he/she right after a quote
// that opens its sentence refers to when the sentence before opens with
// that source as its subject and names nobody ("The moderator said that
// others ... were watched. "...," he said" is the moderator); "" when
// not so.
func (an *analysis) pronounDescriptor(c cue) string {
	toks := an.toks
	sent := an.afterOpeningQuote(c)
	if sent <= 0 {
		return ""
	}
	prev := an.sents[sent-1]
	for _, m := range an.mentions {
		if toks[m.first].sent == sent-1 {
			return "" // a person named there is the likelier antecedent
		}
	}
	d := an.subjectPhrase(prev.first, prev.end)
	if d.desc == "" {
		// "The official said the fund would act. "...," he said": the
		// unnamed source of a speech verb that opens the sentence before
		for _, pc := range an.cues {
			if toks[pc.tok].sent == sent-1 && toks[pc.tok].quote < 0 && !pc.inverted && pc.src.desc != "" && pc.src.person < 0 && !pc.src.loose &&
				pc.src.first < pc.src.end && pc.src.first == an.introSkip(prev.first, pc.tok) {
				d = pc.src
				break
			}
		}
	}
	if d.desc == "" || d.person >= 0 || d.end < 1 {
		return ""
	}
	if !personDescriptor(d.desc, c.src.pronoun) {
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
// of the sentence before the run of such sentences; when that sentence
// names no subject but quotes someone, the last speaker, last ("...,"
// Hall wrote. "...". He told the paper that he had no job lined up with
// Stone. "...," he said" is Hall); -1 when none fits.
func (an *analysis) pronounChain(sent, best, last int, pron string) int {
	if !an.pronounLeads(sent, pron) {
		return -1
	}
	s := sent
	for s > 0 && an.pronounLeads(s, pron) {
		s--
	}
	if an.pronounLeads(s, pron) {
		return -1
	}
	start := an.afterOpener(an.sents[s].first, an.sents[s].end)
	mi := an.subjectMention(s, start, pron)
	if mi < 0 && last >= 0 && last != best && an.people[last].gender != 0 && genderFits(an.people[last], pron) && an.quotesIn(s) {
		return last
	}
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

// indefiniteAntecedent is the unnamed source a he/she after a quote that
// opens its sentence refers to when the sentence before has a singular
// person phrase with "a"/"an" as its subject or as the source of its
// speech verb ("A Hong Kong trader estimated stocks at ... "...," he
// said", "But a spokesman said that ... "...," he said", `"...," a
// company official said. "...," she added`): an indefinite phrase brings
// in someone new, whom no name the text gave before can be; "" when not
// so, or when a person named in that sentence reports speech too.
func (an *analysis) indefiniteAntecedent(c cue) string {
	toks := an.toks
	sent := an.afterOpeningQuote(c)
	if sent <= 0 {
		return ""
	}
	// past sentences the pronoun leads that name nobody ("One employee
	// said she could pay for her grandmother's care. She said she has
	// seen a drop. "...," she said")
	for sent-1 > 0 && an.pronounLeads(sent-1, c.src.pronoun) && !an.namesSomeone(sent-1) {
		sent--
	}
	prev := an.sents[sent-1]
	for _, m := range an.mentions {
		if toks[m.first].sent == sent-1 && toks[m.first].quote < 0 {
			// "When an NBC reporter asked Hall ..., Hall deflected",
			// "Another pollster, Tom Hale of Clemson, said": a name there
			// is the likelier antecedent
			return ""
		}
	}
	var d source
	for _, pc := range an.cues {
		if toks[pc.tok].sent == sent-1 && pc.src.desc != "" && pc.src.person < 0 {
			d = pc.src
			break
		}
	}
	if d.desc == "" {
		d = an.subjectPhrase(prev.first, prev.end)
	}
	if d.desc == "" || d.person >= 0 || d.end < 1 || d.first >= d.end {
		return ""
	}
	if !indefinites[toks[d.first].low] || !personDescriptor(d.desc, c.src.pronoun) || askerNouns[toks[d.end-1].low] {
		return ""
	}
	return trimPossessive(d.desc)
}

// askerNouns name people who put questions, whom the one asked answers
// ("one questioner claimed that ... "You're right," he said").
var askerNouns = set("questioner", "reporter", "caller", "interviewer", "moderator", "host", "anchor", "journalist", "heckler", "voter", "student", "audience")

// indefinites open a phrase for someone not named before.
var indefinites = set("a", "an", "one", "another")

// personDescriptor reports whether the descriptor desc names one person
// whom the pronoun pron may stand for: a singular person noun heads it,
// of no other sex ("spokeswoman" is no "he").
func personDescriptor(desc, pron string) bool {
	head := descHead(desc)
	if !sourceNouns[head] || notPersonNouns[head] || documentNouns[head] || issuedNouns[head] || strings.HasSuffix(head, "s") && head != "witness" {
		return false
	}
	return !(pron == "he" && strings.HasSuffix(head, "woman") || pron == "she" && strings.HasSuffix(head, "man") && !strings.HasSuffix(head, "woman"))
}

// newcomerPhrase reports whether the source phrase src brings in someone
// unnamed rather than naming in other words someone the text named: it
// opens with "a"/"an"/"one"/"another" ("a company spokesman"), or its
// head is a plain person noun that no epithet uses ("the man", "the
// spokeswoman"; not "the two-term president", "the businessman").
func (an *analysis) newcomerPhrase(src source) bool {
	if src.desc == "" || src.first < 0 || src.first >= src.end {
		return false
	}
	if indefinites[an.toks[src.first].low] {
		return true
	}
	return plainPersons[descHead(src.desc)]
}

// descHead is the head noun of a descriptor, lower-cased: its last word,
// or the last word before "of" ("chief executive of a leading car
// maker" is an executive).
func descHead(desc string) string {
	if before, _, ok := strings.Cut(desc, " of "); ok {
		desc = before
	}
	return strings.ToLower(lastWord(desc))
}

// plainPersons name an unnamed person by sex or errand, not by title.
var plainPersons = set("man", "woman", "spokesman", "spokeswoman", "spokesperson", "trader", "banker", "dealer",
	"caller", "questioner", "witness", "resident", "bystander", "passerby", "neighbor", "neighbour")

// anonNouns head the phrases news uses for a source it leaves unnamed
// ("the official", "a senior diplomat"), rather than an epithet for
// someone it named ("the Republican candidate").
var anonNouns = union(plainPersons, set("official", "source", "aide", "analyst", "economist", "diplomat", "executive",
	"officer", "staffer", "adviser", "advisor", "lawyer", "attorney", "expert", "insider", "strategist"))

// descriptorGoesOn reports whether a he/she cue c after a quote goes on
// with the unnamed speaker of the quote before, last (a descriptor such
// as "company spokesman", the speaker of the quote whose last token is
// toks[from-1]): nobody is named between that quote and the pronoun, in
// the same or the next paragraph (`..., a company spokesman said. / "...,"
// he told Reuters.`), so no name the text gave earlier is meant.
func (an *analysis) descriptorGoesOn(c cue, last string, from int) bool {
	toks := an.toks
	at := c.src.first
	if last == "" || from < 0 || from >= at || !personDescriptor(last, c.src.pronoun) {
		return false
	}
	if an.sents[toks[at].sent].para-an.sents[toks[from].sent].para > 1 {
		return false
	}
	for k := from; k < at; k++ {
		if an.midx[k] >= 0 && toks[k].quote < 0 {
			return false
		}
	}
	return !replyVerbs[toks[c.tok].low] && !an.newReferentBetween(from, at)
}

// newReferentBetween reports whether someone other than the last speaker
// may come in between toks[from] and toks[at]: a speech verb with a
// source of its own ("Another said", "A second woman joined in"), a
// sentence whose subject is an unnamed source phrase, or a title before
// a capitalised word the people layer may have missed ("Planning
// Minister Song Ping made a reference").
func (an *analysis) newReferentBetween(from, at int) bool {
	toks := an.toks
	for _, c := range an.cues {
		if c.tok >= from && c.tok < at && c.src.first >= from && toks[c.tok].quote < 0 && (c.src.person >= 0 || c.src.desc != "") {
			return true
		}
	}
	for s := toks[from].sent; s <= toks[at].sent; s++ {
		f := an.sents[s].first
		if f < from || f >= at {
			continue
		}
		if toks[f].low == "another" || toks[f].low == "others" {
			return true
		}
		if d := an.subjectPhrase(f, an.sents[s].end); d.desc != "" {
			return true
		}
	}
	for k := from; k+1 < at; k++ {
		if toks[k].quote < 0 && toks[k].cap && isTitleTok(&toks[k]) && toks[k+1].cap && toks[k+1].kind == tkWord {
			return true
		}
	}
	return false
}

// pronounReports reports whether sentence sent has the pronoun pron as
// the subject of a speech verb right after it, past an opener ("Now, he
// says", "He said"), and names nobody.
func (an *analysis) pronounReports(sent int, pron string) bool {
	toks := an.toks
	s := an.sents[sent]
	for k := s.first; k < s.end; k++ {
		if an.midx[k] >= 0 && toks[k].quote < 0 {
			return false
		}
	}
	k := an.afterOpener(s.first, s.end)
	for k < s.end && toks[k].kind != tkWord {
		k++
	}
	if k+2 < s.end && toks[k+1].low == "," && toks[k].cap && toks[k].kind == tkWord && toks[k+2].low == pron {
		k += 2 // "Now, he says", "Still, he said"
	}
	if k+1 >= s.end || toks[k].low != pron || toks[k].quote >= 0 {
		return false
	}
	_, ok := speechVerbs[toks[k+1].low]
	return ok && toks[k+1].quote < 0
}

// pronounBeforeName reports whether the pronoun pron (or its contraction,
// "he's") stands in sentence sent before the first mention of person p
// ("He's blamed Obama": the pronoun is the subject, not Obama).
func (an *analysis) pronounBeforeName(sent, p int, pron string) bool {
	toks := an.toks
	for k := an.sents[sent].first; k < an.sents[sent].end; k++ {
		if mi := an.midx[k]; mi >= 0 && an.mentions[mi].person == p {
			return false
		}
		if toks[k].quote < 0 && (toks[k].low == pron || strings.HasPrefix(toks[k].low, pron+"'") || strings.HasPrefix(toks[k].low, pron+"’")) {
			return true
		}
	}
	return false
}

// objectOpeners open a phrase whose object a he/she after it speaks of
// or to ("Of Hall, he said", "In a debate with Hall, he promised",
// "Pressed by Hall, he stated"); not "For Hall, ...", "As for Hall,
// she said", "According to Hall, he warned", "With Hall finding ...",
// whose name is the one the sentence goes on about.
var objectOpeners = set("of", "in", "during", "after", "at", "on", "asked", "pressed", "questioned")

// namedInSentence reports whether person p is named outside quotes in
// sentence sent.
func (an *analysis) namedInSentence(sent, p int) bool {
	for _, m := range an.mentions {
		if an.toks[m.first].sent == sent && m.person == p && an.toks[m.first].quote < 0 {
			return true
		}
	}
	return false
}

// nounModifier reports whether mention m, after "the", "a" or "an",
// modifies the lower-case noun after it ("the Obama administration",
// "a Trump voter").
func (an *analysis) nounModifier(m mention) bool {
	toks := an.toks
	if m.tfirst < 1 || m.end >= len(toks) || isTitleTok(&toks[m.tfirst]) || toks[m.end-1].poss {
		return false
	}
	if a := toks[m.tfirst-1].low; a != "the" && a != "a" && a != "an" {
		// "the expanded Mueller probe", "the ongoing Hall investigation":
		// one or two lower-case modifiers after the article, before a
		// noun of what a person runs or heads
		k := m.tfirst - 1
		for n := 0; n < 2 && k > 0 && toks[k].kind == tkWord && !toks[k].cap && toks[k].quote < 0 && !determiners[toks[k].low] && !auxWords[toks[k].low] && !objectPreps[toks[k].low]; n++ {
			k--
		}
		if a := toks[k].low; k == m.tfirst-1 || a != "the" && a != "a" && a != "an" {
			return false
		}
		return institutionWords[toks[m.end].low] && !toks[m.end].cap
	}
	return plainNoun(&toks[m.end])
}

// possessiveSubject is the person whose possessive opens sentence sent's
// main clause ("Mr. Hall's plan is ...", "But Hall's aides said") when
// the person's sex is known to fit the pronoun; -1 otherwise.
func (an *analysis) possessiveSubject(sent int, pron string) int {
	s := an.sents[sent]
	k := an.afterOpener(s.first, s.end)
	for k < s.end && (an.toks[k].kind != tkWord || pronounLeadWords[an.toks[k].low]) && an.toks[k].kind != tkQuote && an.toks[k].quote < 0 {
		k++
	}
	if k >= s.end || an.midx[k] < 0 {
		return -1
	}
	m := an.mentions[an.midx[k]]
	if m.tfirst != k || !an.toks[m.end-1].poss || an.toks[k].quote >= 0 {
		return -1
	}
	if p := an.people[m.person]; p.gender != 0 && genderFits(p, pron) {
		return m.person
	}
	return -1
}

// clauseSubjectOver is the subject of sentence sent when the last person
// named there, best, stands after it in the same clause, as an object
// ("And Stone previewed Hall, the candidate who will face Ruiz. "...,"
// he said" is Stone): the subject, named first and opening its clause,
// of a sex known to fit the pronoun, goes on; -1 when not so.
func (an *analysis) clauseSubjectOver(sent, best int, pron string) int {
	s := an.sents[sent]
	start := an.afterOpener(s.first, s.end)
	if start == s.first && clauseOpeners[an.toks[s.first].low] {
		// "When Mr. Hall tried to defend his "strong" remark, Mr. Stone
		// differed": an opener not read past names no subject
		return -1
	}
	mi := an.subjectMention(sent, start, pron)
	if mi < 0 {
		return -1
	}
	subj := an.mentions[mi]
	p := an.people[subj.person]
	if subj.person == best || p.gender == 0 || !an.opensClause(start, subj) || pron == "she" && p.given == 'm' || pron == "he" && p.given == 'f' {
		return -1
	}
	if last := an.lastClauseSubjectOf(s.first, s.end, true); last.person >= 0 && last.person != subj.person {
		return -1 // "..., but Mr. Stone said": a clause of its own
	}
	toks := an.toks
	for k := subj.end; k < s.end; k++ {
		if askForms[toks[k].low] && toks[k].quote < 0 {
			return -1 // "Stone asked Hall whether ...": the one asked answers
		}
	}
	for i := mi + 1; i < len(an.mentions); i++ {
		b := an.mentions[i]
		if toks[b.first].sent > sent {
			break
		}
		if b.person != best || toks[b.first].quote >= 0 {
			continue
		}
		// "Hall will not win the state, Mr. Stone said": best reports
		// what the subject does
		if an.reportsSpeech(b) || b.tfirst >= 2 && speechVerbs[toks[b.tfirst-1].low] != "" && !strings.HasSuffix(toks[b.tfirst-1].low, "ing") && (toks[b.tfirst-2].low == "," || toks[b.tfirst-2].kind == tkQuote) {
			return -1
		}
		if b.end < len(toks) && toks[b.end].low == "," && b.end+1 < len(toks) && speechVerbs[toks[b.end+1].low] != "" {
			return -1 // "..., Mr. Stone, said"
		}
	}
	return subj.person
}

// inRelativeClause reports whether mention m stands, outside quotes, in
// a relative clause that a comma and which/who/whom/whose/where open
// earlier in its sentence and that runs on to the sentence's end ("...,
// which is being led by Robert Mueller.").
func (an *analysis) inRelativeClause(m mention) bool {
	toks := an.toks
	s := an.sents[toks[m.first].sent]
	for k := m.end; k < s.end; k++ {
		if toks[k].low == "," || toks[k].low == ";" || toks[k].kind == tkQuote || toks[k].quote >= 0 || dashes[toks[k].low] {
			return false // the clause ends before the sentence does
		}
	}
	for k := m.tfirst - 1; k > s.first; k-- {
		t := &toks[k]
		if t.quote >= 0 || t.kind == tkQuote || t.low == ";" || dashes[t.low] {
			return false
		}
		if an.midx[k] >= 0 {
			return false // another name nearer: "..., which Hall told Stone"
		}
		if t.low == "," {
			return false
		}
		switch t.low {
		case "which", "who", "whom", "whose", "where":
			return toks[k-1].low == ","
		}
	}
	return false
}

// namesSomeone reports whether sentence sent names a person outside
// quotes.
func (an *analysis) namesSomeone(sent int) bool {
	for k := an.sents[sent].first; k < an.sents[sent].end; k++ {
		if an.midx[k] >= 0 && an.toks[k].quote < 0 {
			return true
		}
	}
	return false
}

// quietSentence reports whether sentence sent names nobody, holds no
// personal pronoun, speech verb or quote, and is no photo credit
// ("REUTERS/Ann Hale", "Photograph: Ann Hale/AP": the caption before it
// names who is pictured, not who speaks).
func (an *analysis) quietSentence(sent int) bool {
	for k := an.sents[sent].first; k < an.sents[sent].end; k++ {
		t := an.toks[k]
		if an.midx[k] >= 0 || t.kind == tkQuote || t.quote >= 0 || personalPronouns[t.low] || t.low == "/" || photoWords[t.low] || agencyWords[t.low] {
			return false
		}
		if _, verb := speechVerbs[t.low]; verb && !t.cap {
			return false // "the Florida Republican said ...": someone speaks
		}
	}
	return true
}

// onlyQuotes reports whether every word of sentence sent is inside a
// quote: it names and cues no one outside the quoted words.
func (an *analysis) onlyQuotes(sent int) bool {
	words := 0
	for k := an.sents[sent].first; k < an.sents[sent].end; k++ {
		if t := an.toks[k]; t.kind == tkWord || t.kind == tkNum {
			if t.quote < 0 {
				return false
			}
			words++
		}
	}
	return words > 0
}

// agencyWords end a photo credit.
var agencyWords = set("getty", "reuters", "ap", "afp")

// personalPronouns stand for people.
var personalPronouns = set("i", "we", "he", "she", "they", "me", "us", "him", "her", "them", "my", "our", "his", "hers", "their")

// withOwner is the person whose possessive owns the noun before "with"
// and the mention m ("Trump's Wednesday night interview with Bill
// O'Reilly", "Hall's first debate with Ruiz"), when that person fits the
// pronoun; -1 otherwise.
func (an *analysis) withOwner(m mention, pron string) int {
	toks := an.toks
	k := m.tfirst - 1
	if k < 1 || toks[k].low != "with" || toks[k].quote >= 0 {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := &toks[j]
		if t.low == "'s" || t.low == "’s" {
			continue
		}
		if t.kind != tkWord && t.kind != tkNum || t.quote >= 0 || t.sent != toks[k].sent {
			return -1
		}
		if mi := an.midx[j]; mi >= 0 {
			o := an.mentions[mi]
			if o.end-1 == j && (t.poss || j+1 < k && (toks[j+1].low == "'s" || toks[j+1].low == "’s")) && o.person != m.person && genderFits(an.people[o.person], pron) {
				return o.person
			}
			return -1
		}
		if withStops[t.low] {
			return -1
		}
	}
	return -1
}

// withStops end the noun phrase withOwner reads back over.
var withStops = set("the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "and", "or", "that", "which", "who")

// ownedDescriptor is the unnamed source a he/she right after a quote that
// opens its sentence refers to when the sentence before opens with a
// speech verb whose source is that one person's phrase and every name
// there stands inside it ("Putin's spokesman said the claims were false.
// "...," he said" is the spokesman, not Putin; "A spokesman for Putin
// said"); "" when not so.
func (an *analysis) ownedDescriptor(c cue) string {
	toks := an.toks
	sent := an.afterOpeningQuote(c)
	if sent <= 0 {
		return ""
	}
	prev := an.sents[sent-1]
	var d source
	found := false
	for _, pc := range an.cues {
		if toks[pc.tok].sent != sent-1 || toks[pc.tok].quote >= 0 || pc.inverted {
			continue
		}
		if found || pc.src.desc == "" || pc.src.person >= 0 || pc.src.loose || pc.src.first >= pc.src.end ||
			pc.src.first != an.introSkip(prev.first, pc.tok) {
			return ""
		}
		d, found = pc.src, true
	}
	if !found || !personDescriptor(d.desc, c.src.pronoun) {
		return ""
	}
	inside := false
	for _, m := range an.mentions {
		if toks[m.first].sent != sent-1 || toks[m.first].quote >= 0 {
			continue
		}
		if m.tfirst < d.first || m.end > d.end {
			return "" // a name outside the phrase may be the one meant
		}
		inside = true
	}
	if !inside {
		return "" // no name to mistake: the usual rules read it
	}
	return trimPossessive(d.desc)
}

// quotesIn reports whether sentence sent holds a quoted word.
func (an *analysis) quotesIn(sent int) bool {
	for k := an.sents[sent].first; k < an.sents[sent].end; k++ {
		if an.toks[k].quote >= 0 {
			return true
		}
	}
	return false
}

package extract

import (
	"strings"
)

// makeDescriptor turns the phrase toks[first:end] into a short descriptor,
// or returns an empty source when the phrase does not look like a source.
func (an *analysis) makeDescriptor(src source) source {
	toks := an.toks
	s, e := src.first, src.end
	for s < e && (toks[s].low == "a" || toks[s].low == "an" || toks[s].low == "the") {
		s++
	}
	// drop trailing adverbs: "a spokesman later"
	for e > s && (auxWords[toks[e-1].low] || calendarWords[toks[e-1].low]) {
		e--
	}
	if s >= e {
		return source{person: -1}
	}
	// "the order released Friday said": the noun before a participle
	for k := s + 1; k < e; k++ {
		if sourceNouns[toks[k-1].low] && documentParticiples[toks[k].low] {
			e = k
			break
		}
	}
	for k := s; k < e; k++ {
		if toks[k].upper && toks[k].low == "more" {
			// "Democrats open televised impeachment hearings MORE": a
			// pasted related-story card, not a source
			return source{person: -1}
		}
	}
	for k := s; k < e; k++ {
		if w := toks[k].low; w == "i" || w == "we" || w == "you" {
			return source{person: -1} // "Every day I hear people say"
		}
	}
	head := toks[e-1].low
	if degreeWords[head] {
		// "the members of more privileged groups": a phrase a degree word
		// ends was cut short
		return source{person: -1}
	}
	if sayForms[head] {
		// "remarks that some say suggest ...": a clause, not a source
		return source{person: -1}
	}
	hasCap := false
	for k := s; k < e; k++ {
		if toks[k].cap && !capStopWords[toks[k].low] {
			hasCap = true
		}
	}
	ok := sourceNouns[head]
	for k := s + 1; !ok && k+1 < e; k++ {
		// "the former secretary of state", "the chair of the DNC": an
		// office named after "of" ends the phrase
		if toks[k].low != "of" || !officeHeads[toks[k-1].low] {
			continue
		}
		j := k + 1
		if determiners[toks[j].low] {
			j++
		}
		caps := j < e
		for c := j; c < e; c++ {
			caps = caps && toks[c].cap
		}
		ok = caps || j == e-1 || j < e && determiners[toks[j-1].low] && an.plainOrgPhrase(j, e)
	}
	if !ok && head == "another" && (e-s == 1 || e-s == 2 && toks[s].low == "yet") {
		// `Another tweeted, "..."`, `"...," wrote yet another.`: one more
		// of the sources just quoted, standing alone
		ok, s = true, e-1
	}
	if !ok && toks[s].poss && toks[s].cap && an.midx[s] < 0 && e-s == 2 && plainNoun(&toks[e-1]) && strings.HasSuffix(head, "s") {
		// "State's reviewers had said": an organisation's people
		ok = true
		src.loose = true
	}
	if !ok && determiners[toks[src.first].low] && !determiners[head] && plainNoun(&toks[e-1]) && e-s <= 4 {
		// "the note says", "the 46-year-old said": any short noun phrase
		// with an article is a source of its own
		ok = true
		src.loose = true
	}
	// "Amnesty International", "Refugees International": "International"
	// after a capitalised word ends an organisation's name, no nationality
	orgInternational := head == "international" && e-s >= 2 && toks[e-2].cap && !capStopWords[toks[e-2].low]
	if !ok && toks[e-1].cap && placeWords[head] && an.orgOfPlace(s, e) {
		ok = true // "Democracy for America", "Bank of America": a place ends the organisation's name
	}
	if !ok && toks[e-1].cap && hasCap && !placeWords[head] && (!nationalityWords[head] || orgInternational) && !calendarWords[head] {
		ok = true // an organisation: "the Kremlin", "Fairleigh Dickinson University"
	}
	if !ok && toks[e-1].cap && s > src.first && toks[s-1].cap && toks[s-1].low == "the" && s-1 > an.sents[toks[s-1].sent].first {
		ok = true // "as The Hill pointed out": a capital The inside a sentence opens a name
		s--
	}
	if !ok && e-s == 1 && toks[src.first].low == "the" && (numberWords[head] || head == "both") && head != "many" && head != "few" {
		ok = true // "the two write": the people just named, together
	}
	if !ok && e-s == 2 && head == "percent" && (toks[s].kind == tkNum || numberWords[toks[s].low]) {
		ok = true // a poll's share of respondents: "63 percent said"
	}
	if !ok && e-s == 1 && toks[src.first].low == "the" && nationalityWords[head] && strings.HasSuffix(head, "s") {
		ok = true // a government or a people: "the Saudis state", "the Russians said"
	}
	if !ok {
		// "two sources familiar with the matter"
		for k := s; k < e; k++ {
			if (toks[k].low == "familiar" || toks[k].low == "close" || toks[k].low == "involved") && k > s && sourceNouns[toks[k-1].low] {
				ok = true // "a source involved in the group's creation"
			}
		}
	}
	if !ok {
		return source{person: -1}
	}
	src.desc = an.text[toks[s].s:toks[e-1].fe]
	src.desc = strings.Join(strings.Fields(src.desc), " ")
	return src
}

// orgOfPlace reports a phrase toks[s:e] of capitalised words whose last
// part, after "of" or "for", is a place ("Democracy for America", "Bank
// of America", "Citizens for a Better Ohio"): an organisation named for
// the place. The word before "of" or "for" must be a capitalised name
// word, no title or office ("Secretary of State", "President of France"
// are offices) and no place ("the Gulf of Mexico").
func (an *analysis) orgOfPlace(s, e int) bool {
	toks := an.toks
	if e-s < 3 || !toks[s].cap {
		return false
	}
	if s > 0 && toks[s-1].sent == toks[s].sent && (toks[s-1].kind == tkQuote || isTitleTok(&toks[s-1])) {
		return false // `Rep. Howard "Buck" Hale of Ohio`: a person's name the quoted nickname broke, no organisation
	}
	for k := s + 1; k < e-1; k++ {
		if toks[k].low != "of" && toks[k].low != "for" {
			continue
		}
		p := &toks[k-1]
		if p.kind != tkWord || !p.cap || capStopWords[p.low] || isTitleTok(p) || roleNouns[p.low] || officeHeads[p.low] || placeWords[p.low] || an.midx[k-1] >= 0 {
			return false
		}
		for c := s; c < k; c++ {
			if toks[c].kind != tkWord || !toks[c].cap {
				return false
			}
		}
		for c := k + 1; c < e; c++ {
			if toks[c].kind != tkWord || !toks[c].cap && !capStopWords[toks[c].low] {
				return false
			}
		}
		return true
	}
	return false
}

// plainOrgPhrase reports whether toks[s:e] is a short lower-case phrase
// for an organisation that a role's "of" names ("the chief executive of
// a leading European car maker", "a senior official of a major bank"):
// at most five words, the last an organisation noun.
func (an *analysis) plainOrgPhrase(s, e int) bool {
	if e-s > 5 {
		return false
	}
	for k := s; k < e; k++ {
		if t := &an.toks[k]; t.kind != tkWord || t.quote >= 0 || k == e-1 && t.cap {
			return false
		}
	}
	head := an.toks[e-1].low
	return orgNouns[head] || head == "maker" || head == "producer"
}

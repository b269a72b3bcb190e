package extract

import (
	"strings"
)

// source is who a cue attributes words to: a person, a pronoun still to
// resolve, or a descriptor of an unnamed or organisational source.
type source struct {
	person  int    // index into people, or -1
	pronoun string // "he", "she", "they" before resolution
	desc    string // "White House official"
	first   int    // token span of the source phrase
	end     int
	loose   bool // a descriptor accepted only for its article ("the note")
}

func (s source) empty() bool { return s.person < 0 && s.pronoun == "" && s.desc == "" }

// cue is a speech verb outside quotes with its source.
type cue struct {
	tok      int // the verb ("said"), or "according" of "according to"
	lemma    string
	inverted bool // the source follows the verb: `"...," said X`
	src      source
}

// attribution says who spoke one quote and how it was found.
type attribution struct {
	cue     int    // index into cues, or -1
	person  int    // resolved person or -1
	speaker string // canonical name, descriptor or ""
	how     string // "cue", "next", "colon", "continue", ""
	drop    bool   // not a quote: a title, scare quote or nickname
	kind    string
}

// mentionAt maps a token to the mention whose name covers it.
func (an *analysis) mentionIndex() []int32 {
	idx := make([]int32, len(an.toks))
	for i := range idx {
		idx[i] = -1
	}
	for mi, m := range an.mentions {
		for k := m.tfirst; k < m.end; k++ {
			idx[k] = int32(mi)
		}
	}
	return idx
}

// findCues records every speech verb outside quotes and reads its source.
func (an *analysis) findCues() {
	toks := an.toks
	an.midx = an.mentionIndex()
	midx := an.midx
	for i := range toks {
		t := &toks[i]
		if t.low == ":" && t.quote < 0 && i > 0 && i+1 < len(toks) && toks[i+1].kind == tkQuote && toks[i+1].open {
			// `Clinton: "..."`
			_, verb := speechVerbs[toks[i-1].low]
			if n := len(an.cues); n > 0 && toks[an.cues[n-1].tok].sent == t.sent {
				verb = true // `X told CNN: "..."` has its cue already
			}
			if !verb {
				sf := an.sents[t.sent].first
				if src := an.sourceBefore(i, sf, midx); (src.person >= 0 || src.desc != "") && clauseStart(toks, src.first, sf) {
					an.cues = append(an.cues, cue{tok: i, lemma: "say", src: src})
				}
			}
			continue
		}
		if t.kind != tkWord || t.quote >= 0 {
			continue
		}
		lem, ok := speechVerbs[t.low]
		if !ok {
			continue
		}
		s := an.sents[t.sent]
		if t.cap && i != s.first && !(i == s.first+1 && toks[s.first].kind != tkWord) && !an.capitalisedCue(i) {
			continue // "United States", "Said Khan"
		}
		if lem != "according" && i > s.first && (toks[i-1].poss || nounDeterminers[toks[i-1].low]) {
			continue // "Sessions' claim", "his remarks": a noun, not a verb
		}
		if t.low == lem && i-2 >= s.first && (toks[i-2].low == "a" || toks[i-2].low == "an" || toks[i-2].poss) && modifierWord(&toks[i-1]) {
			continue // "a snappy retort", "a declarative answer": no singular subject takes the bare verb
		}
		if lem == "put" && (i+1 >= len(toks) || toks[i+1].low != "it") {
			continue // "as X put it" is speech, "put the blame" is not
		}
		if lem == "agree" && !(i > s.first && toks[i-1].kind == tkQuote && !toks[i-1].open) {
			continue // only `"...," agrees X` credits words; "X agreed to" does not
		}
		if lem == "continue" && i+1 < len(toks) && toks[i+1].low == "to" {
			continue // "will continue to be": an aspect verb, not speech
		}
		if i > s.first && (toks[i-1].low == "not" || toks[i-1].low == "never" || strings.HasSuffix(toks[i-1].low, "n't") || strings.HasSuffix(toks[i-1].low, "n’t")) {
			continue // "Trump did not respond in kind"
		}
		if an.nounAfterModifiers(i, s.first) {
			continue // "Podliska's most explosive claim", "the "disheartened" state"
		}
		if an.nounAfterOf(i, s.first) {
			continue // "32% of Republican claims", "a flurry of late-night tweets"
		}
		if an.hypothetical(i, s.first) {
			continue // "the platform should reiterate": nobody has said it
		}
		if i-1 > s.first && toks[i-1].low == "to" && refusalWords[toks[i-2].low] {
			continue // "the president's refusal to call it "...": words not said
		}
		c := cue{tok: i, lemma: lem}
		if i > s.first && passiveAux[toks[i-1].low] && strings.HasSuffix(t.low, "ed") {
			// "Hall was asked by moderator Anna Ruiz whether ...", "the
			// festival was criticised for "waste" by campaigners": the agent
			// spoke; a passive with no agent names no speaker
			by := an.agentBy(i+1, s.end)
			if by < 0 && lem == "quote" && an.asSaying(i+1, s.end) && i-1 > s.first {
				// `"...," Zuckerberg is quoted as saying`: the subject spoke
				c.src = an.subjectOf(s.first, i-1)
				if !c.src.empty() {
					an.cues = append(an.cues, c)
				}
				continue
			}
			if by < 0 {
				continue
			}
			if lem == "quote" && an.asSaying(by+1, s.end) {
				// "X was quoted by Kyodo as saying": the agent reports, the
				// subject spoke (the participle is the cue)
				continue
			}
			c.inverted = true
			c.src = an.sourceAfter(by+1, s.end, midx)
		} else if lem == "according" {
			if i+1 >= len(toks) || toks[i+1].low != "to" {
				continue
			}
			c.inverted = true
			c.src = an.sourceAfter(i+2, s.end, midx)
		} else {
			// "The statement quoted X as saying, "..."": a cue however far
			if weakCues[lem] && !an.nearQuote(i) && !an.asClause(i) && !(lem == "quote" && !an.quotedAs(i+1, s.end).empty()) {
				continue
			}
			if thoughtVerbs[lem] && an.speechVerbBefore(i) {
				continue // `Law said, noting that donors feel "..."`: Law's words
			}
			// a participle never inverts: in `as "fantastic," telling
			// reporters` the reporters are told
			afterQuote := i > s.first && toks[i-1].kind == tkQuote && !toks[i-1].open
			if strings.HasSuffix(t.low, "ing") && i > s.first && (toks[i-1].low == "," || afterQuote || toks[i-1].low == "before" || toks[i-1].low == "after" || toks[i-1].low == "while" || toks[i-1].low == "by") {
				// `Warren endorsed Clinton, saying "..."`: the clause's subject;
				// `..., Spicer said, adding "..."`: the cue's source before
				if n := len(an.cues); n > 0 && toks[i-1].low == "," && (an.cues[n-1].tok == i-2 || an.cues[n-1].src.end == i-1 && an.cues[n-1].inverted) {
					c.src = an.cues[n-1].src
				} else {
					c.src = an.subjectOf(s.first, i)
				}
			} else if an.invertedAt(i) {
				c.inverted = true
				c.src = an.sourceAfter(i+1, s.end, midx)
				if !c.src.empty() && an.modalIn(c.src.first, min(c.src.end+1, s.end)) {
					// `X, citing "...," said the candidate could win`: the
					// phrase is the subject of the reported clause
					c.inverted = false
					c.src = an.subjectOf(s.first, i)
				}
			} else {
				c.src = an.sourceBefore(i, s.first, midx)
				if strings.HasSuffix(t.low, "ing") && (c.src.loose && !clauseStart(toks, c.src.first, s.first) || c.src.desc != "" && c.src.first > s.first && phrasePreps[toks[c.src.first-1].low] && !an.absoluteWith(c.src.first, s.first) || c.src.person >= 0 && c.src.first > s.first && an.objectAt(c.src.first) && toks[c.src.first-1].low != "of" && toks[c.src.first-1].low != "with") {
					// "Ames opened the forum saying", "Ames voiced some worry,
					// telling", "Ames wrote to Gov. Hall asking": a participle
					// after a verb's object is the clause subject's, not the
					// object's; "footage of Hall asking", "with Hall noting"
					// make Hall the participle's subject
					if sub := an.subjectOf(s.first, c.src.first); !sub.empty() {
						c.src = sub
					}
				}
				if c.src.empty() && (i == s.first || toks[i-1].kind == tkQuote || toks[i-1].low == ",") {
					c.src = an.sourceAfter(i+1, s.end, midx)
					c.inverted = !c.src.empty()
				}
			}
		}
		if strings.HasSuffix(t.low, "ing") && c.src.desc != "" && !c.inverted && issuedNouns[strings.ToLower(lastWord(c.src.desc))] && c.src.first > s.first {
			// "Trump and Ryan issued a statement describing ...": the
			// subject of the clause that issued the document
			if p := toks[c.src.first-1]; p.kind == tkWord && !p.cap && !descBackStop[p.low] {
				if sub := an.subjectOf(s.first, c.src.first); !sub.empty() {
					c.src = sub
				} else if sub := an.issuerPhrase(s.first, c.src.first); !sub.empty() {
					c.src = sub
				}
			}
		}
		if lem == "quote" && !c.inverted {
			// "Kyodo quoted him as telling reporters": the one quoted spoke
			if src := an.quotedAs(i+1, s.end); !src.empty() {
				c.src = src
			}
		}
		if c.src.empty() || c.src.loose && weakCues[lem] {
			continue // "the channel offered the 'cheapest form'" is no speech
		}
		an.cues = append(an.cues, c)
	}
}

// absoluteWith reports whether the source phrase at toks[k] follows ",
// with": it opens an absolute clause whose participle it is the subject
// of (`..., with the American Federation of Teachers calling her "..."`).
func (an *analysis) absoluteWith(k, first int) bool {
	if k-2 < first || an.toks[k-1].low != "with" || an.toks[k-2].low != "," {
		return false
	}
	// "with the president saying": a title stands for the person the
	// clause's subject names, which the subject scan finds
	for j := k; j < len(an.toks) && j < k+4 && an.toks[j].kind == tkWord; j++ {
		if _, title := titleWords[an.toks[j].low]; title && !an.toks[j].cap {
			return false
		}
	}
	return true
}

// nounAfterModifiers reports whether the bare speech word at toks[i] is a
// noun: after a/an or a possessive and up to three modifiers ("Podliska's
// most explosive claim", "a sharp, quick retort"), or after a quoted
// modifier that follows a determiner (`the "disheartened" state`).
func (an *analysis) nounAfterModifiers(i, first int) bool {
	toks := an.toks
	if toks[i].low != speechVerbs[toks[i].low] || i-1 <= first {
		return false
	}
	if p := &toks[i-1]; p.kind == tkQuote && !p.open {
		o := i - 2
		for o > first && o > i-10 && !(toks[o].kind == tkQuote && toks[o].open) {
			o--
		}
		return o > first && toks[o].kind == tkQuote && toks[o].open && (nounDeterminers[toks[o-1].low] || toks[o-1].poss)
	}
	k := i - 1
	for k > first && k >= i-3 && (modifierWord(&toks[k]) || degreeWords[toks[k].low]) {
		k--
	}
	return k < i-2 && (toks[k].low == "a" || toks[k].low == "an" || toks[k].poss)
}

// degreeWords grade an adjective before a noun ("most explosive").
var degreeWords = set("most", "more", "very", "least", "less", "so")

// nounAfterOf reports whether the plural speech word at toks[i] is a
// noun: "of" (or a possessive or a number) before it, past at most two
// modifiers that are no person's name ("of Republican claims", "a flurry
// of late-night tweets", "two lengthy investigative reports"). No verb
// follows "of".
func (an *analysis) nounAfterOf(i, first int) bool {
	toks := an.toks
	lem := speechVerbs[toks[i].low]
	if toks[i].low != lem+"s" && toks[i].low != lem+"es" {
		return false
	}
	for k := i - 1; k >= first && k >= i-3; k-- {
		t := &toks[k]
		if k < i-1 && (t.poss && an.midx[k] < 0 || numberWords[t.low]) || t.low == "of" {
			return true
		}
		if t.kind != tkWord || t.quote >= 0 || an.midx[k] >= 0 || auxWords[t.low] || descBackStop[t.low] || nounDeterminers[t.low] {
			return false
		}
		if !t.cap && !strings.Contains(t.low, "-") && !adjectiveShaped(t) {
			return false
		}
	}
	return false
}

// adjectiveShaped reports whether a lower-case word has an adjective's
// ending ("lengthy", "investigative").
func adjectiveShaped(t *token) bool {
	for _, suf := range adjectiveEndings {
		if strings.HasSuffix(t.low, suf) && len(t.low) > len(suf)+2 {
			return true
		}
	}
	return false
}

var adjectiveEndings = []string{"ive", "ous", "ful", "less", "ic", "able", "ible", "thy", "ish"}

var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "few", "numerous", "multiple")

// hypothetical reports whether a modal of obligation or possibility
// ("should", "must", "might", "could", "may", "can") stands before the verb
// at toks[i], past "not" or "never": such a verb reports no words spoken.
func (an *analysis) hypothetical(i, first int) bool {
	k := i - 1
	if k > first && (an.toks[k].low == "not" || an.toks[k].low == "never") {
		k--
	}
	return k >= first && hypotheticalModals[an.toks[k].low]
}

// refusalWords before "to" and a speech verb deny that the words were
// said ("refused to say the words", "his refusal to use the term").
var refusalWords = set("refuse", "refuses", "refused", "refusing", "refusal", "decline", "declines",
	"declined", "declining", "fail", "fails", "failed", "failing", "failure", "unwilling", "reluctant",
	"reluctance", "hesitant")

var hypotheticalModals = set("should", "must", "might", "could", "may", "can", "cannot")

// quotedAs reads the object of an active "quoted" that "as" and a
// speech verb's -ing form follow: a person named at toks[k], or him/her
// as a pronoun source; empty otherwise.
func (an *analysis) quotedAs(k, end int) source {
	toks := an.toks
	none := source{person: -1}
	if k >= end {
		return none
	}
	src, next := none, k+1
	switch toks[k].low {
	case "him":
		src = source{person: -1, pronoun: "he", first: k, end: k + 1}
	case "her":
		src = source{person: -1, pronoun: "she", first: k, end: k + 1}
	default:
		mi := an.midx[k]
		if mi < 0 || an.mentions[mi].tfirst != k || toks[an.mentions[mi].end-1].poss {
			return none
		}
		m := an.mentions[mi]
		src, next = source{person: m.person, first: m.tfirst, end: m.end}, m.end
	}
	if next+1 >= end || toks[next].low != "as" {
		return none
	}
	if _, verb := speechVerbs[toks[next+1].low]; !verb || !strings.HasSuffix(toks[next+1].low, "ing") {
		return none
	}
	return src
}

// asSaying reports whether "as" and a speech verb's -ing form follow in
// toks[k:end], within a dozen tokens ("quoted by Kyodo News Service as
// saying").
func (an *analysis) asSaying(k, end int) bool {
	toks := an.toks
	for j := k; j+1 < end && j < k+12; j++ {
		if toks[j].quote >= 0 {
			return false
		}
		if toks[j].low == "as" {
			_, verb := speechVerbs[toks[j+1].low]
			return verb && strings.HasSuffix(toks[j+1].low, "ing")
		}
	}
	return false
}

// agentBy finds the "by" that introduces the agent of a passive verb in
// toks[k:end], within a dozen tokens and past at most one quote, or -1.
func (an *analysis) agentBy(k, end int) int {
	toks := an.toks
	quoted := false
	for j := k; j < end && j < k+14; j++ {
		if toks[j].low == "by" && toks[j].quote < 0 {
			return j
		}
		if toks[j].kind == tkQuote && toks[j].open {
			// `criticised for "sleaze" by`: the quote is the verb's
			// complement; `reported in a "hit piece" by` is not
			if quoted || j-k > 2 {
				return -1
			}
			for b := k; b < j; b++ {
				if !complementWords[toks[b].low] {
					return -1
				}
			}
			quoted = true
		}
		if toks[j].quote < 0 && (toks[j].low == "." || toks[j].low == ";") {
			break
		}
	}
	return -1
}

// complementWords may stand between a passive verb and the quote it
// takes ("described as", "criticised for").
var complementWords = set("for", "as", "a", "an", "being")

// thoughtVerbs report a state of mind rather than words; inside a clause
// that a speech verb reports they are no cue of their own.
var thoughtVerbs = set("feel", "believe", "think", "hope", "worry", "wonder")

// speechVerbBefore reports whether a lower-case speech verb outside
// quotes comes before toks[i] in its sentence: a weak verb after it sits
// in the clause the first one reports ("He added that he would advise
// him that ...").
func (an *analysis) speechVerbBefore(i int) bool {
	toks := an.toks
	for k := an.sents[toks[i].sent].first; k < i; k++ {
		if _, verb := speechVerbs[toks[k].low]; verb && toks[k].kind == tkWord && !toks[k].cap && toks[k].quote < 0 {
			return true
		}
	}
	return false
}

// modifierWord reports whether t can be an adjective between an article
// and a noun: a lower-case word that is no plural, auxiliary, pronoun or
// function word.
func modifierWord(t *token) bool {
	return t.kind == tkWord && !t.cap && t.quote < 0 && !strings.HasSuffix(t.low, "s") && !auxWords[t.low] &&
		!pronounWords[t.low] && !descBackStop[t.low] && !modalWords[t.low]
}

// sayObjects stand between "had" and "to say" ("had this to say").
var sayObjects = set("this", "that", "something", "plenty", "much", "little", "nothing", "more", "lots")

// onVerbs take "on to" before a speech verb ("goes on to say").
var onVerbs = set("go", "goes", "went", "going", "gone")

// passiveAux before a participle and "by" make the verb passive.
var passiveAux = set("was", "were", "been", "being", "is", "are", "be", "get", "got")

// documentParticiples follow a document named as a source ("the report
// released Friday").
var documentParticiples = set("released", "issued", "published", "obtained", "filed", "posted", "sent", "signed", "written", "unveiled")

// receivedParticiples take as agent the one who got a document, not its
// author ("a letter obtained by The Associated Press"); "released by",
// "written by" name the author.
var receivedParticiples = set("obtained", "received", "reviewed", "seen")

// nounDeterminers before a speech word make it a noun ("the call", "her
// remarks").
var nounDeterminers = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "whose")

// nearQuote reports whether a quote opens shortly after toks[i] or closes
// just before it, in the same sentence.
func (an *analysis) nearQuote(i int) bool {
	toks := an.toks
	for k := i + 1; k < len(toks) && k <= i+6 && toks[k].sent == toks[i].sent; k++ {
		if toks[k].kind == tkQuote && toks[k].open || toks[k].low == ":" {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].sent == toks[i].sent; k-- {
		if toks[k].kind == tkQuote && !toks[k].open {
			return true
		}
	}
	// `"...," the New York Times reported Monday`: a capitalised name
	// of any length between the closing mark and the verb
	if k := i - 1; k >= 0 && toks[k].cap && toks[k].kind == tkWord {
		for k >= 0 && k >= i-8 && toks[k].sent == toks[i].sent && toks[k].kind == tkWord && toks[k].cap && toks[k].quote < 0 {
			k--
		}
		if k >= 0 && toks[k].low == "the" {
			k--
		}
		if k >= 0 && toks[k].sent == toks[i].sent && toks[k].kind == tkQuote && !toks[k].open {
			// only for a quote that opens its sentence, the words the name
			// reports; a fragment inside X's reported speech stays X's
			// (`X said ... "a lot longer," the Los Angeles Times reported`)
			o := k - 1
			for o >= 0 && toks[o].quote >= 0 {
				o--
			}
			if o >= 0 && toks[o].kind == tkQuote && toks[o].open && o == an.sents[toks[o].sent].first {
				return true
			}
		}
	}
	// `"describe the ground under the city as "Swiss cheese"`: a longer
	// object before "as" and the quote
	for k := i + 1; k < len(toks) && k <= i+10 && toks[k].sent == toks[i].sent && toks[k].quote < 0; k++ {
		if toks[k].kind == tkQuote {
			if toks[k].open && toks[k-1].low == "as" {
				return true
			}
			break
		}
	}
	// "The FBI concluded this month that Clinton had been "extremely
	// careless"": a "that" clause that holds the quote reports the words
	for k, n := i+1, 0; k < len(toks) && n < 4 && toks[k].sent == toks[i].sent && toks[k].quote < 0 && (toks[k].kind == tkWord || an.midx[k] >= 0); k, n = k+1, n+1 {
		if mi := an.midx[k]; mi >= 0 {
			// "promised Mr. Weiner that": a name counts as one word
			k = max(k, an.mentions[mi].end-1)
			continue
		}
		if toks[k].low != "that" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+12 && toks[j].sent == toks[i].sent; j++ {
			if toks[j].kind == tkQuote {
				if toks[j].open && !an.speechVerbBefore(i) {
					return true
				}
				break
			}
			if _, verb := speechVerbs[toks[j].low]; verb {
				break // the quote is another verb's
			}
		}
		break
	}
	// `"...!" a welcome message on the website reads.`: a longer subject
	// phrase of plain words between the quote and a clause-final verb
	if n := i + 1; n < len(toks) && (toks[n].low == "." || toks[n].low == ",") {
		for k := i - 1; k >= 0 && k >= i-9 && toks[k].sent == toks[i].sent; k-- {
			if toks[k].kind == tkQuote {
				if !toks[k].open {
					return true
				}
				break
			}
			if toks[k].kind != tkWord && toks[k].kind != tkNum {
				break
			}
		}
	}
	// `"...," former campaign manager Steve Bannon testified`: a quote,
	// then only a named person's title phrase and name before the verb
	if i == 0 {
		return false
	}
	if mi := an.midx[i-1]; mi >= 0 && an.mentions[mi].end == i {
		for k := an.mentions[mi].tfirst - 1; k >= 0 && k >= i-12 && toks[k].sent == toks[i].sent; k-- {
			if toks[k].kind == tkQuote && !toks[k].open {
				return true
			}
			if toks[k].kind != tkWord && toks[k].low != "," || descBackStop[toks[k].low] {
				return false
			}
		}
	}
	return false
}

// invertedAt reports whether the verb at i directly follows a closing
// quotation mark (`"...," said X`) or opens the sentence (`Said X: "..."`).
func (an *analysis) invertedAt(i int) bool {
	toks := an.toks
	s := an.sents[toks[i].sent]
	k := i - 1
	for k >= s.first && (toks[k].low == "," || toks[k].low == "—" || toks[k].low == "–" || toks[k].low == "-") {
		k--
	}
	if k < s.first {
		return true
	}
	return toks[k].kind == tkQuote && !toks[k].open
}

var pronouns = map[string]string{"he": "he", "she": "she", "they": "they", "we": "they", "i": "", "it": "it"}

// sourceAfter reads the source phrase that starts at toks[k] (after an
// inverted verb or "according to").
func (an *analysis) sourceAfter(k, end int, midx []int32) source {
	toks := an.toks
	src := source{person: -1, first: k, end: k}
	if k >= end {
		return src
	}
	if p, ok := pronouns[toks[k].low]; ok && toks[k].quote < 0 {
		if p == "" || p == "it" {
			return src
		}
		src.pronoun, src.end = p, k+1
		return src
	}
	// a person named within the next few words, with only words before
	for j := k; j < end && j < k+8; j++ {
		t := &toks[j]
		if t.kind == tkQuote || t.quote >= 0 {
			break
		}
		if mi := midx[j]; mi >= 0 {
			m := an.mentions[mi]
			if toks[m.end-1].poss {
				// "exhorted Clinton's introducer, actress Jamie Lee
				// Curtis": the name in apposition to the possessed noun
				if r := an.appositiveName(m.end, end, midx); r >= 0 {
					m = an.mentions[r]
					return source{person: m.person, first: m.tfirst, end: m.end}
				}
			}
			// "Sessions spokeswoman Sarah Isgur Flores": the later name
			if n := m.end; n+1 < end && toks[m.end-1].kind == tkWord && !toks[n].cap && toks[n].kind == tkWord {
				if toks[m.end-1].poss {
					// "Clinton's top foreign policy aide Jake Sullivan": modifiers
					// before the role noun
					for r := n; r < end-1 && r < n+4 && toks[r].kind == tkWord && !toks[r].cap && toks[r].quote < 0; r++ {
						if _, role := titleWords[toks[r].low]; role || sourceNouns[toks[r].low] {
							if midx[r+1] >= 0 {
								n = r
							}
							break
						}
					}
				}
				if _, role := titleWords[toks[n].low]; role || sourceNouns[toks[n].low] {
					for j2 := n + 1; j2 < end && j2 <= n+3; j2++ {
						if mj := midx[j2]; mj >= 0 {
							m = an.mentions[mj]
							break
						}
						if toks[j2].kind != tkWord {
							break
						}
					}
					if m.first < n {
						// no later name: "Trump's lawyers" is a descriptor
						return an.descriptorAfter(k, end)
					}
				}
			}
			src.person, src.first, src.end = m.person, j, m.end
			return src
		}
		if t.kind != tkWord && !(t.kind == tkNum && j > k) || t.low == "who" || t.low == "that" || t.low == "in" || t.low == "on" || t.low == "about" {
			break // a year may stand in the phrase: "a 2013 study by X"
		}
		if (t.low == "with" || t.low == "to") && j > k && linkWords[toks[j-1].low] {
			break // "a fundraiser aligned with Rubio": Rubio is not the source
		}
		if t.low == "of" && j > k && (toks[j-1].low == "republican" || toks[j-1].low == "democrat") {
			break // "said an Iowa Republican of Rubio": the topic
		}
	}
	d := an.descriptorAfter(k, end)
	// "said another leading advocate, Andrew J. Pincus of Mayer Brown":
	// the name after the phrase, whatever noun heads the phrase
	e := k
	for e < end && e < k+8 && toks[e].kind == tkWord && toks[e].quote < 0 && !descStop[toks[e].low] {
		e++
	}
	if e > k && e+1 < end && toks[e].low == "," {
		if mi := midx[e+1]; mi >= 0 && an.mentions[mi].tfirst == e+1 {
			m := an.mentions[mi]
			return source{person: m.person, first: m.tfirst, end: m.end}
		}
	}
	return d
}

// appositiveName returns the mention that follows a short lower-case
// noun phrase at toks[k], a comma and at most three lower-case words
// ("introducer, actress Jamie Lee Curtis"), or -1.
func (an *analysis) appositiveName(k, end int, midx []int32) int {
	toks := an.toks
	j := k
	for j < end && j < k+4 && toks[j].kind == tkWord && !toks[j].cap && toks[j].quote < 0 {
		j++
	}
	if j == k || j+1 >= end || toks[j].low != "," {
		return -1
	}
	for n := j + 1; n < end && n <= j+4; n++ {
		if mi := midx[n]; mi >= 0 && an.mentions[mi].tfirst == n {
			return int(mi)
		}
		if toks[n].kind != tkWord || toks[n].cap || toks[n].quote >= 0 {
			return -1
		}
	}
	return -1
}

// descStop ends a descriptor phrase read forwards.
var descStop = set("who", "which", "that", "in", "on", "at", "to", "during", "after", "before",
	"when", "while", "because", "and", "but", "as", "by", "about", "said", "told", "says", "adding",
	"if", "since", "than", "from", "last", "this", "earlier", "later", "afterward", "recently",
	"yesterday", "today", "tonight", "thursday", "monday", "tuesday", "wednesday", "friday",
	"saturday", "sunday", "has", "have", "had", "was", "is", "were", "are", "would", "will",
	"released", "published", "conducted", "taken", "obtained", "seen", "posted", "sent", "issued")

func (an *analysis) descriptorAfter(k, end int) source {
	toks := an.toks
	src := source{person: -1, first: k, end: k}
	j := k
	for j < end && j < k+8 {
		t := &toks[j]
		if t.kind != tkWord && t.kind != tkNum || t.quote >= 0 {
			break
		}
		linked := j > k && (t.low == "with" && toks[j-1].low == "familiar" || t.low == "to" && toks[j-1].low == "close" || t.low == "in" && toks[j-1].low == "involved" || t.low == "as" && toks[j-1].low == "known")
		if descStop[t.low] && !linked {
			if j == k {
				return source{person: -1}
			}
			break
		}
		if linked {
			// "two sources familiar with the matter", "a source close to
			// the campaign", "the base chief known as Bob"
			j++
			for j < end && j < k+12 && toks[j].kind == tkWord && !descStop[toks[j].low] {
				j++
			}
			break
		}
		if (t.low == "of" || t.low == "for") && j > k {
			break
		}
		j++
		if t.poss && j < end && toks[j].kind != tkWord {
			break
		}
	}
	src.end = j
	return an.makeDescriptor(src)
}

// descBackStop ends a descriptor phrase read backwards from the verb.
var descBackStop = set("that", "and", "but", "because", "when", "while", "as", "after", "before",
	"if", "since", "though", "although", "of", "for", "with", "in", "on", "at", "to", "by", "from",
	"about", "said", "says", "told", "where", "so", "than", "whom", "who", "which", "what", "also",
	"until", "unless")

// sourceBefore reads the subject of the verb at toks[v]: the nearest name,
// pronoun or noun phrase before it, skipping auxiliaries and an
// appositive between commas.
func (an *analysis) sourceBefore(v, first int, midx []int32) source {
	toks := an.toks
	src := source{person: -1}
	k := v - 1
	if k >= first {
		if pi := an.bareSurname(k); pi >= 0 {
			// "Will described Trump as": a known person's surname that the
			// people layer keeps out of names as a common word
			return source{person: pi, first: k, end: k + 1}
		}
	}
	for n := 0; k >= first && n < 4 && auxWords[toks[k].low] && toks[k].kind == tkWord; n++ {
		k--
	}
	// "The email goes on to say:", "he went on to write": the subject of
	// the verb before "to"
	if k-1 > first && toks[k].low == "to" && (toks[k-1].low == "on" && k-2 > first && onVerbs[toks[k-2].low]) {
		k -= 3
	}
	// "The study had this to say:": the subject of "had"
	if k-2 > first && toks[k].low == "to" && sayObjects[toks[k-1].low] && (toks[k-2].low == "had" || toks[k-2].low == "has" || toks[k-2].low == "have") {
		k -= 3
	}
	// "a reporter can be heard asking": the subject before a passive
	// verb group of perception
	if k-2 >= first && (toks[k].low == "heard" || toks[k].low == "seen") && (toks[k-1].low == "be" || toks[k-1].low == "been" || toks[k-1].low == "is" || toks[k-1].low == "was") {
		k -= 2
		for n := 0; k >= first && n < 3 && (auxWords[toks[k].low] || modalWords[toks[k].low]) && toks[k].kind == tkWord; n++ {
			k--
		}
	}
	if k < first {
		return src
	}
	// "X confirmed the meetings, but said": the clause's subject
	if toks[k].low == "and" || toks[k].low == "but" {
		return an.subjectOf(first, k)
	}
	if toks[k].low == "," {
		// X, who ..., said / X, R-Calif., said / A strategist, John Weaver, said:
		// walk back over up to four comma-separated segments to a name
		comma := k
		fallback := -1
		// "Sen. John McCain (R-Ariz.), said"
		if p := comma - 1; p > first && toks[p].low == ")" {
			for p > first && p > comma-8 && toks[p].low != "(" {
				p--
			}
			if toks[p].low == "(" {
				if mi := midx[p-1]; mi >= 0 && an.mentions[mi].end == p {
					m := an.mentions[mi]
					return source{person: m.person, first: m.tfirst, end: m.end}
				}
			}
		}
		for seg := 0; seg < 4; seg++ {
			j := comma - 1
			for j >= first && j > comma-30 && toks[j].low != "," && toks[j].kind != tkQuote && toks[j].quote < 0 {
				j--
				// `Hemsley, the co-author of "Going Viral," about ..., said`:
				// a short quoted title inside the appositive is part of it
				if j > first && j < comma-1 && toks[j].kind == tkQuote && !toks[j].open {
					o := j - 1
					for o > first && o > j-9 && !(toks[o].kind == tkQuote && toks[o].open) {
						o--
					}
					if toks[o].kind == tkQuote && toks[o].open && o > first {
						j = o - 1
					}
				}
			}
			// the segment itself is a name: "A top strategist, John Weaver, said"
			if comma-1 > j && seg == 0 {
				if mi := midx[comma-1]; mi >= 0 && an.mentions[mi].end == comma && an.mentions[mi].tfirst == j+1 {
					m := an.mentions[mi]
					return source{person: m.person, first: m.tfirst, end: m.end}
				}
			}
			if j < first || toks[j].low != "," {
				break
			}
			b := j - 1
			if b >= first && toks[b].low == ")" {
				for b > first && toks[b].low != "(" {
					b--
				}
				b--
			}
			b = skipSuffix(toks, b, first)
			if b < first {
				break
			}
			if mi := midx[b]; mi >= 0 && an.mentions[mi].end == b+1 && !an.objectAt(an.mentions[mi].tfirst) {
				k = b
				fallback = -1
				break
			}
			if _, ok := pronouns[toks[b].low]; ok {
				k = b
				fallback = -1
				break
			}
			if fallback < 0 {
				fallback = b
			}
			comma = j
		}
		if fallback >= 0 {
			k = fallback
		} else if toks[k].low == "," {
			return src
		}
	}
	// "Sen. Brian Schatz (D-Hawaii) called it"
	if toks[k].low == ")" && k > first {
		j := k - 1
		for j > first && j > k-8 && toks[j].low != "(" {
			j--
		}
		if toks[j].low == "(" && j > first {
			k = j - 1
		}
	}
	// "a White House official, who called it": the phrase before "who"
	if toks[k].low == "who" && k-2 >= first && toks[k-1].low == "," {
		k -= 2
	}
	t := &toks[k]
	if t.kind == tkQuote || t.quote >= 0 {
		return src
	}
	if mi := midx[k]; mi >= 0 && an.mentions[mi].end == k+1 {
		m := an.mentions[mi]
		if an.objectAt(m.tfirst) && m.tfirst > first && toks[m.tfirst-1].low != "of" && toks[m.tfirst-1].low != "with" {
			// "Gary Byrne, a former agent for President Bill Clinton has
			// written": the object of a preposition is no subject; the
			// person whose appositive holds it is ("with Hall noting", "of
			// Hall saying" make Hall the participle's subject)
			if sub := an.subjectOf(first, m.tfirst); sub.person >= 0 && sub.person != m.person && sub.end < m.tfirst && toks[sub.end].low == "," {
				return sub
			}
		}
		src.person, src.first, src.end = m.person, m.tfirst, m.end
		return src
	}
	if p, ok := pronouns[t.low]; ok {
		if p == "" || p == "it" {
			return src
		}
		src.pronoun, src.first, src.end = p, k, k+1
		return src
	}
	if t.kind != tkWord {
		return src
	}

	// "a White House official who spoke anonymously to discuss strategy
	// said": the phrase before a relative clause with no commas
	for w := k - 1; w > first && w >= k-12; w-- {
		tw := &toks[w]
		if tw.kind != tkWord || tw.quote >= 0 {
			break
		}
		if tw.low == "who" {
			if r := an.sourceBefore(w, first, midx); (r.person >= 0 || r.desc != "") && !r.loose {
				return r
			}
			break
		}
	}
	// a noun phrase ending at k
	j := k
	for j > first && j > k-7 {
		p := &toks[j-1]
		if p.low == "and" && j < k {
			// "the Florida senator and Republican presidential candidate
			// said": two roles of one source
			if b := an.roleBeforeAnd(j-1, first); b >= 0 {
				j = b
				break
			}
		}
		if p.kind != tkWord && p.kind != tkNum || p.quote >= 0 || descBackStop[p.low] {
			break
		}
		if _, verb := speechVerbs[p.low]; verb && !p.cap {
			break
		}
		j--
		if determiners[p.low] {
			break
		}
	}
	// "two sources familiar with the matter said", "a person close to the
	// campaign said": the phrase runs back over the link to its head
	if j-3 >= first && (toks[j-1].low == "with" && toks[j-2].low == "familiar" || toks[j-1].low == "to" && toks[j-2].low == "close" || toks[j-1].low == "in" && toks[j-2].low == "involved") {
		if h := &toks[j-3]; h.kind == tkWord && (!h.cap || j-3 == first) && (sourceNouns[h.low] || plainNoun(h) || j-3 == first) {
			b := j - 3
			for b > first && b > j-7 && toks[b-1].kind == tkWord && toks[b-1].quote < 0 && !descBackStop[toks[b-1].low] {
				b--
				if determiners[toks[b].low] {
					break
				}
			}
			if d := an.makeDescriptor(source{person: -1, first: b, end: k + 1}); !d.empty() {
				return d
			}
		}
	}
	// "a spokeswoman for MTV said": the role, and the person the article
	// names with that role for that organisation ("MTV spokeswoman Jeannie
	// Kedas"), wherever it does
	if j-2 >= first && (toks[j-1].low == "for" || toks[j-1].low == "of") && (toks[j].cap || determiners[toks[j].low]) && roleNouns[toks[j-2].low] || j-2 >= first && toks[j-1].low == "of" && (toks[j].cap || determiners[toks[j].low] || j == k) && officeHeads[toks[j-2].low] {
		org := strings.ToLower(an.text[toks[j].s:toks[k].e])
		for pi, p := range an.people {
			if p.mentions > 0 && strings.EqualFold(p.role, toks[j-2].low) && strings.ToLower(p.affil) == org {
				return source{person: pi, first: j - 2, end: k + 1}
			}
		}
		r := j - 2
		for r > first && r > j-5 && modifierWord(&toks[r-1]) && !determiners[toks[r-1].low] {
			r-- // "the former secretary of state"
		}
		if r > first && determiners[toks[r-1].low] {
			r--
		}
		src.first, src.end = r, k+1
		return an.makeDescriptor(src)
	}
	// "Gov. Jeb Bush of Florida said", "Tom Cole of Oklahoma said"
	if j-2 >= first && toks[j-1].low == "of" && k-j < 4 {
		if mi := midx[j-2]; mi >= 0 && an.mentions[mi].end == j-1 && !toks[j-2].poss {
			place := true
			for b := j; b <= k; b++ {
				place = place && (toks[b].cap || toks[b].low == "the")
			}
			if place {
				m := an.mentions[mi]
				return source{person: m.person, first: m.tfirst, end: m.end}
			}
		}
	}
	// "Brent Bozell, PTC president and conservative activist said"
	for b := j - 1; b > first && b >= j-10; b-- {
		if toks[b].low == "," {
			if mi := midx[b-1]; mi >= 0 && an.mentions[mi].end == b && !an.openerComma(first, b) {
				m := an.mentions[mi]
				return source{person: m.person, first: m.tfirst, end: m.end}
			}
			break
		}
		if toks[b].kind != tkWord || descBackStop[toks[b].low] && toks[b].low != "and" && toks[b].low != "of" {
			break
		}
	}
	// "A letter from the American Legion obtained by The Associated Press
	// warns": the agent of a participle that follows the subject is no
	// subject; the phrase before the participle is
	if j-2 > first && toks[j-1].low == "by" && receivedParticiples[toks[j-2].low] && !toks[j-2].cap {
		return an.sourceBefore(j-2, first, midx)
	}
	// "the American Federation of Teachers calling": an organisation's
	// capitalised name runs back over "of"
	if j-2 > first && toks[j-1].low == "of" && toks[j].cap && toks[j-2].cap && toks[j-2].kind == tkWord && an.midx[j-2] < 0 && toks[j-2].quote < 0 {
		b := j - 2
		for b > first && b > j-6 && toks[b-1].cap && toks[b-1].kind == tkWord && an.midx[b-1] < 0 && toks[b-1].quote < 0 {
			b--
		}
		if b > first && toks[b-1].low == "the" {
			j = b - 1
		}
	}
	src.first, src.end = j, k+1
	d := an.makeDescriptor(src)
	if d.loose && j > first && phrasePreps[toks[j-1].low] {
		// "Protesters marching through the streets chanted": the object
		// of a preposition is no subject
		return source{person: -1}
	}
	if d.loose && j > first && toks[j-1].kind == tkWord && !toks[j-1].cap && len(toks[j-1].low) > 4 && strings.HasSuffix(toks[j-1].low, "ing") {
		// "Du Plessis in disclosing the new agreement said": nor is the
		// object of a participle
		return source{person: -1}
	}
	return d
}

// openerComma reports whether the comma at toks[c] closes a clause or
// phrase that opens the sentence at toks[first] ("As Hall attacked Ruiz,
// the crowd chanted"): the name before it is no appositive head.
func (an *analysis) openerComma(first, c int) bool {
	toks := an.toks
	k := first
	for k < c && (toks[k].kind == tkPunct && toks[k].kind != tkQuote || toks[k].low == "but" || toks[k].low == "and") {
		k++
	}
	if k >= c || !clauseOpeners[toks[k].low] && !introPreps[toks[k].low] {
		return false
	}
	for j := k + 1; j < c; j++ {
		if toks[j].low == "," || toks[j].kind == tkQuote {
			return false
		}
	}
	return true
}

// phrasePreps put a noun phrase after them out of subject position.
var phrasePreps = set("through", "into", "around", "across", "at", "in", "on", "of", "for", "with", "to", "from", "by", "about", "under", "over", "near", "outside", "inside", "behind", "along")

// officeHeads head a role phrase whose "of" phrase names the office ("the
// former secretary of state", "the chairman of the committee").
var officeHeads = set("secretary", "chairman", "chairwoman", "chair", "director", "head", "president", "leader", "leaders", "member", "members", "chief", "dean", "governor", "mayor", "officials", "executives")

// roleBeforeAnd returns where the role phrase that ends right before the
// "and" at toks[a] starts, at its article ("the Florida senator and ..."),
// or -1 when no lower-case source noun ends there or no article opens it
// within four words.
func (an *analysis) roleBeforeAnd(a, first int) int {
	toks := an.toks
	if a-1 <= first || !sourceNouns[toks[a-1].low] || toks[a-1].cap {
		return -1
	}
	for b := a - 2; b >= first && b >= a-5; b-- {
		t := &toks[b]
		if t.kind != tkWord || t.quote >= 0 || an.midx[b] >= 0 {
			return -1
		}
		if t.low == "the" || t.low == "a" || t.low == "an" {
			return b
		}
		if descBackStop[t.low] {
			return -1
		}
	}
	return -1
}

// roleNouns name one person speaking for an organisation.
var roleNouns = set("spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "aide", "adviser", "advisor")

// linkWords tie a source phrase to a person it is not ("a donor aligned
// with Rubio", "an aide close to the senator").
var linkWords = set("aligned", "allied", "close", "familiar", "loyal", "tied", "linked", "connected", "friendly", "sympathetic", "opposed")

// sayForms end a clause ("some say"), never a source phrase.
var sayForms = set("say", "says", "said", "tell", "tells", "told", "argue", "argues", "argued")

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
		ok = caps || j == e-1
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
	if !ok && toks[e-1].cap && hasCap && !placeWords[head] && !nationalityWords[head] && !calendarWords[head] {
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

// bareSurname returns the person whose full name ends in the capitalised
// word at toks[k] when no mention holds it, the word is a common word the
// people layer keeps out of names ("Will", "From", "Read") and a past
// tense or a speech verb follows it, or -1.
func (an *analysis) bareSurname(k int) int {
	toks := an.toks
	t := &toks[k]
	if t.kind != tkWord || !t.cap || t.upper || t.quote >= 0 || an.midx[k] >= 0 || !capStopWords[t.low] {
		return -1
	}
	if k+1 >= len(toks) || toks[k+1].kind != tkWord || toks[k+1].cap {
		return -1
	}
	if n := toks[k+1].low; !strings.HasSuffix(n, "ed") && !irregularPast[n] {
		if _, speech := speechVerbs[n]; !speech || auxWords[n] {
			return -1 // "Will voters turn out?": the modal
		}
	}
	found := -1
	for pi, p := range an.people {
		if len(p.lows) > 1 && p.last() == t.low {
			if found >= 0 {
				return -1
			}
			found = pi
		}
	}
	return found
}

// subjectOf finds the subject of the clause toks[first:v]: its first
// person named outside quotes (not as a possessive modifier), or a
// leading he/she.
func (an *analysis) subjectOf(first, v int) source {
	toks := an.toks
	if v < len(toks) && toks[v].kind == tkQuote && toks[v].open {
		if src := an.verbBeforeQuote(first, v); !src.empty() {
			return src
		}
	}
	start := an.afterOpener(first, v)
	if src := an.relativeSubject(start, v); !src.empty() {
		return src
	}
	if d := an.subjectPhrase(first, v); !d.empty() {
		return d
	}
	if src := an.lastClauseSubject(start, v); !src.empty() {
		return src
	}
	for k := start; k < v; k++ {
		t := &toks[k]
		if t.quote >= 0 || t.kind == tkQuote {
			continue
		}
		if t.low == "he" || t.low == "she" {
			return source{person: -1, pronoun: t.low, first: k, end: k + 1}
		}
		if mi := an.midx[k]; mi >= 0 {
			m := an.mentions[mi]
			if toks[m.end-1].poss {
				k = m.end - 1
				continue
			}
			if an.objectAt(m.tfirst) && k > start {
				// "Preceded by Joe Arpaio, Trump launched": no subject
				k = m.end - 1
				continue
			}
			if an.appositiveOfObject(m, start) {
				// "wrote a letter to Columbia's president, Lee C. Bollinger,
				// calling": the name stands for an object, not the subject
				k = m.end - 1
				continue
			}
			if an.nameModifier(m) {
				// "after the Hall interview ended, Maher stated": a name
				// that modifies a noun is no subject
				k = m.end - 1
				continue
			}
			return source{person: m.person, first: m.tfirst, end: m.end}
		}
	}
	return an.capSubject(start, v)
}

// appositiveOfObject reports whether the mention m is an appositive
// between commas to a short noun phrase that a preposition governs after
// a verb ("sent a letter to the school's president, Ann Lee, asking"):
// it names that object, not the clause's subject. The preposition must
// lie in the clause (from start on), so an opening phrase ("In a letter
// to the editor, Smith wrote") is afterOpener's.
func (an *analysis) appositiveOfObject(m mention, start int) bool {
	toks := an.toks
	if m.tfirst-2 <= start || toks[m.tfirst-1].low != "," || m.end >= len(toks) || toks[m.end].low != "," {
		return false
	}
	for j := m.tfirst - 2; j > start && j >= m.tfirst-6; j-- {
		t := &toks[j]
		if t.kind != tkWord || t.quote >= 0 || an.midx[j] >= 0 && !t.poss {
			return false
		}
		if objectPreps[t.low] && j < m.tfirst-2 {
			for k := start; k < j; k++ {
				if w := &toks[k]; w.kind == tkWord && !w.cap && w.quote < 0 && (irregularPast[w.low] || strings.HasSuffix(w.low, "ed")) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// lastClauseSubject reads the person who opens the last clause of
// toks[first:v] that a comma and while/whereas/but/and join to the
// sentence, when a lower-case verb follows the name (past an appositive):
// in "X signed an order, while Y, the former mayor, proposed we "..."" the
// quote is Y's.
func (an *analysis) lastClauseSubject(first, v int) source {
	return an.lastClauseSubjectOf(first, v, false)
}

// lastClauseSubjectOf is lastClauseSubject; with ofPlace, a place after
// the name ("Rep. Ann Ruiz of New York") may stand before the verb.
func (an *analysis) lastClauseSubjectOf(first, v int, ofPlace bool) source {
	toks := an.toks
	none := source{person: -1}
	b := -1
	for k := v - 1; k > first+1; k-- {
		t := &toks[k]
		if t.kind == tkQuote || t.quote >= 0 {
			continue
		}
		// (the comma may sit inside a closing mark: `"...," but Y said`)
		if (clauseJoins[t.low] || t.low == "with") && (toks[k-1].low == "," || toks[k-1].low == ";" || dashes[toks[k-1].low] && t.low != "with" || toks[k-1].kind == tkQuote && !toks[k-1].open && k >= 2 && toks[k-2].low == ",") {
			b = k
			break
		}
	}
	if b < 0 || b+1 >= v {
		return none
	}
	own := false
	if b+3 < v && toks[b+1].low == "the" && an.midx[b+2] >= 0 && an.mentions[an.midx[b+2]].tfirst == b+2 {
		// "- but the Sanders campaign rejected the idea": the person's
		// own voice (personsOwn)
		if e := an.mentions[an.midx[b+2]].end; e < v && personsOwn[toks[e].low] && !toks[e-1].poss {
			b++
			own = true
		}
	}
	mi := an.midx[b+1]
	if mi < 0 || an.mentions[mi].tfirst != b+1 || toks[an.mentions[mi].end-1].poss {
		return none
	}
	m := an.mentions[mi]
	j := m.end
	if own {
		j++
	}
	if j < v && toks[j].low == "(" {
		// "Sen. Ron Johnson (R-Wis.) kept asking"
		for j < v && j < m.end+8 && toks[j].low != ")" {
			j++
		}
		j++
	}
	if ofPlace && j+1 < v && toks[j].low == "of" && toks[j+1].kind == tkWord && toks[j+1].cap && toks[j+1].quote < 0 && !an.namePlaceBefore(first, b) {
		// "and Rep. Ann Ruiz of New York, chair of the caucus, said": the
		// place a name's holder comes from
		j += 2
		for j < v && j < m.end+6 && toks[j].kind == tkWord && toks[j].cap && toks[j].quote < 0 {
			j++
		}
	}
	if j < v && toks[j].low == "," {
		// "Y, the former mayor, proposed"
		j++
		for j < v && j < m.end+12 && toks[j].low != "," && toks[j].kind != tkQuote {
			j++
		}
		if j >= v || toks[j].low != "," {
			return none
		}
		j++
	}
	if toks[b].low == "with" {
		// "..., with Lewandowski taking to Twitter to call Fields "...":
		// the name opens an absolute clause whose participle follows it
		if j >= v || toks[j].kind != tkWord || toks[j].cap || !strings.HasSuffix(toks[j].low, "ing") {
			return none
		}
		return source{person: m.person, first: m.tfirst, end: m.end}
	}
	for j < v && auxWords[toks[j].low] {
		j++
	}
	if j >= v || toks[j].kind != tkWord || toks[j].cap || toks[j].quote >= 0 || !verbLike(toks[j].low) {
		return none
	}
	return source{person: m.person, first: m.tfirst, end: m.end}
}

// namePlaceBefore reports whether a name in toks[first:b] is followed by
// "of" and a capitalised word: "Presidents Otto Perez Molina of
// Guatemala, Juan Orlando Hernandez of Honduras, and ..." is a list.
func (an *analysis) namePlaceBefore(first, b int) bool {
	for _, m := range an.mentions {
		if m.tfirst >= first && m.end+1 < b && an.toks[m.end].low == "of" && an.toks[m.end+1].cap {
			return true
		}
	}
	return false
}

// relativeSubject reads the person who opens a relative clause that runs
// from the last comma of toks[first:v] to v: in "the Stonewall Inn,
// which President Obama on Friday declared as the first monument
// dedicated "to tell ..."" the words are Obama's, not the sentence
// subject's. "in which" and "whom" open such a clause too.
func (an *analysis) relativeSubject(first, v int) source {
	toks := an.toks
	none := source{person: -1}
	k := v - 1
	for k > first && toks[k].low != "," {
		if toks[k].kind == tkQuote || toks[k].quote >= 0 || toks[k].kind == tkPunct {
			return none
		}
		k--
	}
	if k <= first || k+2 >= v {
		return none
	}
	j := k + 1
	if phrasePreps[toks[j].low] && toks[j+1].low == "which" {
		j++
	}
	if !relativeWords[toks[j].low] {
		return none
	}
	mi := an.midx[j+1]
	if mi < 0 || an.mentions[mi].tfirst != j+1 || toks[an.mentions[mi].end-1].poss {
		return none
	}
	m := an.mentions[mi]
	return source{person: m.person, first: m.tfirst, end: m.end}
}

// relativeWords open a relative clause whose subject follows them.
var relativeWords = set("which", "whom", "where")

// dashes set off a clause or phrase like a comma.
var dashes = set("-", "—", "–", "--")

// clauseJoins join a clause with its own subject to a sentence.
var clauseJoins = set("while", "whereas", "but", "and")

// nameModifier reports whether the mention m stands between an article
// and a lower-case noun ("the Hall interview", "a Ruiz aide"): it
// modifies the noun rather than naming a subject.
func (an *analysis) nameModifier(m mention) bool {
	toks := an.toks
	if m.tfirst < 1 || m.end >= len(toks) || isTitleTok(&toks[m.tfirst]) || toks[m.end-1].poss {
		return false
	}
	if a := toks[m.tfirst-1].low; a != "the" && a != "a" && a != "an" {
		return false
	}
	return plainNoun(&toks[m.end]) && !personsOwn[toks[m.end].low]
}

// personsOwn are nouns a name before them makes the person's own voice
// ("the Trump campaign said", "the Ruiz website promises"), as a person's
// document speaks for the person.
var personsOwn = set("campaign", "camp", "administration", "team", "staff", "website", "site", "ad", "ads",
	"organization", "foundation", "office", "spokesman", "spokeswoman", "aide", "aides", "adviser", "advisers")

// verbBeforeQuote reads a person named right before a verb, a comma or
// colon and the opening mark at toks[ot]: `Hillary Clinton cracked, "..."`,
// `Clinton, exasperated, famously responded: "..."`, `Hillary shot back,
// "..."`. Any verb will do there.
func (an *analysis) verbBeforeQuote(first, ot int) source {
	toks := an.toks
	none := source{person: -1}
	j := ot - 1
	if j <= first || toks[j].low != "," && toks[j].low != ":" {
		return none
	}
	j--
	if j > first && (toks[j].low == "back" || toks[j].low == "out" || toks[j].low == "up") {
		j--
	}
	w := &toks[j]
	if j <= first || w.kind != tkWord || w.cap || w.quote >= 0 || !(strings.HasSuffix(w.low, "ed") || irregularPast[w.low]) {
		return none
	}
	j--
	if j > first && strings.HasSuffix(toks[j].low, "ly") && !toks[j].cap {
		j--
	}
	if mi := an.midx[j]; mi >= 0 && an.mentions[mi].end == j+1 && !toks[j].poss {
		m := an.mentions[mi]
		return source{person: m.person, first: m.tfirst, end: m.end}
	}
	return none
}

// capSubject reads a capitalised phrase that opens the clause toks[k:v]
// and is followed by a lower-case verb, when no person is named there:
// an organisation or a name the people layer left out ("Judicial Watch
// stated", "Sanders compared himself").
func (an *analysis) capSubject(k, v int) source {
	toks := an.toks
	none := source{person: -1}
	// "At Sunday night's debate, Sanders compared"
	k = an.introSkip(k, v)
	if k < v && (clauseOpeners[toks[k].low] || introPreps[toks[k].low]) {
		return none
	}
	if k+1 < v && toks[k].low == "the" && toks[k+1].cap {
		k++ // "The Holocaust Memorial Museum ... issued"
	}
	h := k
	// an organisation word ends a name even where page furniture uses it
	// ("Judicial Watch stated", not "Watch: ...")
	for h < v && h < k+4 && toks[h].kind == tkWord && toks[h].cap && toks[h].quote < 0 && !toks[h].poss && (!capStopWords[toks[h].low] || h > k && orgWords[toks[h].low] || an.capInside(h, v)) {
		h++
	}
	name := h
	if name-k == 1 && !toks[k].upper && (loadLexicon().common[toks[k].low] || opensAsAdjective(&toks[k])) && !sourceNouns[toks[k].low] {
		// "Corporate lobbyists see", "Populist leaders thrive": an
		// adjective and its plural noun before the verb; else no source
		if n := name; n+1 < v && toks[n].kind == tkWord && !toks[n].cap && toks[n].quote < 0 && strings.HasSuffix(toks[n].low, "s") &&
			toks[n+1].kind == tkWord && !toks[n+1].cap && toks[n+1].quote < 0 && !descBackStop[toks[n+1].low] {
			return an.makeDescriptor(source{person: -1, first: k, end: n + 1})
		}
		return none
	}
	if h > k && h+1 < v && (toks[h].low == "in" || toks[h].low == "of" || toks[h].low == "at") && toks[h+1].cap && toks[h+1].kind == tkWord {
		// "The Holocaust Memorial Museum in Washington issued": a place or
		// a parent after the name; "of" is part of it ("The University
		// of Michigan proclaims")
		j := h + 1
		for j < v && j < h+4 && toks[j].kind == tkWord && toks[j].cap && toks[j].quote < 0 && !toks[j].poss {
			j++
		}
		if toks[h].low == "of" {
			name = j
		}
		h = j
	}
	if h > k && h < v && toks[h].low == "," {
		// "The RNC, in its daily media summary Monday, emailed": a
		// phrase between commas before the verb
		j := h + 1
		for j < v && j < h+12 && toks[j].low != "," && toks[j].kind != tkQuote && toks[j].quote < 0 {
			j++
		}
		if j+1 < v && toks[j].low == "," && j > h+1 && (introPreps[toks[h+1].low] || sentenceAdverbs[toks[h+1].low]) {
			h = j + 1
		}
	}
	if h == k || h >= v || toks[h].kind != tkWord || toks[h].cap || toks[h].quote >= 0 || descBackStop[toks[h].low] || auxWords[toks[h].low] && !strings.HasSuffix(toks[h].low, "s") {
		return none
	}
	if _, title := titleWords[toks[name-1].low]; title {
		return none
	}
	if w := toks[h].low; !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) && !irregularPast[w] {
		if _, verb := speechVerbs[w]; !verb {
			return none // "Band member Flea": no verb after the capitals
		}
	}
	d := an.makeDescriptor(source{person: -1, first: k, end: name})
	if d.loose {
		return none
	}
	return d
}

// opensAsAdjective reports whether the capitalised word t ends as English
// adjectives and abstract nouns do ("Nonsensical", "Tumor-like",
// "Pragmatism"), which no organisation's one-word name does.
func opensAsAdjective(t *token) bool {
	if adjectiveShaped(t) {
		return true
	}
	for _, end := range []string{"ical", "ional", "-like", "ism"} {
		if strings.HasSuffix(t.low, end) && len(t.low) > len(end)+3 {
			return true
		}
	}
	return false
}

// capInside reports whether the capitalised common word at toks[h] opens
// or continues a longer name ("The New York Times"): a capitalised word
// that is not one follows it.
func (an *analysis) capInside(h, v int) bool {
	toks := an.toks
	return h+1 < v && toks[h+1].kind == tkWord && toks[h+1].cap && !capStopWords[toks[h+1].low] && toks[h+1].quote < 0
}

// introSkip returns where the main clause of toks[first:v] starts, past
// what opens a sentence before its subject: conjunctions and punctuation,
// a dateline ("PHILADELPHIA, July 25 (UPI) —"), a sentence adverb and
// its comma ("Instead,"), and an introductory phrase up to its comma ("In
// rejecting a similar challenge, ...", "At Brazile's direction, ...").
func (an *analysis) introSkip(first, v int) int {
	toks := an.toks
	k := first
	for n := 0; n < 4 && k < v; n++ {
		for k < v && (toks[k].low == "but" || toks[k].low == "and" || toks[k].low == "so" || toks[k].kind == tkPunct && toks[k].kind != tkQuote) {
			k++
		}
		if k >= v || toks[k].kind != tkWord {
			return k
		}
		t := &toks[k]
		if t.upper && t.e-t.s > 2 && k == first {
			// a dateline ends at the first dash within a dozen tokens
			j := k + 1
			for j < v && j < k+12 && toks[j].low != "—" && toks[j].low != "–" && toks[j].low != "--" && toks[j].kind != tkQuote {
				j++
			}
			if j < v && j < k+12 && toks[j].kind != tkQuote {
				k = j + 1
				continue
			}
		}
		if k+1 < v && toks[k+1].low == "," && (sentenceAdverbs[t.low] || strings.HasSuffix(t.low, "ly") && (!t.cap || k == first && an.midx[k] < 0)) {
			k += 2
			continue
		}
		if (t.low == "which" || t.low == "who") && k > first && toks[k-1].low == "," {
			// "In rejecting X, which is scheduled for next week, the
			// commission": a relative clause closing the opener
			j := k + 1
			for j < v && j < k+20 && toks[j].low != "," && toks[j].kind != tkQuote && toks[j].quote < 0 {
				j++
			}
			if j < v && toks[j].low == "," {
				k = j + 1
				continue
			}
			return k
		}
		if !t.cap && !(k == first || k > first && toks[k-1].kind == tkPunct) {
			return k
		}
		if strings.HasSuffix(t.low, "ly") && k+1 < v && clauseOpeners[toks[k+1].low] && an.midx[k] < 0 {
			k++ // "Shortly after the call ended, ..."
			t = &toks[k]
		}
		participle := an.midx[k] < 0 && len(t.low) > 4 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed"))
		if clauseOpeners[t.low] || introPreps[t.low] || participle {
			j := k + 1
			for j < v && j < k+25 && toks[j].low != "," && toks[j].kind != tkQuote && toks[j].quote < 0 {
				j++
			}
			if j >= v || toks[j].low != "," {
				return k
			}
			k = j + 1
			continue
		}
		return k
	}
	return k
}

// irregularPast are past tenses a capitalised subject may take before a
// quote ("Pew found that", "The Times wrote").
var irregularPast = set("found", "wrote", "put", "gave", "took", "made", "held", "told", "said", "saw",
	"thought", "felt", "kept", "sent", "spoke", "brought", "ran", "threw", "struck", "won", "drew")

// introPreps open an introductory phrase before the subject ("In a
// statement, ...").
var introPreps = set("at", "in", "on", "with", "for", "from", "by", "to", "of")

// clauseOpeners open an introductory clause or phrase whose names are not
// the subject of the main clause ("After Jerry Brown criticized him,
// Hillary shot back").
var clauseOpeners = set("after", "as", "when", "while", "before", "although", "though", "since",
	"because", "if", "once", "until", "despite", "during", "following", "whether", "unless")

// afterOpener skips an introductory clause of toks[first:v]: from an
// opener to the first comma outside quotes, when a name follows it.
func (an *analysis) afterOpener(first, v int) int {
	// "In June 2009, after Clinton suffered a concussion, Axelrod
	// emailed": openers may follow one another
	start := first
	for n := 0; n < 3; n++ {
		next := an.afterOneOpener(start, v)
		if next == start {
			break
		}
		start = next
	}
	return start
}

// afterOneOpener skips one introductory clause or phrase of
// toks[first:v] (afterOpener).
func (an *analysis) afterOneOpener(first, v int) int {
	toks := an.toks
	k := first
	for k < v && (toks[k].low == "but" || toks[k].low == "and" || toks[k].kind == tkPunct) {
		k++
	}
	// "Asked by X if he ..., Carson said", "Continuing to explain, Y
	// said": a participle phrase opens the sentence too
	participle := k < v && toks[k].kind == tkWord && an.midx[k] < 0 && (strings.HasSuffix(toks[k].low, "ed") || strings.HasSuffix(toks[k].low, "ing"))
	if k >= v || !clauseOpeners[toks[k].low] && !participle && !introPreps[toks[k].low] {
		return first
	}
	for j := k + 1; j < v && j < k+25; j++ {
		if toks[j].kind == tkQuote || toks[j].quote >= 0 {
			return first
		}
		if toks[j].low == "," {
			for n := j + 1; n < v; n++ {
				if an.midx[n] >= 0 || toks[n].low == "he" || toks[n].low == "she" {
					return j + 1
				}
			}
			return first
		}
	}
	return first
}

// clauseStart reports whether toks[k] opens a sentence or a clause (after
// a comma, a dash or a leading conjunction).
func clauseStart(toks []token, k, first int) bool {
	for k > first {
		p := toks[k-1].low
		if p == "," || p == "—" || p == "–" || p == "-" || p == ";" || p == "(" {
			return true
		}
		if p == "and" || p == "but" || p == "so" || p == "more" || p == "from" || p == "then" {
			k--
			continue
		}
		return false
	}
	return true
}

// plainNoun reports whether t can head a descriptive source phrase: a
// lower-case word that is not a function word, an auxiliary or an adverb.
func plainNoun(t *token) bool {
	if t.kind != tkWord || t.cap || len(t.low) < 3 || t.quote >= 0 {
		return false
	}
	if capStopWords[t.low] && !capNouns[t.low] {
		return false
	}
	return !(auxWords[t.low] || descStop[t.low] || descBackStop[t.low] || strings.HasSuffix(t.low, "ly"))
}

// capNouns are nouns among capStopWords (headline furniture words).
var capNouns = set("note", "editor", "editors", "photo", "video", "image", "update", "part", "analysis", "commentary")

// objectAt reports whether the name starting at toks[k] is the object of a
// preposition ("who worked for Sen. Lamar Alexander"), so not the subject
// of a speech verb after it.
func (an *analysis) objectAt(k int) bool {
	if k < 1 || !objectPreps[an.toks[k-1].low] {
		return false
	}
	// "Secretary of State John Kerry": the "of" belongs to the title
	// before the name, which is the name's own
	if k >= 2 && an.toks[k-1].low == "of" && an.toks[k-2].cap && isTitleTok(&an.toks[k-2]) {
		return false
	}
	return true
}

var objectPreps = set("for", "of", "with", "to", "by", "at", "under", "from", "against", "about", "like", "than", "on", "behind")

// subjectPhrase reads an unnamed source that opens the clause
// toks[first:v] as its subject: "A Justice Department official confirmed
// ...", "Ryan's campaign shrugged off ...". The head must be a source noun
// followed by a lower-case verb.
func (an *analysis) subjectPhrase(first, v int) source {
	toks := an.toks
	k := an.introSkip(first, v)
	if k >= v || toks[k].kind != tkWord || toks[k].quote >= 0 {
		return source{person: -1}
	}
	bare := false
	if mi := an.midx[k]; mi >= 0 && an.mentions[mi].tfirst == k && toks[an.mentions[mi].end-1].poss {
		// "Peter Hall's right-hand woman rallied supporters": a person's
		// possessive opens the phrase
	} else if !determiners[toks[k].low] && !toks[k].poss {
		// "Lawyers for Hall appeared to": a bare plural source noun
		if !sourceNouns[toks[k].low] || !strings.HasSuffix(toks[k].low, "s") || k+1 >= v || !linkPreps[toks[k+1].low] {
			return source{person: -1}
		}
		bare = true
	}
	for h := k; h < v && h < k+6; h++ {
		t := &toks[h]
		if t.kind != tkWord || t.quote >= 0 || descBackStop[t.low] {
			break
		}
		if mi := an.midx[h]; mi >= 0 && !toks[an.mentions[mi].end-1].poss {
			break // a person heads the phrase: the name rules handle it
		}
		if h > k && (t.low == "the" || t.low == "a" || t.low == "an") {
			break // "The first taste the audience gets": a second phrase
		}
		if _, verb := speechVerbs[t.low]; verb && !t.cap {
			break
		}
		if h > k && officeHeads[t.low] && !t.cap && h+3 < v && toks[h+1].low == "of" {
			// "The former secretary of state talked about": the office
			// after "of" (capitalised words, or one lower-case word)
			j := h + 2
			if determiners[toks[j].low] {
				j++
			}
			c := j
			for j < v && j < c+4 && toks[j].kind == tkWord && toks[j].cap && toks[j].quote < 0 && !toks[j].poss {
				j++
			}
			if j == c && toks[j].kind == tkWord && !toks[j].cap && toks[j].quote < 0 {
				j++
			}
			if j > c && j < v && toks[j].kind == tkWord && !toks[j].cap && toks[j].quote < 0 && verbLike(toks[j].low) && !descBackStop[toks[j].low] {
				if d := an.makeDescriptor(source{person: -1, first: k, end: j}); !d.empty() && !d.loose {
					return d
				}
			}
			break
		}
		if (h > k || bare) && sourceNouns[t.low] && (!t.cap || bare) && h+1 < v {
			n := &toks[h+1]
			end := h + 1
			if linkPreps[n.low] {
				// "A spokeswoman for the House Rules Committee emailed": the
				// organisation after the noun belongs to the phrase
				j := h + 2
				if j < v && determiners[toks[j].low] {
					j++
				}
				c := j
				for j < v && j < c+5 && toks[j].kind == tkWord && toks[j].cap && toks[j].quote < 0 && !toks[j].poss {
					j++
				}
				if j == c || j >= v || !verbLike(toks[j].low) {
					break // "for the Ivanka Trump brand": the phrase runs on
				}
				n, end = &toks[j], j
			}
			// "A top Senate Democratic aide, likewise, put it": an adverb
			// between commas before the verb
			if n.low == "," && h+4 < v && toks[h+3].low == "," && toks[h+2].kind == tkWord && (strings.HasSuffix(toks[h+2].low, "ly") || sentenceAdverbs[toks[h+2].low]) {
				n = &toks[h+4]
			}
			if end == h+1 && sourceNouns[n.low] && !n.cap && n.quote < 0 {
				continue // "Hall's campaign manager": the last noun heads it
			}
			if n.kind == tkWord && !n.cap && n.quote < 0 && !descBackStop[n.low] && !sourceNouns[n.low] {
				d := an.makeDescriptor(source{person: -1, first: k, end: end})
				if !d.loose {
					return d
				}
			}
			break
		}
	}
	return source{person: -1}
}

// verbLike reports whether a lower-case word can open a predicate: a
// past or present tense, an auxiliary or a speech verb.
func verbLike(w string) bool {
	_, speech := speechVerbs[w]
	return speech || auxWords[w] || irregularPast[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// linkPreps join a source noun to the organisation it speaks for
// ("spokeswoman for the committee", "lawyers for Hall").
var linkPreps = set("for", "of", "at")

// sentenceAdverbs sit between commas after a subject ("The aide, however,
// said") without ending in -ly.
var sentenceAdverbs = set("likewise", "however", "meanwhile", "too", "though", "instead", "also", "again", "then", "therefore", "moreover")

// asClause reports whether the verb at toks[i] closes an "As X reported,"
// clause that opens its sentence, and a quote follows in the sentence:
// the clause credits what the sentence quotes.
func (an *analysis) asClause(i int) bool {
	toks := an.toks
	c := i + 1
	if c < len(toks) && (toks[c].low == "it" || toks[c].low == "out") {
		c++ // "As Vulture put it,", "as The Hill pointed out,"
	}
	if c >= len(toks) || toks[c].low != "," {
		return false
	}
	s := an.sents[toks[i].sent]
	k := s.first
	for k < i && (toks[k].kind == tkPunct || toks[k].low == "but" || toks[k].low == "and") {
		k++
	}
	if toks[k].low != "as" || i-k > 8 {
		return false
	}
	for j := c + 1; j < s.end; j++ {
		if toks[j].kind == tkQuote && toks[j].open {
			return true
		}
	}
	return false
}

// issuerPhrase reads a plain noun phrase that opens the clause
// toks[first:d] right before a verb of issuing ("The town released a
// statement saying"): the verb makes the phrase an actor, though its
// noun is no source noun.
func (an *analysis) issuerPhrase(first, d int) source {
	toks := an.toks
	k := an.introSkip(first, d)
	if k >= d || !determiners[toks[k].low] {
		return source{person: -1}
	}
	for v := k + 1; v < d && v <= k+4; v++ {
		if issueVerbs[toks[v].low] {
			if src := an.makeDescriptor(source{person: -1, first: k, end: v}); !src.empty() {
				return src
			}
			break
		}
		if toks[v].kind != tkWord || toks[v].quote >= 0 || descBackStop[toks[v].low] {
			break
		}
	}
	return source{person: -1}
}

// issueVerbs put out a document.
var issueVerbs = set("released", "issued", "sent", "published", "posted", "emailed", "circulated", "distributed", "unveiled", "ran", "aired")

// issuedNouns are documents a subject issues ("released a statement
// saying").
var issuedNouns = set("statement", "statements", "release", "letter", "memo", "email", "tweet", "video", "ad", "report", "note", "message", "post",
	"article")

// modalWords after a phrase that follows a speech verb make the phrase
// the subject of a reported clause, not the speaker.
var modalWords = set("could", "would", "will", "should", "can", "may", "might", "must", "was", "were", "is", "are", "had", "has", "have")

// modalIn reports whether toks[a:b] holds a modal or auxiliary verb.
func (an *analysis) modalIn(a, b int) bool {
	for k := a; k < b; k++ {
		if modalWords[an.toks[k].low] && an.toks[k].quote < 0 {
			return true
		}
	}
	return false
}

// capitalisedCue reports whether a capitalised speech verb inside a
// sentence is still a verb: after a comma or a dash and before a
// lower-case word or punctuation ("Murphy, the head of the PAC, Tweeted
// on Friday", "— Said the senator:"), not a name ("Said Khan").
func (an *analysis) capitalisedCue(i int) bool {
	toks := an.toks
	if i == 0 || i+1 >= len(toks) || !capVerbs[toks[i].low] {
		return false
	}
	if p := toks[i-1].low; p != "," && p != "—" && p != "–" && p != "-" {
		return false
	}
	n := &toks[i+1]
	return n.kind == tkWord && !n.cap || n.low == ":" || n.low == "," || n.kind == tkQuote
}

// capVerbs are speech verbs some writers capitalise mid-sentence.
var capVerbs = set("tweeted", "said", "wrote", "posted", "added", "says", "writes", "tweets")

// skipSuffix steps back over a name suffix that ends at toks[b] ("Comey
// Jr.", "Bozell III"), which the name's mention does not cover.
func skipSuffix(toks []token, b, first int) int {
	if b-1 > first && toks[b].low == "." && (toks[b-1].low == "jr" || toks[b-1].low == "sr") {
		return b - 2
	}
	if b > first && (toks[b].low == "jr" || toks[b].low == "sr" || toks[b].low == "ii" || toks[b].low == "iii" || toks[b].low == "iv") {
		return b - 1
	}
	return b
}

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
		if lem != "according" && i > s.first && (toks[i-1].poss || nounDeterminers[toks[i-1].low]) && !(irregularPast[t.low] && an.doubleGenitive(i-1)) {
			continue // "Sessions' claim", "his remarks": a noun, not a verb
		}
		if t.low == lem && i-2 >= s.first && (toks[i-2].low == "a" || toks[i-2].low == "an" || toks[i-2].poss) && modifierWord(&toks[i-1]) {
			continue // "a snappy retort", "a declarative answer": no singular subject takes the bare verb
		}
		if t.low == lem && i-3 >= s.first && (toks[i-2].low == "a" || toks[i-2].low == "an") && toks[i-1].cap && toks[i-1].kind == tkWord && introPreps[toks[i-3].low] {
			continue // "said in a Twitter message", "in a Facebook post": a noun a name modifies
		}
		if t.low == lem && nounishSpeech[t.low] && an.nounAfterArticle(i) {
			continue // "a top committee post", "the final police report"
		}
		if t.low == lem && !irregularPast[t.low] && t.low != "read" && an.nameAsModifier(i) {
			continue // "the final Comey report": a noun a name modifies
		}
		if t.low == "press" && an.pressNoun(i) {
			continue // "White House press secretary Jay Carney said": a noun
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
		if lem == "begin" && i+2 < len(toks) && toks[i+1].low == "to" && speechVerbs[toks[i+2].low] == "" {
			continue // "leaders begin to make the "...": nor is "begin to", unless "began to say"
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
			if by >= 0 && (lem == "quote" || lem == "cite") && i+2 < by && toks[i+1].low == "as" && strings.HasSuffix(toks[i+2].low, "ing") {
				// `"...," Hale was quoted as saying by the Tass news agency`:
				// the agent reports; the subject spoke
				by = -1
			}
			if by < 0 && (lem == "quote" || lem == "cite") && an.asSaying(i+1, s.end) && i-1 > s.first {
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
		if !c.inverted && i+1 < s.end {
			// "a person on the call recalled Hale saying": the one heard
			if mi := midx[i+1]; mi >= 0 && an.mentions[mi].tfirst == i+1 && !toks[an.mentions[mi].end-1].poss {
				if m := an.mentions[mi]; m.end < s.end && (toks[m.end].low == "saying" || toks[m.end].low == "telling") {
					c.src = source{person: m.person, first: m.tfirst, end: m.end}
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
	// (or his/her/its: "his racially tinged joke", as no singular
	// possessive subject takes the bare verb)
	return k < i-2 && (toks[k].low == "a" || toks[k].low == "an" || toks[k].poss || toks[k].low == "his" || toks[k].low == "her" || toks[k].low == "its")
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
		// "a few benign tweets": a quantity word, then plain words
		t := &toks[k]
		if k < i-1 && quantityWords[t.low] {
			return true
		}
		if t.kind != tkWord || t.cap || t.quote >= 0 || an.midx[k] >= 0 || auxWords[t.low] || descBackStop[t.low] || nounDeterminers[t.low] || verbLike(t.low) {
			break
		}
	}
	for k := i - 1; k >= first && k >= i-3; k-- {
		t := &toks[k]
		if t.low == "of" && k-1 >= first && an.midx[k-1] >= 0 && !toks[k-1].poss && k < i-1 && toks[k+1].cap {
			// "Josh Hawley of Missouri says": a person and a place before
			// the verb
			return false
		}
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

// quantityWords count a plural noun after them ("a few", "several").
var quantityWords = set("few", "several", "many")

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
	// (not a name: `"...," May told parliament` is Theresa May's)
	return k >= first && hypotheticalModals[an.toks[k].low] && !(an.toks[k].cap && an.midx[k] >= 0)
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

// nameAsModifier reports whether the word at toks[i] follows a name that
// an article (and up to two modifiers) opens, so the name modifies it as
// a noun ("the final Comey report", "a Hall statement"); a verb in its
// bare form after one named person is no verb.
func (an *analysis) nameAsModifier(i int) bool {
	toks := an.toks
	if i < 2 {
		return false
	}
	mi := an.midx[i-1]
	if mi < 0 || an.mentions[mi].end != i || toks[i-1].poss {
		return false
	}
	k := an.mentions[mi].tfirst - 1
	for n := 0; n < 2 && k >= 0 && toks[k].kind == tkWord && !toks[k].cap && modifierWord(&toks[k]) && !determiners[toks[k].low]; n++ {
		k--
	}
	return k >= 0 && toks[k].quote < 0 && (toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an")
}

// nounishSpeech are speech words news uses more often as nouns than as
// verbs in their bare form.
var nounishSpeech = set("post", "report", "release", "tweet", "email", "note", "comment", "remark", "claim",
	"answer", "reply", "call", "quote", "text", "statement", "message", "warning")

// nounAfterArticle reports whether the bare word at toks[i] ends a noun
// phrase that "a", "an" or "the" opens, over up to three lower-case
// modifiers ("a top committee post", "the final police report").
func (an *analysis) nounAfterArticle(i int) bool {
	toks := an.toks
	k := i - 1
	for n := 0; n < 3 && k >= 0 && modifierWord(&toks[k]) && !determiners[toks[k].low]; n++ {
		k--
	}
	return k >= 0 && k < i-1 && toks[k].quote < 0 && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the")
}

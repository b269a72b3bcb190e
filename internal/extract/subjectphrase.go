package extract

import (
	"strings"
)

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
		if _, verb := speechVerbs[t.low]; verb && !t.cap && !an.pressNoun(h) {
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

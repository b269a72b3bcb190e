package extract

import (
	"strings"
)

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
var introPreps = set("at", "in", "on", "with", "for", "from", "by", "to", "of", "over")

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

// titleQuoteEnd returns the closing mark of a short quoted title that
// opens at toks[o] (one to five capitalised words, "the", "of", "and",
// "a" between, and a comma before the closing mark at most), or -1.
func (an *analysis) titleQuoteEnd(o, v int) int {
	toks := an.toks
	words := 0
	for c := o + 1; c < v && c <= o+8; c++ {
		t := &toks[c]
		if t.kind == tkQuote {
			if t.open || words == 0 {
				return -1
			}
			return c
		}
		if t.low == "," && c+1 < v && toks[c+1].kind == tkQuote && !toks[c+1].open {
			continue
		}
		if t.kind != tkWord || !t.cap && t.low != "the" && t.low != "of" && t.low != "and" && t.low != "a" {
			return -1
		}
		words++
	}
	return -1
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
		if toks[j].kind == tkQuote && toks[j].open {
			// `In an interview on "Face the Nation," Hall said`: a short
			// quoted title inside the opener, its comma inside the marks
			c := an.titleQuoteEnd(j, v)
			if c < 0 {
				return first
			}
			if toks[c-1].low == "," {
				for n := c + 1; n < v; n++ {
					if an.midx[n] >= 0 || toks[n].low == "he" || toks[n].low == "she" {
						return c + 1
					}
				}
				return first
			}
			j = c
			continue
		}
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

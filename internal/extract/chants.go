package extract

import (
	"strings"
)

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

package extract

// writerQuote reports whether the quote between the marks at toks[ot]
// and toks[ct] is the article writer's own words, credited to "I": `"...,"
// I said`, `I asked him, "..."`, `I told her: "..."`. The writer is no
// person the article names, so the quote has no speaker, and no one
// named before goes on speaking through it.
func (an *analysis) writerQuote(ot, ct int) bool {
	toks := an.toks
	if j := ct + 1; ct >= 0 && j < len(toks) {
		if toks[j].low == "," {
			j++ // `"...", I said`
		}
		if j+1 < len(toks) && toks[j].low == "i" && toks[j].quote < 0 && toks[j].sent == toks[ct].sent {
			if _, verb := speechVerbs[toks[j+1].low]; verb {
				return true
			}
		}
	}
	// before the opening mark: "I" and a speech verb, an object
	// pronoun, and a comma or colon
	k := ot - 1
	if k >= 0 && (toks[k].low == "," || toks[k].low == ":") {
		k--
	}
	if k >= 0 && objectPronouns[toks[k].low] {
		k--
	}
	if k < 1 || toks[k].quote >= 0 {
		return false
	}
	if _, verb := speechVerbs[toks[k].low]; !verb || toks[k-1].low != "i" || toks[k-1].quote >= 0 {
		return false
	}
	// "Trump said, and I quote, "..."": the writer passes on another's
	// words
	return toks[k].low != "quote"
}

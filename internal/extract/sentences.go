package extract

import "strings"

// sentence is a run of tokens [first, end) inside one paragraph. Quoted
// text never holds a boundary, so a quote of several sentences and its
// attribution stay together.
type sentence struct {
	first, end int
	para       int
}

func isTerminal(t *token) bool {
	return t.kind == tkPunct && (t.low == "." || t.low == "!" || t.low == "?" || t.low == "…")
}

// startsSentence reports whether the token can open a sentence.
func startsSentence(t *token) bool {
	switch t.kind {
	case tkWord:
		return t.cap
	case tkNum:
		return true
	case tkQuote:
		return t.open
	case tkPunct:
		return t.low == "(" || t.low == "—" || t.low == "‘" || t.low == "'"
	}
	return false
}

// splitSentences cuts tokens into sentences, aware of abbreviations
// ("Sen.", "U.S.", "Jan.") and initials.
func splitSentences(toks []token) []sentence {
	var out []sentence
	first := 0
	cut := func(end int) {
		if end > first {
			out = append(out, sentence{first: first, end: end, para: toks[first].para})
			for k := first; k < end; k++ {
				toks[k].sent = len(out) - 1
			}
		}
		first = end
	}
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && toks[i+1].para != toks[i].para {
			cut(i + 1)
			continue
		}
		t := &toks[i]
		end := -1
		switch {
		case isTerminal(t) && t.quote < 0:
			if t.low == "." && i > 0 && abbreviationBefore(toks, i) {
				continue
			}
			end = i + 1
			for end < len(toks) && toks[end].para == t.para && (toks[end].low == ")" || toks[end].kind == tkQuote && !toks[end].open || isTerminal(&toks[end])) {
				end++
			}
		case t.kind == tkQuote && !t.open && i > 0 && isTerminal(&toks[i-1]):
			end = i + 1
			if speechSoon(toks, end) && !embeddedQuote(toks, first, i) {
				continue // `"... missing." Trump said.`
			}
		default:
			continue
		}
		if end >= len(toks) || toks[end].para != t.para || startsSentence(&toks[end]) {
			cut(end)
			i = end - 1
		}
	}
	cut(len(toks))
	return out
}

// abbreviationBefore reports whether the period at toks[i] closes an
// abbreviation or an initial rather than a sentence.
func abbreviationBefore(toks []token, i int) bool {
	w := &toks[i-1]
	if w.kind != tkWord || !w.dot || w.fe != toks[i].s {
		return false
	}
	single := w.e-w.s == 1 && w.cap || dottedInitials(w.low)
	low := w.low
	if h := strings.LastIndexByte(low, '-'); h >= 0 && !single {
		low = low[h+1:] // "then-Sen.", "ex-Gov."
	}
	if !single && !abbreviations[low] {
		return false
	}
	if _, isTitle := titleWords[low]; isTitle && !single {
		return true
	}
	// "in the U.S. The next day": a function word after it starts a sentence
	if i+1 < len(toks) && toks[i+1].kind == tkWord && toks[i+1].cap && capStopWords[toks[i+1].low] {
		return false
	}
	return true
}

// speechSoon reports whether a speech verb follows within a few words,
// before any clause punctuation: the words after a quote attribute it
// (`"...!" Rep. Glenn Thompson, R-Pa., said`).
func speechSoon(toks []token, i int) bool {
	sawRole := false
	for k := i; k < len(toks) && k < i+10; k++ {
		t := &toks[k]
		if t.para != toks[i].para {
			return false
		}
		if t.kind != tkWord {
			// the period of "Rep." or "J.", the commas around a party tag
			if t.low == "." && k > i && toks[k-1].dot && (abbrevInName(&toks[k-1]) || isPartyTag(toks[k-1].low)) {
				continue
			}
			afterTag := k > i && isPartyTag(toks[k-1].low) || k > i+1 && toks[k-1].low == "." && isPartyTag(toks[k-2].low)
			if t.low == "," && (afterTag || k+1 < len(toks) && isPartyTag(toks[k+1].low)) {
				continue
			}
			return false
		}
		if lem, ok := speechVerbs[t.low]; ok && !t.cap {
			if k+1 < len(toks) && toks[k+1].para == t.para && reportStarts[toks[k+1].low] {
				// `"...." Ruiz said he would have fired him`: the verb
				// reports a clause of its own, so a new sentence began
				return false
			}
			// a weak verb ("pressed", "questioned") only when it ends the
			// clause: `"...?" Hannity pressed.`, not "pressed for a vote"
			if sawRole && !shortTail(toks, k) {
				// `"...." Outside experts say Malhotra and his team's work
				// ...`, `SNP leader Alex Salmond said his party would`: a
				// role noun's verb that reports a clause of its own opens
				// a new sentence
				return false
			}
			if !weakCues[lem] || k+1 < len(toks) && toks[k+1].para == t.para && (isTerminal(&toks[k+1]) || toks[k+1].low == ",") {
				return true
			}
		}
		// only a name, a title or a pronoun may come before the verb; a
		// role noun after a capitalised word may stand in the title
		// (`"...?" GOP front-runner Donald Trump tweeted.`)
		tv, title := titleWords[t.low]
		role := !t.cap && k > i && toks[k-1].cap && (tv != "" || sourceNouns[t.low] || t.low == "front-runner" || t.low == "frontrunner")
		if !(t.cap && (!capStopWords[t.low] || title) && !t.poss || role || isPartyTag(t.low) || k == i && (t.low == "he" || t.low == "she" || t.low == "they")) {
			return false
		}
		sawRole = sawRole || role
	}
	return false
}

// shortTail reports whether the clause after the speech verb at toks[v]
// ends within a few words with no reported clause or owner pronoun
// ("asked.", "told the Post.", "joked in an email at the time,"), not
// "said many former officials ...", "told the Crimson they ...".
func shortTail(toks []token, v int) bool {
	for j := v + 1; j < len(toks) && j <= v+7; j++ {
		t := &toks[j]
		if t.para != toks[v].para || isTerminal(t) || t.low == "," {
			return true
		}
		if reportStarts[t.low] || tailPronouns[t.low] {
			return false
		}
		if j == v+1 && tailPreps[t.low] {
			return true // "said in a riposte to ...", "tweeted after the vote"
		}
	}
	return false
}

// tailPreps open an adverbial after a speech verb that ends its clause.
var tailPreps = set("in", "on", "at", "after", "before", "during", "via", "as", "while", "when", "from", "with", "to", "on", "yesterday", "today", "tonight", "later", "earlier", "afterward", "then", "again", "recently", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// tailPronouns open a reported clause's subject after a speech verb.
var tailPronouns = set("his", "her", "their", "its", "it", "i", "you", "our", "my")

// dottedInitials reports whether low is a run of dotted single letters as
// written inside a name ("h.w" of "George H.W. Bush"), not "u.s".
func dottedInitials(low string) bool {
	if len(low) < 3 || abbreviations[low] {
		return false
	}
	for i := 0; i < len(low); i++ {
		if i%2 == 1 && low[i] != '.' || i%2 == 0 && (low[i] < 'a' || low[i] > 'z') {
			return false
		}
	}
	return true
}

// embeddedQuote reports whether the quote closing at toks[ct] opened
// after words of the sentence that starts at toks[first]: its closing
// period ends that sentence, so a speech verb after it opens the next
// one (`X called the lines "unacceptable." Mayor Y wrote a letter`).
func embeddedQuote(toks []token, first, ct int) bool {
	k := ct - 1
	for k > first && toks[k].quote >= 0 {
		k--
	}
	if k <= first || toks[k].kind != tkQuote || !toks[k].open {
		return false
	}
	for j := first; j < k; j++ {
		if toks[j].kind == tkWord {
			return true
		}
	}
	return false
}

// reportStarts open a reported clause right after a speech verb.
var reportStarts = set("that", "he", "she", "they", "we")

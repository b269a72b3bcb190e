package extract

// speechNouns name words somebody said or wrote ("Obama's promise").
var speechNouns = set("promise", "promises", "pledge", "claim", "claims", "assertion", "statement", "remark",
	"remarks", "comment", "comments", "words", "vow", "description", "phrase", "catchphrase", "slogan",
	"warning", "argument", "accusation", "insistence", "declaration", "suggestion", "admission", "tweet",
	"quip", "motto", "mantra", "refrain", "line", "boast", "prediction", "assessment", "characterization", "aside",
	// calls, pleas and answers: "Gov. Jindal's call to "stop being the
	// stupid party"", "Hall's response: "...""
	"call", "plea", "appeal", "demand", "demands", "request", "response", "reply", "retort", "joke",
	"explanation", "advice", "threat", "complaint", "criticism", "insult", "observation", "answer")

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
	if afterCue && lo < ot && (toks[lo].low == "of" || toks[lo].low == "about" || toks[lo].low == "on") {
		// `Clinton said of Chaffetz's latest request: "..."`: the words
		// spoken of are the topic; the quote is the speaker's
		return -1
	}
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
var documentNouns = set("affidavit", "motion", "brief", "filing", "ad", "ads", "tweet", "tweets", "statement", "letter", "email", "emails", "memo", "video", "post", "op-ed", "column", "book", "memoir", "speech", "remarks")

// afterClause words open a clause after the main one whose pronoun
// subject is most often the main clause's object.
var afterClause = set("after", "when", "because")

package extract

import (
	"slices"
	"strings"
)

// demandAt looks after a demand frame word at toks[i] ("should", "called
// for", "urged") for an action within a few words and records it.
func (an *analysis) demandAt(i, b int, sc *stanceScore) {
	if sc.action != "" {
		return
	}
	toks := an.toks
	w := toks[i].low
	if i > 0 && an.othersDemand(i) {
		return
	}
	for k := i - 1; k >= 0 && k >= i-6 && toks[k].kind == tkWord; k-- {
		if toks[k].low == "whether" {
			return // "asked whether the attorney general should resign": the question
		}
		if toks[k].low == "that" && k > 0 && (allegationNouns[toks[k-1].low] || claimNouns[toks[k-1].low] || viewNouns[toks[k-1].low]) {
			return // "the suggestion that Clinton needs to explain": another's claim
		}
	}
	switch w {
	case "call", "calls", "called", "calling":
		if i+1 >= b || toks[i+1].low != "for" && toks[i+1].low != "on" {
			return
		}
		// "Obama's call for a review", "the call for": a noun, someone else's
		if i > 0 && (toks[i-1].poss || determiners[toks[i-1].low]) {
			return
		}
	case "responsibility", "obligation", "duty":
		// "Trump has a responsibility to disclose": another's duty with
		// the verb after it; not "it is his duty to investigate", "we
		// have an obligation to", the speaker's own
		if i+1 >= b || toks[i+1].low != "to" || i < 3 || toks[i-1].low != "a" && toks[i-1].low != "an" ||
			toks[i-2].low != "has" && toks[i-2].low != "have" || toks[i-3].low == "i" || toks[i-3].low == "we" {
			return
		}
	case "has", "have":
		// "has to resign", "has got to go"; not "has agreed to testify",
		// "may have pushed him to stand down": the verb between is the news
		k := i + 1
		if k < b && toks[k].low == "got" {
			k++
		}
		if k >= b || toks[k].low != "to" {
			return
		}
	case "want", "wants", "wanted":
		// "wants to leave the Senate", "want to impeach me": the subject's
		// own aim, no demand of another ("wants him to resign")
		if i+1 < b && toks[i+1].low == "to" {
			return
		}
	case "best", "time", "asked", "asking":
		// "it would be best for him to recuse", "time for him to go",
		// "has to resign", "asked him to step down"
		to := false
		for k := i + 1; k < b && k <= i+8; k++ {
			if toks[k].low == "to" {
				to = true
				break
			}
		}
		if !to {
			return
		}
	}
	if an.negatedAt(i, i-2) {
		return
	}
	from := i + 1
	fallback := ""
	defer func() {
		if sc.action == "" && fallback != "" {
			sc.action, sc.anyVerb = fallback, true
		}
	}()
	if v := an.governedVerb(i, b); v >= 0 {
		// "should <verb>", "needs to <verb>", "urged X to <verb>": the
		// verb is the act asked for; an action word further on belongs
		// to another verb ("must discuss a plan to delay the impeachment")
		lw := toks[v].low
		if lw == "make" && v+2 < b && toks[v+1].low == "clear" {
			if whWords[toks[v+2].low] {
				sc.action = "clarify" // "urged him to make clear what ..."
			}
			return // "need to make clear that ...": a stand asked for
		}
		if _, ok := actionWords[lw]; !ok && !lightVerbs[lw] {
			if urgeFrames[w] && toks[v].quote < 0 && plainBaseVerb(lw) && an.addresseeAfter(i) {
				sc.action, sc.anyVerb = lw, true // "urged Congress to reject the plan": the verb is the act asked for
			}
			return
		}
		if (lw == "have" || lw == "be" || lw == "been") && v+1 < b {
			nx := toks[v+1].low
			_, act := actionWords[nx]
			participle := strings.HasSuffix(nx, "ed") || strings.HasSuffix(nx, "en") || irregularParticiples[nx]
			if lw == "have" && participle && (w == "should" || w == "must") {
				return // "should have told you", "must have known": the past, no demand
			}
			if lw != "have" && participle && !act && !passiveFrames[nx] {
				return // "a standard that needs to be met for impeachment"
			}
		}
		from = v
		if askedLight[lw] && !(lw == "do" && v+1 < b && doneAlready[toks[v+1].low]) && urgeFrames[w] && toks[v].quote < 0 && an.addresseeAfter(i) {
			// "urged House Democrats to back a GOP-authored bill": with no
			// action word after it, the light verb is the act asked for
			fallback = lw
		}
	}
	reach := 12
	if i+1 < b && toks[i+1].low == "that" && strongFrames[w] {
		reach = 24 // "demanding that the nominees, Tom Price for health secretary and ..., explain"
	}
	for k := from; k < b && k <= i+reach; k++ {
		t := &toks[k]
		if t.low == "." && k > 0 && toks[k-1].dot && k+1 < len(toks) && toks[k+1].sent == t.sent {
			continue // "demanded Mr. Comey explain": an abbreviation's dot inside the sentence
		}
		if t.low == "." || t.low == ";" || t.low == "but" || t.low == "if" {
			return
		}
		act, ok := actionWords[t.low]
		if !ok {
			continue
		}
		if nexts, cond := actionAfter[t.low]; cond {
			if k+1 >= b || !slices.Contains(nexts, toks[k+1].low) {
				continue
			}
		}
		if actionBefore[t.low] && (k == 0 || toks[k-1].low != "be" && toks[k-1].low != "been") {
			continue
		}
		if weakActions[t.low] && !strongFrames[w] {
			continue
		}
		sc.action = act
		return
	}
}

// governedVerb returns the verb a demand frame at toks[i] governs, or -1:
// after a modal ("should resign"), after "to" ("needs to go", "ought to
// investigate") or after an addressee and "to" ("urged the panel to
// investigate", "called on him to apologize"). Adverbs between are
// skipped. Frames with a noun or a clause after them ("called for an
// inquiry", "demanded that he resign") have none.
func (an *analysis) governedVerb(i, b int) int {
	toks := an.toks
	w := toks[i].low
	k := i + 1
	switch w {
	case "should", "must":
	case "need", "needs", "needed", "ought", "has", "have", "responsibility", "obligation", "duty":
		if k >= b || toks[k].low != "to" {
			return -1
		}
		k++
	case "urge", "urged", "urges", "urging", "pressed", "asked", "asking", "call", "calls", "called", "calling":
		if w[0] == 'c' {
			if k >= b || toks[k].low != "on" {
				return -1
			}
			k++
		}
		to := -1
		for j := k; j < b && j <= i+8; j++ {
			l := toks[j].low
			if l == "to" {
				to = j
				break
			}
			if toks[j].kind != tkWord || l == "for" || l == "that" {
				return -1
			}
		}
		if to < 0 {
			return -1
		}
		k = to + 1
	default:
		return -1
	}
	for k < b && toks[k].kind == tkWord && (strings.HasSuffix(toks[k].low, "ly") && !lyVerbs[toks[k].low] || verbAdverbs[toks[k].low]) {
		k++
	}
	if k >= b || toks[k].kind != tkWord {
		return -1
	}
	return k
}

// lyVerbs end in -ly and are no adverbs ("must comply").
var lyVerbs = set("apply", "reply", "comply", "supply", "rely", "fly", "ally", "multiply")

// verbAdverbs may stand between a frame and its verb ("should now resign").
var verbAdverbs = set("not", "now", "also", "then", "first", "just", "still", "really", "at", "least",
	"either", "both", "finally", "soon", "too", "never", "seriously", "consider", "considering", "further",
	"again", "instead", "even", "only", "perhaps", "all", "themselves", "himself", "herself", "itself")

// whWords open an indirect question ("make clear what he disputes").
var whWords = set("what", "whether", "why", "how", "if", "who", "which", "when", "where")

// lightVerbs take the action as their object ("should hold hearings",
// "needs to give an apology", "must be impeached").
var lightVerbs = set("be", "been", "hold", "launch", "open", "appoint", "name", "start", "begin",
	"initiate", "call", "allow", "have", "get", "give", "issue", "offer", "seek", "take", "pursue",
	"order", "convene", "face", "undergo", "consider", "support", "back", "request", "demand", "make",
	"do", "go", "come", "use", "publicly", "formally", "immediately", "step", "stand")

// othersDemand reports a demand frame that names someone else's demand:
// a noun after a possessive or determiner ("his demand that Kyiv
// investigate", "the need for a review"), calls the subject turns down
// ("rejected calls for a special counsel") or a gerund after "for" naming
// what another did ("faulted Sessions for asking the inspector general
// to investigate").
func (an *analysis) othersDemand(i int) bool {
	toks := an.toks
	w, prev := toks[i].low, toks[i-1].low
	switch w {
	case "demand", "demands", "need", "needs", "call", "calls":
		if toks[i-1].poss || determiners[prev] || possPronouns[prev] {
			return true
		}
		return rejectingVerbs[prev]
	case "asking", "urging", "demanding", "calling", "pressing":
		return prev == "for"
	}
	return false
}

// urgeFrames ask another outright to act ("urged the senators to vote it
// down", "called on him to drop out"); any verb they govern is a demand.
var urgeFrames = set("urge", "urged", "urges", "urging", "pressed", "call", "calls", "called", "calling")

// plainBaseVerb reports a word that can be a verb's base form: no
// participle or past ending, no capital-only acronym.
func plainBaseVerb(w string) bool {
	if len(w) < 2 || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	return !determiners[w] && pronouns[w] == "" && !possPronouns[w] && w != "the" && !vagueVerbs[w]
}

// askedLight are light verbs that name the act asked for when no action
// word follows ("urged senators to back the bill", "called on the
// president to make a nomination", "urged Republicans to allow more
// witnesses"); "get", "give", "take", "hold" and "use" mostly came in
// other senses ("urged his lover to get an abortion", "urged voters to
// give him a chance").
var askedLight = set("back", "support", "allow", "begin", "start", "make", "seek", "come", "go", "do")

// doneAlready after "do" point back to an act named before ("urged others
// to do so").
var doneAlready = set("so", "it", "that", "this", "the", "same")

// vagueVerbs ask for no act in particular ("urged them to try", "to work
// with").
var vagueVerbs = set("try", "work", "help", "think", "keep", "continue", "remain", "stay", "look", "see")

// addresseeAfter reports a person or group right after an urging frame
// ("urged Congress", "called on them", "urged the panel", "urged
// voters"), not an object noun ("urges unified resistance to ...").
func (an *analysis) addresseeAfter(i int) bool {
	k := i + 1
	if k < len(an.toks) && an.toks[k].low == "on" {
		k++
	}
	if k >= len(an.toks) || an.toks[k].kind != tkWord {
		return false
	}
	t := &an.toks[k]
	return t.cap || pronouns[t.low] != "" || objectPronouns[t.low] || determiners[t.low] || possPronouns[t.low] || t.low == "all" || t.low == "both" ||
		strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss")
}

// objectPronouns name an addressee ("urged them to").
var objectPronouns = set("them", "him", "her", "us", "me", "you", "everyone", "everybody")

package extract

import (
	"slices"
	"strings"
)

// stanceScore sums the cues of a reactor's statements.
type stanceScore struct {
	deny, crit, sup int
	action          string // the first demanded action, "" for none
	verb            bool   // a response verb of the reactor's own
}

func (s *stanceScore) add(o stanceScore) {
	s.deny += o.deny
	s.crit += o.crit
	s.sup += o.sup
	if s.action == "" {
		s.action = o.action
	}
	s.verb = s.verb || o.verb
}

func (s stanceScore) strength() int {
	n := s.deny + s.crit + s.sup
	if s.action != "" {
		n += 10
	}
	return n
}

// decide picks one stance: a demand with its action, a denial, the larger
// of criticism and support, else neutral.
func (s stanceScore) decide() (stance, action string) {
	switch {
	case s.action != "":
		return "demands", s.action
	case s.deny >= 2 && s.deny >= s.crit:
		return "denies", ""
	case s.crit > s.sup || s.crit > 1 && s.crit == s.sup:
		// a firm tie: defending the subject mostly means attacking its critics
		return "criticizes", ""
	case s.sup > s.crit:
		return "supports", ""
	case s.deny > 0:
		return "denies", ""
	}
	return "neutral", ""
}

// weights: a response verb in the narration shows the stance more surely
// than a word inside a quote.
const (
	verbWeight = 3
	wordWeight = 1
)

// scoreStatement scores the cue words of one statement.
func (an *analysis) scoreStatement(st statement) stanceScore {
	var sc stanceScore
	for _, r := range mergeRanges(st.ev) {
		an.scoreRange(st, r[0], r[1], &sc)
	}
	return sc
}

func (an *analysis) scoreRange(st statement, a, b int, sc *stanceScore) {
	toks := an.toks
	for i := a; i < b; i++ {
		t := &toks[i]
		if t.kind != tkWord {
			continue
		}
		w := t.low
		narr := t.quote < 0
		if narr && an.otherSubject(st, i) {
			continue
		}
		if narr && an.relativeOther(st, i, a) {
			continue // "..., which the Kremlin has denied": another's response
		}
		if (w == "attack" || w == "attacks") && an.violentAttack(i, a, b) {
			continue // "after the Paris attacks", "a terrorist attack": the event, no criticism
		}
		if narr {
			if _, ok := reactVerbs[w]; ok && !plainVerbs[w] && !phraseVerbs[w] {
				sc.verb = true
			}
			if st, ok := reactVerbs[w]; ok && st != "" && strings.HasSuffix(w, "ing") && i > a && toks[i-1].low == "for" {
				continue // "rebuked Democrats for rejecting the language": their act
			}
			if st, ok := reactVerbs[w]; ok && st == "denies" && i > a && !strings.HasSuffix(w, "ing") && nominalBefore(&toks[i-1]) {
				continue // "into disputed waters", "punted on those disputes": no verb
			}
			if st, ok := reactVerbs[w]; ok && st == "denies" && an.firedFrom(i, b) {
				continue // "dismissed him as national security adviser": fired, no denial
			}
			if st, ok := reactVerbs[w]; ok && st == "denies" && (an.noClaimObject(i, b) || an.withheldAfter(i)) {
				continue // "Congress denied him the funding", "dismissed the risk"
			}
			if st, ok := reactVerbs[w]; ok && st != "" && !an.passiveAt(i) {
				if st == "denies" && an.proposalObject(i, b) {
					st = "criticizes" // "rejected the bill": a vote against, no denial
				}
				sc.addStance(st, verbWeight)
				if st == "demands" {
					an.demandAt(i, b, sc)
				}
				continue
			}
			if i+1 < b {
				if st, ok := reactPhrases[[2]string{w, toks[i+1].low}]; ok {
					if w == "refused" || w == "refuses" {
						// "refused to concede": a denial only with a verb of giving in
						if i+2 < b && (toks[i+2].low == "concede" || toks[i+2].low == "accept" || toks[i+2].low == "apologize" || toks[i+2].low == "resign" || toks[i+2].low == "quit" || toks[i+2].low == "step") {
							sc.addStance(st, verbWeight)
						}
						continue
					}
					sc.addStance(st, verbWeight)
					continue
				}
			}
		}
		if demandFrames[w] {
			an.demandAt(i, b, sc)
		}
		if !negatedDeny[w] && !denyWords[w] && !criticWords[w] && !supportWords[w] {
			continue
		}
		if denyVerbForms[w] && an.noOwnDenial(i, a) {
			continue // "were denied due process", "a law that denies", "want to deny"
		}
		if an.comparedAway(i, a) {
			continue // "an adversary more than a friend": the word is set aside
		}
		if w == "right" && i+1 < b && (rightAdverbs[toks[i+1].low] || toks[i+1].low == "to" && i > a && (determiners[toks[i-1].low] || possPronouns[toks[i-1].low])) {
			continue // "right now", "the right to": no praise
		}
		if w == "wrong" && i >= 2 && (toks[i-1].low == "me" || toks[i-1].low == "us") && toks[i-2].low == "get" {
			continue // "don't get me wrong": no denial
		}
		if w == "consistent" && i+1 < b && toks[i+1].low == "with" {
			continue // "consistent with his rhetoric": a comparison, no praise
		}
		if w == "support" && (i == 0 || !verbContext[toks[i-1].low]) {
			continue // "more support than": the noun, not the verb
		}
		if supportWords[w] && i+1 < b && concernNouns[toks[i+1].low] {
			sc.crit += wordWeight // "strong concerns": the noun tells the stance
			continue
		}
		if denyWords[w] && denyAdjectives[w] && an.attributiveNonClaim(i, b) {
			// "a false prophet", "filing false tax returns", "a ridiculous
			// amount of money": the adjective rejects no claim
			continue
		}
		if narr && (denyWords[w] || w == "wrong") && an.verdictBefore(i, a) {
			continue // "another claim that was proven false": the writer's or a checker's verdict
		}
		if (w == "true" || w == "falsely") && an.attributiveTrue(i, b) {
			continue // "didn't have a true quorum", "falsely identified accounts": no claim judged
		}
		if an.noClaimSense(i, b) {
			continue // "lies within its hands", "on the basis of", "not aware of how"
		}
		neg := an.negatedAt(i, a)
		if neg && (w == "truth" || w == "true") && an.toldBefore(i, a) {
			sc.crit += wordWeight // "hasn't told the truth": a charge of lying
			continue
		}
		switch {
		case negatedDeny[w] && neg && an.negationAsAim(i, a):
			// "to ensure no vote count is ever interfered with": a goal
		case negatedDeny[w] && neg && an.withoutBefore(i, a):
			// "the managers might say, without evidence, that": a charge, no
			// denial; in the narration it is the writer's hedge
			if !narr {
				sc.crit += wordWeight
			}
		case negatedDeny[w] && neg && an.findingNo(i, a):
			// "the inspector general found no evidence that ...": a finding,
			// nobody's denial
		case negatedDeny[w] && neg:
			sc.deny += 2 * wordWeight
		case denyWords[w] && !neg && an.madeFalse(i, a):
			// "pleaded guilty to making false statements": a charge of
			// lying (criticism in a quote), no denial
			if !narr {
				sc.crit += wordWeight
			}
		case denyWords[w] && !neg:
			sc.deny += wordWeight
		case criticWords[w] && !neg:
			sc.crit += wordWeight
		case supportWords[w]:
			if neg {
				sc.crit += wordWeight
			} else {
				sc.sup += wordWeight
			}
		}
	}
}

// rightAdverbs after "right" make it an adverb or a direction ("right
// now", "right away", "right-wing").
var rightAdverbs = set("now", "away", "here", "there", "after", "before", "into", "at", "on", "in", "behind",
	"next", "back", "off", "out", "up", "down", "through", "wing", "side", "hand", "of")

// possPronouns own a noun ("their right to vote").
var possPronouns = set("his", "her", "their", "its", "our", "my", "your")

// comparedAway reports a word after "than" or "instead of", up to an
// article between ("more than a friend", "rather than an asset"): the
// comparison sets it aside.
func (an *analysis) comparedAway(i, a int) bool {
	k := i - 1
	if k >= a && (an.toks[k].low == "a" || an.toks[k].low == "an" || an.toks[k].low == "the") {
		k--
	}
	if k < a {
		return false
	}
	return an.toks[k].low == "than" || an.toks[k].low == "of" && k-1 >= a && an.toks[k-1].low == "instead"
}

// proposalObject reports a denial verb whose object is a proposal ("the
// House rejected a far-ranging immigration bill", "dismissed the plan").
func (an *analysis) proposalObject(i, b int) bool {
	for k := i + 1; k < b && k <= i+6; k++ {
		t := &an.toks[k]
		if t.kind != tkWord || t.quote >= 0 {
			return false
		}
		if proposalNouns[t.low] {
			return true
		}
		if allegationNouns[t.low] {
			return false
		}
	}
	return false
}

// proposalNouns are things put forward to be accepted or voted down.
var proposalNouns = set("bill", "bills", "measure", "proposal", "proposals", "amendment", "amendments",
	"plan", "offer", "nomination", "nominee", "legislation", "resolution", "motion", "deal", "request",
	"appeal", "compromise", "budget", "bid", "treaty", "agreement", "settlement", "requests", "offers",
	"plans", "deals", "nominations", "appeals", "bids", "measures", "cuts", "policy", "policies", "approach",
	"strategy", "solution", "option", "options", "reform", "reforms", "invitation", "invitations", "overture",
	"overtures", "ultimatum", "protections", "regulation", "regulations", "rule", "rules", "law", "laws",
	"demands", "mandate", "ban", "tax", "taxes", "tariff", "deadline", "terms")

// allegationNouns are claims a denial verb rejects.
var allegationNouns = set("allegation", "allegations", "claim", "claims", "charge", "charges", "report",
	"reports", "accusation", "accusations", "suggestion", "suggestions", "idea", "notion", "assertion")

func (sc *stanceScore) addStance(st string, w int) {
	switch st {
	case "denies":
		sc.deny += w
	case "criticizes":
		sc.crit += w
	case "supports":
		sc.sup += w
	}
}

// negatedAt reports whether toks[i] sits in the scope of a negation: a
// negator among the six words before it in its clause ("there was no
// impression of governmental incompetence"), or, for a word in a subject,
// a negated verb right after it ("the squabbles were not perceived as a
// problem"). "No doubt" and "not only" negate nothing.
func (an *analysis) negatedAt(i, lo int) bool {
	toks := an.toks
	s := an.sents[toks[i].sent]
	if lo < s.first {
		lo = s.first
	}
	for k := i - 1; k >= lo && k >= i-6; k-- {
		w := toks[k].low
		if negationBoundary[w] {
			break
		}
		if negators[w] || strings.HasSuffix(w, "n't") {
			if k+1 < len(toks) && (toks[k+1].low == "doubt" || toks[k+1].low == "only" || toks[k+1].low == "question") {
				continue
			}
			return true
		}
	}
	// a negated verb after the word closes its subject
	for k := i + 1; k < s.end && k <= i+10; k++ {
		w := toks[k].low
		if negationBoundary[w] || toks[k].kind == tkQuote || pronouns[w] != "" || w == "that" || w == "which" || w == "who" {
			break
		}
		if (w == "not" || w == "never") && k > i+1 && copulas[toks[k-1].low] || strings.HasSuffix(w, "n't") && copulas[strings.TrimSuffix(w, "n't")] {
			return true
		}
	}
	return false
}

// negationBoundary ends the scope of a negation.
var negationBoundary = set(",", ".", ";", ":", "but", "although", "though", "while", "because", "yet", "however", "—", "–")

// copulas and auxiliaries whose negation ends a subject ("were not").
var copulas = set("is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did", "would", "could", "should", "will", "ca", "wo", "is", "isn", "wasn", "aren", "weren", "hasn", "haven", "don", "doesn", "didn", "couldn", "shouldn", "wouldn")

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
	}
	for k := from; k < b && k <= i+12; k++ {
		t := &toks[k]
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

// evidenceText is the words that show a statement, for Reaction.Quote.
func (an *analysis) evidenceText(st statement) string {
	best := [2]int{-1, -1}
	for _, r := range st.ev {
		if r[1] > r[0] && (best[0] < 0 || r[1]-r[0] > best[1]-best[0]) {
			best = r
		}
	}
	if best[0] < 0 {
		return ""
	}
	s, e := an.toks[best[0]].s, an.toks[best[1]-1].fe
	return strings.Join(strings.Fields(an.text[s:e]), " ")
}

// otherSubject reports a response verb at toks[i] whose subject is a
// person other than the statement's reactor ("..., something that Trump
// also corrected").
func (an *analysis) otherSubject(st statement, i int) bool {
	w := an.toks[i].low
	if _, ok := reactVerbs[w]; !ok {
		return false
	}
	if reactVerbs[w] == "" && !(i+1 < len(an.toks) && hasPhrase(w, an.toks[i+1].low)) {
		return false
	}
	first := an.sents[an.toks[i].sent].first
	src := an.sourceBefore(i, first, an.midx)
	if src.person < 0 || src.person == st.person {
		return false
	}
	return !slices.Contains(an.coordinated(src.first, first), st.person)
}

// mergeRanges sorts token ranges and joins overlapping ones, so no word
// is scored twice.
func mergeRanges(rs [][2]int) [][2]int {
	out := slices.Clone(rs)
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	n := 0
	for _, r := range out {
		if n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out[n] = r
		n++
	}
	return out[:n]
}

// denyAdjectives reject a claim when said of it ("the report is false",
// "a false narrative"); before another noun they reject nothing.
var denyAdjectives = set("false", "untrue", "inaccurate", "baseless", "unfounded", "groundless",
	"fabricated", "absurd", "ridiculous", "bizarre", "unfair", "erroneous", "incorrect")

// claimNouns are what a denial adjective can be said of.
var claimNouns = set("allegation", "allegations", "claim", "claims", "charge", "charges", "report",
	"reports", "reporting", "accusation", "accusations", "suggestion", "suggestions", "assertion",
	"assertions", "narrative", "story", "stories", "account", "accounts", "characterization",
	"characterizations", "premise", "rumor", "rumors", "rumour", "rumours", "statement", "statements",
	"news", "smear", "smears", "attack", "attacks", "notion", "idea", "impression", "portrayal",
	"depiction", "picture", "theory", "theories", "conclusion", "conclusions")

// attributiveNonClaim reports a denial adjective at toks[i] that modifies
// a following noun other than a claim ("false prophet", "false corporate
// tax returns"). A word after it that is a function word or punctuation
// leaves the adjective predicative ("false and", "false."), as does a
// claim noun among the next three words.
func (an *analysis) attributiveNonClaim(i, b int) bool {
	toks := an.toks
	if i+1 >= b || toks[i+1].kind != tkWord || predicativeNext[toks[i+1].low] {
		return false
	}
	for k := i + 1; k < b && k <= i+3; k++ {
		if toks[k].kind != tkWord || predicativeNext[toks[k].low] {
			break
		}
		if claimNouns[toks[k].low] {
			return false
		}
	}
	return true
}

// predicativeNext are words that can follow a predicative adjective.
var predicativeNext = set("and", "or", "but", "to", "that", "of", "on", "in", "about", "as", "for",
	"from", "by", "with", "at", "because", "since", "if", "when", "and/or", "nor", "so", "then", "than",
	"too", "again", "anyway", "indeed", "altogether", "all", "now", "he", "she", "they", "it", "we", "i",
	"said", "says", "according", "is", "was", "are", "were", "—", "–")

// denyVerbForms are the denial verbs among denyWords.
var denyVerbForms = set("deny", "denied", "denies", "reject", "rejected")

// noOwnDenial reports a denial verb that is nobody's denial of a claim:
// passive without an agent ("were denied due process"), in a relative clause ("a law that
// denies couples the right", "people who reject him") or an infinitive
// ("they want to deny the existence of ...", "the power to deny them
// re-election").
func (an *analysis) noOwnDenial(i, a int) bool {
	if an.withheldAfter(i) {
		return true // "the co-pilot denied the pilot access to the cockpit"
	}
	if an.passiveAt(i) {
		// "it's being denied by the campaign": the agent denies
		return i+1 >= len(an.toks) || an.toks[i+1].low != "by"
	}
	for k, n := i-1, 0; k >= a && n < 3; k, n = k-1, n+1 {
		w := an.toks[k].low
		switch w {
		case "to", "that", "which", "who":
			return true
		}
		if !strings.HasSuffix(w, "ly") && !auxWords[w] && w != "not" && w != "never" {
			return false
		}
	}
	return false
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
	case "need", "needs", "needed", "ought", "has", "have":
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
	for k < b && toks[k].kind == tkWord && (strings.HasSuffix(toks[k].low, "ly") && toks[k].low != "apply" && toks[k].low != "reply" || verbAdverbs[toks[k].low]) {
		k++
	}
	if k >= b || toks[k].kind != tkWord {
		return -1
	}
	return k
}

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

// rejectingVerbs turn down the calls after them.
var rejectingVerbs = set("rejected", "rejects", "rejecting", "dismissed", "dismisses", "rebuffed",
	"rebuffs", "resisted", "resists", "resisting", "ignored", "ignores", "defied", "defies",
	"brushed", "denied", "refused")

// noClaimObject reports a denial verb whose object is no claim: a person
// withheld from ("Congress had denied him on the wall funding") or a risk
// played down ("he dismisses the risk that ...").
func (an *analysis) noClaimObject(i, b int) bool {
	toks := an.toks
	if i+1 >= b {
		return false
	}
	switch toks[i+1].low {
	case "him", "me", "us":
		return true
	case "her":
		// "denied her a visa", not "rejecting her allegations"
		return i+2 >= b || !claimNouns[toks[i+2].low] && !allegationNouns[toks[i+2].low]
	}
	for k := i + 1; k < b && k <= i+3; k++ {
		l := toks[k].low
		if riskNouns[l] {
			return true
		}
		if !determiners[l] && !possPronouns[l] && l != "any" && l != "such" && !toks[k].poss {
			return false
		}
	}
	return false
}

// riskNouns are dangers one can play down, not claims one denies.
var riskNouns = set("risk", "risks", "danger", "dangers", "threat", "threats", "possibility", "prospect",
	"prospects", "chance", "chances", "odds", "fears", "worries", "significance", "importance", "influence",
	"impact", "power", "clout", "effect", "effects")

// noClaimSense reports a denial word used in a sense that rejects no
// claim: "lie(s)" of place ("the answer lies in", "does not entirely lie
// within its hands"), "basis" in "on the basis of", "aware" of an open
// question ("weren't aware of how to navigate", "not aware whether").
func (an *analysis) noClaimSense(i, b int) bool {
	toks := an.toks
	w := toks[i].low
	next := ""
	if i+1 < b {
		next = toks[i+1].low
	}
	switch w {
	case "lie", "lies":
		k := i + 1
		for k < b && (strings.HasSuffix(toks[k].low, "ly") || toks[k].low == "not") {
			k++
		}
		return k < b && liePreps[toks[k].low]
	case "basis":
		return next == "of" && i > 0 && (toks[i-1].low == "the" || toks[i-1].low == "a")
	case "aware":
		if next == "of" && i+2 < b {
			next = toks[i+2].low
		}
		return whWords[next]
	}
	return false
}

// liePreps follow "lie" of place.
var liePreps = set("in", "within", "with", "at", "behind", "ahead", "beyond", "beneath", "outside",
	"inside", "between", "among", "elsewhere", "somewhere")

// toldBefore reports "told"/"tell"/"telling" right before a "truth" at
// toks[i] ("hasn't told the truth", "not telling us the truth").
func (an *analysis) toldBefore(i, a int) bool {
	for k := i - 1; k >= a && k >= i-3; k-- {
		switch an.toks[k].low {
		case "tell", "tells", "told", "telling", "reveal", "revealed", "revealing", "speak", "spoke", "speaking":
			return true
		}
	}
	return false
}

// irregularParticiples end in neither -ed nor -en ("must have known",
// "needs to be met").
var irregularParticiples = set("met", "done", "made", "told", "known", "seen", "said", "held", "brought",
	"kept", "left", "put", "set", "found", "thought", "sought", "caught", "taught", "paid", "sent", "spent",
	"built", "felt", "led", "read", "won", "lost", "run", "come", "become", "gone", "been", "had", "got")

// passiveFrames pass a demand on ("should be forced to resign", "must be
// made to testify", "should be held accountable").
var passiveFrames = set("forced", "made", "required", "compelled", "asked", "allowed", "held", "brought",
	"called", "subpoenaed", "ordered", "given", "put", "sent", "placed", "subject", "investigated", "appointed",
	"named", "launched", "opened", "established", "created", "set", "convened")

// negationAsAim reports a negator at the head of a goal ("ensure no vote
// is interfered with", "make sure nothing improper happens"): nobody
// denies anything.
func (an *analysis) negationAsAim(i, a int) bool {
	toks := an.toks
	for k := i - 1; k > a && k >= i-6; k-- {
		w := toks[k].low
		if negators[w] || strings.HasSuffix(w, "n't") {
			p := toks[k-1].low
			return p == "ensure" || p == "ensures" || p == "ensuring" || p == "sure" || p == "guarantee" || p == "guarantees"
		}
	}
	return false
}

// withheldAfter reports a denial verb with a thing withheld among the
// next four words ("denied the pilot access", "denied the company's
// lawyers entry").
func (an *analysis) withheldAfter(i int) bool {
	end := an.sents[an.toks[i].sent].end
	for k := i + 1; k < end && k <= i+4; k++ {
		if an.toks[k].kind != tkWord {
			if an.toks[k].low == "." && an.toks[k-1].dot {
				continue // "Mr."
			}
			return false
		}
		if withheldNouns[an.toks[k].low] {
			return true
		}
		// a double object: "deny Mr. Trump a first-round win", "denied
		// them a vote"
		if l := an.toks[k].low; (l == "a" || l == "an") && k > i+1 {
			p := &an.toks[k-1]
			if p.low == "him" || p.low == "them" || p.low == "us" || p.low == "me" || p.cap && !p.poss {
				return true
			}
		}
	}
	return false
}

// viewNouns head a that-clause holding someone's view ("the argument that
// he should resign").
var viewNouns = set("argument", "arguments", "view", "views", "belief", "position", "criticism",
	"complaint", "complaints", "contention", "insistence", "demand", "demands", "calls")

// withoutBefore reports "without" as the negator of toks[i] ("without
// evidence", "without any proof of wrongdoing"): it faults a claim as
// unsupported rather than denying one.
func (an *analysis) withoutBefore(i, a int) bool {
	for k := i - 1; k >= a && k >= i-4; k-- {
		w := an.toks[k].low
		if w == "without" {
			return true
		}
		if negators[w] || strings.HasSuffix(w, "n't") || negationBoundary[w] {
			return false
		}
	}
	return false
}

// violentAttack reports "attack(s)" at toks[i] naming a violent event
// rather than a verbal one: after a weapon or violence word ("a terrorist
// attack", "the chemical attack", "a heart attack"), after a time word
// and an article ("after the attacks", "during the attack"), before a
// place ("the attacks in Paris", "the attack at the airport") or before a
// verb of harm ("the attack that killed four Americans", "killed in the
// attacks").
func (an *analysis) violentAttack(i, a, b int) bool {
	toks := an.toks
	for k, n := i-1, 0; k >= a && n < 3; k, n = k-1, n+1 {
		l := toks[k].low
		if violenceModifiers[l] {
			return true
		}
		if attackTimeWords[l] {
			return n > 0 // "after the attacks", not "after attacks on his record"
		}
		if l == "killed" || l == "injured" || l == "wounded" || l == "died" {
			return true
		}
		if toks[k].kind != tkWord || !determiners[l] && !possPronouns[l] && !toks[k].poss && !strings.HasSuffix(l, "'s") && !toks[k].cap && l != "deadly" && l != "week's" {
			break
		}
	}
	if i+1 < b {
		switch toks[i+1].low {
		case "in", "at", "near":
			return i+2 < b && (toks[i+2].cap || toks[i+2].low == "the" && i+3 < b && toks[i+3].cap)
		case "that", "which":
			return i+2 < b && harmVerbs[toks[i+2].low]
		case "killed", "wounded", "injured", "left":
			return true
		}
	}
	return false
}

// violenceModifiers name the kind of a violent attack.
var violenceModifiers = set("terror", "terrorist", "terrorists", "chemical", "heart", "missile", "suicide",
	"bomb", "military", "cyber", "nerve", "gas", "knife", "armed", "drone", "rocket", "air", "mortar",
	"shark", "gun", "shooting", "truck", "vehicle", "acid", "arson", "sarin", "nuclear", "bioterror",
	"ransomware", "hacking", "denial-of-service", "islamist", "jihadist", "militant", "insurgent",
	"deadly", "bloody", "violent", "savage", "senseless")

// attackTimeWords before "the attack" place something in time around it.
var attackTimeWords = set("after", "before", "since", "following", "during", "until")

// harmVerbs follow "the attack that ..." of a violent event.
var harmVerbs = set("killed", "kills", "wounded", "injured", "left", "claimed", "destroyed", "targeted", "struck", "hit")

// nominalBefore reports a token that makes the response word after it a
// noun or an adjective ("the disputed islands", "those disputes", "sailed
// into disputed waters", "Moscow's rejects"): an article, a demonstrative,
// a possessive or a preposition.
func nominalBefore(t *token) bool {
	return t.kind == tkWord && (t.poss || nominalHeads[t.low])
}

// nominalHeads open a noun phrase.
var nominalHeads = set("a", "an", "the", "these", "those", "this", "his", "their", "its", "our", "my",
	"your", "into", "in", "on", "of", "over", "across", "from", "about", "with", "between", "among",
	"around", "near", "no")

// findingNo reports a negator right after a verb of finding before
// toks[i] ("found no evidence that", "saw no sign of", "turned up no
// proof"): what a search showed, not a denial.
func (an *analysis) findingNo(i, a int) bool {
	for k := i - 1; k > a && k >= i-3; k-- {
		if negators[an.toks[k].low] {
			return findingVerbs[an.toks[k-1].low]
		}
	}
	return false
}

// findingVerbs report what a search or review showed.
var findingVerbs = set("found", "find", "finds", "finding", "uncovered", "uncover", "saw", "see", "sees",
	"seen", "up", "shows", "showed", "show", "yielded", "revealed", "produced", "identified", "detected")

// madeFalse reports "false" or "falsehoods" after a verb of making or
// giving among the two words before it ("making false statements",
// "filing false campaign reports", "spread falsehoods"): the act of
// lying, not a rejection of a claim.
func (an *analysis) madeFalse(i, a int) bool {
	w := an.toks[i].low
	if w != "false" && w != "falsehood" && w != "falsehoods" && w != "lies" {
		return false
	}
	for k := i - 1; k >= a && k >= i-2; k-- {
		if falseMakingVerbs[an.toks[k].low] {
			return true
		}
	}
	return false
}

// falseMakingVerbs produce a statement or a document.
var falseMakingVerbs = set("make", "makes", "made", "making", "file", "files", "filed", "filing", "give",
	"gave", "giving", "given", "provide", "provided", "providing", "submit", "submitted", "submitting",
	"spread", "spreads", "spreading", "issue", "issued", "issuing", "publish", "published", "publishing",
	"post", "posted", "posting", "peddle", "peddled", "peddling", "tell", "told", "telling", "tells")

// relativeOther reports a response verb at toks[i] in an object relative
// clause whose subject is not the statement's reactor ("Russia convinced
// him to stay, which the Kremlin has denied", "an assertion that Saudi
// Arabia denies", "a point the bishops' office denied" is left alone
// without a relative word). A subject that is only a pronoun is left
// alone: it may be the reactor ("which he denied").
func (an *analysis) relativeOther(st statement, i, a int) bool {
	toks := an.toks
	w := toks[i].low
	if r, ok := reactVerbs[w]; !ok || r == "" {
		return false
	}
	k := i - 1
	for k >= a && toks[k].kind == tkWord && (auxWords[toks[k].low] || strings.HasSuffix(toks[k].low, "ly") || relAdverbs[toks[k].low]) {
		k--
	}
	end := k + 1
	for k >= a && end-k <= 5 && toks[k].kind == tkWord && !relWords[toks[k].low] {
		k--
	}
	if k < a || toks[k].kind != tkWord || !relWords[toks[k].low] || end-k-1 < 1 {
		return false
	}
	if toks[k].low == "that" && (k == a || !claimNouns[toks[k-1].low] && !allegationNouns[toks[k-1].low]) {
		return false // "said that the Kremlin denied", "that position": only "allegations that X denied"
	}
	if last := toks[end-1].low; determiners[last] || possPronouns[last] || toks[end-1].kind != tkWord {
		return false // "that the attacks were": a noun
	}
	pron := true
	for j := k + 1; j < end; j++ {
		if toks[j].low == "and" || toks[j].low == "or" {
			return false
		}
		if mi := an.midx[j]; mi >= 0 && an.mentions[mi].person == st.person {
			return false
		}
		if !subjPronouns[toks[j].low] {
			pron = false
		}
	}
	return !pron
}

// relWords open an object relative clause.
var relWords = set("which", "what", "that", "whom")

// relAdverbs stand between a relative clause's subject and its verb.
var relAdverbs = set("also", "since", "later", "now", "still", "repeatedly", "flatly", "publicly", "strongly", "not", "never")

// subjPronouns may stand for the reactor.
var subjPronouns = set("he", "she", "they", "i", "we", "it")

// sayingVerbs take a that-clause of what was said.
var sayingVerbs = set("said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "wrote",
	"writes", "argued", "argues", "claimed", "claims", "insisted", "insists", "reported", "reports",
	"stated", "explained", "suggested", "suggests", "believes", "believed", "thinks", "thought", "showed",
	"shows", "found", "finds", "announced", "announces", "confirmed", "confirms", "acknowledged", "warned")

// firedFrom reports "dismissed" in the sense of removed from a post: "as"
// and a role ("dismissed Flynn as national security adviser") or "from"
// and a post ("dismissed from his job").
func (an *analysis) firedFrom(i, b int) bool {
	toks := an.toks
	if w := toks[i].low; w != "dismissed" && w != "dismisses" {
		return false
	}
	for k := i + 1; k < b && k <= i+6; k++ {
		t := &toks[k]
		if t.kind != tkWord {
			if t.low == "." && toks[k-1].dot {
				continue
			}
			return false
		}
		if t.quote >= 0 {
			return false
		}
		switch t.low {
		case "as":
			for j := k + 1; j < b && j <= k+4 && toks[j].kind == tkWord; j++ {
				if r, ok := titleWords[toks[j].low]; ok && r != "" || postRoles[toks[j].low] {
					return true
				}
			}
			return false
		case "from":
			for j := k + 1; j < b && j <= k+3 && toks[j].kind == tkWord; j++ {
				if postNouns[toks[j].low] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// postRoles are posts one can be dismissed from ("as coach").
var postRoles = set("director", "chairman", "chairwoman", "chair", "coach", "head", "commissioner", "editor",
	"officer", "chief", "adviser", "advisor", "secretary", "minister", "manager", "president", "ceo",
	"executive", "counsel", "spokesman", "spokeswoman", "prosecutor", "attorney", "ambassador", "deputy")

// postNouns are jobs and bodies one can be dismissed from.
var postNouns = set("post", "job", "position", "office", "role", "duties", "service", "army", "force", "team",
	"cabinet", "government", "company", "firm", "staff", "board", "committee", "department", "bench", "school",
	"university", "party", "club", "military", "navy", "police", "ministry", "administration")

// attributiveTrue reports "true" right before a noun other than a claim
// ("a true quorum", "no true conservative") or "falsely" before a
// participle used as an adjective ("falsely identified accounts"): the
// word judges no statement.
func (an *analysis) attributiveTrue(i, b int) bool {
	toks := an.toks
	if i+1 >= b || toks[i+1].kind != tkWord {
		return false
	}
	if toks[i].low == "falsely" {
		p := toks[i+1].low
		if !strings.HasSuffix(p, "ed") || i+2 >= b || toks[i+2].kind != tkWord {
			return false
		}
		n := toks[i+2].low
		return !predicativeNext[n] && !determiners[n] && !possPronouns[n] && !subjPronouns[n] &&
			n != "him" && n != "her" && n != "them" && n != "me" && n != "us" && !toks[i+2].cap && !claimNouns[n]
	}
	if i == 0 || !determiners[toks[i-1].low] && toks[i-1].low != "no" && toks[i-1].low != "any" {
		return false // "not true": predicative
	}
	n := toks[i+1].low
	return !predicativeNext[n] && !claimNouns[n] && !allegationNouns[n]
}

// verdictBefore reports a verb of verdict right before toks[i], adverbs
// between ("was later proven false", "has been shown to be untrue",
// "rated false by PolitiFact"): in the narration a fact check, not the
// reactor's denial.
func (an *analysis) verdictBefore(i, a int) bool {
	k := i - 1
	for k >= a && an.toks[k].kind == tkWord && (strings.HasSuffix(an.toks[k].low, "ly") || an.toks[k].low == "to" || an.toks[k].low == "be") {
		k--
	}
	return k >= a && checkVerdicts[an.toks[k].low]
}

// checkVerdicts pass a verdict on a claim.
var checkVerdicts = set("proven", "proved", "shown", "deemed", "rated", "ruled", "judged", "debunked", "exposed")

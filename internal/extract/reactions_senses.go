package extract

import (
	"strings"
)

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
	for k := i - 1; k >= a && k >= i-8; k-- {
		if attackers[toks[k].low] {
			return true // "terrorists trying a major attack": violence
		}
		if toks[k].low == "," || toks[k].low == ";" || toks[k].kind == tkQuote {
			break
		}
	}
	if i >= a+2 && toks[i-1].cap && toks[i-1].kind == tkWord && toks[i-1].sent == toks[i].sent && toks[i-2].low == "the" &&
		(i+1 >= b || !attackTargetPreps[toks[i+1].low]) {
		return true // "the Copenhagen attack": a place names the event
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

// attackers carry out a violent attack.
var attackers = set("terrorist", "terrorists", "militant", "militants", "gunman", "gunmen", "jihadist",
	"jihadists", "bomber", "bombers", "insurgents", "isis", "qaeda", "extremists")

// attackTargetPreps after "attack" name its target ("the Clinton attack on
// Sanders"): words, not violence.
var attackTargetPreps = set("on", "against", "by", "from", "ad", "ads", "line", "lines", "dog", "dogs", "machine")

// violentVerb reports "attacked"/"attacks" at toks[i] whose clause goes on
// to harm people ("a gunman attacked a synagogue, killing two and
// wounding five"; "attacked the convoy with rockets"): a violent act, no
// criticism.
func (an *analysis) violentVerb(i, b int) bool {
	toks := an.toks
	for k := i + 1; k < b && k <= i+20; k++ {
		t := &toks[k]
		if t.quote >= 0 || t.kind == tkQuote || t.low == ";" || t.low == "." {
			return false
		}
		if violentParticiples[t.low] {
			return true
		}
	}
	return false
}

// violentParticiples follow a violent attack ("..., killing two").
var violentParticiples = set("killing", "wounding", "injuring", "stabbing", "knife", "knives", "machete",
	"rockets", "missiles", "explosives")

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

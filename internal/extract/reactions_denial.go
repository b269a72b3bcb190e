package extract

import (
	"strings"
)

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
	"inside", "between", "among", "elsewhere", "somewhere", "before", "under", "upon", "across", "around", "near",
	"dormant", "low", "fallow", "idle")

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

package extract

// News often states how a group took the news, then quotes one of its
// members as the example: "Critics pounced on the plan. // "This helps
// nobody," said Ann Hale." When the member's own words show no stance,
// the group's sentence right before tells it.

// groupScene scores the sentence before statement st when it tells how a
// group the reactor may belong to took the news: no quote and nobody
// named in it, a subject that is a group noun ("Democrats on the panel
// were unconvinced.", "But opponents slammed the bill."), and, for a
// party, a named reactor of no other party. It returns the zero score
// otherwise.
func (an *analysis) groupScene(st statement) stanceScore {
	var sc stanceScore
	if st.words == 0 || st.sent < 1 {
		return sc
	}
	toks := an.toks
	prev := an.sents[st.sent-1]
	if prev.end-prev.first > 25 || prev.end <= prev.first {
		return sc
	}
	unreal := false
	for k := prev.first; k < prev.end; k++ {
		if toks[k].kind == tkQuote || toks[k].quote >= 0 || an.midx[k] >= 0 {
			return sc
		}
		unreal = unreal || sceneUnreal[toks[k].low]
		if k > prev.first && sceneTurns[toks[k].low] {
			return sc // "Democrats said they weren't happy, but most said it was the only option": two stances, or two groups
		}
	}
	k := prev.first
	for k < prev.end && (sceneOpeners[toks[k].low] || toks[k].low == ",") {
		k++
	}
	if k >= prev.end || !sceneGroups[toks[k].low] {
		// "The plan drew sharp criticism from Democrats.", "The move was
		// praised by conservatives.": the group after from or by
		k = an.sceneAgent(prev.first, prev.end)
		if k < 0 || unreal {
			return sc // "would likely attract criticism from conservatives": a guess, no stance taken
		}
	}
	if party := partyGroups[toks[k].low]; party != "" {
		// a party's member, or a person whose party the article does not give
		if st.person < 0 || an.people[st.person].party != "" && an.people[st.person].party != party {
			return sc
		}
	}
	var g stanceScore
	an.scoreRange(statement{person: -1, sent: st.sent - 1, tok: prev.first, ctx: -1, dfirst: -1}, prev.first, prev.end, &g)
	for c := prev.first; c < prev.end; c++ {
		switch {
		case sceneCritNouns[toks[c].low]:
			g.crit++
		case sceneSupNouns[toks[c].low]:
			g.sup++
		}
	}
	switch {
	case g.crit > g.sup && g.crit >= g.deny:
		sc.crit = wordWeight
	case g.sup > g.crit && g.sup >= g.deny:
		sc.sup = wordWeight
	case g.deny > 0:
		sc.deny = wordWeight
	}
	return sc
}

// sceneOpeners may come before the group noun.
var sceneOpeners = set("but", "and", "yet", "still", "meanwhile", "the", "many", "some", "most", "several", "other",
	"fellow", "his", "her", "their", "top", "leading", "prominent")

// sceneGroups are nouns for a group whose members speak next.
var sceneGroups = set("democrats", "republicans", "critics", "opponents", "supporters", "backers", "allies",
	"lawmakers", "senators", "conservatives", "liberals", "progressives", "activists", "advocates", "detractors",
	"skeptics", "sceptics", "defenders", "rivals", "colleagues", "members")

// partyGroups name a party's members.
var partyGroups = map[string]string{"democrats": "Democrat", "republicans": "Republican"}

// sceneAgent returns the group noun after "from" or "by" in toks[a:b]
// ("drew fire from conservatives", "was praised by Republicans"), or -1.
func (an *analysis) sceneAgent(a, b int) int {
	toks := an.toks
	for k := a; k < b; k++ {
		if toks[k].low != "from" && toks[k].low != "by" {
			continue
		}
		for j := k + 1; j < b && j <= k+4; j++ {
			if sceneGroups[toks[j].low] {
				return j
			}
			if !sceneOpeners[toks[j].low] && toks[j].low != "both" && toks[j].low != "many" && toks[j].low != "some" {
				break
			}
		}
	}
	return -1
}

// sceneCritNouns and sceneSupNouns name how a group took the news ("drew
// criticism", "won praise").
var sceneCritNouns = set("criticism", "condemnation", "rebuke", "rebukes", "backlash", "fire", "scorn", "ire",
	"anger", "opposition", "objections", "protests", "derision", "complaints")
var sceneSupNouns = set("praise", "applause", "plaudits", "cheers", "backing", "accolades")

// sceneUnreal make a scene sentence with the group after from or by a
// guess or a condition.
var sceneUnreal = set("would", "could", "might", "may", "if", "unless")

// sceneTurns inside a scene sentence turn it to a second clause.
var sceneTurns = set("but", "however", "while", "although", "though", "whereas")

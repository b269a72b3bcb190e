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
	for k := prev.first; k < prev.end; k++ {
		if toks[k].kind == tkQuote || toks[k].quote >= 0 || an.midx[k] >= 0 {
			return sc
		}
	}
	k := prev.first
	for k < prev.end && (sceneOpeners[toks[k].low] || toks[k].low == ",") {
		k++
	}
	if k >= prev.end || !sceneGroups[toks[k].low] {
		return sc
	}
	if party := partyGroups[toks[k].low]; party != "" {
		// a party's member, or a person whose party the article does not give
		if st.person < 0 || an.people[st.person].party != "" && an.people[st.person].party != party {
			return sc
		}
	}
	var g stanceScore
	an.scoreRange(statement{person: -1, sent: st.sent - 1, tok: prev.first, ctx: -1, dfirst: -1}, prev.first, prev.end, &g)
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

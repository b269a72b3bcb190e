package extract

import "strings"

// News often calls the person it is about by office alone: `Trump said
// ... "...," the president said`, `"...," the two-term senator said`
// after Mark Pryor. When no person of the text holds that role by name
// (addRoleMentions links those), or a modifier stands before the office
// ("the former governor"), a definite office phrase is the person named
// just before, found as for a state epithet (the subject of its own
// sentence, the one person the sentence before names, the last named
// speaker, the subject of a recent sentence), when that person's role,
// if any, is this office, and, when the text titles some names with
// a head-of-government office ("President Obama"), it titled this one. A plural ("the senators") or an indefinite
// phrase ("a senior official") stays a descriptor.

// roleEpithetHeads are the office nouns such a phrase may end in, with the
// word a holder's role must contain.
var roleEpithetHeads = map[string]string{
	"president": "president", "senator": "senator", "governor": "governor",
	"congressman": "representative", "congresswoman": "representative",
	"mayor": "mayor", "chancellor": "chancellor", "premier": "premier",
	"minister": "minister", "candidate": "candidate", "nominee": "nominee",
	"businessman": "businessman", "businesswoman": "businesswoman",
}

// officeModifiers may also stand before the office ("the embattled
// president", "the billionaire businessman"); "the next president" or
// "the new governor" may be someone else and is left alone.
var officeModifiers = set("embattled", "billionaire", "sitting", "current", "incoming", "outspoken", "wealthy", "popular", "conservative", "liberal", "moderate", "progressive", "beleaguered", "defeated", "victorious")

// rolePerson returns the person "the president" or "the former
// governor" (the source s) stands for, or -1.
func (an *analysis) rolePerson(s source) int {
	toks := an.toks
	if s.end-s.first < 2 || s.end-s.first > 4 || toks[s.first].low != "the" {
		return -1
	}
	head := toks[s.end-1].low
	need, ok := roleEpithetHeads[head]
	if !ok || toks[s.end-1].poss {
		return -1
	}
	vice := head == "president" && s.end-s.first >= 3 && toks[s.end-2].low == "vice"
	if vice {
		need = "vice president" // "the former vice president"
	}
	for k := s.first + 1; k < s.end-1; k++ {
		if vice && k == s.end-2 {
			continue
		}
		t := &toks[k]
		if t.kind != tkWord || t.cap && !strings.HasPrefix(t.low, "then-") || t.poss {
			return -1
		}
		if !epithetModifiers[t.low] && !officeModifiers[t.low] && !strings.Contains(t.low, "-") && !(head == "minister" && t.low == "prime") {
			return -1
		}
	}
	if head == "minister" && toks[s.end-2].low != "prime" {
		return -1
	}
	// when the text puts a head-of-government office before some names
	// ("President Obama"), only those may hold it (not for senators,
	// of whom a story titles many): "the president" of
	// a campaign story is not the candidate named most
	titled := make([]bool, len(an.people))
	anyTitled := false
	for _, m := range an.mentions {
		for k := m.tfirst; k < m.first; k++ {
			if k > m.tfirst && toks[k-1].low == "vice" {
				continue // "Vice President Pence" holds no presidency
			}
			if r := strings.ToLower(titleWords[toks[k].low]); r != "" && strings.Contains(r, need) && !strings.Contains(r, "vice") {
				titled[m.person], anyTitled = true, true
			}
		}
	}
	// and a head of government the text calls by office alone is one it
	// names often: at least a third as often as the person it names most
	// ("Fields has been charged. ... the president said" is not Fields)
	counts := make([]int, len(an.people))
	most := 0
	for _, m := range an.mentions {
		counts[m.person]++
		most = max(most, counts[m.person])
	}
	// a person named inside a quote of the phrase's own sentence is the
	// one spoken of ("\"Little Adam Schiff,\" the president tweeted")
	named := make([]bool, len(an.people))
	for _, m := range an.mentions {
		if toks[m.first].quote >= 0 && toks[m.first].sent == toks[s.first].sent {
			named[m.person] = true
		}
	}
	fits := func(p int) int {
		if named[p] {
			return 0
		}
		if q := an.people[p]; q.kin && len(q.lows) == 1 {
			return 0 // "His son Tom waved": a relative known by a given name alone holds no office
		}
		if (strings.HasSuffix(need, "president") || need == "minister") && (anyTitled && !titled[p] || 3*counts[p] < most) {
			return 0
		}
		r := strings.ToLower(an.people[p].role)
		if r == "" {
			return 1
		}
		if strings.Contains(r, need) && (vice || !strings.Contains(r, "vice")) {
			return 1
		}
		return 0
	}
	return an.epithetChain(s, fits)
}

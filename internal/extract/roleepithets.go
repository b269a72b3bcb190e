package extract

import "strings"

// News often calls the person it is about by office alone: `Trump said
// ... "...," the president said`, `"...," the two-term senator said`
// after Mark Pryor, `"...," the former secretary of state said`. When no person of the text holds that role by name
// (addRoleMentions links those), or a modifier stands before the office
// ("the former governor"), a definite office phrase is the person named
// just before, found as for a state epithet (the subject of its own
// sentence, the one person the sentence before names, the last named
// speaker, the subject of a recent sentence), when that person's role,
// if any, is this office, and, when the text titles some names with
// a head-of-government office ("President Obama"), it titled this one. A plural ("the senators") or an indefinite
// phrase ("a senior official") stays a descriptor. A party may stand
// before the office ("the Republican nominee": not one the text gives
// another party, nor, when it gives someone that party, one it gives
// none), and "US" or "American" before "president"; a person named
// after the phrase in its own sentence is the one spoken of.

// roleEpithetHeads are the office nouns such a phrase may end in, with the
// word a holder's role must contain.
var roleEpithetHeads = map[string]string{
	"president": "president", "senator": "senator", "governor": "governor",
	"congressman": "representative", "congresswoman": "representative",
	"mayor": "mayor", "chancellor": "chancellor", "premier": "premier",
	"minister": "minister", "pm": "minister", "candidate": "candidate", "nominee": "nominee",
	"businessman": "businessman", "businesswoman": "businesswoman",
	"secretary of state": "secretary of state",
	"general":            "general", "inspector general": "inspector general",
	"attorney general": "attorney general",
}

// generalOffices make one office with "general" after them ("the
// inspector general"); "the retired general" is an officer.
var generalOffices = set("inspector", "attorney")

// officeModifiers may also stand before the office ("the embattled
// president", "the billionaire businessman"); "the next president" or
// "the new governor" may be someone else and is left alone.
var officeModifiers = set("presumptive", "presidential", "embattled", "billionaire", "sitting", "current", "incoming", "outspoken", "wealthy", "popular", "conservative", "liberal", "moderate", "progressive", "beleaguered", "defeated", "victorious", "retired")

// rolePerson returns the person "the president" or "the former
// governor" (the source s) stands for, or -1.
func (an *analysis) rolePerson(s source) int {
	toks := an.toks
	if s.end-s.first < 2 || s.end-s.first > 5 || toks[s.first].low != "the" {
		return -1
	}
	head := toks[s.end-1].low
	end := s.end // one past the office's last word before "of"
	if head == "state" && s.end-s.first >= 4 && toks[s.end-2].low == "of" && toks[s.end-3].low == "secretary" {
		head, end = "secretary of state", s.end-2 // "the former secretary of state"
	}
	if head == "general" && s.end-s.first >= 3 && generalOffices[toks[s.end-2].low] {
		head, end = toks[s.end-2].low+" general", s.end-1 // "the inspector general"
	}
	need, ok := roleEpithetHeads[head]
	if strings.HasSuffix(head, "general") && (toks[s.end-1].cap || end < s.end && toks[end-1].cap) {
		return -1 // "the Office of the Inspector General" is an office
	}
	partyLeader := false
	if head == "leader" && s.end-s.first >= 3 && toks[s.end-2].cap && !toks[s.end-2].poss {
		if partyNames[toks[s.end-2].low] != "" {
			// "the Democratic leader": a leader or speaker of a chamber
			need, ok, partyLeader = "leader", true, true
		} else if nationalityWords[toks[s.end-2].low] {
			need, ok = "", true // "the Israeli leader": a head of government
		}
	}
	if !ok || toks[s.end-1].poss {
		return -1
	}
	vice := head == "president" && s.end-s.first >= 3 && toks[s.end-2].low == "vice"
	if vice {
		need = "vice president" // "the former vice president"
	}
	party, nat := "", ""
	for k := s.first + 1; k < end-1; k++ {
		if vice && k == s.end-2 {
			continue
		}
		t := &toks[k]
		if t.low == "." && dottedPlace[toks[k-1].low] {
			continue // the period of "the U.S. president"
		}
		if t.cap && t.kind == tkWord && !t.poss && partyNames[t.low] != "" && (party == "" || party == partyNames[t.low]) {
			party = partyNames[t.low] // "the Republican nominee"
			continue
		}
		if head == "president" && t.cap && (t.low == "us" || t.low == "u.s" || t.low == "american") {
			continue // "the US president"
		}
		if t.cap && t.kind == tkWord && !t.poss && nat == "" && headOfGovernment[need] && nationalityWords[t.low] && partyNames[t.low] == "" && !strings.HasSuffix(t.low, "s") {
			nat = t.low // "the French president", "the Canadian prime minister"
			continue
		}
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
	prime := head == "pm" || head == "minister"
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
	// and so is one named after it in its sentence ("the Democratic
	// nominee said Mr. Trump is making things worse")
	named := make([]bool, len(an.people))
	for _, m := range an.mentions {
		if toks[m.first].sent == toks[s.first].sent && (toks[m.first].quote >= 0 || m.tfirst >= s.end) {
			named[m.person] = true
		}
	}
	// a party before the office ("the Republican nominee") rules out one
	// of another party, and, when the text gives someone that party, one
	// it gives none
	partied := false
	for _, pp := range an.people {
		partied = partied || party != "" && pp.party == party
	}
	fits := func(p int) int {
		if named[p] {
			return 0
		}
		if nat != "" {
			// only one the text calls by that nationality, in a title
			// ("French President Emmanuel Macron") or right before it
			if !an.calledBy(p, nat) {
				return 0
			}
			r := strings.ToLower(an.people[p].role)
			if r == "" || need != "" && strings.Contains(r, need) && !strings.Contains(r, "vice") {
				return 1
			}
			if need == "" && !strings.Contains(r, "vice") && (strings.Contains(r, "president") || strings.Contains(r, "minister") || strings.Contains(r, "chancellor") || strings.Contains(r, "leader") || strings.Contains(r, "king")) {
				return 1
			}
			return 0
		}
		if pp := an.people[p]; party != "" && (pp.party != "" || partied) && pp.party != party {
			return 0
		}
		if q := an.people[p]; q.kin && len(q.lows) == 1 {
			return 0 // "His son Tom waved": a relative known by a given name alone holds no office
		}
		if (strings.HasSuffix(need, "president") || need == "minister") && (anyTitled && !titled[p] || 3*counts[p] < most) {
			return 0
		}
		r := strings.ToLower(an.people[p].role)
		if partyLeader {
			if strings.Contains(r, "leader") || strings.Contains(r, "speaker") {
				return 1
			}
			return 0
		}
		if r == "" && !strings.HasSuffix(need, "general") {
			return 1
		}
		if need == "general" && (strings.Contains(r, "attorney") || strings.Contains(r, "inspector") || strings.Contains(r, "surgeon") || strings.Contains(r, "secretary")) {
			return 0 // "the general" is no attorney general
		}
		if strings.Contains(r, need) && (vice || !strings.Contains(r, "vice")) {
			return 1
		}
		if need == "secretary of state" && r == "secretary" {
			return 1 // "Secretary Clinton"
		}
		if (need == "senator" || need == "representative") && legislativeRole(r) {
			return 1 // "Finance Committee Chairman Max Baucus ... the senator said"
		}
		return 0
	}
	if p := an.epithetChain(s, fits); p >= 0 || vice || partyLeader || !(need == "president" || prime) {
		return p
	}
	// else, for "the president", "the US president", "the PM" or "the
	// prime minister", the one person the text titles with that office
	// by name ("U.S. President Donald Trump ... the U.S. president
	// tweeted", "Prime Minister Theresa May ... the PM said")
	sole := -1
	for p := range an.people {
		r := strings.ToLower(an.people[p].role)
		holds := strings.Contains(r, "president") && !strings.Contains(r, "vice")
		if prime {
			holds = strings.Contains(r, "prime minister")
		}
		if !holds || !titled[p] {
			continue
		}
		if sole >= 0 {
			return -1
		}
		sole = p
	}
	if sole >= 0 && fits(sole) > 0 {
		return sole
	}
	return -1
}

// headOfGovernment are the offices a nationality may qualify ("the
// French president"); "" is "leader" after a nationality.
var headOfGovernment = set("president", "minister", "chancellor", "premier", "")

// calledBy reports whether the text puts the word w (lower-case) in a
// title of person p or right before one of its mentions.
func (an *analysis) calledBy(p int, w string) bool {
	if an.titledWith(p, w) {
		return true
	}
	for _, m := range an.mentions {
		if m.person != p {
			continue
		}
		for k := max(0, m.tfirst-1); k < m.first; k++ {
			if an.toks[k].low == w {
				return true
			}
		}
		// "President Recep Tayyip Erdogan of Turkey" is "the Turkish
		// president": a country after "of" that shares the nationality's
		// stem
		if e := m.end; e+1 < len(an.toks) && an.toks[e].low == "of" && an.toks[e+1].cap && sharedStem(an.toks[e+1].low, w) {
			return true
		}
	}
	return false
}

// sharedStem reports whether a country and a nationality word share a
// stem of four letters or more ("turkey"/"turkish", "russia"/"russian").
func sharedStem(country, nat string) bool {
	n := 0
	for n < len(country) && n < len(nat) && country[n] == nat[n] {
		n++
	}
	return n >= 4
}

// legislativeRole reports whether a role (lower-case) is a post a
// senator or representative holds in the chamber rather than another
// office: a committee's chairman, the majority or minority leader, a
// whip, a member.
func legislativeRole(r string) bool {
	for _, w := range strings.Fields(r) {
		switch w {
		case "chairman", "chairwoman", "chair", "whip", "member":
			return !strings.Contains(r, "party") && !strings.Contains(r, "campaign")
		case "leader": // "Majority Leader", not "the leader in the polls"
			return strings.Contains(r, "majority") || strings.Contains(r, "minority")
		}
	}
	return false
}

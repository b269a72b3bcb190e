package extract

import (
	"sort"
	"strings"
)

// twoWordRoles are roles of two words, lower-case, with the role
// refineRole gives them.
var twoWordRoles = map[string]string{
	"attorney general": "Attorney General", "vice president": "Vice President",
	"prime minister": "Prime Minister", "majority leader": "Majority Leader",
	"minority leader": "Minority Leader", "press secretary": "Press Secretary",
	"chief justice": "Chief Justice", "first lady": "First Lady",
}

// roleAt reads a role phrase starting at toks[k] ("attorney general",
// "senator"): its canonical role and the token after it.
func (an *analysis) roleAt(k int) (string, int) {
	toks := an.toks
	if k >= len(toks) || toks[k].kind != tkWord {
		return "", k
	}
	if k+1 < len(toks) && toks[k+1].kind == tkWord {
		if r, ok := twoWordRoles[toks[k].low+" "+toks[k+1].low]; ok {
			return r, k + 2
		}
	}
	r := titleWords[toks[k].low]
	if r == "" || toks[k].dot {
		return "", k
	}
	return r, k + 1
}

// addRoleMentions links "the attorney general" or "the senator", outside
// quotes, to the person named earlier with that role (the one named most
// recently when several hold it), so a role can be a speaker and a
// pronoun's antecedent like a name.
func (an *analysis) addRoleMentions() {
	toks := an.toks
	if len(an.mentions) == 0 {
		return
	}
	appos := an.appositiveNouns()
	foreign, count := an.qualifiedHolders()
	var added []mention
	mi := 0
	last := make([]int, len(an.people)) // token after the latest mention, by person
	for i := range last {
		last[i] = -1
	}
	for k := 0; k+1 < len(toks); k++ {
		for mi < len(an.mentions) && an.mentions[mi].tfirst <= k {
			m := an.mentions[mi]
			last[m.person] = m.end
			mi++
		}
		if toks[k].low != "the" || toks[k].quote >= 0 {
			continue
		}
		role, end := an.roleAt(k + 1)
		if role == "" {
			// "Ben Carson, a retired neurosurgeon, ... the retired
			// neurosurgeon said": the noun an appositive gave one person
			// (not itself an appositive: ", the national party chairwoman,")
			if pi, e := an.appositiveAt(k+1, appos); pi >= 0 && (k == 0 || toks[k-1].low != ",") {
				added = append(added, mention{tfirst: k, first: k + 1, end: e, person: pi})
				k = e - 1
			}
			continue
		}
		if end < len(toks) && toks[end].kind == tkWord && (toks[end].cap || toks[end].low == "of") {
			continue // "the senator from Ohio", "the President Trump"
		}
		if toks[end-1].poss || end < len(toks) && an.mentionStartsAt(end) {
			// "the congressman's office" is the office speaking
			continue
		}
		best, bestAt := -1, -1
		for pi, p := range an.people {
			if last[pi] >= 0 && (strings.EqualFold(p.role, role) || strings.EqualFold(p.bareRole, role)) && last[pi] > bestAt {
				best, bestAt = pi, last[pi]
			}
		}
		if best < 0 || foreign[best] && an.dominantSince(best, last, count) {
			continue
		}
		added = append(added, mention{tfirst: k, first: k + 1, end: end, person: best, role: role})
		k = end - 1
	}
	if len(added) == 0 {
		return
	}
	an.mentions = append(an.mentions, added...)
	sort.SliceStable(an.mentions, func(a, b int) bool { return an.mentions[a].tfirst < an.mentions[b].tfirst })
}

// qualifiedHolders marks the people whose title another country
// qualifies ("Cuba's President Raul Castro", "French President
// Macron") and counts each person's mentions.
func (an *analysis) qualifiedHolders() ([]bool, []int) {
	toks := an.toks
	foreign := make([]bool, len(an.people))
	count := make([]int, len(an.people))
	for _, m := range an.mentions {
		count[m.person]++
		if m.role == "" || m.tfirst == 0 {
			continue
		}
		t := &toks[m.tfirst-1]
		if t.kind != tkWord || !t.cap {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")
		if t.poss && !an.personEndsAt(m.tfirst) || nationalityWords[w] && w != "american" {
			foreign[m.person] = true
		}
	}
	return foreign, count
}

// personEndsAt reports whether a name mention ends right before token k.
func (an *analysis) personEndsAt(k int) bool {
	for _, m := range an.mentions {
		if m.end == k {
			return true
		}
	}
	return false
}

// dominantSince reports whether someone named far more often than
// person pi (five times or more, thrice as often) was named after pi's
// latest mention: "the President" then is not the foreign head of
// state named once in passing.
func (an *analysis) dominantSince(pi int, last, count []int) bool {
	for q := range an.people {
		if q != pi && count[q] >= 5 && count[q] >= 3*count[pi] && last[q] > last[pi] {
			return true
		}
	}
	return false
}

// mentionStartsAt reports whether a name mention starts at token k.
func (an *analysis) mentionStartsAt(k int) bool {
	i := sort.Search(len(an.mentions), func(i int) bool { return an.mentions[i].tfirst >= k })
	return i < len(an.mentions) && an.mentions[i].tfirst == k
}

// appositiveNouns maps the head noun of an appositive right after a
// person's name (", a retired neurosurgeon,", ", the group's founder.")
// to that person, or to -1 when two people have it.
func (an *analysis) appositiveNouns() map[string]int {
	toks := an.toks
	out := map[string]int{}
	for _, m := range an.mentions {
		k := m.end
		if k+2 >= len(toks) || toks[k].low != "," || toks[m.end-1].poss {
			continue
		}
		if d := toks[k+1].low; d != "a" && d != "an" && d != "the" {
			continue
		}
		for j := k + 2; j < len(toks) && j < k+6; j++ {
			t := &toks[j]
			if t.kind != tkWord || t.quote >= 0 {
				if j > k+2 && (t.low == "," || t.low == ".") {
					noun := toks[j-1].low
					if p, ok := out[noun]; ok && p != m.person {
						out[noun] = -1
					} else if !ok {
						out[noun] = m.person
					}
				}
				break
			}
			if t.cap && !t.poss && !nationalityWords[t.low] && !placeWords[t.low] {
				break
			}
		}
	}
	return out
}

// appositiveAt reads "[modifiers] noun" at toks[k] after "the", whose
// noun an appositive gave one person: that person and the token after
// the noun, or -1. The phrase ends there: no name or "of" follows.
func (an *analysis) appositiveAt(k int, appos map[string]int) (int, int) {
	toks := an.toks
	for j := k; j < len(toks) && j < k+3; j++ {
		t := &toks[j]
		if t.kind != tkWord || t.cap || t.quote >= 0 || t.poss {
			return -1, k
		}
		if pi, ok := appos[t.low]; ok && pi >= 0 {
			if n := j + 1; n < len(toks) && toks[n].kind == tkWord && (toks[n].cap || toks[n].low == "of") {
				return -1, k
			}
			return pi, j + 1
		}
	}
	return -1, k
}

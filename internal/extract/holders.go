package extract

import "strings"

// News names a spokesman, host or strategist once with the role and then
// calls them by it: `Mr. Carney, the White House press secretary, ...
// "...," the press secretary replied`, `Radio host Rush Limbaugh ...
// "...," the conservative host said`. addRoleMentions links only a role
// the text gives in exactly that form ("the attorney general"); a
// definite phrase ending in a role noun of a role one person of the text
// holds by name is that person, when:
//   - it is "the", modifiers, and the role noun, singular, no possessive;
//   - exactly one person named before it has a role containing the noun
//     and every modifier ("press", "White House", "conservative") is a
//     word of that role or an epithet adjective;
//   - every earlier use of the noun outside quotes names a holder: in
//     the title ("spokesman Josh Earnest"), right before the name or its
//     comma, or in an appositive after it ("Earnest, a White House
//     spokesman,"): "A spokesman said ... the spokesman added" is the
//     unnamed one, and so is "Boehner's spokesman".
// The offices rolePerson reads (president, senator, ...) are left to it.

// holderNouns are role nouns a named holder may be called by alone.
var holderNouns = set("spokesman", "spokeswoman", "spokesperson", "secretary", "host",
	"strategist", "consultant", "pollster", "chairman", "chairwoman", "director",
	"counsel", "attorney", "lawyer", "adviser", "advisor", "analyst", "economist",
	"ambassador", "commissioner", "executive", "founder", "coach", "manager",
	"anchor", "correspondent", "columnist", "commentator", "envoy", "leader")

// chairWords name one post: "Chair Reince Priebus ... the chairman said".
var chairWords = set("chair", "chairman", "chairwoman", "chairperson")

// holderModifiers may stand before the role noun besides the role's own
// words: epithet adjectives that say nothing of which holder is meant.
var holderModifiers = set("conservative", "liberal", "veteran", "longtime", "former", "outspoken", "popular", "embattled", "controversial", "influential", "prominent", "young", "top")

// holderPerson returns the person "the press secretary" (the source s)
// stands for, or -1.
func (an *analysis) holderPerson(s source) int {
	toks := an.toks
	if s.end-s.first < 2 || s.end-s.first > 5 || toks[s.first].low != "the" {
		return -1
	}
	head := &toks[s.end-1]
	if head.kind != tkWord || head.cap || head.poss || !holderNouns[head.low] {
		return -1
	}
	holds := func(p int, w string) bool {
		for _, r := range strings.Fields(strings.ToLower(an.people[p].role)) {
			if r == w || chairWords[r] && chairWords[w] {
				return true
			}
		}
		return false
	}
	// named before the phrase, outside quotes
	before := make([]bool, len(an.people))
	for _, m := range an.mentions {
		if m.tfirst >= s.first {
			break
		}
		if toks[m.first].quote < 0 {
			before[m.person] = true
		}
	}
	cand := -1
	for p := range an.people {
		if !before[p] || !holds(p, head.low) {
			continue
		}
		ok := true
		for k := s.first + 1; k < s.end-1 && ok; k++ {
			t := &toks[k]
			ok = t.kind == tkWord && !t.poss && (holds(p, t.low) || an.titledWith(p, t.low) || !t.cap && (holderModifiers[t.low] || epithetModifiers[t.low]))
		}
		if !ok {
			continue
		}
		if cand >= 0 {
			return -1 // two holders fit
		}
		cand = p
	}
	if cand < 0 {
		return -1
	}
	// every earlier use of the noun belongs to a named holder
	for k := 0; k < s.first; k++ {
		if toks[k].low != head.low || toks[k].quote >= 0 {
			continue
		}
		near := false
		for _, m := range an.mentions {
			if m.tfirst > k+2 {
				break
			}
			if holds(m.person, head.low) && an.rolesName(k, m) {
				near = true
				break
			}
		}
		if !near {
			return -1
		}
	}
	return cand
}

// titledWith reports whether w (lower-case) is a word of a title one of
// person p's aliases puts before the name ("Committee Chairman Lindsey
// Graham" for "the committee chairman").
func (an *analysis) titledWith(p int, w string) bool {
	pp := an.people[p]
	for _, a := range pp.aliases {
		f := strings.Fields(strings.ToLower(a))
		for i := 0; i+len(pp.lows) < len(f); i++ {
			if f[i] == w {
				return true
			}
		}
	}
	return false
}

// rolesName reports whether the role noun at toks[k] belongs to mention
// m: in its title, right before it ("host Anna Ruiz", "spokesman, Josh
// Earnest"), or in the appositive after it, before the next comma.
func (an *analysis) rolesName(k int, m mention) bool {
	toks := an.toks
	switch {
	case k >= m.tfirst && k < m.first:
		return true
	case k < m.tfirst:
		return k+1 == m.tfirst || k+2 == m.tfirst && toks[k+1].low == ","
	}
	if m.end >= len(toks) || toks[m.end].low != "," || k > m.end+7 {
		return false
	}
	for j := m.end + 1; j < k; j++ {
		if toks[j].kind != tkWord || toks[j].sent != toks[k].sent {
			return false
		}
	}
	return true
}

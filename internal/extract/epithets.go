package extract

import "strings"

// News names a politician once and then calls them by home state and
// party: `Majority Leader Mitch McConnell said ... "...," the Kentucky
// Republican said`. Left as a descriptor, the quote goes to nobody
// the people list knows. The definite article marks the phrase as one
// for someone already named, so it goes to that person: one whose state
// and party the text gave and agree, else the subject of one of the
// sentences just before, when nothing the text says of them contradicts
// it. "A
// Kentucky Republican" (an unnamed source) is left alone.

// stateEpithetHeads are the nouns a state epithet ends in, with the party
// each gives ("" for an office, which says nothing of the party).
var stateEpithetHeads = map[string]string{
	"democrat": "Democrat", "republican": "Republican", "independent": "Independent",
	"senator": "", "congressman": "", "congresswoman": "", "lawmaker": "", "governor": "",
}

// epithetModifiers may stand between "the" and the state.
var epithetModifiers = set("former", "veteran", "freshman", "longtime", "senior", "junior", "retiring", "outgoing")

// stateEpithetPerson returns the person "the Kentucky Republican" (the
// source s) stands for, or -1.
func (an *analysis) stateEpithetPerson(s source) int {
	toks := an.toks
	if s.end-s.first < 3 || toks[s.first].low != "the" {
		return -1
	}
	party, ok := stateEpithetHeads[toks[s.end-1].low]
	if !ok || !toks[s.end-1].cap && party != "" {
		return -1
	}
	k := s.first + 1
	for k < s.end-1 && epithetModifiers[toks[k].low] {
		k++
	}
	var state string
	switch n := s.end - 1 - k; {
	case n == 1 && toks[k].cap && usStates[toks[k].low] && !stateFirsts[toks[k].low]:
		state = toks[k].low
	case n == 2 && toks[k].cap && toks[k+1].cap && usStates[toks[k].low+" "+toks[k+1].low]:
		state = toks[k].low + " " + toks[k+1].low
	default:
		return -1
	}
	office := toks[s.end-1].low
	fits := func(p int) int { // 2: the text gives this state (and party), 1: nothing against, 0: against
		pp := an.people[p]
		if pp.party != "" && party != "" && pp.party != party || pp.state != "" && stateName(pp.state) != state {
			return 0
		}
		if party == "" && pp.role != "" && !officeFits(strings.ToLower(pp.role), office) {
			return 0 // "the Vermont senator" is no anchor or governor
		}
		if pp.state != "" && (party == "" || pp.party == party) {
			return 2
		}
		return 1
	}
	sure := -1
	for _, m := range an.mentions {
		if m.tfirst >= s.first {
			break
		}
		if toks[m.first].quote < 0 && fits(m.person) == 2 {
			sure = m.person
		}
	}
	if sure >= 0 {
		return sure
	}
	return an.epithetChain(s, fits)
}

// epithetChain finds the person named before whom an epithet at s (a
// state one, "the Kentucky Republican", or an office one, "the
// president") stands for, among those fits accepts (fits > 0).
func (an *analysis) epithetChain(s source, fits func(int) int) int {
	toks := an.toks
	sent := toks[s.first].sent
	// the subject of its own sentence, when the epithet is not it:
	// `McCain issued a statement ... what the Arizona senator called`
	if mi := an.subjectMention(sent, 0, ""); mi >= 0 && fits(an.mentions[mi].person) > 0 && an.mentions[mi].tfirst < s.first {
		return an.mentions[mi].person // before it: not "As for Clinton, the nominee said Trump ..."
	}
	// the one person the sentence before names: `... lined up, including
	// Barbara Mikulski. "...," the Maryland Democrat warned`
	if sent > 0 {
		if p := an.solePerson(sent - 1); p >= 0 && fits(p) > 0 {
			return p
		}
	}
	// the last named speaker: `Sen. Ann Hall said Tuesday. "...," the
	// Oregon Democrat said`; not who asked: an interviewer's question
	// comes before the answer
	last := -1
	for ci, c := range an.cues {
		if c.tok < s.first && toks[c.tok].sent >= sent-epithetReach && c.src.person >= 0 && c.lemma != "ask" && (last < 0 || c.tok > an.cues[last].tok) {
			last = ci
		}
	}
	if last >= 0 && fits(an.cues[last].src.person) > 0 {
		return an.cues[last].src.person
	}
	// else the subject of one of the sentences just before, past those a
	// pronoun opens
	for k := sent - 1; k >= 0 && k >= sent-epithetReach; k-- {
		if an.opensWithWord(k, "he") || an.opensWithWord(k, "she") {
			continue
		}
		if p := an.subjectIn(k, ""); p >= 0 && fits(p) > 0 {
			return p
		}
	}
	return -1
}

// officeFits reports whether a person's role (lower-cased) is the office
// an epithet ends in.
func officeFits(role, office string) bool {
	switch office {
	case "senator", "congressman", "congresswoman", "lawmaker":
		if legislativeRole(role) {
			return true // "Jeff Flake, a member of the committee"
		}
	}
	switch office {
	case "senator":
		return strings.Contains(role, "senator")
	case "governor":
		return strings.Contains(role, "governor")
	case "congressman", "congresswoman":
		return strings.Contains(role, "representative") || strings.Contains(role, "congress")
	}
	return true
}

// solePerson is the one person named outside quotes in sentence sent
// (not as a modifier, "the Obama administration"), or -1 when none or
// several are or a pronoun opens the sentence.
func (an *analysis) solePerson(sent int) int {
	if an.opensWithWord(sent, "he") || an.opensWithWord(sent, "she") {
		return -1 // about someone named before it
	}
	p := -1
	for k := an.sents[sent].first; k < an.sents[sent].end; k++ {
		if mi := an.midx[k]; mi >= 0 && an.toks[k].quote < 0 && !an.nameModifier(an.mentions[mi]) {
			if q := an.mentions[mi].person; p >= 0 && q != p {
				return -1
			} else {
				p = q
			}
		}
	}
	return p
}

// epithetReach is how many sentences back the subject of unknown state
// may be and still be the one an epithet means.
const epithetReach = 3

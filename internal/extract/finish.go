package extract

import (
	"slices"
	"strings"
)

// finishPeople drops people never mentioned and settles gender, party and
// affiliation.
func (an *analysis) finishPeople() {
	lx := loadLexicon()
	// pronoun votes: the first he/she after a mention, before any other name
	for mi, m := range an.mentions {
		if an.toks[m.first].quote >= 0 {
			continue
		}
		limit := len(an.toks)
		if mi+1 < len(an.mentions) {
			limit = an.mentions[mi+1].tfirst
		}
		sent := an.toks[m.first].sent
		if m.tfirst > 0 && an.toks[m.tfirst-1].low == "than" {
			// "she is tougher than Mayor Hall — and most of her party":
			// the pronoun is the compared subject's
			an.roleAround(m)
			continue
		}
		for k := m.end; k < limit && an.toks[k].sent <= sent+1; k++ {
			if an.toks[k].quote >= 0 {
				continue
			}
			if an.toks[k].sent > sent && an.objectAt(m.tfirst) && an.sents[sent].first != m.tfirst-1 {
				// "... the government of President Bashar al-Assad.
				// However, she said": a pronoun in the next sentence looks
				// back to a subject, not to a name after a preposition
				// (but "For President Obama, unity starts ... Last month,
				// he explained": a fronted topic)
				if heForms[an.toks[k].low] || sheForms[an.toks[k].low] {
					break
				}
				continue
			}
			if w := an.toks[k].low; (heForms[w] || sheForms[w]) && an.sharedSurname(m) && listedSex(an.people[m.person], lx) == 'f'+'m'-sexOf(w) {
				// "Clinton ... she" where Bill and Hillary Clinton are
				// both named: a lone surname's pronoun of the other sex
				// from the given name is the other Clinton's
				break
			}
			switch an.toks[k].low {
			case "he", "him", "his", "himself":
				an.people[m.person].he++
				if an.subjectVote(mi, k) {
					an.people[m.person].heLead++
				}
			case "she", "her", "hers", "herself":
				an.people[m.person].she++
				if an.subjectVote(mi, k) {
					an.people[m.person].sheLead++
				}
			default:
				continue
			}
			break
		}
		an.roleAround(m)
	}
	an.pluralTitles()
	for _, p := range an.people {
		p.given = listedSex(p, lx)
		switch {
		case p.honor != 0 && !(p.given != 0 && p.given != p.honor && !strongHonor(p)):
			// "Democratic National Committee Chairman Debbie Wasserman
			// Schultz": a title in -man is said of women too, so the
			// given name outweighs it; "Mr." and "Ms." do not
			p.gender = p.honor
		case (p.he > p.she+1 || p.he > 0 && p.she == 0) && (p.given != 'f' || p.heLead > 0 || sharedWithMen[p.lows[0]]):
			// "Sen. Lindsey Graham blasted the deal. He said": a he that
			// opens the next sentence after the name as subject
			// outweighs a given name listed the other way; other votes
			// do not, however many ("Trump and Hillary Clinton ... he"),
			// but for a name many men bear too
			p.gender = 'm'
		case (p.she > p.he+1 || p.she > 0 && p.he == 0) && (p.given != 'm' || p.sheLead > 0):
			p.gender = 'f'
		default:
			p.gender = p.given
		}
	}
}

// roleAround reads a party tag after a mention (", D-Minnesota,") and a
// role noun before it ("Kremlin spokesman Dmitri Peskov").
func (an *analysis) roleAround(m mention) {
	toks := an.toks
	p := an.people[m.person]
	k := m.end
	// a member card pasted after the name ("Sen. Susan Collins Susan
	// Margaret CollinsLawmakers ... MORE (R-Maine)"): it opens with the
	// given name again, and the party tag follows its MORE
	if k+1 < len(toks) && len(p.lows) > 1 && toks[k].low == p.lows[0] && toks[k].kind == tkWord {
		for j := k + 1; j+2 < len(toks) && j < k+120 && toks[j].para == toks[k].para; j++ {
			if toks[j].low == "more" && toks[j].upper {
				if toks[j+1].low == "(" && isPartyTag(toks[j+2].low) {
					k = j + 1
				}
				break
			}
		}
	}
	if k+1 < len(toks) && (toks[k].low == "," || toks[k].low == "(") && isPartyTag(toks[k+1].low) {
		tag := an.text[toks[k+1].s:toks[k+1].e]
		switch tag[0] {
		case 'D', 'd':
			p.party = "Democrat"
		case 'R', 'r':
			p.party = "Republican"
		case 'I', 'i':
			p.party = "Independent"
		}
		p.state = tag[2:]
		// "D-Rhode Island", "R-New York": a state of two words
		if k+2 < len(toks) && stateFirsts[strings.ToLower(p.state)] && toks[k+2].cap && toks[k+2].kind == tkWord && usStates[strings.ToLower(p.state)+" "+toks[k+2].low] {
			p.state += " " + an.text[toks[k+2].s:toks[k+2].e]
		}
	}
	// "Under Secretary of State Steve Goldstein": "Under" opens no name
	// run, but it ranks the title after it
	// ("former acting Attorney General Sally Yates": a lower-case rank)
	if k := m.tfirst - 1; k >= 0 && m.role != "" && p.role == m.role {
		if toks[k].kind == tkWord && (toks[k].cap || lowerRanks[toks[k].low]) && toks[k].sent == toks[m.tfirst].sent {
			p.role = rankPrefix(toks[k].low, p.role)
		}
	}
	an.portfolioRole(m, p)
	// "Sen. Rand Paul of Kentucky", "Representative Kay Granger of Texas"
	if e := m.end; e+1 < len(toks) && toks[e].low == "of" && p.state == "" && (stateOffices[m.role] || stateOffices[p.role]) {
		if se := an.stateAt(e + 1); se > e+1 {
			p.state = an.text[toks[e+1].s:toks[se-1].e]
		}
	}
	an.partyInTitle(m, p)
	// "Scalise's Chief of Staff Brett Horton": the owner of a title is
	// the person whose possessive opens it
	if m.role != "" && p.affil == "" && m.tfirst > 0 && toks[m.tfirst-1].poss && p.role == m.role {
		for _, m2 := range an.mentions {
			if m2.end == m.tfirst && m2.person != m.person {
				p.affil = an.people[m2.person].name()
			}
		}
	}
	an.partyAppositive(m, p)
	defer an.appositiveRole(m, p)
	// the role noun must be in the name's sentence: "By Jenny Hill, BBC's
	// Berlin correspondent\n\nAngela Merkel did" gives Merkel no role
	if k := m.tfirst - 1; k > 0 && !toks[k].cap && toks[k].kind == tkWord && toks[k].sent == toks[m.tfirst].sent && toks[k].para == toks[m.tfirst].para {
		r, ok := titleWords[toks[k].low]
		if toks[k].low == "secretary" && k > 0 && toks[k-1].low == "press" {
			r = "press secretary" // "White House press secretary Sean Spicer"
		}
		if ok && r != "" && r[0] >= 'a' && r[0] <= 'z' {
			// "RNC chief strategist Sean Spicer", "Trump senior adviser
			// Ann Ruiz": the role keeps its lower-case modifiers, and
			// the owner is the capitalised run before them
			f := k
			if r == "press secretary" {
				f--
			}
			for f > 0 && toks[f-1].kind == tkWord && !toks[f-1].cap && rolePremodifiers[toks[f-1].low] && toks[f-1].sent == toks[k].sent {
				f--
			}
			if f < k {
				r = an.text[toks[f].s:toks[k].e]
			}
			if p.role == "" || p.role == r {
				p.role = r
				k := f
				j := k
				for j > 0 && toks[j-1].kind == tkWord && toks[j-1].cap && toks[j-1].sent == toks[k].sent && (!capStopWords[toks[j-1].low] || toks[j-1].low == "new" && j < k) && !calendarWords[toks[j-1].low] {
					j--
					if toks[j].poss {
						break
					}
				}
				lx := loadLexicon()
				switch {
				case j < k && j == k-1 && partyNames[toks[j].low] != "":
					// "Republican pollster Jon McHenry": a party, not an owner
					if p.party == "" {
						p.party = partyNames[toks[j].low]
					}
				case j < k && j == k-1 && lx.common[toks[j].low] && lx.given[toks[j].low] == 0:
					// "Incoming press secretary Sean Spicer": a capitalised
					// common word opens the sentence
				case j < k:
					aff := an.text[toks[j].s:toks[k-1].e]
					for _, m2 := range an.mentions {
						if m2.first >= j && m2.end <= k && m2.person != m.person {
							aff = an.people[m2.person].name()
						}
					}
					p.affil = aff
				}
			}
		}
	}
}

// placePreps before a bare capitalised word make it a place or an
// organisation rather than a person.
var placePreps = set("at", "in", "from", "into", "inside", "near", "across", "throughout", "outside")

// usStates are the states of the US, lower-cased; stateFirsts the first
// words of the two-word ones.
var usStates = set("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
	"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
	"oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
	"virginia", "washington", "west virginia", "wisconsin", "wyoming")

var stateFirsts = set("new", "north", "south", "rhode", "west")

// partyNames give the party a word before or after a name stands for.
var partyNames = map[string]string{"republican": "Republican", "gop": "Republican", "democrat": "Democrat",
	"democratic": "Democrat"}

// stateOffices are the roles a state before the title gives the person as
// home state ("Ohio Gov. John Kasich", "Texas Sen. Ted Cruz"); a city or
// a country before "Mayor" or "President" is no home state.
var stateOffices = set("Senator", "Representative", "Governor", "Attorney General", "Lieutenant Governor", "Secretary of State")

// stateBefore returns the US state that ends just before toks[k], written
// as the article writes it, and the token it starts at ("New York" for the
// "York" of "New York Sen."), or "" when none does.
func (an *analysis) stateBefore(k, lo int) (string, int) {
	toks := an.toks
	j := k - 1
	if j < 0 || toks[j].kind != tkWord || !toks[j].cap {
		return "", k
	}
	if j > 0 && toks[j-1].kind == tkWord && toks[j-1].cap && usStates[toks[j-1].low+" "+toks[j].low] && j-1 >= lo-1 {
		return an.text[toks[j-1].s:toks[j].e], j - 1
	}
	if usStates[toks[j].low] && !stateFirsts[toks[j].low] {
		if j > 0 && toks[j-1].kind == tkWord && toks[j-1].cap && stateFirsts[toks[j-1].low] {
			return "", k // "West Virginia" handled above; "North Washington" is none
		}
		return an.text[toks[j].s:toks[j].e], j
	}
	return "", k
}

// partyInTitle reads the party and home state a title gives: "Ohio
// Republican Sen. Rob Portman", "Democratic Rep. Maxine Waters", "House
// Democratic Leader Nancy Pelosi", "Republican Jeff Flake". A party word
// counts only before a title word or the name itself ("Republican National
// Committee Chairman" names a body).
func (an *analysis) partyInTitle(m mention, p *person) {
	toks := an.toks
	for k := m.tfirst; k < m.first; k++ {
		party, ok := partyNames[toks[k].low]
		if !ok || toks[k].kind != tkWord || !toks[k].cap {
			continue
		}
		if n := k + 1; n < m.first {
			if _, title := titleWords[toks[n].low]; !title || partyNames[toks[n].low] != "" {
				continue
			}
		}
		if p.party == "" {
			p.party = party
		}
		if p.state == "" {
			if st, _ := an.stateBefore(k, m.tfirst); st != "" {
				p.state = st
			}
		}
	}
	if p.state == "" && stateOffices[m.role] {
		// the state right before the title word: "Texas Sen. Ted Cruz",
		// "New Mexico Gov. Michelle Lujan Grisham"
		for k := m.tfirst; k < m.first; k++ {
			if r := titleWords[toks[k].low]; r != "" {
				if st, _ := an.stateBefore(k, m.tfirst); st != "" {
					p.state = st
				}
				break
			}
		}
	}
}

// partyAppositive reads a party from an appositive right after a name:
// "Rep. F. James Sensenbrenner Jr., Wisconsin Republican and the author",
// "Sen. Ann Ruiz, a Texas Democrat, said", "Peter Hall, the Republican
// nominee". A party word before a capitalised word names a body ("a
// Republican Party official") and gives none.
func (an *analysis) partyAppositive(m mention, p *person) {
	toks := an.toks
	k := m.end
	for k < len(toks) && (nameSuffixes[toks[k].low] || toks[k].low == "." && k > m.end) {
		k++ // "Sensenbrenner Jr.,"
	}
	// "Senate Budget Committee Chairman Kent Conrad of North Dakota, a
	// Democrat": the state before the appositive
	ofState := ""
	if k+1 < len(toks) && toks[k].low == "of" {
		se := an.stateAt(k + 1)
		if se == k+1 {
			return
		}
		ofState = an.text[toks[k+1].s:toks[se-1].e]
		k = se
	}
	if p.party != "" || k+1 >= len(toks) || toks[k].low != "," {
		return
	}
	k++
	if toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the" {
		k++
	}
	start := k
	for k < len(toks) && k < start+2 && toks[k].kind == tkWord && toks[k].cap && partyNames[toks[k].low] == "" {
		k++
	}
	if k > start {
		st := strings.ToLower(an.text[toks[start].s:toks[k-1].e])
		if !usStates[st] {
			return
		}
	}
	if k >= len(toks) || toks[k].kind != tkWord || !toks[k].cap {
		return
	}
	party, ok := partyNames[toks[k].low]
	if !ok || toks[k].sent != toks[m.first].sent {
		return
	}
	if n := k + 1; n < len(toks) && toks[n].kind == tkWord && (toks[n].cap || toks[n].low == "party") {
		return
	}
	p.party = party
	if k > start && p.state == "" {
		p.state = an.text[toks[start].s:toks[k-1].e]
	}
	// "Senator Patty Murray, a Democrat from Washington,"
	if p.state == "" && ofState != "" {
		p.state = ofState
	}
	if n := k + 1; p.state == "" && n+1 < len(toks) && (toks[n].low == "from" || toks[n].low == "of") {
		if se := an.stateAt(n + 1); se > n+1 {
			p.state = an.text[toks[n+1].s:toks[se-1].e]
		}
	}
}

// lowerRanks are the rank words news text writes in lower case before a
// capitalised title ("acting Attorney General").
var lowerRanks = set("acting", "deputy", "assistant", "associate")

// appositiveHeads are the nouns that head a role in an appositive after a
// name ("Amy Ruiz, Pew's director of research", "Mark Stone, a
// professor at Hallworth College").
var appositiveHeads = set("president", "director", "editor", "founder", "co-founder", "cofounder", "chairman",
	"chairwoman", "chair", "chief", "ceo", "professor", "spokesman", "spokeswoman", "spokesperson", "analyst",
	"economist", "strategist", "adviser", "advisor", "aide", "lawyer", "attorney", "researcher", "fellow", "scholar",
	"manager", "executive", "officer", "secretary", "minister", "ambassador", "senator", "governor", "mayor",
	"correspondent", "reporter", "columnist", "writer", "author", "host", "anchor", "head", "leader", "partner",
	"commissioner", "judge", "coach", "organizer", "activist", "pollster", "consultant", "expert", "historian",
	"scientist", "candidate", "nominee", "owner", "publisher", "producer", "physician", "surgeon", "counsel",
	"lobbyist", "treasurer", "trustee", "dean", "provost", "chancellor", "superintendent", "sheriff", "official",
	"member", "congressman", "congresswoman", "lawmaker", "legislator", "staffer", "operative", "deputy",
	"administrator", "inspector", "prosecutor", "detective", "pastor", "rabbi", "bishop", "priest", "doctor", "nurse",
	"teacher", "student", "representative", "negotiator", "envoy", "diplomat", "commander", "general", "trader",
	"broker", "banker", "investor", "entrepreneur", "engineer", "architect", "designer", "curator", "librarian",
	"psychologist", "psychiatrist", "sociologist", "demographer", "epidemiologist", "virologist", "physicist",
	"chemist", "biologist", "attorney-general", "vice-president", "journalist", "commentator", "blogger",
	"comedian", "actor", "actress", "singer", "musician", "artist", "novelist", "poet", "filmmaker", "director-general",
	"secretary-general", "spokesmen", "boss", "cofounder", "co-chair", "co-chairman", "campaigner", "director")

// appositivePreps end a role phrase and may name where the role is held.
var appositivePreps = set("of", "at", "for", "with", "to")

// appositiveRole reads the role an appositive gives a person who has none:
// "Amy Ruiz, Pew's director of research," (director of research, Pew),
// "Mark Stone, a political science professor at Hallworth College"
// (political science professor, Hallworth College), "Peter Hall, 42,
// senior vice president of Quarles Co" (senior vice president, Quarles
// Co), "Ann Ruiz, a former senior adviser to Peter Hall" (former senior
// adviser, Peter Hall).
func (an *analysis) appositiveRole(m mention, p *person) {
	toks := an.toks
	if p.role != "" || p.affil != "" {
		return
	}
	if an.prefixAppositiveRole(m, p) {
		return
	}
	k := m.end
	for k < len(toks) && (nameSuffixes[toks[k].low] || toks[k].low == "." && k > m.end && nameSuffixes[toks[k-1].low]) {
		k++
	}
	if k+2 >= len(toks) || toks[k].low != "," {
		return
	}
	sent := toks[m.first].sent
	k++
	if toks[k].kind == tkNum && k+1 < len(toks) && toks[k+1].low == "," {
		k += 2 // "Peter F. Culver, 42, senior vice president"
	}
	if w := toks[k].low; w == "a" || w == "an" || w == "the" || w == "another" {
		k++
	}
	// an owner before the role: "Pew's director", "the company's founder"
	affil := ""
	for j := k; j < len(toks) && j < k+5 && toks[j].kind == tkWord && toks[j].sent == sent; j++ {
		if toks[j].poss {
			if toks[k].cap {
				affil = an.text[toks[k].s:toks[j].e]
				for _, m2 := range an.mentions {
					if m2.first >= k && m2.end == j+1 && m2.person != m.person {
						affil = an.people[m2.person].name()
					}
				}
			}
			k = j + 1
			break
		}
		if !toks[j].cap {
			break
		}
	}
	// "now a commentator", "still a school psychologist", "a 20-year-old
	// student": an adverb or an age opens no role
	if k+1 < len(toks) && roleAdverbs[toks[k].low] {
		k++
		if w := toks[k].low; w == "a" || w == "an" || w == "the" {
			k++
		}
	}
	if k < len(toks) && strings.HasSuffix(toks[k].low, "-old") {
		k++
	}
	// "his communications director": the owner is someone else, unnamed
	possOpen := affil != ""
	if k+1 < len(toks) && (toks[k].low == "his" || toks[k].low == "her" || toks[k].low == "their") {
		k++
		possOpen = true
	}
	start, end := k, k
	for end < len(toks) && end < start+6 && toks[end].kind == tkWord && toks[end].sent == sent && toks[end].quote < 0 {
		t := &toks[end]
		if appositivePreps[t.low] || roleStops[t.low] {
			break
		}
		if t.cap && partyNames[t.low] == "" && !nationalityWords[t.low] {
			return
		}
		end++
	}
	if end == start || !appositiveHeads[toks[end-1].low] || notRoleOpeners[toks[start].low] {
		return
	}
	role := an.text[toks[start].s:toks[end-1].e]
	// "director of research", "secretary of state": a lower-case of-phrase
	// is part of the role
	if end+1 < len(toks) && toks[end].low == "of" && toks[end+1].kind == tkWord && !toks[end+1].cap && !ofDeterminers[toks[end+1].low] {
		e2 := end + 1
		for e2 < len(toks) && e2 < end+5 && toks[e2].kind == tkWord && !toks[e2].cap && !appositivePreps[toks[e2].low] && !roleStops[toks[e2].low] && !ofDeterminers[toks[e2].low] {
			e2++
		}
		role = an.text[toks[start].s:toks[e2-1].e]
		end = e2
	}
	after := end
	if affil == "" && end+1 < len(toks) && appositivePreps[toks[end].low] {
		j := end + 1
		if toks[j].low == "the" {
			j++
		}
		e := j
		for e < len(toks) && e < j+8 && toks[e].sent == sent && (toks[e].kind == tkWord && toks[e].cap ||
			e > j && (toks[e].low == "of" || toks[e].low == "for" || toks[e].low == "on" || toks[e].low == "&" || toks[e].low == "and" || nameParticles[toks[e].low] ||
				(toks[e].low == "to" || toks[e].low == "the") && !toks[e-1].poss && an.nameOfThingAhead(e+1) || // "Freedom to Marry", "She the People"
				toks[e].low == "." && strings.Contains(toks[e-1].low, ".")) && e+1 < len(toks) && toks[e+1].cap) {
			e++
			// "Cleveland Police Patrolman's Association", "National
			// Women's Law Center": a common word's possessive inside a
			// name goes on to the name's next word
			if toks[e-1].poss && !(e < len(toks) && toks[e].cap && toks[e].kind == tkWord && toks[e].sent == sent && (loadLexicon().common[toks[e-1].low] || possOrgHeads[toks[e].low])) {
				break
			}
		}
		if e > j {
			after = e
			affil = an.text[toks[j].s:toks[e-1].e]
			for _, m2 := range an.mentions {
				// "press secretary to President George W. Bush": the person
				// named there, initials and all; "a spokesman for House Ways
				// and Means Committee Chairman Rep. Paul Ryan": a title run
				// the name ends
				if m2.person != m.person && (m2.tfirst == j || m2.tfirst > j && m2.tfirst <= e && m2.first <= e+2 && isTitleTok(&toks[e-1])) {
					affil = an.people[m2.person].name()
					break
				}
			}
		}
	}
	// "to hand the nomination to Sanders, a top adviser said": a role
	// phrase that a speech verb follows is the next clause's subject
	// (only after a preposition's object: "Jason Grumet, president of the
	// Bipartisan Policy Center said" is Grumet's role, a comma lost)
	if after < len(toks) && toks[after].kind == tkWord && !toks[after].cap && m.tfirst > 0 && nameObjectPreps[toks[m.tfirst-1].low] {
		if _, ok := speechVerbs[toks[after].low]; ok {
			return
		}
	}
	// "Trump's former campaign manager, Paul Manafort, his former
	// campaign deputy, Richard Gates": a role followed by a comma and
	// another person's name is that person's calling, not an appositive
	// (only for an owned role: "Along with Roger Ailes, chairman of Fox
	// News, Mr. Murdoch urged" keeps Ailes's)
	if possOpen && after+1 < len(toks) && toks[after].low == "," {
		for _, m2 := range an.mentions {
			if m2.tfirst == after+1 && m2.person != m.person {
				return
			}
		}
	}
	p.role = role
	p.affil = affil
}

// prefixAppositiveRole reads the role of an owned calling set before the
// name with a comma: "Trump's former lawyer, Michael Cohen," (former
// lawyer, Donald Trump), "FDD's chief executive, Mark Dubowitz"
// (chief executive, FDD), "his campaign manager, Corey Lewandowski"
// (campaign manager). The calling is lower-case words of one sentence
// with an appositiveHeads noun among them, right after the possessive.
func (an *analysis) prefixAppositiveRole(m mention, p *person) bool {
	toks := an.toks
	c := m.tfirst - 1
	if c < 2 || toks[c].low != "," || m.tfirst != m.first {
		return false
	}
	sent := toks[m.first].sent
	j := c - 1
	head := false
	for j >= 0 && c-j <= 6 && toks[j].kind == tkWord && !toks[j].cap && !toks[j].poss && !callingOwners[toks[j].low] && toks[j].sent == sent && toks[j].quote < 0 {
		if appositiveHeads[toks[j].low] {
			head = true
		}
		if roleStops[toks[j].low] && toks[j].low != "and" || notRoleOpeners[toks[j].low] && toks[j].low != "and" || pluralCounts[toks[j].low] {
			return false // "his first two nominees for attorney general, Zoe Baird and ..."
		}
		j--
	}
	if !head || j < 0 || j == c-1 || toks[j].sent != sent || !appositiveHeads[toks[c-1].low] && toks[c-1].low != "staff" && toks[c-1].low != "state" {
		return false
	}
	if toks[j+1].low == "of" || toks[j+1].low == "and" || toks[c-1].low == "and" || toks[c-1].low == "boss" {
		return false
	}
	affil := ""
	switch w := toks[j].low; {
	case callingOwners[w]:
	case toks[j].poss && toks[j].cap && toks[j].kind == tkWord:
		f := j
		// "New York's governor": New opens a place here
		for f > 0 && toks[f-1].kind == tkWord && toks[f-1].cap && !toks[f-1].poss && toks[f-1].sent == sent && (!capStopWords[toks[f-1].low] || toks[f-1].low == "new") {
			f--
		}
		affil = strings.TrimSuffix(strings.TrimSuffix(an.text[toks[f].s:toks[j].e], "'s"), "’s")
		for _, m2 := range an.mentions {
			if m2.end == j+1 && m2.first >= f-3 && m2.person != m.person {
				affil = an.people[m2.person].name()
			}
		}
	default:
		return false
	}
	if _, ok := titleWords[strings.ToLower(affil)]; ok {
		affil = "" // "the President's former campaign manager"
	}
	p.role = an.text[toks[j+1].s:toks[c-1].e]
	p.affil = affil
	return true
}

// callingOwners own a calling ("his campaign manager").
var callingOwners = set("his", "her", "their", "its")

// pluralCounts make a calling plural ("two nominees", "both advisers").
var pluralCounts = set("two", "three", "four", "five", "several", "both", "many", "some")

// roleAdverbs may open an appositive before its role ("now a commentator").
var roleAdverbs = set("now", "still", "also", "currently", "once", "then")

// ofDeterminers end a role's of-phrase ("senior vice president of its
// subsidiary" is a senior vice president).
var ofDeterminers = set("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "my", "your")

// roleStops end a role phrase or its of-phrase ("director of national
// intelligence under Bush").
var roleStops = set("who", "whose", "which", "that", "and", "or", "but", "in", "from", "on", "under", "during",
	"since", "after", "before", "when", "while", "until", "by", "as", "than", "because", "said", "says")

// notRoleOpeners open a clause or a comparison, not a role ("as secretary
// of state", "was the first executive").
var notRoleOpeners = set("as", "was", "is", "were", "are", "has", "had", "have", "will", "would", "who", "which",
	"said", "says", "like", "unlike", "including", "not", "but", "and", "or", "if", "when", "while", "whose",
	"received", "won", "became", "made", "took", "got", "gave", "earned", "called", "added", "noted", "wrote",
	"told", "asked", "played", "starred", "directed", "appeared", "joined", "left", "returned", "announced",
	"scored", "beat", "lost", "signed", "reported", "spent", "named", "hired", "fired", "praised")

// rolePremodifiers are lower-case words a role noun before a name keeps
// ("chief strategist", "senior adviser", "deputy press secretary").
var rolePremodifiers = set("chief", "senior", "deputy", "top", "longtime", "assistant", "associate", "executive",
	"campaign", "communications", "national", "political", "legal", "policy", "foreign", "economic", "security",
	"personal", "special", "general", "principal", "lead", "senior-most", "press", "digital", "media", "spokes",
	"managing", "founding", "acting", "homeland", "legislative", "domestic", "military", "trade", "health",
	// "former national security adviser Michael Flynn", "radio host Alex
	// Jones", "defense lawyer ...", "presidential spokesman ..."
	"former", "radio", "talk", "show", "defense", "presidential", "news", "staff", "podcast", "guest",
	"police", "agency", "ministry", "conservative", "liberal", "progressive", "research")

// strongHonors are the honorifics that always give the sex.
var strongHonors = set("mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "madam", "king", "queen", "prince", "princess")

// strongHonor reports whether one of p's names opens with an honorific
// that always gives the sex ("Mr. Priebus"), unlike a title in -man.
func strongHonor(p *person) bool {
	for _, a := range p.aliases {
		w, _, _ := strings.Cut(a, " ")
		if strongHonors[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return true
		}
	}
	return false
}

// pluralTitles are the plural titles that name several people in a row.
var pluralTitles = map[string]string{"sens": "Senator", "senators": "Senator", "reps": "Representative",
	"representatives": "Representative", "govs": "Governor", "governors": "Governor"}

// pluralTitles gives the role of a plural title to every name of its list:
// "Republican Sens. John McCain of Arizona and Tom Coburn of Oklahoma",
// "Sens. Ted Cruz, Ron Johnson, Mike Lee and Rand Paul", "Sens. Jeff
// Sessions (R-Ala.) and Ted Cruz (R-Texas)": Coburn, Johnson, Lee, Paul
// and Cruz are Senators too, and Republicans when the title says so.
func (an *analysis) pluralTitles() {
	toks := an.toks
	at := map[int]int{}
	for i, m := range an.mentions {
		at[m.tfirst] = i
	}
	for _, m := range an.mentions {
		role, party := "", ""
		for k := m.tfirst; k < m.first; k++ {
			if r, ok := pluralTitles[toks[k].low]; ok {
				role = r
			}
			if pn, ok := partyNames[toks[k].low]; ok && toks[k].cap {
				party = pn
			}
		}
		if role == "" || an.toks[m.first].quote >= 0 {
			continue
		}
		cur := m
		for n := 0; n < 8; n++ {
			k := cur.end
			// "of Arizona", "(R-Ala.)" after the name
			if k+1 < len(toks) && toks[k].low == "of" {
				if se := an.stateAt(k + 1); se > k+1 {
					k = se
				}
			}
			if k < len(toks) && toks[k].low == "(" {
				for j := k; j < len(toks) && j < k+6; j++ {
					if toks[j].low == ")" {
						k = j + 1
						break
					}
				}
			}
			if k < len(toks) && toks[k].low == "," {
				k++
			}
			if k < len(toks) && toks[k].low == "and" {
				k++
			}
			if k == cur.end || k >= len(toks) {
				break
			}
			i, ok := at[k]
			if !ok || an.mentions[i].first != k || an.mentions[i].person == m.person {
				break
			}
			next := an.mentions[i]
			p := an.people[next.person]
			if len(p.lows) < 2 {
				break // a full name only: "Sens. Sanders, Kamala Harris ..." may list others
			}
			if p.role == "" {
				p.role = role
			}
			if p.party == "" && party != "" {
				p.party = party
			}
			if p.state == "" && next.end+1 < len(toks) && toks[next.end].low == "of" {
				if se := an.stateAt(next.end + 1); se > next.end+1 {
					p.state = an.text[toks[next.end+1].s:toks[se-1].e]
				}
			}
			cur = next
		}
	}
}

// subjectVote reports whether the he or she at toks[k] that votes for
// mention mi is the subject of the sentence after the mention's, outside
// quotes and past a lead word ("But he said", `"...," he added`), while
// the mention opens its own sentence (or follows the comma of what opens
// it, with no name nor pronoun before) or is a speech verb's inverted
// subject ("said Sen. Lindsey Graham"); a lone surname counts when no
// other person of the article has it.
func (an *analysis) subjectVote(mi, k int) bool {
	toks := an.toks
	m := an.mentions[mi]
	if w := toks[k].low; w != "he" && w != "she" {
		return false
	}
	sent := toks[m.first].sent
	if toks[k].sent != sent+1 {
		return false
	}
	j := an.sents[sent+1].first
	for j < k && (toks[j].quote >= 0 || toks[j].kind == tkQuote || toks[j].low == "," || pronounLeadWords[toks[j].low]) {
		j++
	}
	if j != k {
		return false
	}
	quoted := slices.ContainsFunc(toks[an.sents[sent+1].first:k], func(t token) bool { return t.quote >= 0 })
	if toks[m.end-1].poss || an.objectAt(m.tfirst) {
		return false
	}
	s := an.sents[sent]
	if toks[m.first].quote >= 0 {
		return false
	}
	if an.sharedSurname(m) {
		return false // "Obama" may be another Obama's
	}
	b := s.first
	for b < m.tfirst && (toks[b].kind == tkPunct && toks[b].quote < 0 || pronounLeadWords[toks[b].low]) {
		b++
	}
	if b == m.tfirst {
		return true
	}
	// "While some say ..., Evan Greer said", `"...," Graham told`: a
	// comma before the name, and no name nor he, she or they before it
	if m.end < len(toks) && (toks[m.end].low == "asked" || toks[m.end].low == "asks") {
		return false // `"...?" Schumer asked. "No," she said`: the one asked answers
	}
	if c := &toks[m.tfirst-1]; (c.low == "," || c.kind == tkQuote && !c.open) && !slices.ContainsFunc(an.mentions[:mi], func(o mention) bool { return toks[o.first].sent == sent }) {
		clean := true
		for j := s.first; j < m.tfirst; j++ {
			if w := toks[j].low; toks[j].quote < 0 && (w == "he" || w == "she" || w == "they") {
				clean = false
			}
		}
		if clean {
			return true
		}
	}
	b = m.tfirst - 1
	for b > s.first && toks[b].low == "," {
		b--
	}
	// "said Sen. Lindsey Graham. "...," he added": after an inverted
	// verb only a he or she after a quote goes on with the speaker ("...,"
	// says Mark Naison, a professor. She": the article's subject)
	return quoted && b >= s.first && speechVerbs[toks[b].low] != "" && an.invertedAt(b)
}

// sharedWithMen are given names the list holds as women's (90% of the
// babies since 1880) that men of an older generation in public life bear
// ("Sen. Lindsey Graham"): a he vote still outweighs the list for them.
var sharedWithMen = set("lindsey", "lindsay")

// sharedSurname reports whether mention m is a lone surname that another
// person mentioned in the article also bears ("Clinton" with Bill and
// Hillary Clinton).
func (an *analysis) sharedSurname(m mention) bool {
	p := an.people[m.person]
	return m.end-m.first < 2 && slices.ContainsFunc(an.people, func(o *person) bool { return o != p && o.mentions > 0 && o.last() == p.last() })
}

// listedSex is 'm' or 'f' as the given-names list gives p's given name,
// 0 when it gives neither.
func listedSex(p *person, lx *lexicon) byte {
	if len(p.lows) < 2 {
		return 0
	}
	// "J. Randy Forbes": the given name after an initial
	g0 := p.lows[0]
	if len(p.lows) > 2 && len(strings.TrimSuffix(g0, ".")) == 1 && len(p.lows[1]) > 1 && !strings.Contains(p.lows[1], ".") {
		g0 = p.lows[1]
	}
	if g := lx.givenFolded(g0); g == 'f' || g == 'm' {
		return g
	}
	return 0
}

// sexOf is 'm' for a he form, 'f' for a she form.
func sexOf(w string) byte {
	if heForms[w] {
		return 'm'
	}
	return 'f'
}

// nameOfThingAhead reports whether toks[k] opens the capitalised end of
// an organisation's name that a lower-case "to" or "the" joined ("Freedom
// to Marry", "She the People", "Coalition to Stop Gun Violence"): one to
// three capitalised words, then no more capitals, and no person's name
// starts there.
func (an *analysis) nameOfThingAhead(k int) bool {
	toks := an.toks
	if k >= len(toks) || toks[k].kind != tkWord || !toks[k].cap {
		return false
	}
	for _, m := range an.mentions {
		if m.tfirst == k || m.first == k {
			return false
		}
	}
	e := k
	for e < len(toks) && toks[e].kind == tkWord && toks[e].cap {
		e++
	}
	return e-k <= 3 && (e >= len(toks) || toks[e].kind != tkWord || !toks[e].cap)
}

// possOrgHeads are the words that, after a possessive inside an
// affiliation, end the organisation's own name ("Cleveland Police
// Patrolman's Association", "Angie's List").
var possOrgHeads = set("association", "union", "league", "federation", "alliance", "caucus", "council", "list", "fund", "foundation", "coalition", "voice")

// nameObjectPreps govern the name after them as an object.
var nameObjectPreps = set("to", "for", "of", "with", "from", "by", "against", "at", "on", "in", "about", "toward", "towards", "than")

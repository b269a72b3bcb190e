package extract

import (
	"strings"
)

// orgLikeSingle reports whether a one-word name is used the way products
// and companies are: "the Cell processor", "PlayStation 3", a list with an
// acronym ("Sony, IBM and Toshiba"), or CamelCase ("WikiLeaks").
func (an *analysis) orgLikeSingle(c *candidate) bool {
	toks := an.toks
	f, n := c.tfirst, c.end
	if an.camelCase(c) {
		return true
	}
	if f > 0 && toks[f-1].low == "the" && n < len(toks) && toks[n].kind == tkWord && !toks[n].cap && !toks[n-1].poss {
		// "the Obama administration" is the one exception: a surname
		// with an institution after it
		if !institutionWords[toks[n].low] {
			return true
		}
	}
	if n < len(toks) && toks[n].kind == tkNum && !toks[n-1].poss {
		return true
	}
	// "the Court of Appeals said", "the Bank of America": a capitalised
	// word, "of", then the one word is the tail of an institution's name
	// (but "Friends of Pete" may be about Pete)
	if f >= 2 && toks[f-1].low == "of" && toks[f-2].kind == tkWord && toks[f-2].cap && loadLexicon().given[toks[f].low] == 0 {
		return true
	}
	// "a new Gallup poll", "Politico reporter Jake Sherman": a name before
	// a word for a poll or a piece of reporting is a pollster or an outlet
	if n < len(toks) && toks[n].kind == tkWord && !toks[n].cap && !toks[n-1].poss && mediaNouns[toks[n].low] {
		return true
	}
	// "southern Helmand province", "Cook County": a word for a place
	// after the name makes it one
	if n < len(toks) && toks[n].kind == tkWord && !toks[n-1].poss && placeNouns[toks[n].low] {
		return true
	}
	// "in Tampa, Fla., with", "a Flint, Michigan, church": a US state
	// after a word and a comma makes the word a place, and the state's
	// abbreviation after a place and a comma is the state
	if an.stateAt(n+1) > n+1 && toks[n].low == "," && !toks[n-1].poss {
		return true
	}
	if f >= 2 && toks[f-1].low == "," && toks[f-2].kind == tkWord && toks[f-2].cap && an.stateAt(f) == n {
		return true
	}
	listAcronym := func(k int) bool {
		if k < 0 || k >= len(toks) || !toks[k].upper || toks[k].kind != tkWord {
			return false
		}
		after := ""
		if k+1 < len(toks) {
			after = toks[k+1].low
		}
		return after == "," || after == "and" || after == ")" || after == "." || after == "or"
	}
	if n+1 < len(toks) && (toks[n].low == "," || toks[n].low == "and") && listAcronym(n+1) {
		return true
	}
	if f >= 2 && (toks[f-1].low == "," || toks[f-1].low == "and") && listAcronym(f-2) {
		return true
	}
	return false
}

// placeNouns name a kind of place after its proper name.
var placeNouns = set("province", "provinces", "county", "counties", "district", "region", "valley",
	"prefecture", "governorate", "township", "parish", "borough", "canton", "oblast", "island", "islands")

// mediaNouns are what pollsters and outlets put out, and their staff.
var mediaNouns = set("poll", "polls", "polling", "survey", "surveys", "reporter", "reporters", "editor",
	"editors", "article", "articles", "story", "piece", "columnist", "correspondent", "podcast",
	"newsletter", "headline", "reporting", "findings", "pollster", "pollsters", "contributor", "op-ed")

// institutionWords follow a surname used as a modifier for the person's
// organisation ("the Obama administration", "the Trump campaign").
var institutionWords = set("administration", "campaign", "family", "years", "era", "presidency",
	"government", "team", "camp", "foundation", "organization", "white", "house", "doctrine",
	"regime", "children", "brothers", "sisters", "estate", "legacy", "transition", "cabinet",
	"aides", "allies", "supporters", "voters", "base", "movement", "agenda", "plan", "policy",
	"policies", "white", "trial", "case", "investigation", "probe", "inquiry", "nomination", "win",
	"victory", "defeat", "loss", "speech", "rally", "interview", "statement", "tweet", "tweets",
	"comments", "remarks", "emails", "email", "book", "memoir", "library")

// camelCase reports whether a word of the name has a capital inside it
// that no surname prefix explains ("WikiLeaks", "PlayStation", but not
// "McConnell", "DeSantis", "LaHood" or "O'Neill").
func (an *analysis) camelCase(c *candidate) bool {
	for k := c.first; k < c.end; k++ {
		t := &an.toks[k]
		if t.kind != tkWord || t.upper {
			continue
		}
		w := an.text[t.s:t.e]
		for i := 1; i < len(w); i++ {
			if w[i] < 'A' || w[i] > 'Z' {
				continue
			}
			p := strings.ToLower(w[:i])
			if camelPrefixes[p] || w[i-1] == '-' || w[i-1] == '\'' || w[i-1] == '.' || strings.HasSuffix(p, "’") {
				continue
			}
			return true
		}
	}
	return false
}

var camelPrefixes = set("mc", "mac", "de", "di", "da", "la", "le", "van", "von", "du", "del", "della", "st", "o", "d", "l", "al", "el", "fitz", "ben", "bin", "abu", "ka", "lo")

// roleAppositive reports whether a lower-case role phrase opens at
// toks[k] ("vice chairwoman for", "former spokesman", "senior adviser
// to"): an appositive that only a person takes.
func (an *analysis) roleAppositive(k int) bool {
	toks := an.toks
	for j := k; j < len(toks) && j < k+3; j++ {
		t := &toks[j]
		if t.kind != tkWord || t.cap || t.quote >= 0 {
			return false
		}
		if roleNouns[t.low] || personRoles[t.low] {
			return true
		}
		if t.low == "chief" && j+1 < len(toks) && toks[j+1].low == "of" {
			return true // "his chief of staff"
		}
		if !roleModifiers[t.low] && !(j == k && (t.low == "his" || t.low == "her")) {
			return false
		}
	}
	return false
}

// personRoles and roleModifiers make up the role phrases of roleAppositive.
var personRoles = set("chairman", "chairwoman", "director", "manager", "founder", "co-founder", "strategist", "pollster", "professor", "secretary", "president")

var roleModifiers = set("vice", "former", "senior", "deputy", "executive", "assistant", "campaign", "communications", "press", "national", "political", "longtime", "chief")

// stateAbbrevs are the abbreviations news text writes US states with
// after a place ("Tampa, Fla.", "Santa Clara County, Calif.").
var stateAbbrevs = set("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
	"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
	"vt", "va", "wash", "wis", "wyo")

// stateAt returns one past the US state named at toks[k] ("Michigan",
// "New York", "Fla.") when the state ends its phrase, a comma, a period,
// a bracket or a lower-case word after it ("a Flint, Michigan, church"),
// but not a party ("Cruz, Texas Republican"); else k.
func (an *analysis) stateAt(k int) int {
	toks := an.toks
	if k >= len(toks) || toks[k].kind != tkWord || !toks[k].cap {
		return k
	}
	e := k
	switch {
	case k+1 < len(toks) && usStates[toks[k].low+" "+toks[k+1].low]:
		e = k + 2
	case usStates[toks[k].low] && !stateFirsts[toks[k].low]:
		e = k + 1
	case stateAbbrevs[toks[k].low] && k+1 < len(toks) && toks[k+1].low == "." && toks[k].e == toks[k+1].s:
		e = k + 1
	default:
		return k
	}
	if e >= len(toks) {
		return e
	}
	switch t := &toks[e]; {
	case t.low == "," || t.low == "." || t.low == ")" || t.low == ";" || t.low == ":":
		return e
	case t.kind == tkWord && !t.cap:
		return e
	}
	return k
}

// modifierNouns follow a surname used as a modifier for the person's
// own office or circle ("the Reagan administration", "Carter advisers",
// "the Bush presidency"): a word no firm, place or programme takes.
var modifierNouns = set("administration", "administrations", "presidency", "adviser", "advisers", "advisor",
	"advisors", "aide", "aides", "loyalist", "loyalists", "appointee", "appointees", "confidant", "confidants")

// modifierCue reports whether the one-word candidate c modifies a noun
// only a person's office or circle is ("the Reagan administration",
// "two Carter aides", "Nixon's presidency"): the name is then a person's,
// as FORMAT.md counts modifiers, even when nothing else names them.
func (an *analysis) modifierCue(c *candidate) bool {
	toks := an.toks
	n := c.end
	if n-c.first != 1 || n >= len(toks) || toks[n].kind != tkWord || toks[n].cap && toks[n].low != "administration" || !modifierNouns[toks[n].low] {
		return false
	}
	low := toks[c.first].low
	if strings.Contains(low, "-") {
		return false // "Pro-Trump loyalists", "a Republican-dominated administration"
	}
	if toks[c.first].poss && toks[n].low != "administration" && toks[n].low != "presidency" {
		return false // "Apple's advisers" are the firm's
	}
	return !c.common && !placeWords[low] && !nationalityWords[low] && !orgWords[low] && !outletNames[low] && !nonPersons[low]
}

// personOnlyCue reports whether the one-word candidate c stands where
// only a person's name does: after an age ("11-month-old Omar", "the
// 24-year-old Mendez") or as a possessive before a word for a relative
// ("Lincoln's son", "Donald's wife"); a firm or a place has no age and
// no wife.
func (an *analysis) personOnlyCue(c *candidate) bool {
	toks := an.toks
	if c.end-c.first != 1 || c.hasTitle {
		return false
	}
	low := toks[c.first].low
	if c.common || placeWords[low] || nationalityWords[low] || orgWords[low] || outletNames[low] || nonPersons[low] || strings.Contains(low, "-") {
		return false
	}
	// the age only before a given name: "the 41-year-old Floridian", "a
	// 41-year-old Broadway star" are no names
	if k := c.tfirst - 1; k >= 0 && toks[k].kind == tkWord && !toks[k].cap && !toks[k].poss && toks[k].sent == toks[c.tfirst].sent && ageWord(toks[k].low) {
		// "the 51-year-old Harvard law graduate": no name before a noun
		return loadLexicon().given[low] != 0 && (c.end >= len(toks) || toks[c.end].kind != tkWord || toks[c.end].cap || afterAgeName[toks[c.end].low])
	}
	// "a daughter named Nona", "gave her name as Sandra": a given name
	// a person noun names, or one given as someone's name
	if k := c.tfirst - 1; k >= 1 && loadLexicon().given[low] != 0 && toks[k].sent == toks[c.tfirst].sent {
		if p := toks[k-1].low; toks[k].low == "named" && (kinWords[p] || namedPersons[p]) || toks[k].low == "as" && p == "name" {
			return true
		}
	}
	// "the McDonnells' daughter": a family's plural, no one person
	t, n := &toks[c.first], c.end
	return t.poss && strings.HasSuffix(strings.ToLower(an.text[t.e:t.fe]), "s") && n < len(toks) && toks[n].kind == tkWord && !toks[n].cap && (kinWords[toks[n].low] || pluralKin[toks[n].low])
}

// afterAgeName are the lower-case words that may follow an aged person's
// given name ("11-month-old Omar was", "7-year-old Daniel in").
var afterAgeName = set("was", "is", "has", "had", "and", "who", "whose", "in", "of", "from", "at", "on", "with", "to",
	"died", "said", "says", "told", "were", "will", "would", "could", "after", "before", "when", "as")

// ageWord reports whether w gives an age ("24-year-old", "11-month-old").
func ageWord(w string) bool {
	for _, u := range []string{"-year-old", "-month-old", "-week-old", "-day-old"} {
		if strings.HasSuffix(w, u) && len(w) > len(u) {
			return true
		}
	}
	return false
}

// kinAppositive reports whether the one-word candidate c is named as
// someone's relative right before it ("his wife, Kathleen", "her son
// Ezra", "Lopez's daughter, Mia"): a given name alone that is a person.
func (an *analysis) kinAppositive(c *candidate) bool {
	return c.end-c.first == 1 && !c.hasTitle && (an.kinNamed(c.first) || an.kinListed(c.first))
}

// kinNamed reports whether a possessor and a word for a relative stand
// right before toks[first], with or without a comma ("his wife,",
// "whose son", "Lopez's daughter").
func (an *analysis) kinNamed(first int) bool {
	toks := an.toks
	k := first - 1
	if k >= 0 && toks[k].low == "," {
		k--
	}
	if k < 1 || toks[k].kind != tkWord || toks[k].cap || !kinWords[toks[k].low] || strings.HasSuffix(toks[k].low, "s") {
		return false
	}
	p := &toks[k-1]
	return p.low == "his" || p.low == "her" || p.low == "their" || p.low == "whose" || p.poss && p.cap
}

// kinListed reports whether toks[first], a given name, is an item of a
// list of given names after a possessor and a plural word for relatives
// ("his children Ivanka, Eric and Tiffany", "her parents, Jean and
// Joseph", "Lopez's two sons, Eric and Don"); a plural before one name
// alone ("his sons, Eric") is no list.
func (an *analysis) kinListed(first int) bool {
	toks := an.toks
	lx := loadLexicon()
	item := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].kind == tkWord && toks[k].cap && !toks[k].poss && lx.given[toks[k].low] != 0 && !lx.common[toks[k].low]
	}
	if !item(first) {
		return false
	}
	// the list's words before first: "Ivanka, Eric and"; a list has one
	// "and", before its last item
	k, ands := first, 0
	for n := 0; n < 6; n++ {
		j := k - 1
		if j >= 0 && toks[j].low == "and" {
			if ands++; ands > 1 {
				break
			}
			j--
		}
		if j >= 0 && toks[j].low == "," {
			j--
		}
		if j == k-1 || !item(j) || j > 0 && toks[j-1].kind == tkWord && toks[j-1].cap {
			break
		}
		k = j
	}
	// the first item follows the relatives: "his (two) children(,)"
	j := k - 1
	if j >= 0 && toks[j].low == "," {
		j--
	}
	if j < 1 || toks[j].kind != tkWord || toks[j].cap || !pluralKin[toks[j].low] {
		return false
	}
	if countWords[toks[j-1].low] {
		j--
	}
	if j < 1 {
		return false
	}
	if p := &toks[j-1]; !(p.low == "his" || p.low == "her" || p.low == "their" || p.low == "whose" || p.poss && p.cap) {
		return false
	}
	// a list: another item after the first ("Jean and Joseph"), the last
	// one no full name ("Fred and Cindy Warmbier" share the surname)
	items, m := 1, k
	ands = 0
	for items < 8 && ands == 0 {
		n := m + 1
		if n < len(toks) && toks[n].low == "," {
			n++
		}
		if n < len(toks) && toks[n].low == "and" {
			ands++
			n++
		}
		if n == m+1 || !item(n) {
			break
		}
		items, m = items+1, n
	}
	return items >= 2 && (m+1 >= len(toks) || toks[m+1].kind != tkWord || !toks[m+1].cap || strings.HasPrefix(toks[m+1].low, "jr"))
}

// pluralKin name relatives in the plural; countWords may stand between
// the possessor and them ("his two sons").
var (
	pluralKin  = set("sons", "daughters", "brothers", "sisters", "siblings", "children", "kids", "parents", "grandchildren", "stepchildren", "twins")
	countWords = set("two", "three", "four", "five", "six", "adult", "grown", "young", "twin", "eldest", "oldest", "youngest")
)

// possessiveName reports whether the two-word candidate c, with no title,
// is a possessive before a lower-case word or a number ("Zorvan
// Quellick's 2012 campaign", "Jadel Gregorio's effort"), both words
// proper names: no common, place, nationality, organisation or calendar
// word, nor a firm's or an outlet's name.
func (an *analysis) possessiveName(c *candidate, lx *lexicon) bool {
	toks := an.toks
	n := c.end
	if len(c.lows) != 2 || c.end-c.first != 2 || c.hasTitle || !toks[n-1].poss || n >= len(toks) || toks[n].cap || toks[n].kind != tkWord && toks[n].kind != tkNum {
		return false
	}
	for _, w := range c.lows {
		if lx.common[w] || placeWords[w] || nationalityWords[w] || orgWords[w] || calendarWords[w] || strings.Contains(w, ".") {
			return false
		}
	}
	if toks[n].kind == tkNum && !(len(toks[n].low) == 4 && (strings.HasPrefix(toks[n].low, "19") || strings.HasPrefix(toks[n].low, "20"))) ||
		toks[n].kind == tkWord && !personCircleNouns[toks[n].low] && !kinWords[toks[n].low] {
		return false
	}
	k := strings.Join(c.lows, " ")
	return !firmNames[k] && !outletNames[k] && !an.camelCase(c)
}

// personCircleNouns follow a person's possessive name and rarely a
// firm's or a thing's ("Zorvan Quellick's running mate", "... 's
// defeat", "... 's former aide").
var personCircleNouns = set("campaign", "running", "defeat", "death", "funeral", "family", "bid", "presidency",
	"administration", "transition", "former", "first", "previous", "own", "life", "career", "candidacy",
	"nomination", "victory", "win", "loss", "speech", "remarks", "comments", "tweet", "tweets", "memoir",
	"lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "aide", "aides", "adviser",
	"advisers", "advisor", "advisors", "presidential", "reelection", "re-election", "mate", "supporters", "critics")

// ofInstitution reports whether "of" and a capitalised run that ends in an
// organisation's or a law's word follow toks[n] ("of Information Act",
// "of Gulf Refining Corp").
func (an *analysis) ofInstitution(n int) bool {
	toks := an.toks
	if n+1 >= len(toks) || toks[n].low != "of" {
		return false
	}
	last := -1
	for k := n + 1; k < len(toks) && k < n+6 && toks[k].kind == tkWord && toks[k].cap && !toks[k].poss; k++ {
		last = k
	}
	return last > n+1 && (orgHeads[toks[last].low] || orgWords[toks[last].low]) // two words at least: "of Republicans" is a group
}

// teamRoles follow a club's name and no person's ("Chelsea boss Jose
// Mourinho", "Charlton midfielder Graham Stuart").
var teamRoles = set("boss", "manager", "striker", "midfielder", "defender", "keeper", "goalkeeper", "winger",
	"full-back", "centre-back", "center-back", "playmaker", "skipper", "fly-half", "scrum-half", "outfielder", "pitcher", "quarterback")

// teamCue reports whether the one-word candidate c is used the way a
// team's or a club's name is: before a player's or manager's role, or as
// the subject of a plural verb ("Chelsea have been criticised", "Newcastle
// are", "Everton were").
func (an *analysis) teamCue(c *candidate) bool {
	toks := an.toks
	n := c.end
	if c.end-c.first != 1 || n >= len(toks) || toks[n].kind != tkWord || toks[n].cap || toks[n-1].poss {
		return false
	}
	switch toks[n].low {
	case "have", "are", "were":
		// only as the subject that opens a sentence: not a list's last
		// name ("Hall and Ruiz have"), a question ("Does Hall have"), a
		// relative's name ("his wife Ann have") nor a noun's complement
		// ("the deals he made with Hall are")
		return c.sentInitial
	}
	return teamRoles[toks[n].low]
}

// academicRoles follow a school's name before its staff member's name
// ("Stanford professor Nicholas Bloom", "Harvard economist Ann Hall").
var academicRoles = set("professor", "economist", "researcher", "scientist", "historian", "scholar", "lecturer",
	"sociologist", "psychologist", "psychiatrist", "epidemiologist", "physicist", "chemist", "biologist", "student", "dean", "provost")

// schoolCue reports whether the one-word candidate c stands before an
// academic's role and that person's capitalised name: a school, no person.
func (an *analysis) schoolCue(c *candidate) bool {
	toks := an.toks
	n := c.end
	return c.end-c.first == 1 && n+1 < len(toks) && !toks[n-1].poss && toks[n].kind == tkWord && !toks[n].cap && academicRoles[toks[n].low] &&
		toks[n+1].kind == tkWord && toks[n+1].cap
}

// firmRoles follow a firm's name and no person's ("Tesla CEO Elon Musk",
// "Jeep executives", "Ford shareholders"); not "shares", also a verb
// ("Hall shares an article")
var firmRoles = set("ceo", "executives", "shareholders", "stockholders")

// firmCue reports whether the one-word candidate c stands before a
// firm's role: a firm, no person.
func (an *analysis) firmCue(c *candidate) bool {
	toks := an.toks
	n := c.end
	return c.end-c.first == 1 && n < len(toks) && !toks[n-1].poss && toks[n].kind == tkWord && firmRoles[toks[n].low] &&
		(!toks[n].cap || toks[n].low == "ceo")
}

// namedPersons are the nouns for a person that "named" and a given name
// may follow ("a woman named Nona").
var namedPersons = set("man", "woman", "boy", "girl", "baby", "child", "friend", "student", "teenager", "person", "guy", "lady", "neighbor", "neighbour", "colleague")

package extract

import (
	"strings"
)

// surnameOrgWords are surnames that are also place or body words.
var surnameOrgWords = set("west", "north", "fox", "lake", "day", "post", "church", "tower")

// demonymPlural reports whether w is the plural of a word for people from
// a place or of a calling in -an ("Nigerians", "Californians", "Texans",
// "Pediatricians"), which no given name stems ("Evans" is a surname).
func demonymPlural(w string, lx *lexicon) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "ans") {
		return false
	}
	return lx.given[w[:len(w)-1]] == 0
}

// stripLeading drops the capitalised common words that open the run
// toks[a:b] before a name or a title ("Beating President Donald Trump",
// "Coverage Trump", "Inauguration Day President Trump"): a word news text
// writes in lower case is no part of a name unless it is a given name,
// and no part of a title unless it is a title, party, place or
// organisation word. It returns the new start.
func (an *analysis) stripLeading(a, b int, lx *lexicon) int {
	toks := an.toks
	// "Election Day President Trump": a day named before a title
	for k := a; k < b-1; k++ {
		if isTitleTok(&toks[k]) {
			for j := k - 1; j > a; j-- {
				if toks[j].low == "day" || toks[j].low == "eve" || toks[j].low == "night" {
					a = j + 1
					break
				}
			}
			break
		}
	}
	// "Facebook Twitter Pinterest Dalilah Loza shows ...": a share
	// widget's buttons glued before a photo caption
	if a+1 < b && shareButtons[toks[a].low] && shareButtons[toks[a+1].low] {
		for a < b-1 && shareButtons[toks[a].low] {
			a++
		}
	}
	// "Monday Politico", "October Jay Willis": a day or month opens no
	// name unless it is a common given name ("Jan", "April", "June")
	for a < b-1 && calendarWords[toks[a].low] && !calendarGiven[toks[a].low] && !toks[a].poss {
		a++
		for a < b && toks[a].kind != tkWord {
			a++
		}
	}
	for a < b-1 {
		t := &toks[a]
		if t.kind != tkWord || !t.cap || t.upper || t.poss || t.dot || !lx.common[t.low] || lx.given[t.low] != 0 || isTitleTok(t) ||
			orgWords[t.low] || placeWords[t.low] || nationalityWords[t.low] || nameParticles[t.low] {
			break
		}
		if a+2 == b && hyphenatedGiven(an.text[toks[a+1].s:toks[a+1].e]) {
			// "Wee Yong-sub", "Woo Dong-suk": a family name that is a
			// common word before a hyphenated given name
			break
		}
		a++
		for a < b && toks[a].kind != tkWord {
			a++
		}
	}
	return a
}

// monthSurname reports whether toks[n0:e] is a given name and a month
// that is also a surname ("Theresa May", "Brian May").
func monthSurname(toks []token, n0, e int, lx *lexicon) bool {
	return e-n0 == 2 && calendarGiven[toks[e-1].low] && lx.given[toks[n0].low] != 0 && !calendarGiven[toks[n0].low]
}

// commonCompound reports whether w is a hyphenated word whose every part
// news text writes in lower case ("Front-runners", "Self-described"),
// which no double surname is ("Reed-Veal", "Ocasio-Cortez").
func commonCompound(w string, lx *lexicon) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	parts := strings.Split(strings.ToLower(w), "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !lx.common[p] || lx.given[p] != 0 {
			return false
		}
	}
	return true
}

// abbrevSurname reports whether toks[n0:e] is one word and a title
// abbreviation without its period that is a surname ("Chandan Sen").
func abbrevSurname(toks []token, n0, e int) bool {
	f := toks[n0].low
	return e-n0 == 2 && titleAbbrevs[toks[e-1].low] && !toks[e-1].dot && !placeWords[f] && !nationalityWords[f] && !orgWords[f]
}

// titleAbbrevs are titles written short: at the end of a run they are a
// surname, not an office.
var titleAbbrevs = set("sen", "rep", "gov", "gen")

// trailingParties may end a run after a name: they are the person's party.
var trailingParties = set("democrat", "republican", "independent", "libertarian")

// surnameTitles are titles that are also common surnames (Peter King,
// Angus King, Howard Dean): alone they may name a person named in full.
var surnameTitles = set("king", "bishop", "dean", "marshal")

// companyForms are the legal forms written after a company's name.
var companyForms = set("n.v", "nv", "ag", "s.a", "sa", "plc", "gmbh", "ltd", "inc", "corp", "llc", "b.v", "s.p.a", "spa")

// firmTails follow "and" in the names of firms.
var firmTails = set("co", "company", "sons", "associates", "partners", "inc", "brothers")

// workplaceRoles are jobs whose "at" names where they are held.
var workplaceRoles = set("president", "analyst", "economist", "professor", "fellow", "partner",
	"director", "strategist", "researcher", "scientist", "manager", "chairman", "officer",
	"executive", "lecturer", "editor", "specialist", "dealer", "trader", "consultant", "chief",
	"head", "principal", "dean", "instructor", "associate", "adviser", "advisor", "counsel")

// orgHeads end the names of places, bodies, publications and
// programmes, and are rarely surnames (unlike "Park" or "Shore").
var orgHeads = set("base", "voters", "syndrome", "disease", "garden", "gardens", "examiner", "chronicle", "monitor", "enquirer", "inquirer",
	"legislature", "development", "sea", "ocean", "peninsula", "district", "studies", "federation",
	"brotherhood", "oversight", "judiciary", "customs", "institutes", "correspondents", "hemisphere",
	"observatory", "prevention", "statistics", "census", "academies", "endowment", "partnership",
	"fairgrounds", "cathedral", "legion", "crossroads", "gulf", "lawn", "harbor", "archives",
	"appropriations", "ethics", "management", "prosperity", "circuit", "science", "dept", "dlrs", "dlr",
	"taxation", "innovation", "petroleum", "telecom", "depression", "heritage", "airways", "zoo",
	"globe", "yard", "medicare", "medicaid", "obamacare", "index", "lecture", "lectures", "prize", "award", "tool", "tools", "rapids",
	"springs", "falls", "heights", "marathon", "bowl", "brothers", "fair", "average", "averages", "system", "wireless", "stop",
	"parish", "plaza", "doctrine", "bedroom", "preserve", "refuge", "sanctuary", "cemetery", "speedway", "raceway",
	"awards", "medal", "scholarship", "palace", "hills", "café", "cafe", "steakhouse", "syndicate", "memo",
	"sports", "strategies", "consulting", "partners", "associates", "solutions", "entertainment", "media",
	"pictures", "records", "airlines", "motors", "industries", "technologies", "pharmaceuticals", "communications",
	"securities", "investments", "realty", "properties",
	"edition", "pageant", "protection", "resources", // "Morning Edition", "Miss Universe Pageant", "Border Protection"
	"patriots", "steelers", "yankees", "dodgers", "cowboys", "redskins", "lakers", "celtics", "knicks", "room", "chiefs")

// theModified reports whether the word at e, after a name that "the"
// opens, is a lower-case word the name modifies.
func theModified(toks []token, e int) bool {
	return e < len(toks) && toks[e].kind == tkWord && !toks[e].cap
}

// calendarGiven are days and months that are also common given names.
var calendarGiven = set("april", "may", "june", "august", "jan", "jun")

// placePrefixes open place names made of a saint's or a given name.
// placeOnlyPrefixes open no person's name whatever follows ("Santa Fe",
// "Puerto Rican", "Fort Worth", "Los Alamos").
var placeOnlyPrefixes = set("san", "santa", "los", "las", "puerto", "fort")

var placePrefixes = set("puerto", "costa", "sierra", "san", "santa", "st", "st.", "saint", "fort", "port", "los", "las", "mount", "lake")

// personTitles are roles only a person holds, so even a common word after
// one is a surname ("Sen. Love", "Secretary Price"), unlike "General" or
// "Director" ("General Election", "National Intelligence Director").
var personTitles = set("Senator", "Representative", "Governor", "President", "Secretary", "Judge",
	"Justice", "Speaker", "Mayor", "Ambassador", "Doctor", "Professor", "Reverend", "Pope", "Chancellor",
	"Minister", "Sheriff", "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Rabbi", "Imam", "Pastor")

// hyphenModifiers end a capitalised compound that modifies a noun rather
// than names someone ("Taiwan-born Chao", "Bart Simpson-style").
var hyphenModifiers = set("old", "style", "born", "based", "themed", "backed", "led", "like", "esque", "era",
	"appointed", "run", "owned", "funded", "linked", "allied", "aligned", "friendly", "free", "centric",
	"inspired", "related", "type", "controlled", "supported", "endorsed", "bred", "raised", "educated",
	"trained", "turned", "monger", "loving", "hating", "obsessed", "made", "sponsored", "affiliated", "leaning",
	"only", "term", "list") // "English-only", "Second-term Obama", "A-list"

// hyphenPrefixes open a capitalised compound that modifies a noun.
var hyphenPrefixes = set("pro", "anti", "non", "post", "pre", "mid")

// contraction reports whether a lower-cased word ends in a clitic
// ("i'll", "they're", "we've", "i'm", "don't", "she'd"): no name does,
// though "O'Neill" and "D'Souza" carry an apostrophe.
func contraction(low string) bool {
	i := strings.LastIndexByte(low, '\'')
	if i <= 0 {
		return false
	}
	switch stem, tail := low[:i], low[i+1:]; tail {
	case "ll", "re", "ve", "m":
		return true
	case "t":
		return strings.HasSuffix(stem, "n")
	case "d":
		return pronounWords[stem]
	}
	return false
}

func hyphenModifier(low string) bool {
	i := strings.LastIndexByte(low, '-')
	if i <= 0 {
		return false
	}
	tail := low[i+1:]
	// "Pro-Russian rebels", "Anti-Trump", "Non-Hispanic": a prefix that
	// makes a modifier
	if hyphenPrefixes[low[:strings.IndexByte(low, '-')]] {
		return true
	}
	// "Bush-blasting", "Trump-supporting"; "African-Americans": a group
	if hyphenModifiers[tail] || len(tail) > 4 && (strings.HasSuffix(tail, "ing") || strings.HasSuffix(tail, "ans")) {
		return true
	}
	// "Perot-style", "Gramm-deregulation": a common word that is no
	// given name ends a compound, not a double surname ("Ocasio-Cortez")
	// ("Gandal-Powers", "Stewart-Cousins" end in a plural); a title's
	// "-elect" or "-in-chief" stays with it
	lx := loadLexicon()
	_, title := titleWords[low[:strings.IndexByte(low, '-')]]
	return len(tail) >= 5 && lx.common[tail] && lx.given[tail] == 0 && !strings.HasSuffix(tail, "s") && !title
}

// hyphenatedPlace reports whether every part of a hyphenated word is a
// place or nationality word ("Korean-South" of "the North
// Korean-South Korean border").
func hyphenatedPlace(low string) bool {
	if !strings.Contains(low, "-") {
		return false // most words: no split to make (it allocates)
	}
	for p := range strings.SplitSeq(low, "-") {
		if !placeWords[p] && !nationalityWords[p] {
			return false
		}
	}
	return true
}

// notNameWord reports whether a lone capitalised word is made the way no
// one's name is: a doctrine in -ism ("Trumpism", "Reaganism"), a
// hyphenated nationality ("African-American", "Asian-American") or a
// dotted acronym ("U.N.", "U.K.").
func notNameWord(low string) bool {
	if len(low) > 5 && (strings.HasSuffix(low, "ism") || strings.HasSuffix(low, "isms")) {
		return true
	}
	if i := strings.LastIndexByte(low, '-'); i > 0 && nationalityWords[low[i+1:]] {
		return true
	}
	if strings.Count(low, ".") >= 2 && len(low) <= 6 {
		for _, part := range strings.Split(strings.TrimSuffix(low, "."), ".") {
			if len(part) != 1 {
				return false
			}
		}
		return true
	}
	return false
}

// abbrevInName reports whether a word followed by a period can sit inside
// a name: an initial or a title abbreviation.
func abbrevInName(t *token) bool {
	if t.e-t.s == 1 || strings.Contains(t.low, ".") {
		return true
	}
	_, ok := titleWords[t.low]
	return ok || nameSuffixes[t.low]
}

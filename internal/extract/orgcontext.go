package extract

import "strings"

// orgNouns are lower-case words for a body, a firm, an outlet or a place
// that, right before a name or heading an appositive after it, say the
// name is no person's: "the energy company Burisma", "Video game firm
// Bioware", "banking giant Goldman Sachs", "Verizon, the American
// telecoms group,", "Cambridge Analytica, a data firm used by".
var orgNouns = set("company", "companies", "firm", "firms", "agency", "corporation", "conglomerate",
	"insurer", "lender", "bank", "automaker", "carmaker", "airline", "carrier", "retailer",
	"manufacturer",
	"chain", "brand", "label", "newspaper", "daily", "tabloid", "magazine", "weekly",
	"website", "outlet", "network", "channel", "station", "startup", "start-up",
	"subsidiary", "unit", "nonprofit", "non-profit", "charity", "organization", "organisation",
	"group", "think-tank", "tank", "institute", "foundation", "union", "cooperative", "co-op",
	"consultancy", "utility", "telecoms", "telecom", "fund", "exchange", "club", "team", "band",
	"party", "state-owned", "university", "college", "school", "hospital", "mall", "casino", "restaurant", "hotel", "resort",
	"app", "platform", "service", "cartel", "militia", "movement", "campaign", "coalition", "alliance",
	"consortium", "publication", "blog", "podcast", "journal", "supermarket")

// orgNameNext may follow an organisation's name after its noun ("the
// energy company Burisma when", "game firm Bioware is", "agency Eurostat
// said").
var orgNameNext = set("is", "was", "has", "had", "said", "says", "reported", "and", "or", "when", "which",
	"who", "that", "to", "in", "on", "for", "of", "with", "at", "from", "by", "as", "will", "would", "also")

// placeOfNouns name a place by "of" and its name ("the country of Chad").
var placeOfNouns = set("country", "nation", "city", "town", "village", "province", "region", "state",
	"island", "republic", "kingdom", "county", "district", "capital", "emirate", "territory")

// firmAfter are the words for a firm that follow its name as a noun
// ("Baker Hostetler law firm", "the Zorbex company"); not the words a
// person's name takes ("the Trump campaign", "the Obama administration").
var firmAfter = set("firm", "company", "corporation", "conglomerate", "insurer", "retailer", "automaker",
	"carmaker", "airline", "newspaper", "tabloid", "magazine", "broadcaster", "bank", "lender")

// orgAfterAppos are the words that may follow the head noun of an
// appositive ("a data firm used by", "the telecoms group, is").
var orgAfterAppos = set("that", "which", "in", "of", "for", "based", "with", "used", "owned", "run",
	"from", "founded", "known", "whose", "on", "at", "and", "headquartered", "backed", "led", "called")

// orgContext reports whether the name toks[first:end] is used as an
// organisation's or a place's: a lower-case organisation noun right
// before it (also "the country of Chad"), an appositive after it headed
// by one, or ", which" after a lone word. With no title before the name only.
func (an *analysis) orgContext(tfirst, first, end int) bool {
	toks := an.toks
	if tfirst != first {
		return false
	}
	if toks[end-1].poss {
		return false // "the state of Hillary Clinton's campaign"
	}
	if k := first - 1; k >= 0 && toks[k].kind == tkWord && !toks[k].cap && !toks[k].poss && toks[k].quote == toks[first].quote && toks[k].sent == toks[first].sent {
		// "energy company Burisma", "Law firm Squire Patton Boggs": a
		// modifier before the noun; "a group Trump spotlighted" is a
		// relative clause
		// relative clause too ("the centrist organization Bill Clinton
		// used"): the name must end its clause or go on with a word
		// an organisation's name takes
		// "oil giant Yukos": a giant is a firm's only for a lone word no
		// given name opens anywhere ("media giant Bill Kristol" is a man)
		giant := toks[k].low == "giant" && end-first == 1 && !an.surnameInText(toks[first].low)
		if (orgNouns[toks[k].low] || giant) && (k == 0 || toks[k-1].kind == tkWord && !determiners[toks[k-1].low] && !capStopWords[toks[k-1].low]) &&
			(end >= len(toks) || toks[end].kind != tkWord || orgNameNext[toks[end].low] ||
				// "Australian airline Qantas could cut": a lone word before a
				// modal or an auxiliary that no given name opens anywhere
				end-first == 1 && orgModalNext[toks[end].low] && !an.surnameInText(toks[first].low)) {
			return true
		}
		if toks[k].low == "of" && k >= 1 && !toks[k-1].cap && placeOfNouns[toks[k-1].low] {
			return true // "the African country of Chad", not "the party of Abraham Lincoln"
		}
	}
	n := end
	// "of Baker Hostetler law firm", "a Zorbex company spokesman": a
	// name right before a lower-case word for a firm
	if n < len(toks) && toks[n].kind == tkWord && !toks[n].cap && toks[n].sent == toks[first].sent {
		w := toks[n].low
		if w == "law" && n+1 < len(toks) && toks[n+1].low == "firm" || firmAfter[w] {
			return true
		}
	}
	// "Wynn Resorts, which" may be "Fox News' Chris Wallace, which is set
	// to air": only a lone word
	// (not a relative's given name: "his wife, Melania, which")
	if end-first == 1 && n+1 < len(toks) && toks[n].low == "," && toks[n+1].low == "which" && !an.kinNamed(first) {
		return true
	}
	// "with chef Michel Nischan, an organization called ...": the
	// appositive may belong to a noun before a given name and surname
	if lx := loadLexicon(); end-first > 1 && lx.given[toks[first].low] != 0 && !lx.common[toks[first].low] {
		return false
	}
	if n+2 < len(toks) && toks[n].low == "," && (toks[n+1].low == "a" || toks[n+1].low == "an" || toks[n+1].low == "the") {
		for k := n + 2; k < len(toks) && k < n+7; k++ {
			t := &toks[k]
			if t.kind != tkWord || t.poss || capStopWords[t.low] {
				return false
			}
			if (orgNouns[t.low] || placeOfNouns[t.low]) && !t.cap {
				if k+1 >= len(toks) || toks[k+1].kind != tkWord || orgAfterAppos[toks[k+1].low] {
					return true
				}
			}
		}
	}
	return false
}

// companyTails end a company's name ("Newmont Mining Corp", "Gull Air
// Inc", "Magma Copper Co").
var companyTails = set("corp", "inc", "co", "ltd", "plc", "llc", "lp", "cos", "corporation", "company",
	"incorporated", "limited", "group", "holdings", "bancorp", "n.v", "nv", "ag", "s.a", "gmbh", "spa", "s.p.a", "a/s", "bank")

// companyHeads returns the names that open a company's name somewhere in
// the text ("gull" and "gull air" from "Gull Air Inc"; "newmont" from
// "Newmont Mining Corp") and the names a stock ticker in angle brackets
// follows or encloses (Reuters' "Regie Nationale des Usines Renault
// <RENA.PA>", "<Hayes Microcomputer Products>"): the bare forms name the
// company too ("Newmont said", "Gull said").
func (an *analysis) companyHeads() map[string]bool {
	toks := an.toks
	out := map[string]bool{}
	capWord := func(k int) bool {
		// "London-based Salomon Brothers International Ltd": the place
		// the firm is based in is no part of its name
		return k >= 0 && k < len(toks) && toks[k].kind == tkWord && toks[k].cap && !capStopWords[toks[k].low] && !strings.HasSuffix(toks[k].low, "-based")
	}
	// givenBefore: the word is some person's surname in the text ("Carl
	// Icahn" ... "Icahn and Texaco Inc"), so "and" joins no partners
	givenBefore := func(low string) bool {
		for k := 1; k < len(toks); k++ {
			if toks[k].low == low && toks[k-1].kind == tkWord && toks[k-1].cap && loadLexicon().given[toks[k-1].low] != 0 {
				return true
			}
		}
		return false
	}
	addRun := func(s, e int) {
		low := ""
		for k := s; k < e; k++ {
			if toks[k].kind != tkWord {
				continue
			}
			if low != "" {
				low += " "
			}
			low += toks[k].low
			out[low] = true
		}
	}
	// "Duff and Phelps said", written so twice or more: two bare words
	// joined by "and" that no given name opens anywhere are the partners
	// a firm is named after
	pairs := map[[2]string]int{}
	for j := 1; j+1 < len(toks); j++ {
		if (toks[j].low == "and" || toks[j].low == "&") && capWord(j-1) && capWord(j+1) && !toks[j-1].poss && toks[j-1].sent == toks[j+1].sent &&
			(j < 2 || !capWord(j-2)) && (j+2 >= len(toks) || !capWord(j+2)) {
			pairs[[2]string{toks[j-1].low, toks[j+1].low}]++
		}
	}
	for pr, n := range pairs {
		if n >= 2 && !givenBefore(pr[0]) && !givenBefore(pr[1]) {
			out[pr[0]], out[pr[1]] = true, true
		}
	}
	for j := range toks {
		t := &toks[j]
		// "Hurricane Maria" ... "Maria killed": a storm's name
		// ("Superstorm Sandy" ... "the Sandy bill")
		if t.cap && (t.low == "hurricane" || t.low == "typhoon" || t.low == "cyclone" || t.low == "superstorm") && j+1 < len(toks) && capWord(j+1) {
			out[toks[j+1].low] = true
		}
		tail := t.kind == tkWord && t.cap && companyTails[strings.TrimSuffix(t.low, ".")] // "Ltd", "Inc.", "Co"
		switch {
		case tail && j >= 4 && toks[j-1].low == ")" && toks[j-3].low == "(" && capWord(j-2) && capWord(j-4) && toks[j-4].sent == t.sent:
			// "Yamaichi International (Europe) Ltd": the region in
			// brackets before the tail
			s := j - 4
			for s > 0 && j-s < 8 && capWord(s-1) && toks[s-1].sent == t.sent && !toks[s-1].poss {
				s--
			}
			if s == 0 || toks[s-1].low != "the" {
				addRun(s, j-3)
			}
		case tail && j >= 2 && (toks[j-1].low == "and" || toks[j-1].low == "&") && capWord(j-2) && toks[j-2].sent == t.sent && !givenBefore(toks[j-2].low):
			// "E.F. Hutton and Co Inc", "Peters and Co Ltd", "Sterling
			// Grace and Co": the partners' names before "and Co" name
			// the firm ("Hutton said", "Peters said"), a leading set of
			// initials left off too
			s := j - 2
			for s > 0 && j-s < 5 && capWord(s-1) && toks[s-1].sent == t.sent && !toks[s-1].poss {
				s--
			}
			if s == 0 || toks[s-1].low != "the" {
				addRun(s, j-1)
				if b := strings.TrimSuffix(toks[s].low, "."); s+1 < j-1 && (len(b) == 1 || dottedInitials(toks[s].low)) {
					addRun(s+1, j-1)
				}
			}
		case tail && capWord(j-1) && toks[j-1].sent == t.sent:
			s := j - 1
			for s > 0 && j-s < 6 && toks[s-1].sent == t.sent && (capWord(s-1) && !toks[s-1].poss ||
				// "Harper and Row Publishers Inc": partners joined by "and"
				s > 1 && (toks[s-1].low == "and" || toks[s-1].low == "&") && capWord(s-2) && !toks[s-2].poss && !givenBefore(toks[s-2].low)) {
				s--
			}
			// "the Trump Corporation", "the Clinton Group": a person's
			// firm is named after them with "the"; a firm itself without
			if s == 0 || toks[s-1].low != "the" {
				addRun(s, j)
				// "Engineering Measurements Co" ... "Measurements said": a
				// word that ends the firm's name names it too, unless it is a given name
				if l := toks[j-1].low; j-1 > s && loadLexicon().given[l] == 0 {
					out[l] = true
				}
			}
		case t.kind == tkWord && t.cap && firmTradeTails[t.low] && capWord(j-1) && toks[j-1].sent == t.sent && !toks[j-1].poss &&
			(j+1 >= len(toks) || !companyTails[strings.TrimSuffix(toks[j+1].low, ".")]):
			// "Halcyon Investments said", "Sun Microsystems has": a firm
			// named by a trade word without Inc names it by its first
			// word too, unless that is a given name ("Philip Crosby
			// Associates")
			s := j - 1
			for s > 0 && j-s < 4 && capWord(s-1) && toks[s-1].sent == t.sent && !toks[s-1].poss {
				s--
			}
			if (s == 0 || toks[s-1].low != "the") && loadLexicon().given[toks[s].low] == 0 && !givenBefore(toks[s].low) {
				addRun(s, j)
			}
		case t.low == "(" && j+2 < len(toks) && toks[j+2].low == ")" && capWord(j+1) && capWord(j-1) && toks[j-1].sent == t.sent &&
			(orgWords[toks[j-1].low] || companyTails[strings.TrimSuffix(toks[j-1].low, ".")]) && loadLexicon().given[toks[j+1].low] == 0:
			// "the Chilean Copper Commission (Cochilco)", "Den Norske Stats
			// Oljeselskap A/S (Statoil)": the short name in brackets after
			// an organisation's full name names it too
			out[toks[j+1].low] = true
		case t.low == "<" && j+1 < len(toks):
			// "<Gull Air Inc>": the words up to ">"
			e := j + 1
			for e < len(toks) && e < j+8 && toks[e].low != ">" {
				e++
			}
			if e < len(toks) && toks[e].low == ">" && capWord(j+1) {
				addRun(j+1, e)
			}
			// "Chrysler Corp <C>", "... Usines Renault <RENA.PA>": the run before
			if capWord(j - 1) {
				s := j - 1
				for s > 0 && j-s < 5 && capWord(s-1) && toks[s-1].sent == t.sent {
					s--
				}
				for k := s; k < j; k++ {
					addRun(k, j) // any tail of the run: "Usines Renault", "Renault"
				}
			}
		}
		// "through Rafah, the border crossing controlled by Egypt",
		// "Amtrak, the national rail service": a name in apposition to a
		// place or a body is that place or body
		if t.low == "," && j >= 1 && capWord(j-1) && !toks[j-1].poss && an.thingAppositive(j+1) {
			s := j - 1
			for s > 0 && j-s < 4 && capWord(s-1) && toks[s-1].sent == t.sent && !toks[s-1].poss {
				s--
			}
			if s == 0 || !toks[s-1].cap || toks[s-1].kind != tkWord {
				if orgWords[toks[j-1].low] {
					// the whole run only: "the Eric Trump Foundation, an
					// eponymous charity" leaves the person Eric Trump
					words := make([]string, 0, j-s)
					for k := s; k < j; k++ {
						words = append(words, toks[k].low)
					}
					out[strings.Join(words, " ")] = true
				} else {
					addRun(s, j) // "Bain Capital, the private equity firm" ... "Bain"
				}
			}
		}
	}
	return out
}

// thingAppositive reports whether the words at toks[k:] are an appositive
// "the" or "a" opens whose lower-case nouns name a place or a body ("the
// border crossing controlled by", "a Gaza suburb", "the company that")
// and no person ("the city's mayor", "a village elder", "the firm's
// founder" stay people).
func (an *analysis) thingAppositive(k int) bool {
	toks := an.toks
	if k >= len(toks) || toks[k].kind != tkWord || toks[k].cap || (toks[k].low != "the" && toks[k].low != "a" && toks[k].low != "an") {
		return false
	}
	found, words := false, 0
	for j := k + 1; j < len(toks) && j < k+12 && toks[j].sent == toks[k].sent; j++ {
		t := &toks[j]
		if t.kind != tkWord || t.quote != toks[k].quote {
			break
		}
		if t.cap {
			continue // "the Gaza border crossing", "a Texas town"
		}
		if words++; words > 6 {
			return false // the phrase runs on: its head is unknown
		}
		if titleWords[t.low] != "" || roleNouns[t.low] || personRoles[t.low] || personNouns[t.low] || callingNouns[t.low] || appositivePersonWords[t.low] {
			return false
		}
		if thingNouns[t.low] && !t.poss {
			found = true
			continue
		}
		if found {
			// "his son, Barron, the agency has elected", "the company
			// sued": the name ends an opening clause and the phrase is the
			// next one's subject; "a camp counselor": the head is a
			// later word
			if _, speech := speechVerbs[t.low]; speech || beVerbs[t.low] {
				return false
			}
			if strings.HasSuffix(t.low, "ed") {
				return j+1 < len(toks) && toks[j+1].low == "by"
			}
			if apposEnders[t.low] || strings.HasSuffix(t.low, "ing") {
				return true
			}
			found = false
		}
		if t.poss || capStopWords[t.low] {
			break
		}
		if j == k+11 {
			return false
		}
	}
	return found
}

// apposEnders close the noun phrase of an appositive ("the firm that",
// "a town where").
var apposEnders = set("that", "which", "where", "whose", "known", "based", "located", "near", "outside", "north", "south", "east", "west",
	"of", "in", "on", "at", "for", "from", "with", "by", "to", "and", "or", "than", "like", "since", "until", "after", "before",
	"now", "formerly", "he", "she", "it", "they", "we", "i", "you")

// beVerbs and the finite auxiliaries open a clause's verb.
var beVerbs = set("is", "was", "are", "were", "isn't", "wasn't", "aren't", "weren't", "has", "have", "had", "would",
	"will", "did", "does", "do", "could", "should", "might", "may", "must", "can")

// thingNouns head an appositive that names a place or a body, not a
// person; appositivePersonWords head one that names a person.
var thingNouns = set("crossing", "city", "town", "village", "capital", "port", "region", "province", "district",
	"county", "island", "islands", "neighborhood", "neighbourhood", "suburb", "enclave", "territory", "valley",
	"river", "airport", "resort", "hotel", "stadium", "arena", "compound", "street", "avenue", "square", "park",
	"country", "nation", "kingdom", "republic", "municipality", "borough", "hamlet", "settlement", "peninsula",
	"company", "firm", "agency", "organization", "organisation", "network", "newspaper", "magazine", "website",
	"publication", "outlet", "union", "association", "institute", "foundation", "charity", "bank", "brand",
	"chain", "airline", "railroad", "railway", "conglomerate", "startup",
	"coalition", "alliance", "committee", "commission", "ministry", "department", "university", "college",
	"hospital", "clinic", "museum", "church", "mosque", "synagogue", "nonprofit", "non-profit", "think-tank",
	"insurer", "automaker", "franchise", "restaurant", "cafe", "bakery", "shop", "store", "ship", "vessel",
	"group", "party", "team", "club", "league", "program", "programme", "show", "series", "film", "movie", "book",
	"novel", "album", "song", "law", "bill", "service", "system", "project", "center", "centre", "plant", "factory",
	"mine", "school", "base", "camp", "prison", "jail", "station", "building", "tower", "site", "platform", "app",
	"fund", "lab", "laboratory", "subsidiary", "unit", "division", "operation")

var appositivePersonWords = set("member", "members", "head", "leader", "chief", "owner", "official", "officials", "founder",
	"mayor", "elder", "resident", "native", "governor", "employee", "executive", "boss", "host", "star", "father",
	"mother", "son", "daughter", "wife", "husband", "brother", "sister", "man", "woman", "boy", "girl", "who")

// inCaseName reports whether the name toks[first:end] is a party in the
// name of a court case ("Roe v. Wade", "Gill v. Whitford", "David vs.
// Goliath"): a lone word there means the case, not a person. (A full
// name, "United States v. Edith Windsor", still names the person.)
func (an *analysis) inCaseName(first, end int) bool {
	toks := an.toks
	isV := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].kind == tkWord && (toks[k].low == "v" || toks[k].low == "vs") && !toks[k].cap
	}
	if isV(end) && toks[end].sent == toks[first].sent {
		return true
	}
	k := first - 1
	if k >= 0 && toks[k].low == "." {
		k--
	}
	return isV(k) && toks[k].sent == toks[first].sent
}

// outletNames are news outlets, pollsters and firms that news text names
// by one capitalised word the way it names people ("Politico reported",
// "told Salon", "Gallup found", "Pew said").
var outletNames = set("politico", "axios", "breitbart", "newsmax", "townhall", "salon", "slate", "vox",
	"mediaite", "politifact", "factcheck.org", "snopes", "scotusblog", "buzzfeed", "huffpost", "xinhua",
	"tass", "itar-tass", "interfax", "yonhap", "kyodo", "haaretz", "gawker", "jezebel", "wonkette",
	"redstate", "gallup", "pew", "quinnipiac", "marist", "ipsos", "yougov", "newsweek", "cosmopolitan",
	"vogue", "esquire", "reddit", "tiktok", "snapchat", "whatsapp", "wikipedia", "netflix", "hulu",
	"spotify", "walmart", "exxon", "exxonmobil", "chevron", "verizon", "comcast", "boeing", "halliburton",
	"pfizer", "moderna", "monsanto", "gazprom", "rosneft", "aramco", "huawei", "toyota", "volkswagen",
	"samsung", "alibaba", "yahoo", "paypal", "starbucks", "burisma", "eurostat", "realclearpolitics")

// firmNames are firms, outlets and law firms named after people, two
// words that read as a given name and a surname ("Wells Fargo", "Merrill
// Lynch", "Al Jazeera", "Mayer Brown").
var firmNames = set("wells fargo", "goldman sachs", "merrill lynch", "morgan stanley", "al jazeera",
	"dow jones", "sallie mae", "fannie mae", "freddie mac", "kaiser permanente", "charles schwab",
	"smith barney", "dean witter", "paine webber", "bear stearns", "price waterhouse", "arthur andersen",
	"booz allen", "mayer brown", "jones day", "baker mckenzie", "skadden arps", "kirkland ellis",
	"davis polk", "sullivan cromwell", "wachtell lipton", "covington burling", "hogan lovells",
	"hewlett packard", "harley davidson", "rolls royce", "marks spencer", "procter gamble",
	"johnson johnson", "ernst young", "lloyd's",
	// wire news: brokers, banks and bodies named like people
	"planned parenthood", "drexel burnham lambert", "drexel burnham", "drexel lambert", "booz allen hamilton",
	"allen hamilton", "shearson lehman", "kidder peabody", "salomon brothers", "lehman brothers",
	"prudential bache", "dillon read", "adam opel", "morgan grenfell", "warburg pincus", "ef hutton", "e.f. hutton")

// personCue reports whether the run toks[tfirst:end] has what only a
// person's name has next to it: an age ("18-year-old Razi Misherqui",
// "Chongtou Yang, 59,") or a lower-case title or calling right before it
// ("Libyan leader Moammar Gadhafi", "civilian diver Chun Kwan-geung").
func (an *analysis) personCue(tfirst, end int) bool {
	toks := an.toks
	if k := tfirst - 1; k >= 0 && toks[k].kind == tkWord && !toks[k].cap && !toks[k].poss && toks[k].sent == toks[tfirst].sent {
		if strings.HasSuffix(toks[k].low, "-year-old") {
			return true
		}
		if r, ok := titleWords[toks[k].low]; ok && r != "" && toks[k].low != "state" || callingNouns[toks[k].low] || personNouns[toks[k].low] {
			return true
		}
	}
	// "A German lawmaker, Roderich Kiesewetter, said": a name in apposition
	// after a lower-case calling or title
	if k := tfirst - 2; k >= 1 && toks[tfirst-1].low == "," && toks[k].kind == tkWord && !toks[k].cap && !toks[k].poss && toks[k].sent == toks[tfirst].sent && toks[k].quote == toks[tfirst].quote {
		if r, ok := titleWords[toks[k].low]; ok && r != "" && toks[k].low != "state" || callingNouns[toks[k].low] || personNouns[toks[k].low] {
			return true
		}
	}
	// "including Joe Biden, Barack Obama, Elon Musk": a name in a list
	// after a given name and a surname
	if k := tfirst - 1; k >= 2 && toks[k].low == "," && toks[k-1].kind == tkWord && toks[k-1].cap && !toks[k-1].upper &&
		toks[k-2].kind == tkWord && toks[k-2].cap && end-tfirst == 2 && end < len(toks) && (toks[end].low == "," || toks[end].low == "and") {
		if g := loadLexicon().given[toks[k-2].low]; (g == 'm' || g == 'f') && !loadLexicon().common[toks[k-2].low] && (k-3 < 0 || !toks[k-3].cap) {
			return true
		}
	}
	// "CNN's Nic Robertson", "Politico's Jake Sherman": an outlet's reporter
	if k := tfirst - 1; k >= 0 && toks[k].kind == tkWord && toks[k].poss && (toks[k].upper && len(toks[k].low) >= 3 || outletNames[toks[k].low]) && toks[k].sent == toks[tfirst].sent {
		return true
	}
	// "Obiageli Ezekwesili, former Nigerian education minister", "Zheng
	// Tuobin, minister for foreign trade": an appositive a title heads
	if end+1 < len(toks) && toks[end].low == "," {
		for k := end + 1; k < len(toks) && k < end+6; k++ {
			t := &toks[k]
			if t.kind != tkWord || t.poss {
				break
			}
			if k == end+1 && (t.low == "a" || t.low == "an" || t.low == "the") {
				continue
			}
			if capStopWords[t.low] && t.low != "former" {
				break
			}
			if r, ok := titleWords[t.low]; ok && r != "" && !t.cap && t.low != "state" {
				return true
			}
			// "Wang Chao-Ming, vice-chairman of the council": a title
			// written with vice-, co- or deputy- before a hyphen
			if pre, rest, ok := strings.Cut(t.low, "-"); ok && !t.cap && (pre == "vice" || pre == "co" || pre == "deputy") && titleWords[rest] != "" {
				return true
			}
		}
	}
	if end+2 < len(toks) && toks[end].low == "," && toks[end+1].kind == tkNum && toks[end+2].low == "," {
		if n := toks[end+1].low; len(n) == 2 && n[0] >= '1' && n[0] <= '9' {
			return true
		}
	}
	return false
}

// personNouns are callings that stand before a person's name in news
// text ("civilian diver Chun Kwan-geung", "farmer Ali Hassan").
var personNouns = set("diver", "farmer", "teacher", "student", "nurse", "doctor", "driver", "pilot",
	"soldier", "officer", "resident", "worker", "shopkeeper", "vendor", "fisherman", "survivor",
	"witness", "victim", "defendant", "plaintiff", "suspect", "protester", "protestor", "activist",
	"lawmaker", "legislator", "politician", "candidate", "economist", "analyst", "scholar", "historian",
	"novelist", "poet", "singer", "rapper", "musician", "comedian", "filmmaker", "director", "coach",
	"player", "striker", "midfielder", "defender", "goalkeeper", "captain", "cleric", "imam", "rabbi",
	"priest", "monk", "dissident", "blogger", "journalist", "reporter", "photographer", "correspondent",
	"businessman", "businesswoman", "entrepreneur", "banker", "lawyer", "attorney", "judge", "prosecutor")

// corpAfterWords follow a firm's name or its possessive and not a
// person's ("Lilco shares", "Moody's board", "Fiat's quarterly profit").
var corpAfterWords = set("shares", "stock", "stockholders", "shareholders", "subsidiary", "subsidiaries", "unit", "units",
	"directors", "profit", "profits", "earnings", "revenue", "revenues", "sales", "net", "dividend", "dividends",
	"spokesman", "spokeswoman", "spokesperson", "headquarters", "workforce", "employees", "plants", "factories")

// corpLeadWords may stand between a possessive firm and corpAfterWords
// ("Fiat's quarterly profit", "Lilco's common stock").
var corpLeadWords = set("quarterly", "annual", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
	"common", "preferred", "net", "operating", "board", "parent", "majority-owned", "wholly-owned")

// corpCue reports whether the name toks[first:end] is used the way a
// firm's is: before "shares", "stock", "subsidiary", "spokesman" ...
// bare or with its possessive, before "said in a statement", "said its"
// or "said it had/has/will/would/expects/plans" ("Lilco said its
// earnings", "Initials said it expects").
func (an *analysis) corpCue(first, end int) bool {
	toks := an.toks
	k := end
	if k >= len(toks) {
		return false
	}
	if toks[k].kind == tkWord && !toks[k].cap {
		j := k
		if toks[end-1].poss && corpLeadWords[toks[j].low] && j+1 < len(toks) {
			j++
		}
		if corpAfterWords[toks[j].low] {
			return true
		}
		if toks[j].low == "board" && toks[end-1].poss {
			return true
		}
	}
	if toks[end-1].poss {
		// "Moody's said", "Sotheby's noted": the 's is the firm's name,
		// no person's possessive
		return possSaid[toks[k].low]
	}
	if k+1 < len(toks) && (toks[k].low == "said" || toks[k].low == "says") {
		switch toks[k+1].low {
		case "its":
			return true
		case "it":
			if k+2 < len(toks) && corpItVerbs[toks[k+2].low] {
				return true
			}
		case "in":
			if k+3 < len(toks) && (toks[k+2].low == "a" || toks[k+2].low == "its") && toks[k+3].low == "statement" {
				return true
			}
		}
		// "Raytheon said a 10 pct rise in its first quarter net": the
		// firm's own figures further on in the clause
		for j := k + 1; j+1 < len(toks) && j < k+10 && toks[j].sent == toks[k].sent && toks[j].low != "," && toks[j].quote < 0; j++ {
			if toks[j].low == "its" {
				n := j + 1
				for n < len(toks) && n < j+3 && (corpLeadWords[toks[n].low] || toks[n].low == "first" || toks[n].low == "second" || toks[n].low == "third" || toks[n].low == "fourth" || toks[n].low == "quarter") {
					n++
				}
				if n < len(toks) && corpAfterWords[toks[n].low] {
					return true
				}
			}
		}
	}
	return false
}

// possSaid right after a possessive name makes the name a firm's.
var possSaid = set("said", "says", "noted", "announced", "reported", "added", "stated")

// corpItVerbs follow "<Firm> said it" in a company's announcement.
var corpItVerbs = set("expects", "plans", "agreed", "has", "had", "will", "would", "intends", "completed", "signed", "acquired", "sold", "filed", "received", "reached", "named", "elected", "raised", "cut")

// firmTradeTails end a firm's name without Inc or Corp ("Halcyon
// Investments", "Sun Microsystems", "Walker Energy Partners").
var firmTradeTails = set("partners", "associates", "securities", "investments", "industries", "technologies",
	"pharmaceuticals", "communications", "airlines", "airways", "motors", "realty", "properties", "microsystems",
	"systems", "electronics", "resources", "petroleum", "chemicals", "foods", "brands", "analytics")

// orgModalNext may follow an organisation's lone name after its noun
// ("oil giant Yukos has", "airline Qantas could").
var orgModalNext = set("could", "would", "will", "can", "may", "might", "has", "had", "is", "was", "plans", "says", "said")

// surnameInText reports whether the word follows a capitalised given name
// somewhere in the text ("Donald Trump"), so it names a person there.
func (an *analysis) surnameInText(low string) bool {
	lx := loadLexicon()
	for k := 1; k < len(an.toks); k++ {
		if an.toks[k].low == low && an.toks[k-1].kind == tkWord && an.toks[k-1].cap && lx.given[an.toks[k-1].low] != 0 {
			return true
		}
	}
	return false
}

package extract

import (
	"slices"
	"strings"
)

// mention is one place where the article names a person.
type mention struct {
	tfirst int // first token of the title prefix ("Attorney General"), == first without one
	first  int // first token of the name
	end    int // one past the last token of the name
	person int
	role   string // role the prefix gives ("Senator")
}

// person is one individual of the article while it is being analysed.
type person struct {
	parts           []string // name tokens as written, the fullest form seen
	lows            []string // the same, lower-cased
	suffix          string   // "Jr." and the like, part of identity
	aliases         []string
	role            string
	bareRole        string // the role without the portfolio portfolioRole put before it ("Secretary")
	party           string
	state           string
	affil           string
	gender          byte // 'm', 'f' or 0
	given           byte // gender the given-names list suggests
	honor           byte // gender a title such as Mr. or Ms. gives
	he, she         int  // pronoun votes
	heLead, sheLead int  // votes that open the next sentence after the name as subject (subjectVote)
	mentions        int
	firstTok        int
	named           int      // first token of the first mention by full name
	titles          []string // roles its full-name mentions give
	kin             bool     // named in full as someone's relative ("his son Hunter Biden")
	cueOnly         bool     // first named only as a modifier or a relative ("the Reagan administration", "his wife, Melania"): such mentions are kept from attribution
	weak            bool     // known only by a bare word, without title or speech
	mustEarn        bool     // a bare word also used like a firm's: needs two he/she
	dropped         bool
	shared          bool // given its surname by coordination ("Charles and David Koch")
}

func (p *person) name() string {
	n := strings.Join(p.parts, " ")
	if p.suffix != "" {
		n += " " + p.suffix
	}
	return n
}

// nameIs reports whether s is p.name(), without building the name.
func (p *person) nameIs(s string) bool {
	rest, ok := s, true
	for i, part := range p.parts {
		if i > 0 {
			rest, ok = strings.CutPrefix(rest, " ")
		}
		if ok {
			rest, ok = strings.CutPrefix(rest, part)
		}
	}
	if ok && p.suffix != "" {
		rest, ok = strings.CutPrefix(rest, " "+p.suffix)
	}
	return ok && rest == ""
}

func (p *person) last() string { return p.lows[len(p.lows)-1] }

// candidate is a capitalised run that may name a person.
type candidate struct {
	tfirst, first, end int
	suffix             string
	role               string
	hasTitle           bool
	honor              byte
	sentInitial        bool
	shared             bool // a given name that took the surname of the full name after "and" (shareSurnames)
	lexical            bool // one lexicon word ("Cuban", "Black", "Law"): only a known person's surname
	common             bool // one common English word ("Critics"): a new person only with a title
	strongTitle        bool // a title only a person holds ("Sen.", "Mr.", "Governor"), not "U.S." or "General"
	lows               []string
	parts              []string
}

func isPartyTag(low string) bool {
	return len(low) > 2 && low[1] == '-' && (low[0] == 'd' || low[0] == 'r' || low[0] == 'i')
}

// nameToken reports whether toks[i] can continue a capitalised run.
func nameToken(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != tkWord {
		return false
	}
	if t.cap && !t.upper && hyphenModifier(t.low) {
		return false // "Taiwan-born", "Simpson-style": a modifier, not a name
	}
	if t.cap && contraction(t.low) {
		return false // "I'll", "We're", "Don't": a pronoun or verb with its clitic
	}
	if t.cap && !t.upper {
		// "I" without a period is the pronoun ("Reason I", "Ronald Reagan I")
		return !isPartyTag(t.low) && (t.low != "i" || t.dot)
	}
	if t.cap && strings.Contains(t.low, ".") && t.e-t.s <= 5 {
		return true // "H.W."
	}
	if t.upper && nameSuffixes[t.low] {
		return true
	}
	// a one-letter initial like "W." is upper-case but not an acronym
	if t.cap && t.e-t.s == 1 {
		return true
	}
	return false
}

// findCandidates collects capitalised runs and splits each into a title
// prefix and a name.
func (an *analysis) findCandidates() []candidate {
	toks := an.toks
	var out []candidate
	lx := loadLexicon()
	card := an.memberCards()
	var orgNames map[string]bool // see orgPrefix
	for i := 0; i < len(toks); {
		if !nameToken(toks, i) || card[i] {
			i++
			continue
		}
		a := i
		b := i + 1
		if !toks[i].poss {
			for b < len(toks) && toks[b].sent == toks[a].sent {
				if b+1 < len(toks) && toks[b].low == "hide" && toks[b+1].low == "caption" {
					break // "President Barack Obama Hide Caption 2 of 38": a gallery's button
				}
				if nameToken(toks, b) || arabicArticle(an.text, &toks[b]) {
					b++
				} else if toks[b].low == "." && toks[b-1].dot && abbrevInName(&toks[b-1]) && !fullTitleEnd(&toks[b-1]) && b+1 < len(toks) && nameToken(toks, b+1) && toks[b+1].sent == toks[a].sent {
					b++ // "Sen. Al Franken", "George W. Bush"
				} else if nameParticles[toks[b].low] && !toks[b].cap && b+1 < len(toks) && nameToken(toks, b+1) && toks[b+1].sent == toks[a].sent {
					b++
				} else if nameParticles[toks[b].low] && !toks[b].cap && b+2 < len(toks) && nameParticles[toks[b+1].low] && !toks[b+1].cap && nameToken(toks, b+2) && toks[b+2].sent == toks[a].sent {
					b += 2 // "Ursula von der Leyen", "Charles de la Vega"
				} else if e := bracketEnd(toks, a, b, lx); e > b {
					b = e // "President [George W.] Bush": an editor's insertion
				} else if e := titleOfEnd(toks, b); e > b && e < len(toks) && nameToken(toks, e) && toks[e].sent == toks[a].sent {
					b = e // "Secretary of State John Kerry": the title's of-phrase
				} else {
					break
				}
				if toks[b-1].poss {
					break
				}
			}
		}
		i = b
		b = an.cutMemberCard(a, b)
		// "Nancy Pelosi Photographer: Al Drago/Bloomberg": a caption's
		// credit label glued to the name it follows is no part of it
		if b-a >= 2 && b < len(toks) && toks[b].low == ":" && creditLabels[toks[b-1].low] {
			b--
		}
		// photo credits: "REUTERS/Mark Makela"
		if a > 0 && toks[a-1].low == "/" && toks[a-1].fe == toks[a].s || b < len(toks) && toks[b].low == "/" {
			continue
		}
		// "(Photo: Rick Jervis, USA TODAY)", "(Reuters photo: Jim Young)",
		// "Featured Image by Lex Villena": a photo credit
		if an.photoCredit(a, b) {
			continue
		}
		// "St. Louis", "St. Louis Cardinals", "St. Jude Children's
		// Research Hospital": after a saint's abbreviation (no name
		// token) a given name alone or before a common, place or
		// organisation word names a place or a body after the saint, and
		// the words after it may still hold a title and a name ("St.
		// Louis County Prosecutor Robert McCulloch"); a saint named in
		// full stays ("St. Thomas Aquinas")
		if saintBefore(toks, a) && lx.given[toks[a].low] != 0 {
			if b-a == 1 {
				continue
			}
			if w := toks[a+1].low; lx.common[w] || plainPlural(w) && lx.given[w] == 0 || orgWords[w] || placeWords[w] {
				a++
				for a < b && toks[a].kind != tkWord {
					a++
				}
				if b-a < 1 {
					continue
				}
			}
		}
		if c, ok := an.splitRun(a, b, lx); ok {
			out = append(out, c)
		} else if p := orgPrefix(toks, a, b); p != "" {
			if orgNames == nil {
				orgNames = map[string]bool{}
			}
			orgNames[p] = true
		}
	}
	return dropOrgNames(toks, out, orgNames)
}

// creditLabels open a photo's credit after a caption ("Photographer:
// Al Drago/Bloomberg", "Photo: ...").
var creditLabels = set("photographer", "photo", "photograph", "credit", "source", "video")

// bracketEnd reads the closing bracket of an editor's insertion inside a
// name ("[George W.] Bush", "(George W.) Bush"): the run toks[a:b] was
// opened by the bracket, which closes at toks[b] (after an initial's
// period) right before a name word. It returns the index of that word, or
// b when there is no such bracket.
func bracketEnd(toks []token, a, b int, lx *lexicon) int {
	k := b
	if k < len(toks) && toks[k].low == "." && toks[k-1].dot {
		k++
	}
	if k+1 >= len(toks) || toks[k].low != "]" && toks[k].low != ")" || !nameToken(toks, k+1) || toks[k+1].sent != toks[a].sent {
		return b
	}
	open := "["
	if toks[k].low == ")" {
		open = "("
	}
	if a == 0 || toks[a-1].low != open {
		return b
	}
	// the insertion holds a given name or a title ("(R)", "(Arizona)
	// Sheriff's Department", "(British) Uruguay" are none), and a surname,
	// not an office, follows it
	named := false
	for j := a; j < b; j++ {
		if toks[j].kind == tkWord && toks[j].e-toks[j].s > 1 && (lx.given[toks[j].low] != 0 || isTitleTok(&toks[j])) {
			named = true
		}
	}
	if !named || isTitleTok(&toks[k+1]) || orgWords[toks[k+1].low] || placeWords[toks[k+1].low] {
		return b
	}
	return k + 1
}

// titleOfEnd reads the of-phrase of a title at toks[k] ("of State",
// "of Homeland Security" after "Secretary", "of Staff" after "Chief"):
// the index after it, or k when toks[k] opens none.
func titleOfEnd(toks []token, k int) int {
	if k < 1 || k+1 >= len(toks) || toks[k].low != "of" || !isTitleTok(&toks[k-1]) || !toks[k-1].cap {
		return k
	}
	e := k + 1
	for e < len(toks) && e < k+4 && toks[e].cap && titleOfWords[toks[e].low] {
		e++
	}
	if e == k+1 {
		return k
	}
	return e
}

// titleOfWords name departments and offices after a title's "of".
var titleOfWords = set("state", "defense", "defence", "homeland", "security", "energy", "labor", "education", "agriculture", "national", "intelligence",
	"commerce", "transportation", "treasury", "interior", "health", "human", "services", "veterans", "affairs",
	"justice", "staff", "war", "housing", "urban", "development", "police", "naval", "operations")

func isTitleTok(t *token) bool {
	if _, ok := titleWords[t.low]; ok {
		return true
	}
	return false
}

// saintBefore reports whether the run at toks[a] follows "St." or "Ste."
// capitalised, alone or in a party tag ("D-St. Louis").
func saintBefore(toks []token, a int) bool {
	k := a - 1
	if k >= 0 && toks[k].low == "." {
		k--
	}
	return k >= 0 && toks[k].cap && (toks[k].low == "st" || toks[k].low == "ste" || strings.HasSuffix(toks[k].low, "-st")) && toks[k].sent == toks[a].sent
}

// plainPlural reports whether w ends like an English plural ("cardinals",
// "rams", "minerals"; not "aquinas", "louis", "ross").
func plainPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "as") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "os")
}

// splitRun turns toks[a:b] into a candidate, or reports false when it is
// plainly not a person.
func (an *analysis) splitRun(a, b int, lx *lexicon) (candidate, bool) {
	toks, sents := an.toks, an.sents
	// a function word inside the run ("Things To Know About Hillary
	// Clinton", "Sessions For Donald Trump") starts the name after it
	for k := b - 2; k >= a; k-- {
		if toks[k].kind == tkWord && capStopWords[toks[k].low] && !isTitleTok(&toks[k]) && !(toks[k].dot && toks[k].e-toks[k].s == 1) && titleOfEnd(toks, k) == k && !newPlace(toks, k, b) {
			// "Jock A. Finlayson": a one-letter word with a period is an
			// initial, not the article
			a = k + 1
			if newPair(toks, k, b) {
				// "New York Fed", "the New York Mets", "New Jersey Shore":
				// the place New opens is no part of a name after it
				a = k + 2
			}
			break
		}
	}
	for a < b && toks[a].kind != tkWord {
		a++
	}
	if a >= b {
		return candidate{}, false
	}
	a = an.stripLeading(a, b, lx)
	c := candidate{tfirst: a}
	s := sents[toks[a].sent]
	c.sentInitial = a == s.first || a == s.first+1 && toks[s.first].kind != tkWord
	// the name starts after the last title word that has a name after it
	n0 := a
	for k := a; k < b-1; k++ {
		if k > a && isTitleTok(&toks[k]) && lx.given[toks[k-1].low] != 0 && toks[k-1].low != "marine" && !lx.common[toks[k-1].low] && !orgWords[toks[k-1].low] && !isTitleTok(&toks[k-1]) && !toks[k].dot && !placeWords[toks[k-1].low] && !nationalityWords[toks[k-1].low] {
			break // "Martin Luther King Jr.": a title word after a given name is a surname
		}
		if isTitleTok(&toks[k]) && !(toks[k].low == "will") && !(k+2 == b && nameSuffixes[toks[k+1].low]) {
			n0 = k + 1
		}
		if e := titleOfEnd(toks, k); e > k && e < b {
			n0, k = e, e-1
		}
	}
	for n0 < b && toks[n0].kind != tkWord {
		n0++
	}
	if n0 >= b {
		return candidate{}, false
	}
	// "San Bernardino", "Santa Monica", "St. Paul", "San Luis Obispo": a
	// place prefix and a given name open a place
	if b-n0 >= 2 && placePrefixes[toks[n0].low] && (lx.given[toks[n0+1].low] != 0 || placeOnlyPrefixes[toks[n0].low] && !c.hasTitle && n0 == a) {
		return candidate{}, false
	}
	// "Republican Kevin McCarthy", "Texas Gov." handled above; strip
	// demonyms, and a place before a given name that is no place word
	// itself ("Capitol Hill" stays a place)
	stripped := false
	for n0 < b-1 && (nationalityWords[toks[n0].low] || placeWords[toks[n0].low] && lx.given[toks[n0+1].low] != 0 && !placeWords[toks[n0+1].low]) {
		n0++
		stripped = true
	}
	// "University of California Santa Barbara": the place prefix test
	// again past a stripped place
	if stripped && b-n0 >= 2 && placePrefixes[toks[n0].low] && (lx.given[toks[n0+1].low] != 0 || placeOnlyPrefixes[toks[n0].low]) {
		return candidate{}, false
	}
	// "Real Donald Trump", "Staff John Kelly": a word before a given name
	// that is not one itself
	if b-n0 >= 3 && lx.givenFolded(toks[n0].low) == 0 && lx.given[toks[n0+1].low] != 0 && !toks[n0+1].dot && !nameParticles[toks[n0+1].low] {
		n0++
	}
	c.first = n0
	if n0 > a {
		c.hasTitle = true
		for k := a; k < n0; k++ {
			if g, ok := honorifics[toks[k].low]; ok {
				c.honor = g
				c.strongTitle = true
			}
			if r := titleWords[toks[k].low]; r != "" && (toks[k].dot || personTitles[r]) {
				c.strongTitle = true
			}
			if r := titleWords[toks[k].low]; r != "" {
				c.role = r
			}
		}
		c.role = refineRole(toks, a, n0, c.role)
	}
	// trailing suffixes and calendar words
	e := b
	for e > n0+1 && calendarWords[toks[e-1].low] {
		if monthSurname(toks, n0, e, lx) {
			break
		}
		e--
	}
	if e-n0 == 1 && n0 == a && commonCompound(an.text[toks[n0].s:toks[n0].e], lx) {
		return candidate{}, false // "Front-runners say"
	}
	if w := toks[n0].low; e-n0 == 1 && n0 == a && (strings.HasSuffix(w, "ists") || strings.ContainsAny(w, "0123456789")) {
		return candidate{}, false // "Globalists", "Zionists": a group; "Vexit2020": a tag
	}
	// "Rep. Val Demings Florida Democrat": a party (and a place before it)
	// glued after the name where a comma was lost
	if e-n0 > 2 && trailingParties[toks[e-1].low] {
		k := e - 1
		for k > n0+2 && placeWords[toks[k-1].low] {
			k--
		}
		e = k
	}
	// "Green Independent voters": a party modifying a plural noun
	if e == b && trailingParties[toks[e-1].low] && b < len(toks) && toks[b].kind == tkWord && !toks[b].cap && strings.HasSuffix(toks[b].low, "s") {
		return candidate{}, false
	}
	if e > n0+1 && nameSuffixes[toks[e-1].low] {
		c.suffix = an.text[toks[e-1].s:toks[e-1].e]
		if toks[e-1].dot {
			c.suffix += "."
		}
		e--
	}
	// "Told Me", "Reagan Did": a function word or pronoun ends no name
	for e > n0+1 && (capStopWords[toks[e-1].low] || pronounWords[toks[e-1].low]) && toks[e-1].low != "will" && !monthSurname(toks, n0, e, lx) && !abbrevSurname(toks, n0, e) {
		e--
	}
	// "the Reagan Administration": a lone surname before a capitalised
	// Administration is the president's name as a modifier, not the
	// name of a body like "Small Business Administration" or "National
	// Oceanic and Atmospheric Administration"
	adminTail := false
	if e == n0+2 && e == b && n0 == a && toks[e-1].low == "administration" && (a == 0 || !toks[a-1].cap && toks[a-1].low != "and" && toks[a-1].low != "&") && toks[n0].kind == tkWord && !toks[n0].poss && !toks[n0].upper && c.honor == 0 && c.role == "" {
		if w := toks[n0].low; !lx.common[w] && !placeWords[w] && !orgWords[w] && !nationalityWords[w] && !calendarWords[w] && !capStopWords[w] && !strings.Contains(w, "-") && !strings.HasSuffix(w, "s") {
			e--
			adminTail = true
		}
	}
	c.end = e
	if e <= n0 {
		return candidate{}, false
	}
	// "Sanford C. Bernstein and Co Inc", "Peter Hall and Associates": a
	// firm named after its founders
	if b+1 < len(toks) && (toks[b].low == "and" || toks[b].low == "&") && firmTails[toks[b+1].low] && toks[b+1].cap {
		return candidate{}, false
	}
	// "a senior analyst at Robert W. Baird", "a fellow at Johns Hopkins":
	// where a person works is an organisation
	if a >= 2 && toks[a-1].low == "at" && !toks[a-2].cap && workplaceRoles[toks[a-2].low] && c.honor == 0 {
		return candidate{}, false
	}
	// "Rose Garden", "Washington Examiner", "Senate Judiciary": a name
	// ending in a word for a place, a body or a programme is none of a
	// person's, unless Mr. or Ms. says so
	if orgHeads[toks[e-1].low] && c.honor == 0 {
		return candidate{}, false
	}
	// "a ceremony at Liberty Park", "in Lafayette Park", "near Historic
	// Fourth Ward Park": a run ending in Park after a preposition of place
	// is the park (Park is a surname too: "Todd Park", "and Haeyoun Park")
	if toks[e-1].low == "park" && !toks[e-1].poss && e-n0 >= 2 && c.honor == 0 && c.role == "" {
		j := a - 1
		for j > 0 && a-j <= 3 && toks[j].kind == tkWord && (toks[j].cap || toks[j].low == "the") {
			j--
		}
		if j >= 0 && parkPreps[toks[j].low] {
			return candidate{}, false
		}
	}
	// "the Washington Examiner", "the Rose Garden", "the Clintons": a
	// name after "the" with no title is a thing or a group, unless it
	// modifies the noun after it ("the Hillary Clinton campaign")
	if a > 0 && toks[a-1].low == "the" && c.role == "" && c.honor == 0 && !theModified(toks, e) && !adminTail &&
		!(n0 > a && e-n0 >= 2 && lx.given[toks[n0].low] != 0) { // "the Republican Paul Ryan"
		return candidate{}, false
	}
	// "Young Americans", "Roman Catholics": a group, not a person
	if l := toks[e-1].low; e-n0 > 1 && nationalityWords[l] && strings.HasSuffix(l, "s") {
		return candidate{}, false
	}
	// "U.S. Trade Representative": a run that ends in a title names an
	// office, unless it starts with a given name ("Dana Bishop") or the
	// title is an abbreviation an office is never named by, so a surname
	// ("Amartya Sen", "Chandan Sen")
	if r := titleWords[toks[e-1].low]; r != "" && e-n0 > 1 && lx.given[toks[n0].low] == 0 && !toks[e-1].dot && !titleAbbrevs[toks[e-1].low] {
		return candidate{}, false
	}
	// "Bredero Vast Goed N.V.", "Siemens AG": a company's legal form
	if b < len(toks) && toks[b].kind == tkWord && companyForms[strings.TrimSuffix(toks[b].low, ".")] || e-n0 >= 2 && companyForms[strings.TrimSuffix(toks[e-1].low, ".")] && (toks[e-1].upper || toks[e-1].dot) {
		return candidate{}, false
	}
	// "Tyson Foods", "Philip Crosby Associates": a run that ends in a
	// firm's trade word names the firm, even after a given name
	if e-n0 >= 2 && e-n0 <= 3 && toks[e-1].kind == tkWord && toks[e-1].cap && !toks[e-1].dot && firmTradeTails[toks[e-1].low] {
		return candidate{}, false
	}
	// "Border Patrol Agent Brian Terry": a given name and a surname after
	// an organisation's words are the person's name
	for k := e - 2; k > n0; k-- {
		if orgWords[toks[k-1].low] || orgWords[toks[k].low] {
			break
		}
		if lx.given[toks[k].low] != 0 && !lx.common[toks[k].low] && toks[k].kind == tkWord && slices.ContainsFunc(toks[n0:k], func(t token) bool { return orgWords[t.low] }) {
			n0 = k
			c.first = k
			break
		}
	}
	// "Louis Alderman Antonio French", "Colorado Democrat Andrew
	// Romanoff", "Taxpayer Advocate Nina Olson": a long run that ends in
	// a given name and a surname after a word that is no given name is
	// that name with a prefix
	if e-n0 >= 4 && toks[e-2].kind == tkWord && !toks[e-2].dot && !lx.common[toks[e-2].low] && (lx.given[toks[e-2].low] == 'm' || lx.given[toks[e-2].low] == 'f') &&
		toks[e-3].kind == tkWord && lx.given[toks[e-3].low] == 0 && !toks[e-3].dot && !nameParticles[toks[e-3].low] && !toks[e-3].poss {
		n0 = e - 2
		c.first = n0
	}
	// "Evacuating Obama", "Mirroring Romney": a headline's verb in -ing
	// made from a common word is no part of the name after it (not an
	// adverb in -ly: "Stokely Carmichael", "Roly Keating")
	for e-n0 >= 2 && toks[n0].kind == tkWord && !toks[n0].dot && lx.given[toks[n0].low] == 0 && !toks[n0].poss &&
		gerundOfCommon(toks[n0].low) && toks[n0+1].kind == tkWord && !lx.common[toks[n0+1].low] && !nameParticles[toks[n0+1].low] {
		n0++
		c.first = n0
	}
	allPlace := true
	words, org := 0, false
	for k := n0; k < e; k++ {
		low := toks[k].low
		if toks[k].kind != tkWord {
			continue
		}
		words++
		if orgWords[low] {
			org = true
		}
		if !(placeWords[low] || nationalityWords[low] || calendarWords[low] || capStopWords[low] || nameParticles[low] || hyphenatedPlace(low)) {
			allPlace = false
		}
	}
	// "Kanye West", "Oliver North", "Lauren Fox", "pollster Celinda Lake":
	// a given name and a surname that is also a place or body word
	// ("James Alan Fox", "Ann B. North": a middle name or initial too)
	middleOK := words == 2 && e-n0 == 2
	if words == 3 {
		m := n0 + 1
		middleOK = toks[m].kind == tkWord && !orgWords[toks[m].low] && !placeWords[toks[m].low] && !lx.common[toks[m].low] &&
			(toks[m].e-toks[m].s == 1 && toks[m].dot && e-n0 == 4 || lx.given[toks[m].low] != 0 && e-n0 == 3)
	}
	if org && middleOK && surnameOrgWords[toks[e-1].low] && !orgWords[toks[n0].low] &&
		(lx.given[toks[n0].low] == 'm' || lx.given[toks[n0].low] == 'f' || lx.given[toks[n0].low] == 'u' && (an.speechNear(n0, e) || an.personCue(a, e))) &&
		!lx.common[toks[n0].low] && !placeWords[toks[n0].low] && !nationalityWords[toks[n0].low] && !isTitleTok(&toks[n0]) &&
		(!evidenceSurnames[toks[e-1].low] || an.speechNear(n0, e) || an.personCue(a, e)) {
		org = false
	}
	if (org || allPlace) && (words > 1 || e-n0 > 1 || calendarWords[toks[n0].low] && !calendarGiven[toks[n0].low]) {
		return candidate{}, false
	}
	if low := toks[n0].low; (org || allPlace) && (len(low) < 3 || pronounWords[low]) {
		return candidate{}, false
	}
	// "Curiously, ...", "Alternatively, a parent may": a lone word that
	// is an adverb made from a common adjective opens a sentence, no name
	if e-n0 == 1 && toks[n0].kind == tkWord && lx.given[toks[n0].low] == 0 && adverbOfCommon(toks[n0].low) && !an.surnameInText(toks[n0].low) {
		return candidate{}, false
	}
	// "Chevrolet Cruze", "a Ford Explorer", "his Chevy Suburban": a
	// vehicle maker's name before a model is a product; a maker's name
	// that is also a given name ("Ford O'Connell", "Mercedes Schlapp")
	// only when the text writes the run after a determiner
	if words >= 2 && c.honor == 0 && toks[n0].kind == tkWord && vehicleMakers[toks[n0].low] &&
		(lx.given[toks[n0].low] == 0 || an.runAfterDeterminer(n0, e)) {
		return candidate{}, false
	}
	// "Miss Universe", "Miss Teen USA", "Miss America": Miss before
	// common, place or nationality words alone, none a given name, names
	// a pageant or its title
	if n0 > a && toks[n0-1].low == "miss" && !slices.ContainsFunc(toks[n0:e], func(t token) bool {
		return t.kind == tkWord && (lx.given[t.low] != 0 || !lx.common[t.low] && !placeWords[t.low] && !nationalityWords[t.low] && !nonPersons[t.low] && !orgHeads[t.low] && !t.upper)
	}) {
		return candidate{}, false
	}
	// "W. Va.", "W.Va": an initial and a state's abbreviation are a state
	if words == 2 && c.honor == 0 && toks[e-1].kind == tkWord && stateAbbrevs[toks[e-1].low] && len(strings.ReplaceAll(toks[n0].low, ".", "")) == 1 {
		return candidate{}, false
	}
	// "P.", "Mr P", "Senate R": one letter alone is an initial, a party
	// or a grade, never a whole name
	if words == 1 && e-n0 == 1 && toks[n0].e-toks[n0].s == 1 {
		return candidate{}, false
	}
	c.lexical = org || allPlace
	// "Korean Peninsula", "Southern District", "House Oversight", "Former
	// Trump": a lone word after a place, group or office word that gives
	// no role names a thing as often as a person, so it is only a known
	// person's surname
	if words == 1 && n0 > a && c.role == "" && c.honor == 0 {
		c.lexical = true
	}
	// "Critics", "Moreover", "Coverage": a common word alone names a
	// person only after a title or as a known person's surname
	c.common = words == 1 && lx.common[toks[n0].low]
	if words == 1 {
		if _, ok := titleWords[toks[n0].low]; ok {
			if !surnameTitles[toks[n0].low] || n0 > a {
				return candidate{}, false
			}
			// "King said": only the surname of someone named in full
			c.lexical = true
		}
	}
	return c, true
}

// pronounWords are never a surname, even capitalised ("I", "We", "They").
var pronounWords = set("i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "our", "his", "its", "their", "your", "this", "that", "these", "those", "who", "what")

// shareButtons are the buttons of a share widget ("Facebook Twitter
// Pinterest").
var shareButtons = set("facebook", "twitter", "pinterest", "whatsapp", "linkedin", "email", "reddit", "messenger", "share")

// adverbOfCommon reports whether the word is an adverb in -ly made from
// a common adjective of four letters or more ("curiously", "firstly",
// "unavoidably", "happily"); "Kelly", "Connolly", "Daly" are not.
func adverbOfCommon(low string) bool {
	if !strings.HasSuffix(low, "ly") {
		return false
	}
	common := loadLexicon().common
	stem := strings.TrimSuffix(low, "ly")
	cands := []string{stem, strings.TrimSuffix(low, "ily") + "y", strings.TrimSuffix(low, "ally")}
	if strings.HasSuffix(low, "bly") {
		cands = append(cands, stem+"le") // "unavoidably"
	}
	for _, b := range cands {
		if len(b) >= 4 && b != low && common[b] {
			return true
		}
	}
	return false
}

// vehicleMakers name makers of cars and aircraft, whose names open a
// model's name ("Chevy Malibu", "Ford Focus", "Jeep Cherokee").
var vehicleMakers = set("chevrolet", "chevy", "ford", "lincoln", "mercedes", "toyota", "honda", "nissan", "hyundai",
	"kia", "volkswagen", "vw", "bmw", "audi", "porsche", "subaru", "mazda", "volvo", "jeep", "tesla", "buick",
	"cadillac", "chrysler", "dodge", "fiat", "renault", "peugeot", "citroen", "ferrari", "lamborghini", "lexus",
	"acura", "infiniti", "mitsubishi", "suzuki", "pontiac", "oldsmobile", "gmc", "boeing", "airbus")

// carDeterminers come before a product's name, not a person's ("a Ford
// Explorer", "his Chevy Volt"); not "the", which also opens a name
// used as a modifier ("the Ford Hallam plan")
var carDeterminers = set("a", "an", "his", "her", "their", "my", "our", "your", "its", "new", "used", "old")

// runAfterDeterminer reports whether the words of toks[n0:e] occur
// somewhere in the text right after a determiner.
func (an *analysis) runAfterDeterminer(n0, e int) bool {
	toks := an.toks
	n := e - n0
	for k := 1; k+n <= len(toks); k++ {
		if !carDeterminers[toks[k-1].low] {
			continue
		}
		same := true
		for i := 0; i < n; i++ {
			if toks[k+i].low != toks[n0+i].low {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// gerundOfCommon reports whether the word is a verb's -ing form made from
// a common word of four letters or more ("evacuating", "mirroring",
// "banishing", "luring"); not "sterling", "irving".
func gerundOfCommon(low string) bool {
	if !strings.HasSuffix(low, "ing") {
		return false
	}
	common := loadLexicon().common
	stem := strings.TrimSuffix(low, "ing")
	cands := []string{stem, stem + "e"}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1]) // "mapping"
	}
	for _, b := range cands {
		if len(b) >= 4 && common[b] {
			return true
		}
	}
	return false
}

// parkPreps before a run ending in Park make it the park.
var parkPreps = set("at", "in", "near", "across", "inside", "outside", "into", "throughout", "to", "toward", "towards")

// newPlace reports whether the "New" at toks[k] opens a place inside the
// run that ends before b ("New Jersey Gov. Chris Christie", "New Zealand
// Prime Minister ..."), which stays in the title prefix.
func newPlace(toks []token, k, b int) bool {
	if toks[k].low != "new" || !toks[k].cap || k+1 >= b || !toks[k+1].cap {
		return false
	}
	if !usStates["new "+toks[k+1].low] && !newPlaces[toks[k+1].low] {
		return false
	}
	for j := k + 2; j < b-1; j++ {
		if isTitleTok(&toks[j]) {
			return true // a title and a name follow the place
		}
	}
	return false
}

// newPair reports whether the "New" at toks[k] and the word after it, both
// inside the run that ends before b, are a place ("New York").
func newPair(toks []token, k, b int) bool {
	return toks[k].low == "new" && toks[k].cap && k+2 < b && toks[k+1].cap && (usStates["new "+toks[k+1].low] || newPlaces[toks[k+1].low])
}

// newPlaces are the words after "New" that make a place outside the US
// states.
var newPlaces = set("zealand", "delhi", "orleans", "haven", "england", "brunswick", "south", "guinea", "caledonia")

// fullTitleEnd reports whether t is a title written in full before a
// period ("with the Attorney General. Rudy very much knows", inside a
// quote, where no sentence is split): the period ends a sentence, while
// a short form ("Sen.", "Gen.") stays inside the name.
func fullTitleEnd(t *token) bool {
	_, title := titleWords[t.low]
	return title && !abbreviations[t.low] && t.e-t.s > 1 && !strings.Contains(t.low, ".")
}

// evidenceSurnames are the surnameOrgWords that also name places, days
// and bodies after a given name ("Columbus Day", "Green Day", "Grace
// Church"), so the name must speak or carry a calling ("said Adrian
// Day", "Dorothy Day, the activist").
var evidenceSurnames = set("lake", "day", "post", "church", "tower")

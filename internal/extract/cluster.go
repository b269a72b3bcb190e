package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// speechNear reports whether a speech verb sits right after the name
// ("Schumer told", "Trump has said", "Issa, R-Calif., said") or right
// before it ("said Portman").
func (an *analysis) speechNear(first, end int) bool {
	toks := an.toks
	k := end
	// skip an appositive party tag: ", R-Calif.,"
	if k+2 < len(toks) && toks[k].low == "," && isPartyTag(toks[k+1].low) {
		k += 2
		for k < len(toks) && (toks[k].low == "." || toks[k].low == ",") {
			k++
		}
	}
	for n := 0; k < len(toks) && n < 3 && auxWords[toks[k].low] && toks[k].low != "told"; n++ {
		k++
	}
	if k < len(toks) {
		if lem, ok := speechVerbs[toks[k].low]; ok && !weakCues[lem] && toks[k].low != "according" {
			return true
		}
		if toks[k].low == "," && k+1 < len(toks) && (toks[k+1].low == "who" || toks[k+1].low == "the" || toks[k+1].low == "a") {
			return true
		}
		if toks[k].low == "," && k+2 < len(toks) && an.roleAppositive(k+1) {
			return true // "Huma Abedin, vice chairwoman for the campaign,"
		}
	}
	if first > 0 {
		p := &toks[first-1]
		if lem, ok := speechVerbs[p.low]; ok && !weakCues[lem] && !addressVerbs[p.low] {
			return true
		}
		if p.low == "to" && first > 1 && toks[first-2].low == "according" {
			return true
		}
	}
	return false
}

// addressVerbs take the one spoken to as their object ("told Politico",
// "asked Gallup"): a name after one is no speaker.
var addressVerbs = set("told", "tells", "tell", "telling", "asked", "asks", "ask", "asking", "informed", "urged", "warned", "thanked")

func (an *analysis) fill(c *candidate) {
	words := 0
	for k := c.first; k < c.end; k++ {
		if an.toks[k].kind == tkWord {
			words++
		}
	}
	c.parts, c.lows = slices.Grow(c.parts, words), slices.Grow(c.lows, words)
	for k := c.first; k < c.end; k++ {
		t := &an.toks[k]
		if t.kind != tkWord {
			continue
		}
		part := an.text[t.s:t.e]
		if t.dot && (t.e-t.s == 1 || strings.Contains(part, ".")) {
			part += "."
		}
		c.parts = append(c.parts, part)
		low := t.low
		if k > c.first && arabicArticle(an.text, t) {
			low = low[3:] // "al-Assad" answers to a bare "Assad"
		}
		c.lows = append(c.lows, low)
	}
}

// arabicArticle reports whether the word t is an Arabic article glued to a
// capitalised name ("al-Assad", "el-Sisi"), which continues a name
// although it opens in lower case.
func arabicArticle(text string, t *token) bool {
	return t.kind == tkWord && t.e-t.s > 4 && (strings.HasPrefix(t.low, "al-") || strings.HasPrefix(t.low, "el-")) &&
		text[t.s] >= 'a' && text[t.s+3] >= 'A' && text[t.s+3] <= 'Z'
}

// compatible reports whether the name lows (with suffix) can be the same
// person as p: a tail of p's name ("Isgur Flores"), or the same first and
// last name around a middle name or initial.
func compatible(p *person, lows []string, suffix string) bool {
	if !strings.EqualFold(strings.TrimSuffix(p.suffix, "."), strings.TrimSuffix(suffix, ".")) {
		// "Jefferson Beauregard Sessions III" is "Jeff Sessions", "William
		// B. Taylor Jr." "Bill Taylor": a full legal name with its suffix
		// and a plain name with the same first and last names
		m := len(lows)
		formal := suffix == "" && formalSuffixed(p.suffix, len(p.lows)) || p.suffix == "" && formalSuffixed(suffix, m)
		return formal && m >= 2 && lows[m-1] == p.last() && sameGiven(lows[0], p.lows[0])
	}
	n, m := len(p.lows), len(lows)
	if m > n {
		return false
	}
	tail := true
	for k := 0; k < m; k++ {
		// "Jaimes Perèz" and "Lopez Obrador" are the tail of "Zenén
		// Jaimes Pérez" and "Andrés Manuel López Obrador": two words or
		// more compare without their accents
		if p.lows[n-m+k] != lows[k] && (m < 2 || foldAccents(p.lows[n-m+k]) != foldAccents(lows[k])) {
			tail = false
			break
		}
	}
	if tail {
		return true
	}
	if m >= 2 && lows[m-1] == p.lows[n-1] && (m < n || m == 2 && n == 2) && lows[0] != p.lows[0] && sameGiven(lows[0], p.lows[0]) {
		return true // "Sid Blumenthal" is "Sidney Blumenthal"
	}
	if m == 2 && lows[1] == p.lows[n-1] && oneInitial(lows[0]) && !oneInitial(p.lows[0]) && len(p.lows[0]) > 1 && p.lows[0][0] == lows[0][0] {
		return true // "G Dempsey" in a line-up is "Girvan Dempsey"
	}
	if m < 2 || m >= n || lows[0] != p.lows[0] {
		return false
	}
	if lows[m-1] == p.lows[n-1] {
		// "George W. Bush" is not "George H. W. Bush": the middle
		// initials, if the shorter name has any, are the longer one's
		return m == 2 || slices.Equal(middleInitials(lows[1:m-1]), middleInitials(p.lows[1:n-1]))
	}
	// "George W.": a given name and an initial that open the full name
	return len(strings.TrimSuffix(lows[m-1], ".")) == 1 && slices.Equal(lows, p.lows[:m])
}

// oneInitial reports whether the word is one letter, with or without its
// dot ("g", "g.").
func oneInitial(low string) bool {
	return len(strings.TrimSuffix(low, ".")) == 1
}

// formalSuffixed reports whether a name of so many words with the suffix
// is written the way a legal name is: II, III or IV, or Jr. after a middle name or
// initial. "Donald Trump Jr." is no such name: it names the son beside
// his father "Donald Trump".
func formalSuffixed(suffix string, words int) bool {
	switch strings.ToLower(strings.TrimSuffix(suffix, ".")) {
	case "ii", "iii", "iv":
		return words >= 2
	case "jr":
		return words >= 3
	}
	return false
}

// middleInitials returns the one-letter words of a name's middle ("h.", "w."),
// and the letters of a joined pair ("h.w.").
func middleInitials(middle []string) []string {
	var out []string
	for _, w := range middle {
		b := strings.ReplaceAll(w, ".", "")
		if len(b) <= 2 && len(w) > len(b) || len(b) == 1 {
			for _, r := range b {
				out = append(out, string(r))
			}
		}
	}
	return out
}

// pastVerbAfter reports whether toks[k] is a lower-case past-tense verb
// ("went", "called") or a speech verb.
func (an *analysis) pastVerbAfter(k int) bool {
	if k >= len(an.toks) {
		return false
	}
	t := &an.toks[k]
	if t.kind != tkWord || t.cap || t.quote >= 0 {
		return false
	}
	_, speech := speechVerbs[t.low]
	return speech || strings.HasSuffix(t.low, "ed") || irregularPast[t.low] || pastForms[t.low]
}

// pastForms are irregular past tenses that open a predicate after a
// surname, beyond those a capitalised subject takes before a quote.
var pastForms = set("went", "came", "got", "began", "led", "left", "became", "stood", "met", "lost")

// resolvePeople decides which candidates are people and clusters their
// mentions into one person each.
func (an *analysis) resolvePeople(cands []candidate) {
	lx := loadLexicon()
	singles := map[string]int{}
	singleEvidence := map[string]bool{}
	notSingle := map[string]bool{}
	orgLike, mustEarn, titled := map[string]int{}, map[string]bool{}, map[string]bool{}
	// names the article uses for an organisation or a place ("the energy
	// company Burisma", "Cambridge Analytica, a data firm")
	orgNames := an.companyHeads()
	seen, inPlace := map[string]int{}, map[string]int{}
	for i := range cands {
		c := &cands[i]
		an.fill(c)
		if !c.hasTitle && an.orgContext(c.tfirst, c.first, c.end) {
			orgNames[strings.Join(c.lows, " ")] = true
		}
	}
	an.shareSurnames(cands, lx)
	for i := range cands {
		c := &cands[i]
		if len(c.lows) == 1 && !c.lexical {
			low := c.lows[0]
			if !c.sentInitial || an.pastVerbAfter(c.end) {
				// "Romney went after Trump": a sentence-initial word is a
				// surname too when a past-tense verb follows it
				singles[low]++
			}
			if c.hasTitle {
				titled[low] = true
			}
			if c.hasTitle || an.speechNear(c.first, c.end) || an.modifierCue(c) || an.kinAppositive(c) || an.personOnlyCue(c) {
				singleEvidence[low] = true
			}
			if orgNames[low] || !c.hasTitle && an.inCaseName(c.first, c.end) {
				notSingle[low] = true
			} else if !c.hasTitle && an.orgLikeSingle(c) {
				orgLike[low]++
			}
			// "Freedom of Information Act", "Zorbex of Gulf Refining
			// Corp": the head of a law's or a body's name, unless a given
			// name opens the word somewhere ("John Hall of Exxon Corp")
			if !c.hasTitle && an.ofInstitution(c.end) && !an.surnameInText(low) {
				notSingle[low] = true
			}
			if !c.hasTitle && (an.teamCue(c) || an.schoolCue(c) || an.firmCue(c) && !an.surnameInText(low)) {
				notSingle[low] = true
			}
			// "at Stanford", "in Sony's labs": a place or an organisation
			if f := c.tfirst; f > 0 && placePreps[an.toks[f-1].low] && !c.hasTitle {
				if n := c.end; n >= len(an.toks) || an.toks[n].kind != tkWord || an.toks[n].cap {
					notSingle[low] = true
				}
			}
			// "in Benghazi", "in Ferguson sparked protests": a word the
			// article puts after "in" or "at" at least twice, and in at
			// least half its uses, is a place
			seen[low]++
			if f := c.tfirst; f > 0 && (an.toks[f-1].low == "in" || an.toks[f-1].low == "at") && !c.hasTitle && !an.toks[c.end-1].poss {
				inPlace[low]++
			}
		}
	}
	for low, n := range inPlace {
		if n >= 2 && 2*n >= seen[low] {
			notSingle[low] = true
		}
	}
	// "the Sony chip": a word used the way products and firms are is no
	// one's name; but where such a use is one in six or fewer of a
	// word written often ("the Trump phenomenon" among twenty "Trump
	// said"), the word stays a name that must earn a he or she
	for low, n := range orgLike {
		if seen[low] < 6 || 6*n > seen[low] || !singleEvidence[low] || strings.HasSuffix(low, "s") {
			notSingle[low] = true
		} else if !titled[low] {
			mustEarn[low] = true
		}
	}
	// "Super Tuesday", "Black Friday": a word the article writes only
	// before one weekday, at least twice, names the day ("said Sanders
	// Tuesday" is also written without the day)
	day := map[string]string{}
	for k := range an.toks {
		t := &an.toks[k]
		if t.kind != tkWord || !t.cap {
			continue
		}
		if k+1 < len(an.toks) && an.toks[k+1].cap && calendarWords[an.toks[k+1].low] {
			if d, ok := day[t.low]; !ok || d == an.toks[k+1].low {
				day[t.low] = an.toks[k+1].low
				continue
			}
			day[t.low] = "-"
		}
	}
	all := map[string]int{} // how often each word of day is written capitalised
	if len(day) > 0 {
		for k := range an.toks {
			if t := &an.toks[k]; t.kind == tkWord && t.cap {
				if _, ok := day[t.low]; ok {
					all[t.low]++
				}
			}
		}
	}
	for low, d := range day {
		if d != "-" && all[low] >= 2 {
			n := 0
			for k := range an.toks {
				if an.toks[k].low == low && k+1 < len(an.toks) && an.toks[k+1].low == d {
					n++
				}
			}
			if n == all[low] {
				notSingle[low] = true
			}
		}
	}
	// surnames written with a suffix alone ("Trump Jr."), unless the
	// father is named with "Sr." too ("Mr. Kinner Sr.": "Mr. Kinner" is
	// then the son)
	shortSuffixed, senior := map[string]bool{}, map[string]bool{}
	for i := range cands {
		c := &cands[i]
		if s := strings.ToLower(strings.TrimSuffix(c.suffix, ".")); s == "sr" {
			senior[c.lows[len(c.lows)-1]] = true
		}
		if len(c.lows) == 1 && c.suffix != "" && lx.given[c.lows[0]] == 0 {
			shortSuffixed[c.lows[0]] = true
		}
	}
	for low := range senior {
		delete(shortSuffixed, low)
	}
	accept := make([]bool, len(cands))
	var multi []int
	for i := range cands {
		c := &cands[i]
		// (a firm's name stays one after a title no person alone holds:
		// "Former Hewlett Packard CEO")
		if len(c.lows) < 2 || !c.hasTitle && (an.camelCase(c) || orgNames[strings.Join(c.lows, " ")]) || !c.strongTitle && firmNames[strings.Join(c.lows, " ")] {
			continue
		}
		last := c.lows[len(c.lows)-1]
		initial := false
		for _, p := range c.parts {
			if b := strings.TrimSuffix(p, "."); len(b) == 1 || dottedInitials(strings.ToLower(b)) {
				initial = true
			}
		}
		if lx.common[last] && !c.strongTitle && !an.givenFirst(c, lx) {
			continue // "Intermountain Healthcare", "Victory Lab", "Kentucky Progress"
		}
		// "Secret Recording Reveals NRA's ...": a headline's words after a
		// rare given name, three words at least, the others common words
		// and no given names
		if !c.hasTitle && len(c.lows) >= 3 && !slices.ContainsFunc(c.lows[1:], func(w string) bool { return !lx.common[w] || lx.given[w] != 0 }) {
			continue
		}
		// "Governor Signs Controversial Voter ID Bill": common words
		// alone, none a given name, after a title are a headline's
		if c.hasTitle && !slices.ContainsFunc(c.lows, func(w string) bool { return !lx.common[w] || lx.given[w] != 0 }) {
			continue
		}
		if c.hasTitle || lx.givenFolded(c.lows[0]) != 0 || initial || singles[last] > 0 || singleEvidence[last] || an.speechNear(c.first, c.end) || an.personCue(c.tfirst, c.end) || an.possessiveName(c, lx) || an.creditListName(c, lx) {
			accept[i] = true
			multi = append(multi, i)
		}
	}
	// people from full names, longest first so short forms join them
	// ("G Dempsey", an initial for the given name, after "Girvan Dempsey")
	sort.SliceStable(multi, func(x, y int) bool {
		a, b := cands[multi[x]].lows, cands[multi[y]].lows
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return !oneInitial(a[0]) && oneInitial(b[0])
	})
	for _, i := range multi {
		c := &cands[i]
		var found *person
		for _, p := range an.people {
			if compatible(p, c.lows, c.suffix) {
				found = p
				p.named = min(p.named, c.tfirst)
				if p.suffix != "" && c.suffix == "" {
					// "Jeff Sessions", as the article calls him, names the
					// person; "Jefferson Beauregard Sessions III" is an alias
					p.parts, p.lows, p.suffix = c.parts, c.lows, ""
				}
				break
			}
		}
		if found == nil {
			found = &person{parts: c.parts, lows: c.lows, suffix: c.suffix, firstTok: c.tfirst, named: c.tfirst}
			an.people = append(an.people, found)
		}
		if c.role != "" {
			found.titles = append(found.titles, c.role)
		}
		if c.role == "First Lady" || an.kinBefore(c.tfirst) || an.kinAfter(c.end) {
			found.kin = true
		}
		// a person named in full anywhere has the surname of its own
		found.shared = c.shared && (found.firstTok == c.tfirst || found.shared)
	}
	lastSeen := make([]int, len(an.people))
	for i := range lastSeen {
		lastSeen[i] = -1
	}
	for i := range cands {
		c := &cands[i]
		pi := -1
		sure := len(c.lows) > 1 // the role of a titled mention is surely its person's
		if len(c.lows) >= 2 {
			// "Du Plessis in disclosing ... said": an untitled run that is
			// the end of a name given in full is that person
			tail := func(p *person) bool { return len(p.lows) > len(c.lows) && compatible(p, c.lows, c.suffix) }
			if !accept[i] && an.uniquePerson(tail) < 0 {
				continue
			}
			pi = an.bestPerson(c, lastSeen, func(p *person) bool { return compatible(p, c.lows, c.suffix) })
		} else if c.lexical {
			// "Cuban said", "Mr. English": the surname of a person named in
			// full, and only where it is used as a name
			if !c.hasTitle && !an.speechNear(c.first, c.end) {
				continue
			}
			low := c.lows[0]
			if pi = an.bestPerson(c, lastSeen, func(p *person) bool { return len(p.lows) > 1 && p.last() == low }); pi < 0 {
				continue
			}
		} else {
			low := c.lows[0]
			fits := an.surnameFits(c, cands, i, lx)
			// "Vice President Biden" is first the Biden who holds the
			// title, then one without a suffix; the role is surely the
			// person's when no one else passes the same test
			// "Clinton downplayed her gender, saying that she": with two
			// people of the surname, a he or she after it where it opens a
			// clause picks the one of that sex
			var sex byte
			if c.role == "" && c.honor == 0 && clauseStart(an.toks, c.tfirst, an.sents[an.toks[c.tfirst].sent].first) && an.count(func(p *person) bool { return len(p.lows) > 1 && p.last() == low }) > 1 {
				sex = an.subjectPronounAfter(c, cands, i)
			}
			// "Trump Jr." is the Trump with that suffix; where the text
			// writes the surname with the suffix alone, the bare surname
			// is another Trump than the one with the suffix
			suffixFits := func(p *person) bool {
				return c.suffix != "" || p.suffix == "" || len(p.lows) < 2 || !shortSuffixed[low]
			}
			tiers := []func(*person) bool{
				func(p *person) bool {
					return c.suffix != "" && p.suffix != "" && len(p.lows) > 1 && p.last() == low && fits(p) &&
						strings.TrimSuffix(p.suffix, ".") == strings.TrimSuffix(c.suffix, ".")
				},
				func(p *person) bool {
					return sex != 0 && p.last() == low && fits(p) && suffixFits(p) && personSex(p, lx) == sex
				},
				// "Mrs. Clinton" is the woman named in full with the
				// surname before a bare "President Clinton"
				func(p *person) bool {
					return c.honor == 'f' && len(p.lows) > 1 && p.last() == low && fits(p) && suffixFits(p) && lx.given[p.lows[0]] == 'f'
				},
				func(p *person) bool {
					return c.role != "" && p.last() == low && fits(p) && suffixFits(p) && p.holds(c.role)
				},
				func(p *person) bool { return p.suffix == "" && p.last() == low && fits(p) },
				func(p *person) bool { return p.last() == low && fits(p) && suffixFits(p) },
			}
			for _, ok := range tiers {
				if pi = an.bestPerson(c, lastSeen, ok); pi >= 0 {
					sure = an.count(ok) == 1
					break
				}
			}
			if pi < 0 && lx.given[low] != 0 {
				pi = an.uniquePerson(func(p *person) bool { return len(p.lows) > 1 && p.lows[0] == low })
				sure = pi >= 0
			}
			if pi < 0 && !c.common && !nonPersons[low] && !outletNames[low] && !notSingle[low] {
				// "Roh" of "Roh Tae-woo", "President Xi" of "Xi Jinping"
				// (a family name first), "Mitt" of "Mitt Romney" (a given
				// name the list lacks): the first word of one full name
				pi = an.uniquePerson(func(p *person) bool {
					return len(p.lows) > 1 && p.lows[0] == low && !p.kin && !lx.common[p.last()] && !orgWords[p.last()]
				})
				sure = pi >= 0
			}
			if pi < 0 && c.common && len(c.lows) == 1 && !nonPersons[low] && !outletNames[low] {
				// "Ban" of "Ban Ki-moon", "Moon" of "Moon Jae-in": a family
				// name that is also a common word is the person when one
				// full name opens with it and a hyphenated given name
				// follows (the East Asian order)
				pi = an.uniquePerson(func(p *person) bool {
					return len(p.lows) == 2 && p.lows[0] == low && !p.kin && hyphenatedGiven(p.parts[1])
				})
				sure = pi >= 0
			}
			if pi < 0 && len(low) >= 6 {
				pi = an.uniquePerson(func(p *person) bool { return len(p.last()) >= 6 && editDistance1(p.last(), low) })
				sure = pi >= 0
			}
			if pi < 0 && len(low) >= 3 {
				// "Mr. Racz" of "András Rácz", "Nunez" of "Abel Nuñez": the
				// surname written without (or with) its accents
				f := foldAccents(low)
				pi = an.uniquePerson(func(p *person) bool { return len(p.lows) > 1 && p.last() != low && foldAccents(p.last()) == f })
				sure = pi >= 0
			}
			if pi < 0 {
				if !(c.hasTitle || singleEvidence[low] || singles[low] >= 3) || notSingle[low] && !c.hasTitle || c.common && !c.strongTitle || nonPersons[low] || (outletNames[low] || demonymPlural(low, lx) || notNameWord(low)) && !c.hasTitle {
					continue
				}
				// a name seen only bare, with no title and no speech, must
				// earn a he or she ("Obamacare", "Louisville" do not)
				weak := !c.hasTitle && (!singleEvidence[low] && lx.given[low] == 0 || mustEarn[low])
				earn := !c.hasTitle && mustEarn[low]
				// a name known only as a modifier ("the Reagan administration")
				// or a relative ("his wife, Melania") is a person, but no
				// subject or antecedent a quote may take (cueOnly)
				cueOnly := !c.hasTitle && !an.speechNear(c.first, c.end) && (an.modifierCue(c) || an.kinAppositive(c))
				an.people = append(an.people, &person{parts: c.parts, lows: c.lows, suffix: c.suffix, firstTok: c.tfirst, weak: weak, mustEarn: earn, kin: an.kinAppositive(c), cueOnly: cueOnly})
				sure = true
				lastSeen = append(lastSeen, -1)
				pi = len(an.people) - 1
			}
		}
		lastSeen[pi] = c.tfirst
		p := an.people[pi]
		p.mentions++
		if c.tfirst < p.firstTok {
			p.firstTok = c.tfirst
		}
		if c.honor != 0 {
			p.honor = c.honor
		}
		if c.role != "" && p.role == "" && sure {
			// a titled surname gives its role only to the one person
			// of that surname who can hold it
			p.role = c.role
		}
		if form := an.text[an.toks[c.tfirst].s:an.toks[c.end-1].e]; len(c.lows) == 1 && c.suffix != "" && p.suffix != "" {
			an.addAlias(p, form+" "+c.suffix) // "Trump Jr.", not "Trump"
		} else {
			an.addAlias(p, form)
		}
		if p.cueOnly && len(c.lows) == 1 && !c.hasTitle && (an.modifierCue(c) || an.kinAppositive(c)) {
			continue
		}
		an.mentions = append(an.mentions, mention{tfirst: c.tfirst, first: c.first, end: c.end, person: pi, role: c.role})
	}
	an.mergeHeadlineTails(lx)
	an.finishPeople()
	an.dropWeak()
}

// mergeHeadlineTails gives the mentions of a name that ends in a common
// word no given name is ("Sen. Corker Warns", "Zoe Saldana Responds",
// "Bernie Sanders Listen", "Obama Picked": a headline's verb glued to a
// name) to the one person the name is without that word: the same words,
// or a full name whose surname the word before it is.
func (an *analysis) mergeHeadlineTails(lx *lexicon) {
	for pi, p := range an.people {
		n := len(p.lows)
		if n < 2 || p.mentions == 0 || p.suffix != "" {
			continue
		}
		// the headline's verb may have words of its own after it, all
		// common and none a given name ("Ann Romney Adds Fire")
		j := n - 1
		for j > 1 && lx.common[p.lows[j]] && lx.given[p.lows[j]] == 0 && !headlineVerb(p.lows[j]) && headlineVerb(p.lows[j-1]) && lx.common[p.lows[j-1]] && lx.given[p.lows[j-1]] == 0 {
			j--
		}
		// "give Cruz Florida's 99 delegates": a place's possessive glued
		// to a name, at every mention
		placePoss := j == n-1 && placeWords[p.lows[j]] && an.everyMention(pi, func(m mention) bool { return an.toks[m.end-1].poss })
		if !placePoss && (!lx.common[p.lows[j]] || lx.given[p.lows[j]] != 0) {
			continue
		}
		// a verb's or a noun's ending, not a surname's ("Ryan Call" is
		// a person)
		if l := p.lows[j]; !placePoss && !strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ion") &&
			!strings.HasSuffix(l, "ity") && !strings.HasSuffix(l, "ony") {
			continue
		}
		head := p.lows[:j]
		qi := an.uniquePerson(func(q *person) bool {
			if q == p || q.mentions == 0 {
				return false
			}
			return slices.Equal(q.lows, head) || len(head) == 1 && len(q.lows) > 1 && q.last() == head[0]
		})
		if qi < 0 {
			continue
		}
		q := an.people[qi]
		for mi := range an.mentions {
			if m := &an.mentions[mi]; m.person == pi {
				m.person = qi
				e := m.end
				for w := n - 1; w >= j && e-1 > m.first && an.toks[e-1].low == p.lows[w]; w-- {
					e-- // the form without the headline's words
				}
				an.addAlias(q, an.text[an.toks[m.tfirst].s:an.toks[e-1].e])
			}
		}
		q.mentions += p.mentions
		q.titles = append(q.titles, p.titles...)
		if q.role == "" {
			q.role = p.role
		}
		p.mentions = 0
	}
}

// headlineVerb reports whether w ends like a headline's verb ("adds",
// "slams", "picked").
func headlineVerb(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed")
}

// surnameFits returns the test a person named in full must pass to take
// the lone surname cands[i]. "Mr. Obama" is not "Michelle Obama"; nor is
// "President Trump" a Trump named in full as a relative ("first lady
// Melania Trump", "his son Hunter Biden"), a "Jr.", or one whose given
// name has the other sex from the he or she that follows the title,
// unless the article names them in full with that title: the title holder
// is then someone else.
func (an *analysis) surnameFits(c *candidate, cands []candidate, i int, lx *lexicon) func(*person) bool {
	var pron byte
	if c.role != "" {
		pron = an.pronounAfter(c, cands, i)
		if !clauseStart(an.toks, c.tfirst, an.sents[an.toks[c.tfirst].sent].first) {
			pron = an.subjectPronounAfter(c, cands, i)
		}
	}
	return func(p *person) bool {
		if len(p.lows) < 2 {
			return true
		}
		g := lx.given[p.lows[0]]
		if c.honor != 0 && g == 'f'+'m'-c.honor && !an.honorOverList(c, cands, p) {
			return false
		}
		if c.role == "" || p.holds(c.role) {
			return true
		}
		// "President Trump" is not "Ivanka Trump", "President Clinton" not
		// "Hillary Clinton": a woman named in full whom the text never
		// titles president takes no president's title by the surname
		if c.role == "President" && g == 'f' && !an.hypotheticalTitle(c.tfirst) {
			return false
		}
		if p.suffix != "" {
			return false // "President Trump" is not "Donald Trump Jr."
		}
		if p.kin {
			return false // "his son Hunter Biden" is not "Vice President Biden"
		}
		return pron == 0 || g != 'f'+'m'-pron
	}
}

// honorOverList reports whether "Mr. Graham" may still be "Lindsey
// Graham", whose given name the list gives to women: he is the one person
// named in full with the surname, titled ("Sen. Lindsey Graham": an
// untitled "Lynne Cheney" or "Ann Romney" is more often the wife of the
// "Mr." the text never names in full), no relative, no first lady, no one in
// the text is called Mrs., Ms. or Miss with that surname, and no she or
// her follows the full name in its sentence. A man's honour then
// outweighs the list ("Mr. Trump" still never joins "first lady Melania
// Trump" or a "Ms. Trump").
func (an *analysis) honorOverList(c *candidate, cands []candidate, p *person) bool {
	if c.honor == 'f' {
		return an.herHonorOverList(c, cands, p)
	}
	if c.honor != 'm' || p.kin || p.role == "" || p.role == "First Lady" || p.she > 0 {
		return false
	}
	// "Representative Debbie Dingell of Michigan, Mr. Dingell's widow": a
	// possessive before a word for a relative is the relative's kin
	if e := c.end; e < len(an.toks) && an.toks[e-1].poss && kinWords[an.toks[e].low] {
		return false
	}
	low := c.lows[0]
	if an.count(func(q *person) bool { return len(q.lows) > 1 && q.last() == low }) != 1 {
		return false
	}
	for j := range cands {
		o := &cands[j]
		if o.honor == 'f' && len(o.lows) > 0 && o.lows[len(o.lows)-1] == low {
			return false
		}
		if len(o.lows) > 1 && slices.Equal(o.lows, p.lows) {
			if an.firstPronounAfter(o, cands, j, heForms, sheForms) == 'f' {
				return false
			}
		}
	}
	return true
}

// hypotheticalTitle reports whether the title opening at toks[k] names
// an office someone may hold one day ("a President Warren", "an
// incoming President Clinton", "under a future President Clinton") or
// stands in a quotation (a candidate's "President Fiorina will ...").
func (an *analysis) hypotheticalTitle(k int) bool {
	toks := an.toks
	if toks[k].quote >= 0 {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].kind == tkWord && !toks[j].cap; j-- {
		if toks[j].low == "a" || toks[j].low == "an" || hypotheticalWords[toks[j].low] {
			return true
		}
		if !hypotheticalWords[toks[j].low] && toks[j].low != "new" {
			break
		}
	}
	return false
}

var hypotheticalWords = set("future", "potential", "incoming", "hypothetical", "would-be", "eventual", "possible", "prospective")

var (
	heSubject  = set("he", "himself")
	sheSubject = set("she", "herself")
)

// count returns how many people ok accepts.
func (an *analysis) count(ok func(*person) bool) int {
	n := 0
	for _, p := range an.people {
		if ok(p) {
			n++
		}
	}
	return n
}

// givenFirst reports whether a name starts with a given name that is not
// also a place or a group ("Paris Climate", "Indiana Fever").
func (an *analysis) givenFirst(c *candidate, lx *lexicon) bool {
	f := c.lows[0]
	return lx.given[f] != 0 && !placeWords[f] && !nationalityWords[f] && !lx.common[f]
}

// nonPersons are capitalised words a name rule would take for a person.
var nonPersons = set("god", "allah", "islam", "christianity", "judaism", "ebola", "universe", "juneteenth", "covid-19", "coronavirus",
	"hide", "listen", "replay", "caption") // video and photo widgets ("Hide Caption", "Listen · 4:33")

// dropWeak forgets the people known only by a bare word that no pronoun
// ever refers to, and their mentions.
func (an *analysis) dropWeak() {
	drop := false
	lx := loadLexicon()
	for pi, p := range an.people {
		if p.weak && len(p.lows) == 1 && (p.he+p.she == 0 || p.mustEarn && p.he+p.she < 2) {
			p.mentions = 0
			p.dropped = true
			drop = true
		}
		// `"Beverly Hills Cop II," which grossed`: a name that is all of
		// a quotation each time, with no title or he/she, is a work's title
		// (a given name and a surname that is no common word stay: the
		// words "Donald Trump", a write-in "Ralph Nader")
		if !p.dropped && p.he+p.she == 0 && p.honor == 0 && p.role == "" && (lx.givenFolded(p.lows[0]) == 0 || lx.common[p.last()]) && an.allQuotedWhole(pi) {
			p.mentions = 0
			p.dropped = true
			drop = true
		}
		// "Mormons", "Venezuelans", "Dreamers": a bare word also written
		// in the plural, never with a title or a he or she, names a
		// group, a people or a kind
		if !p.dropped && len(p.lows) == 1 && p.honor == 0 && p.role == "" && slices.ContainsFunc(p.aliases, func(a string) bool {
			return a == p.parts[0]+"s" || a == p.parts[0]+"es"
		}) {
			p.mentions = 0
			p.dropped = true
			drop = true
		}
		// "Emily's List", "Robert's Rules of Order", "Lily's Place": a
		// given name alone, only ever a possessive before a capitalised
		// word, never titled nor a he or she, names a thing
		if !p.dropped && len(p.lows) == 1 && p.he+p.she == 0 && p.honor == 0 && p.role == "" && lx.given[p.lows[0]] != 0 && an.onlyPossessiveBeforeName(pi) {
			p.mentions = 0
			p.dropped = true
			drop = true
		}
		// "Lilco said its earnings", "Moody's said", "Fiat shares": a
		// bare word without title, Mr. or a given name, never a he or a
		// she, that one mention uses as a firm's name is that firm
		if !p.dropped && len(p.lows) == 1 && p.he+p.she == 0 && p.honor == 0 && p.role == "" && an.corpMention(pi) {
			p.mentions = 0
			p.dropped = true
			drop = true
		}
	}
	if !drop {
		return
	}
	out := an.mentions[:0]
	for _, m := range an.mentions {
		if !an.people[m.person].dropped {
			out = append(out, m)
		}
	}
	an.mentions = out
}

// allQuotedWhole reports whether every mention of person pi fills a
// quotation by itself (`"Sideways"`, `"Beverly Hills Cop II,"`).
func (an *analysis) allQuotedWhole(pi int) bool {
	toks := an.toks
	return an.everyMention(pi, func(m mention) bool {
		if m.tfirst != m.first || m.first == 0 || toks[m.first-1].kind != tkQuote || !toks[m.first-1].open {
			return false
		}
		e := m.end
		if e < len(toks) && toks[e].kind == tkPunct {
			e++
		}
		return e < len(toks) && toks[e].kind == tkQuote && !toks[e].open
	})
}

// onlyPossessiveBeforeName reports whether every mention of person pi is
// a possessive right before a capitalised word ("Emily's List").
func (an *analysis) onlyPossessiveBeforeName(pi int) bool {
	toks := an.toks
	return an.everyMention(pi, func(m mention) bool {
		return toks[m.end-1].poss && m.end < len(toks) && toks[m.end].kind == tkWord && toks[m.end].cap && toks[m.end].sent == toks[m.end-1].sent
	})
}

// everyMention reports whether person pi has mentions and ok holds for
// every one.
func (an *analysis) everyMention(pi int, ok func(m mention) bool) bool {
	n := 0
	for _, m := range an.mentions {
		if m.person != pi {
			continue
		}
		if !ok(m) {
			return false
		}
		n++
	}
	return n > 0
}

// corpMention reports whether a mention of person pi without a title is
// used the way a firm's name is (corpCue), and none has a title.
func (an *analysis) corpMention(pi int) bool {
	found := false
	for _, m := range an.mentions {
		if m.person != pi {
			continue
		}
		if m.role != "" || m.tfirst != m.first {
			return false
		}
		if an.corpCue(m.first, m.end) {
			found = true
		}
	}
	return found
}

// bestPerson picks among the people that ok accepts the one named most
// recently before c, or else the first one named after it.
func (an *analysis) bestPerson(c *candidate, lastSeen []int, ok func(*person) bool) int {
	best, bestPos := -1, -1
	after, afterPos := -1, 1<<62
	// "born to Fred and Mary Trump": a bare "Trump" is rather one who
	// bears the surname in full than one who has it only by coordination
	// (shareSurnames)
	full := slices.ContainsFunc(an.people, func(p *person) bool { return !p.shared && ok(p) })
	for pi, p := range an.people {
		if !ok(p) || full && p.shared {
			continue
		}
		if lastSeen[pi] >= 0 && lastSeen[pi] > bestPos {
			best, bestPos = pi, lastSeen[pi]
		}
		if p.firstTok < afterPos {
			after, afterPos = pi, p.firstTok
		}
	}
	// recency decides between two people of one surname only when the
	// last one was named in the last few sentences; otherwise the first
	// one introduced is the one the article calls by surname
	if best >= 0 && (best == after || an.toks[c.tfirst].sent-an.toks[bestPos].sent <= 3) {
		return best
	}
	if after >= 0 {
		return after
	}
	return best
}

func (an *analysis) uniquePerson(ok func(*person) bool) int {
	found := -1
	for pi, p := range an.people {
		if ok(p) {
			if found >= 0 {
				return -1
			}
			found = pi
		}
	}
	return found
}

func (an *analysis) addAlias(p *person, form string) {
	if strings.ContainsAny(form, "])") {
		form = strings.Join(strings.Fields(bracketStrip.Replace(form)), " ") // "George W.] Bush"
	}
	if p.nameIs(form) {
		return
	}
	for _, a := range p.aliases {
		if a == form {
			return
		}
	}
	p.aliases = append(p.aliases, form)
}

var bracketStrip = strings.NewReplacer("[", "", "]", "", "(", "", ")", "")

// editDistance1 reports whether a and b differ by one insertion, deletion
// or substitution.
func editDistance1(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	if la < lb {
		a, b, la, lb = b, a, lb, la
	}
	i := 0
	for i < lb && a[i] == b[i] {
		i++
	}
	if la == lb {
		// "Lichtbalu" for "Lichtblau": two letters swapped count as one slip
		return a[i+1:] == b[i+1:] || i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i+1:] == b[i:]
}

// foldAccents writes a lower-case word without its accents ("rácz" ->
// "racz").
func foldAccents(low string) string {
	ascii := true
	for i := 0; i < len(low) && ascii; i++ {
		ascii = low[i] < utf8.RuneSelf
	}
	if ascii {
		return low // nothing to fold, nothing to allocate
	}
	var sb strings.Builder
	for _, r := range low {
		if f, ok := accentFold[r]; ok {
			r = f
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// creditListName reports whether the run c is a reporter's name in a
// credit line: "Associated Press writers Alan Fram and Padmananda Rama
// contributed to this report", "Nahal Toosi also contributed to this
// report", "Contributing: Jabeen Bhatti". FORMAT.md counts a reporter
// credited at the end; such names often have a given name the list
// lacks. The run is two or three words, none common, a place or an
// organisation's, right after the line's start, a comma, "and", a colon
// or "writers", in a sentence that "contributed" ends or "Contributing:"
// opens.
func (an *analysis) creditListName(c *candidate, lx *lexicon) bool {
	toks := an.toks
	n := c.end - c.first
	if c.hasTitle || n < 2 || n > 3 {
		return false
	}
	for k := c.first; k < c.end; k++ {
		w := toks[k].low
		if toks[k].kind != tkWord || lx.common[w] && lx.given[w] == 0 || placeWords[w] || orgWords[w] || orgHeads[w] || nationalityWords[w] || toks[k].quote >= 0 {
			return false
		}
		for _, part := range strings.Split(w, "-") {
			if part != w && (orgWords[part] || orgHeads[part] || outletNames[part]) {
				return false // "Visalia Times-Delta", a paper
			}
		}
	}
	s := an.sents[toks[c.first].sent]
	if k := c.tfirst - 1; k >= s.first {
		if w := toks[k].low; w != "," && w != "and" && w != ":" && w != "writers" && w != "writer" && w != "reporters" {
			return false
		}
	}
	if s.first+1 < len(toks) && toks[s.first].low == "contributing" && toks[s.first+1].low == ":" {
		return true
	}
	for k := c.end; k < s.end && k < len(toks); k++ {
		if toks[k].low == "contributed" {
			return true
		}
	}
	return false
}

// hyphenatedGiven reports whether w, as written, is a given name of two
// short syllables joined by a hyphen in the East Asian style, the second
// in lower case ("Ki-moon", "Jae-in", "Yong-sub"; not "Coca-Cola",
// "Al-Assad" or "Anti-Trump").
func hyphenatedGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(a) > 5 || len(b) < 2 || len(b) > 5 || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	for _, r := range a[1:] + b {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// shareSurnames gives a lone given name coordinated with a full name the
// full name's surname ("Charles and David Koch", "Bill and Hillary
// Clinton": two people of one family), when the article uses the given
// name for no one else: no other full name opens with it or ends with
// it ("Warren and Bernie Sanders" beside "Elizabeth Warren"), and every
// other capitalised use of it opens a name.
func (an *analysis) shareSurnames(cands []candidate, lx *lexicon) {
	toks := an.toks
	for i := 0; i+1 < len(cands); i++ {
		c, d := &cands[i], &cands[i+1]
		if len(c.lows) != 1 || c.suffix != "" || c.end+1 != d.tfirst || c.end >= len(toks) || toks[c.end].low != "and" {
			continue
		}
		x := c.lows[0]
		// "Ted Cruz of Texas and Rand Paul": a place, not a given name
		// "Oprah and Barack Obama", "Cher, Madonna and David Bowie",
		// "President Clinton and Fidel Castro", "Magic Johnson and
		// Christina Aguilera": a name that stands alone, the last of a
		// list, or a surname after a title or another name word
		if lx.given[x] == 0 || placeWords[x] || newsGiven[x] != 0 || c.hasTitle || c.first > 0 && (toks[c.first-1].low == "," || toks[c.first-1].low == "and" || toks[c.first-1].kind == tkWord && strings.ToLower(an.text[toks[c.first-1].s:toks[c.first-1].e]) != an.text[toks[c.first-1].s:toks[c.first-1].e]) || c.tfirst > 0 && (toks[c.tfirst-1].low == "of" || placePreps[toks[c.tfirst-1].low]) || toks[c.end-1].poss || d.hasTitle || d.suffix != "" || len(d.lows) != 2 || lx.given[x] == 'u' || lx.given[d.lows[0]] == 0 || lx.common[d.lows[1]] {
			continue
		}
		z := d.lows[len(d.lows)-1]
		ok := true
		for j := range cands {
			o := &cands[j]
			if j == i || len(o.lows) < 2 {
				continue
			}
			if o.lows[len(o.lows)-1] == x || o.lows[0] == x && o.lows[len(o.lows)-1] != z {
				ok = false
				break
			}
		}
		for k := 0; ok && k < len(toks); k++ {
			if k != c.first && toks[k].low == x && toks[k].cap && (k+1 >= len(toks) || toks[k].poss || !nameToken(toks, k+1)) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		c.parts = append(c.parts, d.parts[len(d.parts)-1])
		c.lows = append(c.lows, z)
		c.lexical, c.common, c.shared = false, false, true
	}
}

// herHonorOverList reports whether "Ms. Keyser" may still be "Leland
// Keyser", whose given name the list gives to men: she is the one person
// named in full with the surname, no relative, no one in the text is
// called Mr. with it, and a she or her follows a full mention of her in
// its sentence before any other name ("Leland Keyser said she"). A wife
// called "Mrs. Clinton" beside a husband named in full has a he there.
func (an *analysis) herHonorOverList(c *candidate, cands []candidate, p *person) bool {
	// "Mrs. Clinton" before "Bill Clinton", a "Mrs. Kasich" inside a
	// quote, "his mom. Mrs. Rigby": a wife or a mother
	if p.kin || len(p.lows) < 2 || p.role != "" || len(p.titles) > 0 || p.named >= c.tfirst || an.toks[c.first].quote >= 0 {
		return false
	}
	for k := max(0, c.tfirst-3); k < c.tfirst; k++ {
		if w := an.toks[k].low; kinWords[w] || w == "mom" || w == "mum" || w == "mama" {
			return false
		}
	}
	// "Mr. and Mrs. Warmbier": the couple
	if f := c.tfirst; f >= 2 && an.toks[f-1].low == "and" {
		k := f - 2
		if k > 0 && an.toks[k].low == "." {
			k--
		}
		if honorifics[an.toks[k].low] == 'm' {
			return false
		}
	}
	low := c.lows[len(c.lows)-1]
	if an.count(func(q *person) bool { return len(q.lows) > 1 && q.last() == low }) != 1 {
		return false
	}
	her, couple := false, false
	for j := range cands {
		o := &cands[j]
		if o.honor == 'm' && len(o.lows) > 0 && o.lows[len(o.lows)-1] == low {
			return false
		}
		if len(o.lows) > 1 && slices.Equal(o.lows, p.lows) {
			// "Melissa and Mike Patruso": a couple
			if o.tfirst > 0 && an.toks[o.tfirst-1].low == "and" {
				couple = true
			}
			switch an.firstPronounAfter(o, cands, j, heForms, sheForms) {
			case 'm':
				return false
			case 'f':
				her = true
			}
		}
	}
	return her || !couple
}

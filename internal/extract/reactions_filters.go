package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// background reports a statement set before the news: a time marker such
// as "at the time" or "last year" outside quotes in its sentence, a year
// before the latest one the article names, or testimony.
func (an *analysis) background(st statement, maxYear int) bool {
	if an.backgroundSent(st.sent, maxYear, st.tok) || an.pluperfect(st.tok) || an.perfectSaid(st.tok) || an.firstVersion(st.tok) {
		return true
	}
	return st.ctx >= 0 && an.backgroundSent(st.ctx, maxYear, -1)
}

// firstVersion reports a verb marked as an earlier word, since taken
// back or overtaken ("The White House initially claimed ...", "The NRA
// initially supported the program, but ...", "Lochte originally said").
func (an *analysis) firstVersion(v int) bool {
	if v < 1 || v >= len(an.toks) {
		return false
	}
	p := an.toks[v-1].low
	return p == "initially" || p == "originally"
}

// backgroundSent reports a time marker set before the news in sentence
// si; cue is the statement's verb token there, or -1.
func (an *analysis) backgroundSent(si, maxYear, cue int) bool {
	s := an.sents[si]
	toks := an.toks
	sub := false // inside a subordinate clause ("before accepting his resignation last month")
	relEnd := -1 // end of a relative clause about a person ("who won in 2012")
	for i := s.first; i < s.end; i++ {
		if toks[i].quote >= 0 || toks[i].kind == tkQuote {
			continue
		}
		if i > s.first && i+1 < s.end && strings.HasSuffix(toks[i+1].low, "ing") && timeSubordinators[toks[i].low] {
			sub = true
		}
		if sub {
			continue
		}
		if i < relEnd {
			continue
		}
		if i > s.first && relWho[toks[i].low] && (toks[i-1].low == "," || toks[i-1].kind == tkWord && toks[i-1].cap) {
			// "Rep. Smith, a Democrat who won his seat in 2012, said":
			// the clause tells of the speaker, not when the words were
			// said (unless the statement's own verb is in it: "O'Rourke,
			// who challenged Cruz in 2018")
			e := i + 1
			for e < s.end && !clauseEnds[toks[e].low] {
				e++
			}
			if cue < i || cue >= e {
				relEnd = e
				continue
			}
		}
		if markerStart[toks[i].low] {
			for _, m := range backgroundMarkers {
				if matchWords(toks, i, s.end, m) {
					if m[0] == "back" && i > s.first && (reactPhrases[[2]string{toks[i-1].low, "back"}] != "" || backVerbs[toks[i-1].low]) {
						continue // "pushed back in a statement", "fired back in an interview": the response, no time before the news
					}
					return true
				}
			}
		}
		if toks[i].kind == tkNum && i > s.first && toks[i-1].low == "in" || toks[i].kind == tkNum && i > s.first+1 && toks[i-2].low == "in" && (calendarWords[toks[i-1].low] || toks[i-1].low == "a" || toks[i-1].low == "an") {
			if y, ok := yearOf(toks[i].low); ok && maxYear > 0 && y < maxYear {
				return true
			}
		}
	}
	return false
}

// backVerbs with "back" answer an attack ("shot back in a tweet").
var backVerbs = set("shot", "shoots", "struck", "strikes", "punched", "punches", "hitting", "firing", "fought", "fights",
	"fighting", "swung", "swings", "snapped", "snaps", "pushback")

// judgingStatement reports a statement whose words take a stance
// (criticism, praise, denial or a demand).
func (an *analysis) judgingStatement(st statement) bool {
	sc := an.scoreStatement(st)
	return sc.deny > 0 || sc.crit > 0 || sc.sup > 0 || sc.action != ""
}

// stateBodies head a phrase naming a body of a state ("Mexico's Foreign
// Ministry", "China's government").
var stateBodies = set("ministry", "government", "embassy", "parliament", "military", "army", "cabinet")

// placePossessive reports a capitalised possessive that names no person
// of the article ("Mexico's", "China's"): a place or body.
func (an *analysis) placePossessive(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	if !strings.HasSuffix(w, "'s") || len(w) < 4 {
		return false
	}
	base := w[:len(w)-2]
	if r := []rune(base); !unicode.IsUpper(r[0]) {
		return false
	}
	low := strings.ToLower(base)
	for i := range an.people {
		p := an.people[i]
		if p.mentions == 0 {
			continue
		}
		for _, l := range p.lows {
			if l == low {
				return false
			}
		}
	}
	return true
}

// indefiniteBefore returns the modifiers and head of the nearest
// indefinite phrase with that head before token at, within the two
// sentences before ("a senior European diplomat"), or "".
func (an *analysis) indefiniteBefore(head string, at int) string {
	toks := an.toks
	minSent := toks[at].sent - 2
	for k := at - 1; k > 0 && toks[k].sent >= minSent; k-- {
		if toks[k].low != head || toks[k].quote >= 0 {
			continue
		}
		j := k - 1
		for j >= 0 && j > k-5 && toks[j].kind == tkWord && toks[j].quote < 0 && an.midx[j] < 0 && toks[j].low != "a" && toks[j].low != "an" && !determiners[toks[j].low] {
			j--
		}
		if j < 0 || j == k-1 || toks[j].low != "a" && toks[j].low != "an" {
			return ""
		}
		var words []string
		for x := j + 1; x <= k; x++ {
			words = append(words, an.text[toks[x].s:toks[x].e])
		}
		return strings.Join(words, " ")
	}
	return ""
}

// officialHeads head an unnamed official source that a lower-case phrase
// may name on its own ("a senior administration official").
var officialHeads = set("official", "aide", "adviser", "advisor", "diplomat", "spokesman", "spokeswoman", "spokesperson")

// relWho open a relative clause about a person.
var relWho = set("who", "whose")

// clauseEnds close a relative clause.
var clauseEnds = set(",", ";", "—", "–", "--", ")")

// markerStart holds the first words of backgroundMarkers.
var markerStart = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range backgroundMarkers {
		m[ws[0]] = true
	}
	return m
}()

func matchWords(toks []token, i, end int, ws []string) bool {
	if i+len(ws) > end {
		return false
	}
	for k, w := range ws {
		t := &toks[i+k]
		if t.low != w || t.quote >= 0 {
			return false
		}
	}
	return true
}

func yearOf(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

// latestYear is the latest year the article names outside quotes.
func (an *analysis) latestYear() int {
	best := 0
	for i := range an.toks {
		t := &an.toks[i]
		if t.kind == tkNum && t.quote < 0 {
			if y, ok := yearOf(t.low); ok && y > best {
				best = y
			}
		}
	}
	return best
}

// stem folds plurals and possessives so "Republicans" meets "Republican".
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	// "trained" and "training", "impeached" and "impeachment", "voted"
	// and "vote": one word of the news in its inflected forms
	for _, suf := range []string{"ment", "ing", "ed"} {
		if len(w) >= len(suf)+4 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// titleWords splits a title into lower-case words, possessives folded.
func splitWords(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	for i, w := range f {
		w = strings.ToLower(strings.Trim(w, "'’-"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		f[i] = w
	}
	return f
}

// leadTokens is how much of the text, with the title, tells the news.
const leadTokens = 60

// topicTerms are the content words of the title and the lead: what the
// news is about.
// The value is the sentence the term first occurs in, -1 for the title,
// so a statement in the lead cannot make itself topical.
func (an *analysis) topicTerms(title string) map[string]int {
	terms := map[string]int{}
	addw := func(w string, sent int) {
		if len(w) < 3 || stopTopic[w] || w[0] >= '0' && w[0] <= '9' {
			return
		}
		if _, ok := terms[stem(w)]; !ok {
			terms[stem(w)] = sent
		}
	}
	for _, w := range splitWords(title) {
		addw(w, -1)
	}
	for i := 0; i < len(an.toks) && i < leadTokens; i++ {
		if an.toks[i].kind == tkWord {
			addw(an.toks[i].low, an.toks[i].sent)
		}
	}
	return terms
}

// onTopic reports whether a statement shares a content word with the
// title and lead.
func (an *analysis) onTopic(st statement, topic map[string]int) bool {
	if len(topic) == 0 {
		return true
	}
	check := func(a, b int) bool {
		for i := a; i < b; i++ {
			t := &an.toks[i]
			if t.kind != tkWord || len(t.low) < 3 || stopTopic[t.low] {
				continue
			}
			if at, ok := topic[stem(t.low)]; ok && at != st.sent {
				return true
			}
		}
		return false
	}
	return an.anyStatementSpan(st, check)
}

// anyStatementSpan reports whether check holds for a token span of a
// statement's setting: its sentence, the sentence before, which sets the
// scene ("X was asked about Y. "...," X said."), also across a paragraph
// break, as news prints one sentence a paragraph ("Few public figures
// voiced support for Trump over his response. // Pence told reporters
// that "I stand with the president.""), unless the statement turns away
// ("Separately, ..."), and its evidence.
func (an *analysis) anyStatementSpan(st statement, check func(a, b int) bool) bool {
	s := an.sents[st.sent]
	if check(s.first, s.end) {
		return true
	}
	if st.sent > 0 {
		if p := an.sents[st.sent-1]; (p.para == s.para || !topicShift[an.toks[s.first].low]) && check(p.first, p.end) {
			return true
		}
	}
	for _, r := range st.ev {
		if check(r[0], r[1]) {
			return true
		}
	}
	return false
}

// onTopicCompound reports a statement that takes a stance with a part of
// a hyphened compound of its own sentence or words naming the topic
// ("accuse Turkish-backed forces of killing Kurdish civilians" under "US-
// Turkey ties"; "anti-Iran", "gun-control"). The parts count only for a
// judging statement: neutral lines about a "Clinton-made" crisis or a
// "scandal-plagued" administration were no reactions.
func (an *analysis) onTopicCompound(st statement, topic map[string]int) bool {
	if len(topic) == 0 {
		return false
	}
	check := func(a, b int) bool {
		for i := a; i < b; i++ {
			t := &an.toks[i]
			if t.kind != tkWord || !strings.Contains(t.low, "-") {
				continue
			}
			for _, part := range strings.Split(t.low, "-") {
				if len(part) < 3 || stopTopic[part] {
					continue
				}
				if at, ok := topic[stem(part)]; ok && at != st.sent {
					return true
				}
			}
		}
		return false
	}
	return an.anyStatementSpan(st, check)
}

// titleUrges after a name in a title ask for an act ("X Calls for Y to
// Resign", "X urges probe").
var titleUrges = set("calls", "call", "urges", "urge", "demands", "demand", "presses")

// topicShift open a sentence that turns from the one before to other news.
var topicShift = set("separately", "elsewhere")

// newsmakers are the people the title names and the sources of the lead
// sentence: their words are the news rather than a response to it.
// responders are title people the title gives a response verb ("Jeb
// Fires Back", "Trump Corrects Kelly").
func (an *analysis) newsmakers(title string, sts []statement) (news, responders map[int]bool, titleStance map[int]string) {
	news, responders, titleStance = map[int]bool{}, map[int]bool{}, map[int]string{}
	var tw []string
	var joined []bool // the word follows a hyphen ("Christie-Zimmer")
	for _, w := range splitWords(title) {
		for k, part := range strings.Split(w, "-") {
			tw = append(tw, part)
			joined = append(joined, k > 0)
		}
	}
	for pi, p := range an.people {
		if p.mentions == 0 {
			continue
		}
		for i, w := range tw {
			if len(w) < 3 || !slices.Contains(p.lows, w) {
				continue
			}
			news[pi] = true
			start := i
			for i+1 < len(tw) && slices.Contains(p.lows, tw[i+1]) {
				i++
			}
			inCompound := joined[start] || i+1 < len(tw) && joined[i+1] // "Fisk-Grant 'feud'"
			// "McConnell, Ryan Back CIA", "Pelosi and Schumer slam":
			// the verb after a list of title people is each one's
			plural := start > 0 && !joined[start] && (tw[start-1] == "and" || an.titleName(tw[start-1], pi))
			for i+1 < len(tw) && (tw[i+1] == "and" || an.titleName(tw[i+1], pi)) {
				i++
				plural = true
			}
			if !inCompound && titleAttackTarget(tw[:start]) {
				// "Trump slams Sen. Chuck Schumer", "new attack on
				// Sessions": the one attacked, whose answer is a
				// reaction, not the news's author
				responders[pi] = true
			}
			if i+1 < len(tw) {
				if st, ok := reactVerbs[tw[i+1]]; ok && st != "" {
					responders[pi], titleStance[pi] = true, st
				} else if st := reactVerbs[tw[i+1]+"s"]; plural && st != "" {
					// the verb of a list of names: "McConnell, Ryan Back
					// CIA" (after one name, "Latinos for Trump Blast
					// Politico", the verb is another subject's)
					responders[pi], titleStance[pi] = true, st
				}
				if titleUrges[tw[i+1]] {
					// "Jindal Calls for McConnell to Resign": the title
					// names the demand and its action
					for _, x := range tw[i+2:] {
						if act, ok := actionWords[x]; ok && actionAfter[x] == nil && !actionBefore[x] {
							responders[pi], titleStance[pi] = true, "demands:"+act
							break
						}
					}
				}
				if i+2 < len(tw) {
					if st, ok := reactPhrases[[2]string{tw[i+1], tw[i+2]}]; ok {
						responders[pi], titleStance[pi] = true, st
					}
				}
				if titlePassiveTarget(tw[i+1:]) {
					// "Trump impeached by US House", "Rand Paul shunned by
					// NRA", "Trump's vulgar comments condemned by ...": the
					// one the news acts on, whose answer is a reaction
					responders[pi] = true
				}
			}
		}
	}
	// a title whose verb is a response ("Dem senators slam Ratcliffe's
	// nomination") makes the sources of the lead its responders, not the
	// authors of the news
	titleReacts := false
	for i, w := range tw {
		if reactVerbs[w] != "" || reactVerbs[w+"s"] != "" || titleUrges[w] || i+1 < len(tw) && reactPhrases[[2]string{w, tw[i+1]}] != "" {
			// "Trump slams", "Senators slam", "AOC fires back"
			titleReacts = true
		}
	}
	for _, st := range sts {
		if st.sent == 0 && st.person >= 0 && !(titleReacts && !news[st.person]) {
			news[st.person] = true
		}
	}
	return news, responders, titleStance
}

// leadNamed are the people the lead sentence names without being its
// source: the news or its subject ("Larry Kudlow said President Trump's
// budget ..."), reactors only when they deny, demand or criticize.
func (an *analysis) leadNamed() map[int]bool {
	out := map[int]bool{}
	for _, m := range an.mentions {
		if m.person >= 0 && m.first < len(an.toks) && an.toks[m.first].sent == 0 {
			out[m.person] = true
		}
	}
	return out
}

// reactorKey names the reactor of a statement: a person, or a descriptor
// that is a single source (not a group, a document or a pronoun). A bare
// or shorter descriptor joins an earlier one with the same head ("the
// official" after "a Justice Department official").
func (an *analysis) reactorKey(st statement, known []*reactorAcc) (key, who string) {
	if st.person >= 0 {
		return "p" + strconv.Itoa(st.person), an.people[st.person].name()
	}
	if pi := an.descAppositive(st.dfirst); pi >= 0 {
		// "the No. 2 Senate Republican, John Cornyn of Texas, said": the
		// named person
		return "p" + strconv.Itoa(pi), an.people[pi].name()
	}
	if st.dfirst >= 0 && st.desc != "" {
		// "Prime Minister Theresa May welcomed the arrest, saying": a
		// phrase cut inside a person's mention (before "May" read as a
		// modal) is that person
		n := len(strings.Fields(st.desc))
		for _, m := range an.mentions {
			if m.tfirst <= st.dfirst && st.dfirst+n <= m.end && m.person >= 0 {
				return "p" + strconv.Itoa(m.person), an.people[m.person].name()
			}
		}
	}
	f := strings.Fields(st.desc)
	for len(f) > 0 {
		l := strings.ToLower(f[0])
		if l == "a" || l == "an" || l == "the" || l == "another" || l == "one" || quantifiers[l] || leadConjunctions[l] {
			// "Yet Booker's office said": the conjunction opens the
			// clause, not the name
			f = f[1:]
			continue
		}
		break
	}
	if len(f) == 0 || len(f) > 5 || groupQuantifiers[strings.ToLower(f[0])] || numberWord(f[0]) || f[0][0] >= '0' && f[0][0] <= '9' {
		// "Both men denied", "Forty-four states have issued": a group,
		// no single source; "No Republican has said": nobody; "the
		// Senate's No. 2 Democrat said": a phrase cut after its number,
		// naming nobody
		return "", ""
	}
	for _, w := range f {
		l := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if descVerbs[l] || strings.Contains(l, "'") && pronouns[l[:strings.Index(l, "'")]] != "" {
			// "bill would include Republican", "DNC is not following
			// suit", "I'd say": a clause cut into a phrase, no source
			return "", ""
		}
	}
	low := make([]string, len(f))
	for i, w := range f {
		low[i] = strings.ToLower(w)
	}
	head := low[len(low)-1]
	if len(f) >= 2 && stateBodies[head] && !docNouns[head] && an.placePossessive(f[0]) {
		// "Mexico's Foreign Ministry expressed concern": a country's body
		// speaks for itself, not for a person
		return "d:" + strings.Join(low, " "), strings.Join(f, " ")
	}
	if docNouns[head] || pluralHead(strings.Join(low, " ")) || strings.HasSuffix(f[0], "'s") ||
		strings.HasSuffix(f[0], "’s") || strings.HasSuffix(f[0], "'") || strings.HasSuffix(f[0], "’") ||
		low[0] == "his" || low[0] == "her" || low[0] == "their" || low[0] == "its" || low[0] == "my" || low[0] == "our" {
		// someone's spokesman or office speaks for a person, not as a new reactor
		return "", ""
	}
	// "the November vote": a noun phrase that heads no source (a source
	// noun or a capitalised name) says nothing of its own
	if !sourceNouns[head] && !titleTok(&token{low: head}) {
		if r := []rune(f[len(f)-1]); !unicode.IsUpper(r[0]) {
			return "", ""
		}
	}
	// "Debate appearances ...": a common word capitalised only because it
	// opens the sentence names no source
	if len(f) == 1 && !sourceNouns[head] && !titleTok(&token{low: head}) && loadLexicon().common[head] {
		return "", ""
	}
	phrase := strings.Join(low, " ")
	found := -1
	for pi, p := range an.people {
		if p.mentions > 0 && strings.ToLower(p.role) == phrase {
			if found >= 0 {
				found = -2
				break
			}
			found = pi
		}
	}
	if found >= 0 {
		return "p" + strconv.Itoa(found), an.people[found].name()
	}
	hasCap := false
	for _, w := range f {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			hasCap = true
		}
	}
	// "Judge rejects request": a lone role word opening the sentence is
	// read like "the judge"
	if len(f) == 1 && titleTok(&token{low: head}) && st.dfirst >= 0 && an.opensSentence(st.dfirst) {
		hasCap = false
	}
	if !hasCap {
		// "the businessman", "the official": the person last named with
		// that role, or an earlier descriptor with that head
		if p := an.roleBefore(low, st.tok); p >= 0 {
			return "p" + strconv.Itoa(p), an.people[p].name()
		}
		for i := len(known) - 1; i >= 0; i-- {
			if r := known[i]; strings.HasPrefix(r.key, "d:") && lastWord(r.key) == head {
				return r.key, r.who
			}
		}
		if len(f) == 1 && officialHeads[head] && an.definite(st) && st.dfirst > 0 && an.judgingStatement(st) {
			// "drew criticism from a senior European diplomat. ... the
			// diplomat said": the phrase that introduced the source
			if d := an.indefiniteBefore(head, st.dfirst); d != "" {
				return "d:" + strings.ToLower(d), d
			}
		}
		if len(f) >= 2 && officialHeads[head] && !an.definite(st) && st.verb && an.judgingStatement(st) {
			// "a senior administration official disputed", "a committee
			// spokesman accused": an unnamed source the phrase itself
			// describes, when its own response verb takes a stance
			return "d:" + phrase, strings.Join(f, " ")
		}
		return "", ""
	}
	// join an earlier descriptor with the same head: "Justice official"
	// and "Justice Department official", "DOJ official"
	for i := len(known) - 1; i >= 0; i-- {
		r := known[i]
		k := r.key
		if !strings.HasPrefix(k, "d:") {
			continue
		}
		kw := strings.Fields(k[2:])
		if kw[len(kw)-1] != head {
			continue
		}
		if subsetWords(low, kw) || subsetWords(kw, low) || acronymOf(f, strings.Fields(r.who)) || acronymOf(strings.Fields(r.who), f) {
			return k, r.who
		}
	}
	// "the former Florida governor": a role of a person named before
	if _, role := titleWords[head]; role {
		if p := an.roleBefore(low, st.tok); p >= 0 {
			return "p" + strconv.Itoa(p), an.people[p].name()
		}
	}
	// "the Kentucky senator", "the New York Democrat": a definite epithet
	// for the person named just before
	if an.definite(st) && len(f) >= 2 && epithetHeads[head] && !strings.ContainsAny(st.desc, "'’") {
		if p := an.subjectBefore(st.tok, an.toks[st.tok].sent-2); p >= 0 {
			if role := strings.ToLower(an.people[p].role); role == "" || role == head || strings.HasSuffix(role, " "+head) || partyEpithets[head] {
				return "p" + strconv.Itoa(p), an.people[p].name()
			}
		}
	}
	// "PTC" after "Parents Television Council"
	if len(f) == 1 && len(f[0]) > 1 && strings.ToUpper(f[0]) == f[0] {
		for _, r := range known {
			if strings.HasPrefix(r.key, "d:") && initials(strings.Fields(r.who)) == f[0] {
				return r.key, r.who
			}
		}
	}
	return "d:" + phrase, strings.Join(f, " ")
}

// quantifiers open a descriptor that is no name ("Each man", "Every
// official"): the phrase is read as its lower-case noun.
var quantifiers = set("each", "every", "either", "neither")

// groupQuantifiers open a phrase for several sources, or for none.
var groupQuantifiers = set("both", "all", "many", "some", "several", "most", "few", "numerous", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "no", "none",
	"multiple", "more", "countless", "half")

// numberWord reports a spelled number or fraction ("Seventy",
// "Twenty-three", "Two-thirds").
func numberWord(w string) bool {
	l := strings.ToLower(w)
	if i := strings.IndexAny(l, "-‐"); i > 0 {
		l = l[:i]
	}
	return groupQuantifiers[l] && l != "no" && l != "more" || tensWords[l]
}

var tensWords = set("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	"nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

// leadConjunctions open a clause before its subject.
var leadConjunctions = set("yet", "but", "and", "so", "even")

// descVerbs are verbs that no source's descriptor holds.
var descVerbs = set("has", "have", "had", "would", "will", "did", "does", "could", "should", "might", "may",
	"must", "can", "not", "never", "was", "is", "were", "are", "been", "be", "being")

// shouting reports a sentence written in capitals ("GOWDY WANTS COMEY TO
// TESTIFY AGAIN"): a headline or page furniture, not a statement.
func (an *analysis) shouting(si int) bool {
	s := an.sents[si]
	n := 0
	for i := s.first; i < s.end; i++ {
		t := &an.toks[i]
		if t.kind != tkWord {
			continue
		}
		if t.upper {
			n++
		} else if len([]rune(t.low)) > 1 {
			return false
		}
	}
	return n >= 3
}

// epithetHeads end an epithet for a politician ("the Ohio Republican").
var epithetHeads = set("senator", "congressman", "congresswoman", "lawmaker", "governor", "democrat",
	"republican", "representative", "mayor", "nominee", "businessman", "billionaire", "front-runner", "frontrunner")

// partyEpithets name a person by party or standing, not by office, so
// they fit any role ("the GOP nominee", "the New York businessman").
var partyEpithets = set("democrat", "republican", "nominee", "businessman", "billionaire", "front-runner", "frontrunner")

// definite reports a descriptor source written with "the" ("the
// Kentucky senator said").
func (an *analysis) definite(st statement) bool {
	if f := strings.Fields(st.desc); len(f) > 0 && strings.EqualFold(f[0], "the") {
		return true
	}
	k := st.dfirst
	if k > 0 && k < len(an.toks) && an.toks[k].low != "the" {
		k--
	}
	return k >= 0 && k < len(an.toks) && an.toks[k].low == "the"
}

// subjectBefore is the person the nearest earlier sentence with a name
// outside quotes names first (its subject, as a rule), looking back to
// sentence minSent; -1 for none, or when the epithet's own sentence
// names someone before it.
func (an *analysis) subjectBefore(at, minSent int) int {
	sent := an.toks[at].sent
	best, bestSent := -1, -1
	for _, m := range an.mentions {
		if m.first >= at {
			break
		}
		ms := an.toks[m.first].sent
		if an.toks[m.first].quote >= 0 || ms < minSent {
			continue
		}
		if ms == sent {
			return -1
		}
		if ms != bestSent {
			best, bestSent = m.person, ms
		}
	}
	return best
}

// roleBefore finds the person last named before token at whose role ends
// in the descriptor's head ("the attorney general", "the businessman").
func (an *analysis) roleBefore(low []string, at int) int {
	phrase := strings.Join(low, " ")
	head := low[len(low)-1]
	best := -1
	for _, m := range an.mentions {
		if m.tfirst >= at {
			break
		}
		role := strings.ToLower(an.people[m.person].role)
		if role == "" {
			continue
		}
		if role == phrase || strings.HasSuffix(role, " "+head) || role == head {
			best = m.person
		}
	}
	return best
}

// initials are the first letters of the capitalised words.
func initials(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// acronymOf reports a descriptor whose capitalised modifier is an
// acronym of the other's capitalised words ("DOJ official", "Justice
// Department official"): every initial of b appears in a's acronym.
func acronymOf(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	acr := a[0]
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return false
	}
	in := initials(b[:len(b)-1])
	if in == "" {
		return false
	}
	for _, r := range in {
		if !strings.ContainsRune(acr, r) {
			return false
		}
	}
	return true
}

func subsetWords(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// timeSubordinators open a clause with its own time ("before accepting
// his resignation last month"): a time word there dates that act, not the
// statement.
var timeSubordinators = set("before", "after", "since", "while", "when")

// pluperfect reports a statement verb in the past perfect ("Comey had
// written a memo", "she had warned them", "had earlier denied"): the act
// came before the news the article tells.
func (an *analysis) pluperfect(v int) bool {
	if v <= 0 || v >= len(an.toks) || an.toks[v].quote >= 0 {
		return false
	}
	first := an.sents[an.toks[v].sent].first
	k := v - 1
	if k > first && strings.HasSuffix(an.toks[k].low, "ly") || k > first && timeAdverbs[an.toks[k].low] {
		k--
	}
	return k >= first && (an.toks[k].low == "had")
}

// perfectSaid reports "has said" / "have said" in the narration ("Trump
// has said Congress will return to repeal", "Clapper has said he has
// seen no evidence"): a position stated before the news, as a response
// verb in the present perfect ("has called for his resignation") is
// not.
func (an *analysis) perfectSaid(v int) bool {
	if v <= 0 || v >= len(an.toks) || an.toks[v].quote >= 0 || an.toks[v].low != "said" {
		return false
	}
	first := an.sents[an.toks[v].sent].first
	k := v - 1
	if k > first && strings.HasSuffix(an.toks[k].low, "ly") || k > first && timeAdverbs[an.toks[k].low] {
		k--
	}
	return k >= first && (an.toks[k].low == "has" || an.toks[k].low == "have")
}

// timeAdverbs may stand between an auxiliary and its verb ("had earlier
// said", "had also denied").
var timeAdverbs = set("also", "already", "earlier", "once", "long", "since", "previously", "just", "even", "not", "never")

// descAppositive returns the person named right after a descriptor phrase
// that opens at toks[first] and a comma ("A top Republican, Sen. Charles
// E. Grassley of Iowa, backed ..."), or -1.
func (an *analysis) descAppositive(first int) int {
	if first < 0 || first >= len(an.toks) {
		return -1
	}
	end := an.sents[an.toks[first].sent].end
	for k := first; k < end && k <= first+7; k++ {
		t := &an.toks[k]
		if an.midx[k] >= 0 {
			return -1 // a name inside the phrase: the source layer's business
		}
		if t.low != "," {
			if t.kind != tkWord && t.kind != tkNum && t.low != "." {
				return -1
			}
			continue
		}
		j := k + 1
		for n := 0; n < 3 && j < end && an.midx[j] < 0 && (titleTok(&an.toks[j]) || roleModifiers[an.toks[j].low] || an.toks[j].low == "state"); n++ {
			// "another Democrat, state Rep. Ellen Story, said": the
			// name's own title first
			j++
		}
		if j < end && an.midx[j] >= 0 {
			if pi := an.mentions[an.midx[j]].person; pi >= 0 && j+1 < end {
				m := an.mentions[an.midx[j]]
				if m.end < end && (an.toks[m.end].low == "," || an.toks[m.end].low == "of") {
					return pi
				}
			}
		}
		return -1
	}
	return -1
}

// titlePassiveTarget reports title words after a name that put it under a
// passive verb with its agent: a participle in -ed within four words
// ("impeached", "vulgar comments condemned") and "by" within three words
// after it, with no verb of saying or response between.
func titlePassiveTarget(after []string) bool {
	for j := 0; j < len(after) && j < 4; j++ {
		w := after[j]
		if w == "says" || w == "said" || w == "say" || reactVerbs[w] != "" && !strings.HasSuffix(w, "ed") {
			return false
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			for k := j + 1; k < len(after) && k <= j+3; k++ {
				if after[k] == "by" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// titleAttackTarget reports a title person who is the object of a verb
// of attack ("Trump slams Sen. Chuck Schumer", "Bernie slams Hillary's
// Wall Street ties") or of a noun of attack ("new attack on Sessions"):
// before the name, at most two other words (a title, an epithet) after
// the verb, or "on"/"at"/"against" after the noun. Only a verb of
// attack: the object of a denial ("Fisk corrects Mayor Grant") said the
// words denied before the news. The caller skips a name inside a
// hyphened compound ("attacks Fisk-Grant 'feud'").
func titleAttackTarget(before []string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := before[k]
		if reactVerbs[w] == "criticizes" {
			return !strings.HasSuffix(w, "ed") || k == 0 || !titleHave[before[k-1]]
		}
		if (w == "on" || w == "at" || w == "against") && k > 0 && attackNouns[before[k-1]] {
			return true
		}
		if w == "and" || w == "by" || w == "with" || w == "to" || w == "for" || reactVerbs[w] != "" || titleUrges[w] {
			return false
		}
	}
	return false
}

// attackNouns before "on"/"at" name an attack on the one after ("new
// attack on Sessions", "takes a swipe at Pelosi").
var attackNouns = set("attack", "attacks", "swipe", "swipes", "jab", "jabs", "broadside", "assault", "salvo")

// titleHave before a past participle make it a perfect or passive, not a
// headline's act ("has slammed", "was attacked").
var titleHave = set("has", "have", "had", "was", "were", "is", "are", "been", "be", "being", "get", "gets", "got")

// titleName reports a title word that is part of the name of a person
// other than pi.
func (an *analysis) titleName(w string, pi int) bool {
	if len(w) < 3 {
		return false
	}
	for qi, q := range an.people {
		if qi != pi && q.mentions > 0 && slices.Contains(q.lows, w) {
			return true
		}
	}
	return false
}

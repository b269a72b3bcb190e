package extract

import (
	"slices"
	"strings"
)

// statements gathers what each source said or did: attributed quotes,
// speech cues without a quote and response verbs with their subjects.
func (an *analysis) statements() []statement {
	var out []statement
	seen := map[[2]int]int{} // (person or -1-descriptor hash, sentence) -> index in out
	usedCue := make([]bool, len(an.cues))
	add := func(s statement) {
		if s.person < 0 && s.desc == "" {
			return
		}
		k := [2]int{s.person, s.sent}
		if s.person < 0 {
			k[0] = -2 - int(hashString(strings.ToLower(s.desc))%1_000_000)
		}
		if j, ok := seen[k]; ok {
			o := &out[j]
			o.ev = append(o.ev, s.ev...)
			o.ask = o.ask && s.ask
			o.verb = o.verb || s.verb
			o.words = max(o.words, s.words)
			o.reported = max(o.reported, s.reported)
			o.whole = o.whole || s.whole
			return
		}
		seen[k] = len(out)
		out = append(out, s)
	}
	// attributed quotes; a quote that continues a speaker keeps the
	// sentence of the cue that introduced them, for the time frame
	lastCue := map[string]int{}
	for qi := range an.quotes {
		a := an.attrib[qi]
		var group []int
		if !a.drop && a.cue >= 0 && (a.speaker == "" || a.person < 0) {
			group = an.letterGroup(an.cues[a.cue])
		}
		if a.speaker == "" && len(group) > 0 {
			// "..., they wrote in the letter": the letter's named senders
			a.person, a.speaker = group[0], an.people[group[0]].name()
		}
		if a.drop || a.speaker == "" {
			continue
		}
		ot := an.openTok(qi)
		if ot < 0 {
			continue
		}
		if a.person >= 0 && an.namedObject(ot, a.person) {
			// "Trump attacked James Comey as a “slime ball”": the words are
			// about Comey, not his
			continue
		}
		q := an.quotes[qi]
		s := statement{person: a.person, sent: an.toks[ot].sent, tok: ot, dfirst: -1, ctx: -1,
			words: fieldCount(an.text[q.start:q.end])}
		if a.person < 0 {
			s.desc = a.speaker
		}
		from := -1
		if a.cue >= 0 {
			usedCue[a.cue] = true
			c := an.cues[a.cue]
			s.sent, s.tok = an.toks[c.tok].sent, c.tok
			s.ask = c.lemma == "ask"
			s.whole = !s.ask && !strings.HasPrefix(an.toks[c.tok].low, "read") && wholeSentence(an.text[q.start:q.end])
			s.verb = !plainVerbs[an.toks[c.tok].low] && reactVerbs[an.toks[c.tok].low] != ""
			s.dfirst = c.src.first
			from = c.src.first
			if c.inverted || c.src.empty() {
				from = -1
			}
			lastCue[a.speaker] = s.sent
			if !c.inverted && ot > c.tok {
				// "said that “under no circumstances” will she support
				// him": a partial quote inside reported speech
				s.partial = an.reportedWords(c)
			}
		} else if cs, ok := lastCue[a.speaker]; ok {
			s.ctx = cs
		}
		s.ev = append(s.ev, an.clause(s.sent, from), an.quoteRange(qi, ot))
		add(s)
		if a.cue >= 0 {
			for _, q := range append(an.jointSources(an.cues[a.cue]), group...) {
				if q != s.person {
					j := s
					j.person, j.desc = q, ""
					j.ev = append([][2]int(nil), s.ev...)
					add(j)
				}
			}
		}
	}
	// speech cues that attribute no quote: reported speech
	for ci, c := range an.cues {
		if usedCue[ci] || c.lemma == "according" || an.ifClause(c.tok) || an.modalCue(c.tok) || an.passiveCue(c.tok) {
			continue
		}
		p, who := an.resolve(c, -1)
		if who == "" {
			continue
		}
		s := statement{person: p, sent: an.toks[c.tok].sent, tok: c.tok, ask: c.lemma == "ask", dfirst: c.src.first, ctx: -1}
		if _, ok := reactVerbs[an.toks[c.tok].low]; ok && !plainVerbs[an.toks[c.tok].low] {
			s.verb = true
		}
		if p < 0 {
			s.desc = who
		}
		from := c.src.first
		if c.inverted {
			from = -1
		}
		s.ev = append(s.ev, an.clause(s.sent, from))
		s.reported = an.reportedWords(c)
		add(s)
		for _, q := range an.jointSources(c) {
			if q != s.person {
				j := s
				j.person, j.desc = q, ""
				j.ev = append([][2]int(nil), s.ev...)
				add(j)
			}
		}
	}
	// response verbs and their subjects
	isCue := make([]bool, len(an.toks))
	for _, c := range an.cues {
		isCue[c.tok] = true
	}
	for i := range an.toks {
		t := &an.toks[i]
		if t.kind != tkWord || t.quote >= 0 || isCue[i] {
			continue
		}
		send := an.letterSend(i)
		if send < 0 {
			send = an.letterResponse(i)
		}
		if send >= 0 {
			// "Collins and Lieberman sent Edwards a letter ... asking for
			// information": the senders, the subject of the verb of sending
			if !an.ifClause(i) {
				for _, s := range an.verbSubjects(send) {
					if s.person >= 0 && an.mentionedBetween(s.person, send, i) {
						continue // "He sent Pence a letter": the addressee, not the sender
					}
					add(s)
				}
			}
			continue
		}
		if _, ok := reactVerbs[t.low]; !ok {
			continue
		}
		if phraseVerbs[t.low] && !(i+1 < len(an.toks) && hasPhrase(t.low, an.toks[i+1].low)) {
			continue
		}
		if (t.low == "called" || t.low == "calls" || t.low == "call") && !(i+1 < len(an.toks) && (an.toks[i+1].low == "for" || an.toks[i+1].low == "on")) && !an.calledVerdict(i) {
			continue
		}
		if strings.HasSuffix(t.low, "ing") && i > 0 && gerundPreps[an.toks[i-1].low] {
			// "would feel less constrained about criticizing the
			// president", "refrained from attacking", "accused of
			// defending": a gerund a preposition governs tells of an act
			// talked about, not done
			continue
		}
		if an.passiveAt(i) || an.nounAt(i) || an.deniedThing(i) || an.ifClause(i) || an.objectRelative(i) || an.subjectRelative(i) || an.subordinateWish(i) || an.mediaGerund(i) {
			continue
		}
		for _, s := range an.verbSubjects(i) {
			add(s)
		}
	}
	return out
}

// letterGroup is the people named together as the subject of a
// sentence up to three before cue c when c's source is a plural ("they",
// "the chairmen", "the senators") and its sentence tells of a letter
// ("Reps. Adam Schiff, Elijah Cummings and Eliot Engel released ... //
// "...," the chairmen wrote Thursday in a letter"): the letter's
// senders. Nil otherwise.
func (an *analysis) letterGroup(c cue) []int {
	if c.inverted && c.src.empty() || c.src.person >= 0 {
		return nil
	}
	if c.src.pronoun != "they" && (c.src.desc == "" || !pluralGroup(c.src.desc)) {
		return nil
	}
	si := an.toks[c.tok].sent
	letter := false
	for k := an.sents[si].first; k < an.sents[si].end; k++ {
		if t := &an.toks[k]; t.quote < 0 && (t.low == "letter" || t.low == "letters") {
			letter = true
			break
		}
	}
	if !letter {
		return nil
	}
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		if g := an.subjectGroup(p); len(g) >= 2 {
			return g
		}
	}
	return nil
}

// pluralGroup reports a descriptor for several people ("chairmen",
// "the senators", "Democratic lawmakers").
func pluralGroup(desc string) bool {
	f := strings.Fields(strings.ToLower(desc))
	if len(f) == 0 {
		return false
	}
	h := f[len(f)-1]
	return strings.HasSuffix(h, "men") || strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && h != "news"
}

// subjectGroup is the people named in a list joined by "and" that opens
// sentence si ("Reps. Adam Schiff, Elijah Cummings and Eliot Engel
// released", "Sens. Rand Paul, R-Ky., Mike Lee, R-Utah, and Ted Cruz"),
// or nil.
func (an *analysis) subjectGroup(si int) []int {
	s := an.sents[si]
	if s.end <= s.first || an.toks[s.end-1].low != "." {
		return nil // a subhead ("Barrack and Kushner discuss fate of ..."), no sentence
	}
	var out []int
	hasAnd := false
	for k := s.first; k < s.end; k++ {
		t := &an.toks[k]
		if mi := an.midx[k]; mi >= 0 {
			m := an.mentions[mi]
			if m.person >= 0 && !slices.Contains(out, m.person) {
				out = append(out, m.person)
			}
			k = max(k, m.end-1)
			continue
		}
		if t.quote >= 0 || t.kind == tkQuote {
			return nil
		}
		if t.low == "and" {
			hasAnd = true
			continue
		}
		if t.low == "," || t.low == "-" || t.kind == tkWord && (t.cap || titleTok(t)) {
			continue
		}
		break
	}
	if !hasAnd {
		return nil
	}
	return out
}

// hashString is FNV-1a, to key descriptor sources.
func hashString(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// clause is the evidence range of a statement in sentence si: from the
// source phrase on when it opens the clause, else the whole sentence.
func (an *analysis) clause(si, from int) [2]int {
	s := an.sents[si]
	if from > s.first && from < s.end {
		for k := s.first; k < from; k++ {
			if an.toks[k].kind == tkQuote {
				return [2]int{s.first, s.end}
			}
		}
		return [2]int{from, s.end}
	}
	return [2]int{s.first, s.end}
}

// quoteRange is the token range of quote qi's words.
func (an *analysis) quoteRange(qi, ot int) [2]int {
	e := ot + 1
	for e < len(an.toks) && an.toks[e].quote == qi {
		e++
	}
	return [2]int{ot + 1, e}
}

// passiveAt reports "was criticized", "has been praised": the subject is
// the target, not the reactor.
func (an *analysis) passiveAt(i int) bool {
	s := an.sents[an.toks[i].sent]
	for k, n := i-1, 0; k >= s.first && n < 3; k, n = k-1, n+1 {
		switch an.toks[k].low {
		case "was", "were", "been", "be", "is", "are", "being", "get", "got":
			return strings.HasSuffix(an.toks[i].low, "ed")
		}
		if !auxWords[an.toks[k].low] {
			return false
		}
	}
	return false
}

// ifClause reports a verb inside an opening if-clause ("If he starts
// saying things that aren't true, he'll decay"): nothing was said.
func (an *analysis) ifClause(i int) bool {
	s := an.sents[an.toks[i].sent]
	k := s.first
	for k < i && an.toks[k].kind != tkWord {
		k++
	}
	if k >= i || an.toks[k].quote >= 0 || an.toks[k].low != "if" && an.toks[k].low != "unless" {
		// "Johnson said he would be criticized if he publicly spoke
		// out": a conditional clause after the main one, its subject
		// and adverbs only between "if" and the verb
		for j := i - 1; j > s.first && j >= i-5; j-- {
			t := &an.toks[j]
			if t.quote >= 0 || t.kind != tkWord {
				return false
			}
			if t.low == "if" || t.low == "unless" {
				return j+1 < i && (pronouns[an.toks[j+1].low] != "" || an.midx[j+1] >= 0)
			}
		}
		return false
	}
	for j := i + 1; j < s.end; j++ {
		if an.toks[j].low == "," && an.toks[j].quote < 0 {
			return true
		}
	}
	return false
}

// deniedThing reports "deny" with a thing withheld as its object ("was
// arrested and denied bail", "denied them entry"): no allegation rejected.
func (an *analysis) deniedThing(i int) bool {
	switch an.toks[i].low {
	case "denied", "denies", "deny", "denying":
	default:
		return false
	}
	end := an.sents[an.toks[i].sent].end
	for k, n := i+1, 0; k < end && n < 3; k, n = k+1, n+1 {
		l := an.toks[k].low
		if withheldNouns[l] {
			return true
		}
		switch l {
		case "him", "her", "them", "us", "me", "a", "an", "the", "any", "his", "their":
			continue
		}
		return false
	}
	return false
}

// withheldNouns are things one is denied rather than claims one denies.
var withheldNouns = set("bail", "parole", "entry", "access", "admission", "permission", "visa", "visas",
	"tenure", "benefits", "coverage", "treatment", "service", "passage", "asylum", "clemency", "custody",
	"boarding", "credit", "loans", "funding", "citizenship", "residency", "membership")

// verbSubjects reads who did the response verb at toks[v]: the subject,
// people coordinated with it ("Durbin and Whitehouse trashed"), or, for
// a group subject, the people it lists ("Democrats, including X and Y").
func (an *analysis) verbSubjects(v int) []statement {
	toks := an.toks
	si := toks[v].sent
	s := an.sents[si]
	src := an.sourceBefore(v, s.first, an.midx)
	if src.empty() {
		src = an.roleSubject(v, s.first)
	}
	var out []statement
	verb := !plainVerbs[toks[v].low]
	mk := func(p int, desc string, from int) statement {
		return statement{person: p, desc: desc, sent: si, tok: v, ev: [][2]int{an.clause(si, from)},
			dfirst: from, verb: verb, ctx: -1}
	}
	group := src.empty() || src.person < 0 && src.pronoun == "" && pluralHead(src.desc)
	if !group && an.prepObject(src.first, s.first) {
		// "on the first day of the new Congress defending the law": the
		// phrase is a preposition's object, not the verb's subject
		return nil
	}
	if !group && src.person >= 0 && an.followerAfter(src.end, v) {
		// "Clinton supporters rejected the language": her backers, not her
		return nil
	}
	if !group {
		p, who := an.resolve(cue{tok: v, src: src}, -1)
		if who == "" {
			return nil
		}
		desc := ""
		if p < 0 {
			desc = who
		}
		out = append(out, mk(p, desc, src.first))
		if p >= 0 {
			for _, q := range an.coordinated(src.first, src.end, s.first) {
				out = append(out, mk(q, "", s.first))
			}
		}
		return out
	}
	// "Leading Democrats, including Pelosi and Warren, called for"
	for k := s.first; k < s.end; k++ {
		if toks[k].low != "including" || toks[k].quote >= 0 {
			continue
		}
		if k > v && an.listsObject(k) {
			// "rejecting calls from leading conservatives, including
			// Sens. Marco Rubio": the list names the object's people
			continue
		}
		for j := k + 1; j < s.end && j < k+25; j++ {
			if mi := an.midx[j]; mi >= 0 {
				m := an.mentions[mi]
				out = append(out, mk(m.person, "", s.first))
				j = m.end - 1
				continue
			}
			t := &toks[j]
			if t.low == "and" || t.low == "," || t.cap || titleTok(t) {
				continue
			}
			break
		}
	}
	return out
}

// listsObject reports an "including" after the verb whose list hangs on
// a plural common noun right before it ("calls from leading
// conservatives, including", "attacks on law enforcement institutions,
// including"), not on the subject ("have endorsed Clinton, including
// Cuomo", "expressed concern or remained noncommittal, including").
func (an *analysis) listsObject(k int) bool {
	j := k - 1
	if j > 0 && an.toks[j].low == "," {
		j--
	}
	t := &an.toks[j]
	return t.kind == tkWord && !t.cap && t.quote < 0 && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "ous")
}

func titleTok(t *token) bool {
	_, ok := titleWords[strings.TrimSuffix(t.low, ".")]
	return ok
}

// pluralHead reports a descriptor for a group ("Democratic lawmakers").
func pluralHead(desc string) bool {
	f := strings.Fields(strings.ToLower(desc))
	if len(f) == 0 {
		return true
	}
	h := f[len(f)-1]
	return strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && sourceNouns[h] && h != "news"
}

// prepObject reports a source phrase at first that a preposition
// governs ("of the new Congress"), past an article.
func (an *analysis) prepObject(first, sfirst int) bool {
	k := first - 1
	if k >= sfirst && (an.toks[k].low == "the" || an.toks[k].low == "a" || an.toks[k].low == "an") {
		k--
	}
	if k >= sfirst && !objPreps[an.toks[k].low] {
		// "a letter to Water Board chief Dan Ruiz demanding": past the
		// role words before the name
		j := k
		for n := 0; n < 7 && j > sfirst && (an.roleWordTok(j) || an.toks[j].low == "and" && an.toks[j-1].cap && an.toks[j+1].cap); n++ {
			// "Health and Human Services Secretary": "and" inside a name
			j--
		}
		if j < k && an.toks[j].low == "to" {
			k = j
		}
	}
	if k < sfirst || !objPreps[an.toks[k].low] {
		return false
	}
	if an.toks[k].low == "to" {
		// "leaders from Paul Ryan to Newt Gingrich welcomed it": the end
		// of a range, which is the subject
		for j := k - 1; j >= sfirst && j >= k-8; j-- {
			if an.toks[j].low == "from" {
				return false
			}
		}
	}
	return true
}

// roleWordTok reports a word of a role or title before a name ("Water
// Board chief", "Secretary of State").
func (an *analysis) roleWordTok(j int) bool {
	t := &an.toks[j]
	if t.kind != tkWord || t.quote >= 0 {
		return false
	}
	return t.cap || titleTok(t) || rolePremodifiers[t.low] || postRoles[t.low] || workplaceRoles[t.low] || t.low == "of"
}

// objPreps govern a noun phrase that is then no subject ("a letter to
// Secretary Rex Tillerson demanding ...": the writers demand).
var objPreps = set("of", "in", "at", "on", "for", "from", "with", "about", "into", "over", "under", "to",
	"during", "among", "toward", "towards", "against")

// coordinated lists the people named just before the subject at first,
// joined by "and" or commas ("Sens. Dick Durbin (Ill.) and Sheldon
// Whitehouse (R.I.)", "Ryan, Hatch, Thune and others"); an "and" must
// join the list, before the subject or right after it (end).
func (an *analysis) coordinated(first, end, sfirst int) []int {
	var out []int
	toks := an.toks
	k := first - 1
	hasAnd := false
	for n := 0; n < 4 && k > sfirst; n++ {
		if toks[k].low != "and" && toks[k].low != "," {
			break
		}
		sepAnd := toks[k].low == "and"
		k--
		if k > sfirst && toks[k].low == "," && toks[k+1].low == "and" {
			k--
		}
		if k > sfirst && toks[k].low == ")" {
			for k > sfirst && toks[k].low != "(" {
				k--
			}
			k--
		}
		if k < sfirst {
			break
		}
		mi := an.midx[k]
		if mi < 0 || an.mentions[mi].end != k+1 {
			break
		}
		m := an.mentions[mi]
		out = append(out, m.person)
		hasAnd = hasAnd || sepAnd // an "and" that joins a name, not "senators and Pence, McConnell"
		k = m.tfirst - 1
	}
	// the list may go on after the subject: "Ryan, Hatch, Thune and
	// others expressed hostility"
	for k := end; k < len(toks) && toks[k].sent == toks[first].sent; {
		if mi := an.midx[k]; mi >= 0 && an.mentions[mi].first == k {
			if m := an.mentions[mi]; m.person >= 0 {
				out = append(out, m.person)
			}
			k = an.mentions[mi].end
			continue
		}
		if toks[k].low == "and" {
			hasAnd = true
			break
		}
		if toks[k].low != "," && !an.roleWordTok(k) && !jointRoleAdjectives[toks[k].low] {
			break
		}
		k++
	}
	if !hasAnd {
		// "a closed meeting of senators and Vice President Mike Pence,
		// Senate Majority Leader Mitch McConnell refused": a comma alone
		// ends a phrase before the subject, it joins no list
		return nil
	}
	return out
}

// roleSubject maps "the attorney general" before a verb to the person the
// article gives that role.
func (an *analysis) roleSubject(v, first int) source {
	toks := an.toks
	k := v - 1
	for k >= first && auxWords[toks[k].low] {
		k--
	}
	j := k
	for j >= first && j > k-4 && toks[j].kind == tkWord && toks[j].low != "the" {
		j--
	}
	if j < first || toks[j].low != "the" || j == k {
		return source{person: -1}
	}
	var words []string
	for x := j + 1; x <= k; x++ {
		words = append(words, toks[x].low)
	}
	phrase := strings.Join(words, " ")
	found := -1
	for pi, p := range an.people {
		if p.mentions > 0 && strings.ToLower(p.role) == phrase {
			if found >= 0 {
				return source{person: -1}
			}
			found = pi
		}
	}
	if found < 0 {
		return source{person: -1}
	}
	return source{person: found, first: j, end: k + 1}
}

// plainVerbs report speech without showing a response.
var plainVerbs = set("said", "says", "told", "tells", "wrote", "writes", "added", "adds", "stated", "noted", "notes")

// phraseVerbs count only as the head of a response phrase ("pushed back").
var phraseVerbs = set("refused", "refuses", "pushed", "pushes", "pushing", "fired", "fires", "hit", "hits",
	"lashed", "went", "took", "stood", "stands", "spoke")

func hasPhrase(a, b string) bool {
	_, ok := reactPhrases[[2]string{a, b}]
	return ok
}

// reportedWords counts the words a cue reports without quoting: after
// the verb ("said that ..."), or before it when inverted ("..., said X").
func (an *analysis) reportedWords(c cue) int {
	s := an.sents[an.toks[c.tok].sent]
	a, b := c.tok+1, s.end
	if c.inverted {
		a, b = s.first, c.tok
	}
	n := 0
	for k := a; k < b; k++ {
		if an.toks[k].kind == tkWord && (c.inverted || k < c.src.first || k >= c.src.end) {
			n++
		}
	}
	return n
}

// nounAt reports a response word used as a noun: after a determiner or a
// possessive, with at most two capitalised modifiers between ("the
// Benghazi attacks", "his backs", "Trump's attacks").
func (an *analysis) nounAt(i int) bool {
	toks := an.toks
	first := an.sents[toks[i].sent].first
	k := i - 1
	for n := 0; n < 2 && k > first && toks[k].cap && toks[k].kind == tkWord && !toks[k].poss; n++ {
		k--
	}
	if k < first {
		return false
	}
	return nounDeterminers[toks[k].low] || toks[k].poss && toks[k].kind == tkWord
}

// followerAfter reports a group noun between a named subject and its verb
// ("Clinton supporters rejected", "Trump allies slammed"): the name only
// says whose group it is.
func (an *analysis) followerAfter(end, v int) bool {
	for k := end; k < v && k <= end+1; k++ {
		if followerNouns[an.toks[k].low] {
			return true
		}
	}
	return false
}

// followerNouns are groups named after the person they follow.
var followerNouns = set("supporters", "allies", "backers", "aides", "critics", "opponents", "loyalists",
	"advisers", "advisors", "fans", "voters", "donors", "detractors", "defenders", "rivals", "foes")

// objectRelative reports a praise or criticism verb in a clause whose
// object is a noun before it ("candidates who he supports", "Moore, whom
// Steve Bannon endorsed", "asked Denham if he supports the bill", "asked
// which candidate he supported"): it describes a preference, it is no
// response. Denials stay ("allegations that he has denied" is his
// answer to them).
func (an *analysis) objectRelative(v int) bool {
	toks := an.toks
	st := reactVerbs[toks[v].low]
	if st != "supports" && st != "criticizes" {
		return false
	}
	first := an.sents[toks[v].sent].first
	k := v - 1
	for k >= first && (auxWords[toks[k].low] || strings.HasSuffix(toks[k].low, "ly")) {
		k--
	}
	// the subject: a pronoun or a name of up to five words
	if k >= first && pronouns[toks[k].low] != "" && toks[k].low != "it" {
		k--
	} else {
		n := 0
		for k >= first && n < 5 && toks[k].cap && toks[k].kind == tkWord {
			k--
			n++
		}
		for k >= first && n > 0 && n < 8 && toks[k].kind == tkWord && !toks[k].cap && (titleTok(&toks[k]) || roleModifiers[toks[k].low]) {
			k--
			n++
		}
		if n == 0 {
			return false
		}
	}
	if k < first {
		return false
	}
	switch toks[k].low {
	case "whom", "which":
		return true
	case "who", "that":
		// "candidates who he supports"; not "said that he supports"
		return k > first && toks[k-1].kind == tkWord && !isCueWord(toks[k-1].low) && !timeNouns[toks[k-1].low]
	case "if", "whether":
		for j := k - 1; j >= first && j >= k-4; j-- {
			if toks[j].low == "asked" || toks[j].low == "ask" || toks[j].low == "asks" {
				return true
			}
		}
	}
	return false
}

// subjectRelative reports a verb of allegiance or wish in a relative
// clause about the noun before "who" ("Rep. Ann Hale of Ohio, who
// supports the boycott", "a party member from Iowa who supports Gov.
// Tom Dale", "Senator Hale, who wanted to add no new debt, sat down"):
// it describes where that person stands, no response to the news. Not
// "asked who supported the bill" (a question's "who").
func (an *analysis) subjectRelative(v int) bool {
	toks := an.toks
	if !allegianceVerbs[toks[v].low] {
		return false
	}
	first := an.sents[toks[v].sent].first
	k := v - 1
	for k > first && (auxWords[toks[k].low] || strings.HasSuffix(toks[k].low, "ly")) {
		k--
	}
	if k <= first || toks[k].low != "who" {
		return false
	}
	p := &toks[k-1]
	return p.low == "," || p.kind == tkWord && p.quote < 0 && !isCueWord(p.low) && !whWordsAsk[p.low]
}

// subordinateWish reports "want(s/ed)" in a clause of time, reason or
// object ("when he wanted to buy cocoa", "what he wanted", "because she
// wants to run"): it tells of an aim, no response to the news.
func (an *analysis) subordinateWish(v int) bool {
	toks := an.toks
	if l := toks[v].low; l != "wants" && l != "wanted" && l != "want" {
		return false
	}
	first := an.sents[toks[v].sent].first
	for k := v - 1; k >= first && k >= v-4; k-- {
		t := &toks[k]
		if t.kind != tkWord || t.quote >= 0 {
			return false
		}
		if wishSubordinators[t.low] {
			return true
		}
	}
	return false
}

var wishSubordinators = set("when", "whenever", "what", "whatever", "because", "since", "until", "where", "as", "while", "than")

// modalCue reports a speech verb after a modal of possibility ("a
// sitting Congressman would assert that", "critics could argue", "he
// might say"): words imagined, not said.
func (an *analysis) modalCue(v int) bool {
	if v < 1 || v >= len(an.toks) {
		return false
	}
	p := &an.toks[v-1]
	return !p.cap && (p.low == "would" || p.low == "could" || p.low == "might" || p.low == "may")
}

// passiveCue reports a cue verb in the passive that makes its subject the
// one told ("a Trump campaign adviser was told that the Russians had
// ...", "Lewandowski was warned not to level any more threats", "was
// confirmed unanimously by the Senate"): the subject said nothing.
func (an *analysis) passiveCue(v int) bool {
	if v < 1 || v >= len(an.toks) || !passiveCues[an.toks[v].low] {
		return false
	}
	first := an.sents[an.toks[v].sent].first
	k := v - 1
	if k > first && (strings.HasSuffix(an.toks[k].low, "ly") || an.toks[k].low == "also" || an.toks[k].low == "later") {
		k--
	}
	switch an.toks[k].low {
	case "was", "were", "been", "be", "is", "are", "being", "get", "gets", "got":
	default:
		return false
	}
	end := an.sents[an.toks[v].sent].end
	for j := v + 1; j < end && j <= v+12; j++ {
		if an.toks[j].low == "by" {
			// "has been warned ... by House Speaker John A. Boehner",
			// "was confirmed by Danish national police": the agent
			// spoke; "confirmed by the Senate" is a vote
			a := j + 1
			if a < end && an.toks[a].low == "the" {
				a++
			}
			return a < end && an.toks[v].low == "confirmed" && legislatures[an.toks[a].low]
		}
	}
	return true
}

var legislatures = set("senate", "house", "congress", "parliament", "assembly", "legislature", "committee", "council", "chamber")

var passiveCues = set("told", "confirmed", "warned", "informed", "advised", "notified", "assured", "reminded", "said")

// allegianceVerbs state a standing preference in a relative clause.
var allegianceVerbs = set("supports", "supported", "backs", "backed", "endorses", "endorsed", "wants", "wanted")

// whWordsAsk take a "who" question as their object.
var whWordsAsk = set("asked", "ask", "asks", "asking", "know", "knows", "knew", "wondered", "wonder", "on", "about", "of", "matter")

// isCueWord is a verb of saying or thinking that takes a "that" clause.
func isCueWord(w string) bool {
	_, ok := reactVerbs[w]
	return ok || thatVerbs[w]
}

// timeNouns before "that" open a time clause ("the same day that Obama
// endorsed Clinton"), not a relative one.
var timeNouns = set("day", "days", "time", "times", "week", "weeks", "month", "months", "year", "years",
	"moment", "hour", "hours", "morning", "night", "evening", "afternoon", "now")

var thatVerbs = set("say", "says", "said", "saying", "think", "thinks", "thought", "believe", "believes",
	"believed", "insist", "insisting", "claim", "claims", "claimed", "announced", "announces", "confirmed",
	"clear", "hope", "hopes", "hoped", "know", "knows", "knew", "is", "was", "are", "were", "fact", "sure")

// namedObject reports person pi named, in the sentence of the quote that
// opens at ot and before it, as the object of a naming or attacking verb
// ("attacked James Comey as a", "called Ernst", "labeled Sen. Warren"):
// the quote is what was said of them.
func (an *analysis) namedObject(ot, pi int) bool {
	toks := an.toks
	first := an.sents[toks[ot].sent].first
	for k := max(first, ot-12); k < ot; k++ {
		mi := an.midx[k]
		if mi < 0 || an.mentions[mi].person != pi {
			continue
		}
		m := an.mentions[mi]
		j := m.tfirst - 1
		for j >= first && toks[j].kind == tkWord && titleTok(&toks[j]) {
			j--
		}
		if j < first || !namingVerbs[toks[j].low] {
			return false
		}
		// only "as", "a", "an", "the" or nothing between the name and the quote
		for x := m.end; x < ot; x++ {
			if w := toks[x].low; w != "as" && w != "a" && w != "an" && w != "the" && w != "“" && w != "\"" {
				return false
			}
		}
		return true
	}
	return false
}

// namingVerbs put a label on their object.
var namingVerbs = set("called", "calling", "calls", "labeled", "labelled", "dubbed", "branded", "described",
	"attacked", "blasted", "slammed", "mocked", "derided", "ridiculed", "deemed", "nicknamed")

// wholeSentence reports quoted words that make a sentence of their own:
// a capital first, closing punctuation last, three words at least ("This
// is an outrage,"), not a phrase taken into the writer's sentence nor a
// question.
func wholeSentence(q string) bool {
	q = strings.TrimSpace(q)
	if len(q) < 2 || fieldCount(q) < 3 || q[0] < 'A' || q[0] > 'Z' {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(q, ",. "), "?") {
		return false // "What's the right decision?,": a question
	}
	return strings.ContainsAny(q[len(q)-1:], ".,!")
}

// jointSources lists the people of a subject that names several before
// its speech verb ("Sen. John McCain and the incoming Democratic leader,
// Chuck Schumer of New York, said in a joint statement", "The three
// leaders — Speaker Todd Richardson, Elijah Haahr and Rob Vescovo — said"):
// each of them spoke the words, not only the one the quote is given to.
// The run before the verb holds only names, their titles and role
// words, commas, parentheses and "and" (one "and" at least), and opens
// the sentence or follows a dash or colon ("After meeting Hannity, Trump
// and Pence said" names no joint source).
func (an *analysis) jointSources(c cue) []int {
	if c.inverted || c.src.empty() {
		return nil
	}
	toks := an.toks
	sfirst := an.sents[toks[c.tok].sent].first
	k := c.tok - 1
	if k > sfirst && (dashWords[toks[k].low] || toks[k].low == ",") {
		k-- // "— Richardson, Haahr and Vescovo — said"
	}
	hasAnd := false
	for ; k >= sfirst; k-- {
		t := &toks[k]
		if t.quote >= 0 || t.kind == tkQuote {
			return nil
		}
		if an.midx[k] >= 0 {
			continue
		}
		if t.low == "and" {
			hasAnd = true
			continue
		}
		if t.low == "," || t.low == "(" || t.low == ")" || t.low == "the" || t.low == "of" || t.low == "also" || t.low == "." ||
			t.kind == tkWord && (t.cap || t.poss || titleTok(t) || rolePremodifiers[t.low] || postRoles[t.low] || workplaceRoles[t.low] || jointRoleAdjectives[t.low]) {
			continue
		}
		break
	}
	if !hasAnd || k >= sfirst && !dashWords[toks[k].low] && toks[k].low != ":" {
		return nil
	}
	var out []int
	for j := k + 1; j < c.tok; j++ {
		if mi := an.midx[j]; mi >= 0 {
			m := an.mentions[mi]
			if m.person >= 0 && !slices.Contains(out, m.person) {
				out = append(out, m.person)
			}
			j = max(j, m.end-1)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// jointRoleAdjectives qualify a role in a list of sources ("the incoming
// Senate Democratic leader").
var jointRoleAdjectives = set("former", "incoming", "outgoing", "ranking", "fellow", "retiring", "new", "leadership", "member")

// gerundPreps govern a gerund that is no act of the clause's subject.
var gerundPreps = set("about", "of", "for", "from", "against", "without", "than")

// letterRequest reports "asking" or "requesting" after a letter sent
// or written in the same sentence ("sent Edwards a letter on Sept. 14
// asking for information about the status of the report", "wrote a
// letter to Nielsen asking her to break up the agency"): the senders'
// demand, a response of their own.
func (an *analysis) letterRequest(i int) bool {
	return an.letterSend(i) >= 0
}

// letterSend is the verb of sending of a letterRequest at toks[i], or -1.
func (an *analysis) letterSend(i int) int {
	w := an.toks[i].low
	if w != "asking" && w != "requesting" {
		return -1
	}
	return an.letterVerb(i)
}

// letterResponse is the verb of sending of a letter that a participle of
// response at toks[i] tells of ("penned a letter on Thursday hailing
// Rokita", "signed a letter urging the board to act"), or -1: the
// senders respond, the subject of the verb of sending.
func (an *analysis) letterResponse(i int) int {
	w := an.toks[i].low
	if st, ok := reactVerbs[w]; !ok || st == "" || !strings.HasSuffix(w, "ing") || plainVerbs[w] {
		return -1
	}
	v := an.letterVerb(i)
	for k := v + 1; v >= 0 && k < i; k++ {
		if l := an.toks[k].low; l == "response" || l == "reply" || l == "responding" {
			// "issued statements in response to Miller's letter, urging":
			// the letter is another's, the participle tells of the statements
			return -1
		}
		if l := an.toks[k].low; l == "letter" || l == "letters" {
			break
		}
	}
	return v
}

// letterVerb is the verb of sending of a letter within twelve words
// before toks[i] (the verb within eight before "letter"), or -1.
func (an *analysis) letterVerb(i int) int {
	first := an.sents[an.toks[i].sent].first
	for k := i - 1; k >= first && k >= i-12; k-- {
		if l := an.toks[k].low; l == "letter" || l == "letters" {
			for j := k - 1; j >= first && j >= k-8; j-- {
				if sendVerbs[an.toks[j].low] {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// mentionedBetween reports a mention of person p that starts after toks[a]
// and before toks[b].
func (an *analysis) mentionedBetween(p, a, b int) bool {
	for _, m := range an.mentions {
		if m.person == p && m.first > a && m.first < b {
			return true
		}
	}
	return false
}

// sendVerbs put a letter out ("sent a letter", "wrote Obama a letter").
var sendVerbs = set("sent", "sends", "send", "sending", "wrote", "writes", "write", "writing", "signed",
	"issued", "delivered", "penned")

// requestedInfo are things a letter asks to be told or shown: a demand
// to clarify.
var requestedInfo = set("information", "details", "documents", "records", "answers", "explanation",
	"briefing", "clarification", "data", "communications", "materials")

// mediaGerund reports a participle of response that tells what a
// recording, an ad or a post shows ("an ad that shows Obama praising
// her", "archived footage of Obama praising Sanders", "read a poem
// praising the city", "an America Rising tweet praising its
// president"): no response made now by the one shown.
func (an *analysis) mediaGerund(i int) bool {
	if !strings.HasSuffix(an.toks[i].low, "ing") {
		return false
	}
	first := an.sents[an.toks[i].sent].first
	for k := i - 1; k >= first && k >= i-6; k-- {
		if recordingNouns[an.toks[k].low] {
			return true
		}
	}
	return false
}

// recordingNouns are recordings, ads and posts that show someone speaking.
var recordingNouns = set("ad", "ads", "advertisement", "advertisements", "commercial", "commercials", "spot",
	"footage", "video", "videos", "clip", "clips", "poem", "tweet", "tweets", "post", "posts", "mailer",
	"mailers", "shows", "featuring", "features", "overheard")

// calledVerdict reports "called" that names its object by a judging word
// ("Top Republicans ... called the Ukraine probe little more than a poor
// sequel", "called the plan a disaster"): a word of criticism, praise or
// denial within the next eight words of the clause, outside quotes (a
// quoted verdict has its own cue), before any comma.
func (an *analysis) calledVerdict(v int) bool {
	toks := an.toks
	if v > 0 && (toks[v-1].low == "so" || toks[v-1].low == "-" || toks[v-1].low == "be" || toks[v-1].low == "is" || toks[v-1].low == "was" || toks[v-1].low == "were" || toks[v-1].low == "been") {
		return false // "so-called", "was called": a name or the passive
	}
	end := an.sents[toks[v].sent].end
	for j := v + 1; j < end && j <= v+8; j++ {
		t := &toks[j]
		if t.kind == tkQuote || t.quote >= 0 || t.low == "," || t.low == "." {
			return false
		}
		if t.kind == tkWord && (criticWords[t.low] || supportWords[t.low] && t.low != "support" || denyWords[t.low]) {
			return true
		}
	}
	return false
}

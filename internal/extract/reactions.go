package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A reaction is read in four steps:
//
//  1. statements: every attributed quote, every speech cue and every
//     response verb ("called for", "defended", "denied", "trashed") with
//     its subject; each keeps the tokens that show what was said (the
//     clause from the source on, and the quote's words).
//  2. filters: statements set before the news ("at the time", "last
//     year", testimony) or off the article's topic (no word shared with
//     the title and lead) are dropped; questions are not reactions.
//  3. stance: cue words over a reactor's statements are scored per
//     stance (a response verb weighs more than a word inside a quote);
//     a demand frame with an action wins, then a denial, then the larger
//     of criticism and support, else neutral.
//  4. newsmakers: people the title or the lead sentence presents as the
//     authors of the news ("Biden says ...") are reactors only when they
//     deny or demand, or when the title gives them a response verb
//     ("Jeb fires back").

// statement is one thing a reactor said or did.
type statement struct {
	person   int    // index into people, or -1 for a descriptor source
	desc     string // descriptor of an unnamed source
	sent     int
	ev       [][2]int // token ranges that show what was said
	tok      int      // the cue or verb token, for ordering
	ask      bool     // only asked a question
	dfirst   int      // first token of the descriptor phrase, or -1
	words    int      // words of the longest quote
	reported int      // words of reported speech without quotes
	partial  int      // words of reported speech around a partial quote
	verb     bool     // a response verb other than say, tell or write
	ctx      int      // sentence of the cue a continued quote follows, or -1
	whole    bool     // a quote that is a sentence of its own (""This is an outrage," she said")
}

// reactorAcc gathers the statements of one reactor.
type reactorAcc struct {
	key       string
	person    int
	who       string
	first     int
	sc        stanceScore
	evidence  string
	evStrong  int
	newsmaker bool
	org       bool // a capitalised organisation, not a person or an official
	topic     bool // one statement at least is about the news
	words     int
	reported  int
	verb      bool
	whole     bool
	stump     int // statements made to a rally's crowd or a candidate's voters
	stmts     int // statements in all
	// titleAction is what the title says this person demands ("X Calls
	// for Y to Resign"), when the statements name no action
	titleAction string
	cands       []evCand // every statement's evidence and score
}

// evCand is one statement's evidence with its score.
type evCand struct {
	text string
	sc   stanceScore
}

// evidenceFor is the statement that shows the decided stance best: the
// strongest denial for a denial, and so on; the strongest statement when
// none shows it.
func (r *reactorAcc) evidenceFor(stance string) string {
	best, bestN := "", 0
	for _, c := range r.cands {
		n := 0
		switch stance {
		case "demands":
			if c.sc.action != "" {
				n = 1
			}
		case "denies":
			n = c.sc.deny
		case "criticizes":
			n = c.sc.crit
		case "supports":
			n = c.sc.sup
		}
		if n > bestN && c.text != "" {
			best, bestN = c.text, n
		}
	}
	if best == "" {
		return r.evidence
	}
	return best
}

// reactions finds who responded to the article's news and how.
func (an *analysis) reactions(title, source string) []Reaction {
	if len(an.toks) == 0 {
		return []Reaction{}
	}
	sts := an.statements()
	// in text order, so "the official" joins the official named last
	sort.SliceStable(sts, func(i, j int) bool { return sts[i].tok < sts[j].tok })
	topic := an.topicTerms(title)
	news, responders, titleStance := an.newsmakers(title, sts)
	outlet := strings.ToLower(source)
	maxYear := an.latestYear()
	headline := strings.Join(splitWords(title), " ")
	dateline := an.datelineDay()
	datedSent := map[int]int{} // person -> the sentence of their statement dated before the dateline
	var order []*reactorAcc
	descKeys := map[string][2]string{}
	for _, s := range sts {
		if s.ask || an.shouting(s.sent) || an.background(s, maxYear) || an.noResponse(s) || an.beforeMore(s.tok) || an.prepSource(s) || an.objectSource(s) || an.addedThing(s) || an.narrationQuestion(s) || an.negatedDenial(s) {
			continue
		}
		if an.datedBefore(s, dateline) {
			if s.person >= 0 {
				datedSent[s.person] = an.toks[s.tok].sent
			}
			continue
		}
		if s.person >= 0 && s.tok >= 0 && s.tok < len(an.toks) {
			if ds, ok := datedSent[s.person]; ok && an.toks[s.tok].sent == ds+1 {
				// `King Hal, on March 11, said ... / "...," he said`:
				// the next sentence goes on with the same dated words
				continue
			}
		}
		if s.person < 0 && an.pressNoun(s.tok) {
			// "White House press secretary Sean Spicer said": Spicer spoke
			pi := an.pressNamed(s.tok)
			if pi < 0 {
				continue
			}
			s.person, s.desc = pi, ""
		}
		key, who := an.reactorKey(s, order)
		if s.person < 0 {
			// a quote that continues a descriptor read as a named person
			// stays that person
			if k, ok := descKeys[strings.ToLower(s.desc)]; ok && s.dfirst < 0 {
				key, who = k[0], k[1]
			} else if strings.HasPrefix(key, "p") {
				descKeys[strings.ToLower(s.desc)] = [2]string{key, who}
			}
		}
		if key == "" || strings.ToLower(who) == outlet || an.editorsNote(s.sent) || an.linkParagraph(s.sent) || an.galleryParagraph(s.sent) {
			continue
		}
		if !strings.HasPrefix(key, "p") && an.isHeadline(s.sent, headline) {
			// a headline repeated over the story names no source of its own
			continue
		}
		var r *reactorAcc
		for _, o := range order {
			if o.key == key {
				r = o
				break
			}
		}
		if r == nil {
			r = &reactorAcc{key: key, person: -1, who: who, first: s.tok}
			if strings.HasPrefix(key, "p") {
				r.person = s.person
				if s.person < 0 {
					r.person, _ = strconv.Atoi(key[1:])
				}
				r.newsmaker = news[r.person] && !responders[r.person]
				// "Jeb Fires Back": the title's verb shows the stance too
				if act, ok := strings.CutPrefix(titleStance[r.person], "demands:"); ok {
					r.titleAction = act
				} else {
					r.sc.addStance(titleStance[r.person], verbWeight)
				}
			}
			r.org = r.person < 0 && !sourceNouns[strings.ToLower(lastWord(who))]
			if r.person < 0 {
				// "Sanders" or "White House" in the title, read as a
				// descriptor: the news's own author, like a named one
				r.newsmaker = titleNewsmaker(who, title)
			}
			order = append(order, r)
		}
		if r.person < 0 && s.sent == 0 {
			// "an anonymous official wrote", "the military said" in the
			// lead sentence: the source of the news, like a named one
			r.newsmaker = true
		}
		r.stmts++
		if an.stumpSent(s) {
			r.stump++
		}
		r.words = max(r.words, s.words)
		r.reported = max(r.reported, s.reported)
		r.whole = r.whole || s.whole
		sc := an.scoreStatement(s)
		if sc.strength() == 0 {
			sc.add(an.groupScene(s))
		}
		r.topic = r.topic || an.onTopic(s, topic) || sc.strength() > 0 && an.onTopicCompound(s, topic)
		if s.tok < r.first {
			r.first = s.tok
		}
		if sc.strength() > 0 {
			// a partial quote inside reported speech that shows a stance
			r.reported = max(r.reported, s.partial)
		}
		r.sc.add(sc)
		r.verb = r.verb || s.verb || sc.verb
		ev := an.evidenceText(s)
		r.cands = append(r.cands, evCand{ev, sc})
		if r.evidence == "" || sc.strength() > r.evStrong {
			r.evidence = ev
			r.evStrong = sc.strength()
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].first < order[j].first })
	out := []Reaction{}
	var outPerson []int
	lead := an.leadNamed()
	for _, r := range order {
		if r.sc.action == "" && r.titleAction != "" {
			r.sc.action = r.titleAction
		}
		stance, action := r.sc.decide()
		if !r.topic {
			continue
		}
		if r.newsmaker && (stance != "denies" && stance != "demands" || r.sc.anyVerb && stance == "demands") {
			// the news's own author urging others on ("Obama called on
			// Congress to pass ...") is the news, not a reaction
			continue
		}
		if r.person >= 0 && lead[r.person] && !responders[r.person] && (stance == "neutral" || stance == "supports") {
			continue // the subject of the news, praising itself or explaining
		}
		if stance == "neutral" && r.stump == r.stmts {
			continue // a candidate's pitch to a rally or to voters, nobody's reaction to the news
		}
		// an organisation stating facts, or a source known only by a
		// short phrase, has not shown a reaction
		weak := stance == "neutral" || action == "" && r.sc.deny+r.sc.crit+r.sc.sup <= 1
		if stance == "neutral" && r.org || weak && !r.verb && r.words < minWords && r.reported < minReported && !(r.whole && stance != "neutral") {
			continue
		}
		if r.person < 0 && newsOutlet(r.who) && !r.verb {
			continue // "The Associated Press says", "Politico writes": the news reported, no reaction
		}
		if r.person >= 0 && !r.verb && an.outletJournalist(r.person) {
			continue // "CNN's Chris Cuomo", "NPR political editor Domenico Montanaro": the outlet's own people report
		}
		if r.person >= 0 && newsRoles[strings.ToLower(an.people[r.person].role)] || r.person < 0 && (newsRoles[strings.ToLower(lastWord(r.who))] || outletStaff(r.who)) {
			continue // a correspondent or anchor reports and asks, and reacts to nothing
		}
		if r.person >= 0 && (benchRoles[strings.ToLower(an.people[r.person].role)] || an.benchAppositive(r.person)) && !(stance == "denies" && an.inTitle(r.person, title)) {
			// a judge or justice rules, asks at argument or presides: the
			// decision the news is about, not a reaction to it (a nominee
			// judge denying the title's allegation still answers it)
			continue
		}
		re := Reaction{Who: r.who, Stance: stance, Action: action, Quote: r.evidenceFor(stance)}
		if r.person >= 0 {
			p := an.people[r.person]
			re.Role, re.Party = p.role, p.party
		}
		out = append(out, re)
		outPerson = append(outPerson, r.person)
	}
	return an.dropPersonOrg(out, outPerson)
}

// dropPersonOrg removes an organisation or spokesman named after a person
// who is a reactor too ("the Romney campaign" beside Mitt Romney, "an
// Obama spokesman" beside Obama): one reactor listed twice. A surname two
// people of the article share stays (Bill and Hillary Clinton).
func (an *analysis) dropPersonOrg(out []Reaction, outPerson []int) []Reaction {
	reacting := map[string]bool{}
	for i, pi := range outPerson {
		if pi < 0 {
			continue
		}
		ln := an.people[pi].lows
		if len(ln) == 0 {
			continue
		}
		last, n := ln[len(ln)-1], 0
		for _, p := range an.people {
			if p.mentions > 0 && len(p.lows) > 0 && p.lows[len(p.lows)-1] == last {
				n++
			}
		}
		if n == 1 && out[i].Who != "" {
			reacting[last] = true
		}
	}
	kept := out[:0]
	for i, re := range out {
		f := strings.Fields(strings.ToLower(re.Who))
		if outPerson[i] < 0 && len(f) >= 2 && personOrgHeads[f[len(f)-1]] && reacting[strings.TrimSuffix(strings.TrimSuffix(f[len(f)-2], "'s"), "’s")] {
			continue
		}
		kept = append(kept, re)
	}
	return kept
}

// personOrgHeads are bodies that speak for the person named before them.
var personOrgHeads = set("campaign", "camp", "administration", "team", "office", "spokesman", "spokeswoman",
	"spokesperson")

// minWords is how many words a reactor's longest quote or reported
// statement must have when no response verb shows the reaction.
const minWords = 6

// minReported is the same for reported speech ("said that ...").
const minReported = 8

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// isHeadline reports a sentence that repeats the title ("Romney
// intensifies EPA attacks" over the story): a descriptor read from it is
// a run of capitalised headline words.
func (an *analysis) isHeadline(si int, headline string) bool {
	if headline == "" {
		return false
	}
	sn := an.sents[si]
	if sn.end <= sn.first {
		return false
	}
	text := an.text[an.toks[sn.first].s:an.toks[sn.end-1].fe]
	return strings.Join(splitWords(text), " ") == headline
}

// newsRoles report the news or put the questions; what they say is no
// reaction to it.
var newsRoles = set("correspondent", "correspondents", "anchor", "reporter", "reporters")

// editorsNote reports a sentence in a paragraph that opens with "Editor's
// note": the author's biography or the outlet's remarks, nobody's reaction.
func (an *analysis) editorsNote(si int) bool {
	off := an.toks[an.sents[si].first].s
	for _, p := range an.paras {
		if off >= p[0] && off < p[1] {
			head := strings.ToLower(an.text[p[0]:min(p[1], p[0]+16)])
			head = strings.ReplaceAll(head, "’", "'")
			return strings.HasPrefix(head, "editor's note")
		}
	}
	return false
}

// linkParagraph reports a sentence in a parenthesised paragraph that
// opens with a short label and a colon ("( Also on POLITICO: Reid
// defends Rice on Libya)", "(Related: ...)"): a link to another story.
func (an *analysis) linkParagraph(si int) bool {
	off := an.toks[an.sents[si].first].s
	for _, p := range an.paras {
		if off >= p[0] && off < p[1] {
			head := strings.TrimSpace(an.text[p[0]:min(p[1], p[0]+40)])
			if !strings.HasPrefix(head, "(") {
				return false
			}
			c := strings.Index(head, ":")
			return c > 1 && len(strings.Fields(head[1:c])) <= 4
		}
	}
	return false
}

// galleryParagraph reports a sentence in a photo gallery's captions, run
// together in one paragraph with the widget's "Hide Caption 3 of 24":
// page furniture, whose statements come from other stories and years.
func (an *analysis) galleryParagraph(si int) bool {
	off := an.toks[an.sents[si].first].s
	for _, p := range an.paras {
		if off >= p[0] && off < p[1] {
			return strings.Contains(an.text[p[0]:p[1]], "Hide Caption")
		}
	}
	return false
}

// newsOutlet reports a source named like a news outlet ("Associated
// Press", "Detroit Free Press", "RIA news agency", "Politico").
func newsOutlet(who string) bool {
	f := strings.Fields(strings.ToLower(who))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if outletHeads[last] || len(f) == 1 && outletWords[last] {
		return true
	}
	return last == "agency" && len(f) >= 2 && f[len(f)-2] == "news"
}

// outletHeads end the name of a newspaper, agency or network; outletWords
// are news outlets known by one word.
var outletHeads = set("press", "news", "times", "post", "journal", "magazine", "tribune", "herald", "gazette",
	"examiner", "newspaper", "chronicle", "inquirer", "telegraph", "guardian", "register")
var outletWords = set("cnn", "reuters", "ap", "afp", "bbc", "nbc", "abc", "cbs", "msnbc", "npr", "politico",
	"axios", "huffpost", "bloomberg", "breitbart", "xinhua", "tass", "ria", "irna", "yonhap", "time")

// noResponse reports a statement that says nothing was said: "has not
// responded to these claims", "did not return messages", "Neither X nor
// Y responded to messages requesting comment".
func (an *analysis) noResponse(st statement) bool {
	if st.words > 0 || st.tok < 0 || st.tok >= len(an.toks) {
		return false
	}
	if !responseWords[an.toks[st.tok].low] {
		return false
	}
	sn := an.sents[an.toks[st.tok].sent]
	for k := st.tok - 1; k >= sn.first && k >= st.tok-6; k-- {
		w := an.toks[k].low
		if w == "not" || w == "never" || w == "neither" || w == "nor" || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	for k := st.tok + 1; k+1 < sn.end && k <= st.tok+8; k++ {
		if an.toks[k].low == "requesting" && an.toks[k+1].low == "comment" || an.toks[k].low == "for" && an.toks[k+1].low == "comment" {
			return true
		}
	}
	return false
}

// responseWords report an answer, or its absence when negated.
var responseWords = set("responded", "respond", "responds", "replied", "reply", "returned", "return", "commented", "comment")

// beforeMore reports a token before a capitalised "MORE" in its sentence:
// the headlines of other stories that some outlets link after a name
// ("Sen. Bernie Sanders Bernie SandersSanders says idea ... is 'total
// nonsense' Sanders defends ... MORE (I-Vt.)"), no one's words here.
func (an *analysis) beforeMore(i int) bool {
	if i < 0 || i >= len(an.toks) {
		return false
	}
	sn := an.sents[an.toks[i].sent]
	for k := i + 1; k < sn.end; k++ {
		t := &an.toks[k]
		if t.kind == tkWord && t.low == "more" && t.upper {
			return true
		}
	}
	return false
}

// outletJournalist reports a person the article introduces by a news
// outlet right before the name, possessive or with a newsroom role
// between ("CNN's Chris Cuomo", "Fox News' Kimberly Guilfoyle", "NPR
// political editor Domenico Montanaro").
func (an *analysis) outletJournalist(pi int) bool {
	for _, m := range an.mentions {
		if m.person != pi {
			continue
		}
		k := m.tfirst - 1
		for n := 0; k >= 0 && n < 3 && newsroomWords[an.toks[k].low]; n++ {
			k--
		}
		if k < 0 || an.toks[k].kind != tkWord || !an.toks[k].cap || m.tfirst >= len(an.toks) || an.toks[k].sent != an.toks[m.tfirst].sent {
			continue // "... (Jan. 9) AP\n\nAlsup also agreed": a credit line before another sentence
		}
		w := strings.TrimSuffix(strings.TrimSuffix(strings.ReplaceAll(an.toks[k].low, "’", "'"), "'s"), "'")
		if outletWords[w] || outletHeads[w] && k > 0 && an.toks[k-1].cap {
			return true
		}
	}
	return false
}

// newsroomWords stand between an outlet and a journalist's name.
var newsroomWords = set("political", "editor", "reporter", "correspondent", "host", "anchor", "writer", "producer",
	"national", "senior", "chief", "congressional", "white", "house", "washington", "bureau", "news")

// prepSource reports a statement whose source phrase is the object of a
// preposition after a noun ("Sources close to McConnell said",
// "Democrats in Congress said", "an aide in the Senate told", "an
// official from the Obama administration said"): the head noun spoke,
// not the person or body named. "A spokesman for X" is left alone (the
// spokesman speaks for X), and so is a relative clause ("behind Speaker
// Paul Ryan, who said"), whose subject is the name.
func (an *analysis) prepSource(s statement) bool {
	f := s.dfirst
	if f <= 0 || f >= len(an.toks) || f > s.tok {
		// "said a statement from Romney spokeswoman Amanda Henneberg":
		// after the verb, the phrase is what was said, from whom
		return false
	}
	first := an.sents[an.toks[f].sent].first
	k := f - 1
	if k >= first && (an.toks[k].low == "the" || an.toks[k].low == "a" || an.toks[k].low == "an") {
		k--
	}
	if k <= first || !sourcePreps[an.toks[k].low] {
		return false
	}
	if an.toks[k].low == "to" && an.toks[k-1].low != "close" && an.toks[k-1].low != "closest" {
		return false
	}
	h := an.toks[k-1]
	if h.kind != tkWord || h.quote >= 0 || h.cap && an.toks[k].low == "of" {
		// "Department of Homeland Security official": one name
		return false
	}
	if s.person >= 0 && !an.mentionNear(f, s.person) || s.person < 0 && an.descAppositive(f) >= 0 {
		// "The top Republican in the Senate, Mitch McConnell, responded":
		// the phrase ends in an appositive naming the speaker
		return false
	}
	// a relative clause after the name has the name as its subject
	for j := f; j < f+8 && j+1 < len(an.toks) && j < s.tok; j++ {
		if an.toks[j].low == "," && (an.toks[j+1].low == "who" || an.toks[j+1].low == "which") {
			return false
		}
	}
	return true
}

// objectSource reports a participle cue ("saying", "adding") whose
// source is the object of a verb right before its name, past its titles
// and role words ("The White House targeted Republican Gov. Dave
// Heineman, saying his refusal ...", "the hearing they disrupted,
// involving Defense Department official Laura Cooper, ... and saying"):
// the clause's subject spoke, not the person named as the object. A
// verb of saying before the name makes it the subject ("said Nadler,
// adding").
func (an *analysis) objectSource(s statement) bool {
	f := s.dfirst
	if s.person < 0 || f <= 0 || f >= s.tok || s.tok >= len(an.toks) || !strings.HasSuffix(an.toks[s.tok].low, "ing") {
		return false
	}
	mi := an.midx[f]
	if mi < 0 || an.mentions[mi].person != s.person {
		return false
	}
	c := s.tok - 1
	if c > f && an.toks[c].low == "and" {
		c--
	}
	if an.toks[c].low != "," {
		// "documents showed Romney listing his occupation": the name is
		// the participle's own subject
		return false
	}
	for j := an.mentions[mi].end; j < c; j++ {
		if clauseWords[an.toks[j].low] {
			// "prompted Gov. Brian Kemp to speak out, noting": the name
			// is the subject of a clause of its own
			return false
		}
	}
	first := an.sents[an.toks[f].sent].first
	k := f - 1
	for k > first && (an.roleWordTok(k) || sourceNouns[an.toks[k].low]) && an.toks[k].low != "of" {
		k--
	}
	t := &an.toks[k]
	if k < first || t.kind != tkWord || t.cap || t.quote >= 0 || isCueWord(t.low) || auxWords[t.low] || roleParticiples[t.low] {
		return false
	}
	if n := &an.toks[k+1]; !n.cap && !titleTok(n) {
		// "like talking head Karl Rove": a participle inside the role
		return false
	}
	return strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")
}

// clauseWords between a name and a participle give the name a clause.
var clauseWords = set("to", "was", "is", "were", "are", "who", "which", "that", "has", "have", "had", "will", "would")

// roleParticiples modify a role before a name ("ranking member Jack
// Reed", "retired general"): no verb whose object the name would be.
var roleParticiples = set("including", "ranking", "acting", "founding", "leading", "presiding", "governing", "retired", "outgoing",
	"incoming", "sitting", "elected", "appointed", "embattled", "beleaguered", "indicted", "disgraced", "celebrated",
	"unnamed", "named", "so-called", "decorated", "renowned", "ruling", "reigning", "supervising", "managing",
	"consulting", "visiting", "serving", "unidentified", "detained", "jailed", "imprisoned", "exiled", "ousted",
	"deposed", "fired", "slain", "murdered", "wounded", "injured", "accused", "alleged", "convicted")

// addedThing reports "added" with a thing as its object and no quote
// ("Ross added the question to collect more detailed citizenship
// data", "added a provision"): an act, not words.
func (an *analysis) addedThing(s statement) bool {
	if s.words > 0 || s.tok+1 >= len(an.toks) {
		return false
	}
	switch an.toks[s.tok].low {
	case "added", "adds", "add", "adding":
	default:
		return false
	}
	n := an.toks[s.tok+1].low
	if n != "the" && n != "a" && n != "an" && n != "more" && n != "new" {
		return false
	}
	end := an.sents[an.toks[s.tok].sent].end
	for j := s.tok + 2; j < end && j < s.tok+10; j++ {
		if descVerbs[an.toks[j].low] {
			// "He added the prime minister was angered": a clause
			return false
		}
	}
	return true
}

// narrationQuestion reports reported speech in a sentence of the
// narration that ends in a question mark ("And he wants to start off as
// governor?", "Did Smith really call for a recount?"): the writer asks,
// nobody said it.
func (an *analysis) narrationQuestion(s statement) bool {
	if s.words > 0 {
		return false
	}
	sn := an.sents[s.sent]
	for k := max(s.tok, sn.first); k < sn.end; k++ {
		if an.toks[k].low == ":" {
			// "he asked an open-ended question: What do you want?"
			return false
		}
	}
	for k := sn.end - 1; k >= sn.first; k-- {
		t := &an.toks[k]
		if t.kind == tkQuote || t.low == ")" {
			continue
		}
		return t.low == "?" && t.quote < 0
	}
	return false
}

// negatedDenial reports a denial verb negated right before it with no
// quote ("the White House did not deny it", "Campbell did not dispute
// Mr. Bott's account", "has not yet disputed"): nothing was answered.
func (an *analysis) negatedDenial(s statement) bool {
	if s.words > 0 || s.tok < 2 || s.tok >= len(an.toks) || reactVerbs[an.toks[s.tok].low] != "denies" {
		return false
	}
	k := s.tok - 1
	if w := an.toks[k].low; w == "yet" || strings.HasSuffix(w, "ly") {
		k--
	}
	w := an.toks[k].low
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't")
}

// titleNewsmaker reports a descriptor source whose words stand together
// in the title without a response verb after them ("Beto O'Rourke,
// Bernie Sanders face off in Iowa" for "Sanders", "White House adds to
// list of border demands"): the news's own author. "White House slams
// ..." makes it a responder.
func titleNewsmaker(who, title string) bool {
	w := splitWords(strings.ToLower(who))
	t := splitWords(strings.ToLower(title))
	if len(w) == 0 {
		return false
	}
	for i := 0; i+len(w) <= len(t); i++ {
		if !slices.Equal(t[i:i+len(w)], w) {
			continue
		}
		j := i + len(w)
		if j < len(t) {
			if st, ok := reactVerbs[t[j]]; ok && st != "" {
				return false
			}
			if j+1 < len(t) {
				if _, ok := reactPhrases[[2]string{t[j], t[j+1]}]; ok {
					return false
				}
			}
		}
		return true
	}
	return false
}

// sourcePreps head a phrase after a noun ("aide in", "official from",
// "sources close to").
var sourcePreps = set("in", "from", "of", "at", "among", "within", "to")

// mentionNear reports a mention of person pi starting within four tokens
// of f (past an article or a title).
func (an *analysis) mentionNear(f, pi int) bool {
	for j := f; j < f+5 && j < len(an.toks) && an.toks[j].low != ","; j++ {
		if mi := an.midx[j]; mi >= 0 && an.mentions[mi].person == pi {
			return true
		}
	}
	return false
}

// pressNoun reports "press" read as a speech verb where it modifies the
// noun after it ("White House press secretary Sean Spicer said", "a
// press release", "the press office said"): no verb ends the phrase
// before it; the office before it said nothing, and a named spokesperson
// speaks in a statement of their own.
func (an *analysis) pressNoun(i int) bool {
	if i < 0 || i+1 >= len(an.toks) || an.toks[i].low != "press" {
		return false
	}
	next := an.toks[i+1]
	return next.kind == tkWord && (pressNouns[next.low] || sourceNouns[next.low])
}

var pressNouns = set("secretary", "secretaries", "office", "offices", "release", "releases", "conference",
	"conferences", "briefing", "briefings", "aide", "aides", "officer", "corps", "team", "shop", "staff",
	"statement", "spokesman", "spokeswoman", "spokesperson", "assistant", "director", "adviser", "advisor")

// pressNamed is the person named right after "press secretary" (one or
// two role words, an appositive comma allowed, then a name), or -1.
func (an *analysis) pressNamed(i int) int {
	for j := i + 1; j < i+5 && j < len(an.toks); j++ {
		if mi := an.midx[j]; mi >= 0 {
			return an.mentions[mi].person
		}
		if an.toks[j].kind != tkWord && an.toks[j].low != "," {
			return -1
		}
	}
	return -1
}

// benchRoles decide cases; their words are the ruling, not a reaction.
var benchRoles = set("judge", "justice", "chief justice", "associate justice", "magistrate", "magistrate judge")

// inTitle reports the person's last name in the title.
func (an *analysis) inTitle(pi int, title string) bool {
	ln := an.people[pi].lows
	if len(ln) == 0 {
		return false
	}
	for _, w := range splitWords(title) {
		if strings.ToLower(w) == ln[len(ln)-1] {
			return true
		}
	}
	return false
}

// benchAppositive reports a person introduced by a judge's role in
// apposition ("ruled unconstitutional by a federal judge, James Peterson,
// who found"): a judge whose ruling is news or background, like one with
// the role as a title.
func (an *analysis) benchAppositive(pi int) bool {
	for _, m := range an.mentions {
		if m.person != pi {
			continue
		}
		k := m.tfirst - 1
		if k < 1 || an.toks[k].low != "," || m.end >= len(an.toks) || an.toks[m.end].low != "," {
			// the name stands between two commas: "a federal judge,
			// James Peterson, who found" (not "or a judge, Stone has
			// opted", "obstructed justice, Mueller looked")
			continue
		}
		if w := an.toks[k-1].low; !an.toks[k-1].cap && (w == "judge" || w == "justice" || w == "magistrate") {
			return true
		}
	}
	return false
}

// outletStaff reports a descriptor for a news outlet's own staff ("Times
// editorial board member", "a Times writer", "CNN producer"): the outlet
// asks and reports, it does not react.
func outletStaff(who string) bool {
	f := strings.Fields(strings.ToLower(who))
	if len(f) < 2 {
		return false
	}
	if f[0] == "a" || f[0] == "an" || f[0] == "the" || f[0] == "one" {
		f = f[1:]
	}
	if len(f) < 2 || !outletHeads[f[0]] && !outletWords[f[0]] {
		return false
	}
	return newsroomNouns[f[len(f)-1]]
}

var newsroomNouns = set("writer", "writers", "editor", "editors", "member", "columnist", "reporter", "producer",
	"interviewer", "moderator", "journalist")

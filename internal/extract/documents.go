package extract

import (
	"strings"
	"unicode"
)

// Documents, polls and publications as speakers. The attribution pass
// (attribute.go) reads who a cue names; documentSpeakers then corrects
// what it gives for words a document or a poll holds:
//
//   - a poll's wording that its respondents answered (`45 percent said
//     they found it "unacceptable"`, `most voters say the outcome
//     "really matters"`) is the poll's ("Fox News poll", or "poll"
//     when unnamed), and a descriptor that is only a number or a share
//     ("39 percent") with no poll in sight is no speaker;
//   - a document's descriptor loses its date, length and age words
//     ("2017 press release" -> "press release", "late November Quinnipiac
//     University poll" -> "Quinnipiac University poll", "memo reviewed"
//     -> "memo");
//   - a quote nobody was given whose own sentence has a document as the
//     subject of a reporting verb (`"...," the Pew study found`, `the
//     memorandum states that "..."`) is the document's, and so is a
//     cue-less quote right after it in the paragraph.

// pollNouns name a poll; its respondents' answers are its words.
var pollNouns = set("poll", "polls", "polling", "survey", "surveys", "study", "pollsters")

// docSpeakerNouns are documents that hold words (reports, memos, polls).
var docSpeakerNouns = set("poll", "survey", "study", "report", "memo", "memorandum", "letter", "statement",
	"release", "filing", "editorial", "article", "analysis", "document", "assessment", "complaint",
	"lawsuit", "indictment", "ruling", "opinion", "order", "brief", "motion", "petition", "resolution",
	"platform", "guidance", "audit", "review", "ad", "advertisement", "op-ed", "column", "story", "email")

// docVerbs report what a document says.
var docVerbs = set("found", "finds", "concluded", "concludes", "says", "said", "states", "stated", "notes",
	"noted", "reads", "read", "argues", "argued", "adds", "added", "warns", "warned", "shows", "showed",
	"explains", "explained", "claims", "claimed", "asserts", "asserted", "describes", "described",
	"indicates", "indicated", "recommends", "recommended", "declares", "declared", "suggests", "suggested",
	"acknowledges", "acknowledged", "alleges", "alleged", "continues", "continued", "begins", "began",
	"calls", "called", "bans", "banned", "determined")

// docPhraseWords open a short phrase between a document's noun and its
// verb ("the report from the panels found", "the statement on the
// removal noted").
var docPhraseWords = set("from", "by", "on", "of", "about", "into", "released", "issued", "published", "prepared", "obtained", "that", "which")

// respondentNouns are the people a poll asks.
var respondentNouns = set("voters", "respondents", "americans", "adults", "democrats", "republicans",
	"independents", "people", "polled", "surveyed", "asked", "residents", "citizens", "participants",
	"businesses", "firms", "parents", "women", "men", "conservatives", "liberals", "moderates",
	"supporters", "likely", "evangelicals", "catholics", "hispanics", "latinos", "whites", "blacks",
	"millennials", "students", "teachers", "workers", "employers", "owners", "economists", "members")

// shareWords open a share of respondents ("most voters", "half of
// respondents").
var shareWords = set("half", "majority", "plurality", "third", "thirds", "two-thirds", "one-third",
	"quarter", "quarters", "three-quarters", "most", "more", "fewer", "minority", "percent", "%")

// quantityFillers stand before a share ("just 7 percent", "some 19
// percent", "the remaining 13 percent", "more than half").
var quantityFillers = set("some", "just", "only", "about", "nearly", "almost", "roughly", "around",
	"another", "the", "a", "an", "remaining", "over", "under", "than", "fully", "barely", "still", "even")

// docDropWords are date, age and length words a document's descriptor
// loses ("new report", "late November poll", "original report").
var docDropWords = set("new", "recent", "latest", "newest", "original", "previous", "earlier", "later",
	"final", "updated", "late", "early", "mid", "last", "this", "that", "same", "separate", "lengthy",
	"brief", "short", "detailed", "draft", "preliminary", "internal", "recently", "s")

// docTrailWords are participles cut from the end of a document's
// descriptor ("the memo reviewed by POLITICO").
var docTrailWords = set("reviewed", "seen", "provided", "shared", "circulated", "distributed", "dated",
	"prepared", "drafted", "authored", "leaked", "received", "cited", "quoted")

// pollSkipWords stand between a poll's name and its noun ("Fox News
// national poll", "a new CNN/ORC poll").
var pollSkipWords = set("new", "latest", "recent", "national", "nationwide", "online", "telephone",
	"statewide", "weekly", "monthly", "daily", "tracking", "opinion", "public", "same", "earlier",
	"previous", "last", "first", "second", "independent", "joint", "annual", "separate", "exit",
	"early", "late", "mid", "this", "that", "its")

// documentSpeakers applies the rules above to every attributed quote.
func (an *analysis) documentSpeakers() {
	open, close := an.quoteToks()
	lastDoc, lastDocPara := "", -1
	type author struct {
		p int
		d string
	}
	renamed := map[string]author{}
	for qi := range an.quotes {
		a := &an.attrib[qi]
		ot := open[qi]
		if ot < 0 || a.drop {
			continue
		}
		if a.person < 0 && a.speaker != "" {
			if quantityDescriptor(a.speaker) || respondentDescriptor(a.speaker) && an.shareInSentence(ot) {
				if d := an.pollNear(ot, an.numberShare(a.speaker)); d != "" {
					a.speaker, a.how = d, "poll"
				} else if quantityDescriptor(a.speaker) && !respondentTail(a.speaker) {
					a.speaker, a.how = "", ""
				}
			} else if d := cleanDocDescriptor(a.speaker); d != a.speaker {
				a.speaker = d
			}
			if authoredNouns[strings.ToLower(a.speaker)] {
				// "the statement read": the one who issued it; a quote
				// that continues it goes on with its author
				if a.how == "continue" && renamed[a.speaker].d != "" {
					a.person, a.speaker = renamed[a.speaker].p, renamed[a.speaker].d
				} else if p, d, ok := an.documentAuthor(ot, strings.ToLower(a.speaker)); ok {
					renamed[a.speaker] = author{p, d}
					a.person, a.speaker = p, d
				}
			}
		}
		if a.how != "poll" && !(a.cue >= 0 && close[qi] >= 0 && an.cues[a.cue].tok > close[qi]) && an.shareSays(ot) {
			// `Sixty-seven percent of Democratic voters surveyed in early
			// exit polls said the campaign was "not productive"`
			if d := an.pollNear(ot, true); d != "" {
				a.person, a.speaker, a.how = -1, d, "poll"
			}
		}
		if a.speaker == "" && a.person < 0 {
			if an.itDocQuote(close[qi]) {
				// `"...," it notes`: the document or body the sentences
				// before name
				if p, d := an.itSource(ot); d != "" {
					a.person, a.speaker, a.how = p, d, "document"
				} else if p, d := an.nearDocument(ot); d != "" {
					a.person, a.speaker, a.how = p, d, "document"
				}
			}
		}
		if a.speaker == "" && a.person < 0 || a.how == "continue" && a.cue < 0 {
			// `"...," the Pew study found` after another speaker's quote
			// a paragraph before: the quote's own sentence names its
			// source, which outranks going on with the last speaker
			if d := an.docSubject(ot, close[qi]); d != "" {
				a.person, a.speaker, a.how = -1, d, "document"
			} else if a.speaker == "" && a.person < 0 && lastDoc != "" && an.quotes[qi].para == lastDocPara && a.cue < 0 {
				a.speaker, a.how = lastDoc, "continue"
			}
		}
		if a.how == "document" || a.how == "continue" && a.speaker == lastDoc {
			lastDoc, lastDocPara = a.speaker, an.quotes[qi].para
		} else if a.speaker != "" {
			lastDoc, lastDocPara = "", -1
		}
	}
}

// itDocQuote: "it" and a verb a document reports with follow the
// closing mark at ct (`"...," it notes`, `it adds`), verbs itQuote's
// speech verbs leave out.
func (an *analysis) itDocQuote(ct int) bool {
	return docVerbs[an.itVerbAfter(ct)]
}

// nearDocument: for "it" after a quote, the document an authored noun
// names in the sentence or two before (its author when the text says who
// put it out: "A memo from the Brightline Institute, obtained by
// reporters, lays out the plan. "...," it notes").
func (an *analysis) nearDocument(ot int) (int, string) {
	sent := an.toks[ot].sent
	lo := an.sents[max(0, sent-1)].first
	for k := ot - 1; k >= lo; k-- {
		t := &an.toks[k]
		if t.quote >= 0 || t.kind != tkWord || !authoredNouns[t.low] || k > 0 && verbOpeners[an.toks[k-1].low] {
			continue // not "sought to release"
		}
		if p, d, ok := an.documentAuthor(ot, t.low); ok {
			return p, d
		}
		return -1, t.low
	}
	return -1, ""
}

// verbOpeners stand before a verb, not a noun ("to release").
var verbOpeners = set("to", "will", "would", "can", "could", "may", "might", "must", "should", "not", "did", "does", "do")

// descWords splits a descriptor into lower-case words.
func descWords(d string) []string {
	return strings.Fields(strings.ToLower(possessiveStrip.Replace(d)))
}

var possessiveStrip = strings.NewReplacer("’s", "", "'s", "")

// numberLike is a figure ("39", "27.3", "54%") or a spelled number.
func numberLike(w string) bool {
	if w == "" {
		return false
	}
	if unicode.IsDigit(rune(w[0])) {
		// "39", "27.3", "54%"; not "41-year-old" or "1990s"
		return strings.TrimLeft(strings.TrimSuffix(w, "%"), "0123456789.,") == ""
	}
	return numberWords[w] || spelledNumbers[strings.Split(w, "-")[0]]
}

var spelledNumbers = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

// quantityDescriptor: a number or a share, perhaps of respondents
// ("39 percent", "some 19 percent", "most voters", "half of
// respondents", "two-thirds of Republicans").
func quantityDescriptor(d string) bool {
	w := descWords(d)
	i := 0
	for i < len(w) && quantityFillers[w[i]] {
		i++
	}
	if i == len(w) {
		return false
	}
	share := false
	if numberLike(w[i]) && (unicode.IsDigit(rune(w[i][0])) || i+1 < len(w)) {
		share = true
		i++
		if i < len(w) && (w[i] == "percent" || w[i] == "%" || w[i] == "in") {
			i++
			if i < len(w) && numberLike(w[i]) { // "seven in 10"
				i++
			}
		} else if i < len(w) && w[i] == "per" && i+1 < len(w) && w[i+1] == "cent" {
			i += 2
		} else if strings.HasSuffix(w[i-1], "%") {
		} else if i < len(w) {
			// "43 Democratic Senators", "16 panel members": a number of
			// people, not a share of respondents
			return false
		}
	} else if shareWords[w[i]] {
		share = true
		i++
		if i == len(w) {
			return false // "the majority" of a court, "most" alone
		}
	}
	if !share {
		return false
	}
	if i == len(w) {
		return true
	}
	if w[i] == "of" {
		i++
	}
	for i < len(w) && (w[i] == "those" || w[i] == "all") {
		i++
	}
	return i < len(w) && respondentNouns[w[len(w)-1]]
}

// numberShare: the descriptor states a figure ("39 percent", "7% of
// voters"); a share with no figure ("most voters", "more people") needs
// a poll within three paragraphs before it.
func (an *analysis) numberShare(d string) bool {
	for _, w := range descWords(d) {
		if numberLike(w) || w == "percent" || w == "%" {
			return true
		}
	}
	return false
}

// respondentTail: the share names whom it counts ("most voters").
func respondentTail(d string) bool {
	w := descWords(d)
	return len(w) > 0 && respondentNouns[w[len(w)-1]] && !numberLike(w[len(w)-1])
}

// respondentDescriptor: respondents with no share ("registered voters",
// "respondents"), left when the share before them was cut off.
func respondentDescriptor(d string) bool {
	w := descWords(d)
	if len(w) == 0 || len(w) > 3 || !respondentNouns[w[len(w)-1]] {
		return false
	}
	for _, x := range w[:len(w)-1] {
		if !(x == "registered" || x == "likely" || x == "democratic" || x == "republican" || x == "independent" || x == "american" || x == "those" || x == "all") {
			return false
		}
	}
	return true
}

// shareInSentence: the sentence of the token at ot states a share before
// it ("Just 7% of registered voters say").
func (an *analysis) shareInSentence(ot int) bool {
	s := an.sents[an.toks[ot].sent]
	for k := s.first; k < ot; k++ {
		t := &an.toks[k]
		if t.quote >= 0 {
			continue
		}
		if t.low == "percent" || t.low == "%" || strings.HasSuffix(t.low, "%") || t.kind == tkNum && k+1 < ot && an.toks[k+1].low == "%" {
			return true
		}
	}
	return false
}

// shareVerbs report a share's answer ("54 percent said", "31 percent
// calling it").
var shareVerbs = set("said", "say", "says", "saying", "call", "calls", "called", "calling", "describe",
	"describes", "described", "describing", "told", "chose", "picked", "answered", "rated", "rate",
	"rating", "labeled", "labelled", "deemed")

// shareSays: the sentence of the quote at token ot has, before the
// quote, a figure and "percent" (or a figure with "%") and, within a few
// words and no name, a verb that reports its answer.
func (an *analysis) shareSays(ot int) bool {
	toks := an.toks
	s := an.sents[toks[ot].sent]
	for k := s.first; k < ot; k++ {
		t := &toks[k]
		if t.quote >= 0 {
			continue
		}
		isShare := (t.low == "percent" || t.low == "%") && k > s.first && (toks[k-1].kind == tkNum || numberLike(toks[k-1].low) || spelledNumbers[strings.Split(toks[k-1].low, "-")[0]])
		if !isShare {
			continue
		}
		// the share opens its clause: "Some 32.1 percent said", ", with
		// just 54% of companies calling"; not "saying 8 percent of the
		// poll was done", "has an 81 percent rating"
		b := k - 2
		for b >= s.first && (toks[b].low == "-" || numberLike(toks[b].low) || spelledNumbers[strings.Split(toks[b].low, "-")[0]] || quantityFillers[toks[b].low]) {
			b--
		}
		if b >= s.first && !(toks[b].kind == tkPunct || toks[b].kind == tkQuote || toks[b].low == "and" || toks[b].low == "but" || toks[b].low == "while" || toks[b].low == "whereas" || toks[b].low == "with") {
			continue
		}
		for j := k + 1; j < ot && j <= k+12; j++ {
			u := &toks[j]
			if j == k+1 && u.low == "," && b >= s.first && toks[b].low == "," && j+1 < ot && shareVerbs[toks[j+1].low] {
				continue // "A majority, 55 percent, said"
			}
			if u.quote >= 0 || u.kind == tkQuote || an.midx[j] >= 0 || u.low == "," || u.low == ";" || u.low == "who" || u.low == "that" || u.low == "which" {
				break
			}
			if shareVerbs[u.low] {
				return true
			}
		}
	}
	return false
}

// pollNear names the poll whose respondents a share in the sentence of
// token ot stands for: a poll named in that sentence, else the nearest
// before it (a definite "the poll" takes the name an earlier mention
// gave it), else one in the next sentence; "" with no poll.
func (an *analysis) pollNear(ot int, far bool) string {
	si := an.toks[ot].sent
	s := an.sents[si]
	best := -1
	for k := s.first; k < s.end; k++ {
		if an.pollNoun(k) {
			best = k
			if k > ot {
				break
			}
		}
	}
	if best < 0 {
		for k := s.first - 1; k >= 0 && (far || an.toks[k].para >= s.para-3); k-- {
			if an.pollNoun(k) {
				best = k
				break
			}
		}
	}
	if best < 0 && si+1 < len(an.sents) {
		n := an.sents[si+1]
		for k := n.first; k < n.end; k++ {
			if an.pollNoun(k) {
				best = k
				break
			}
		}
	}
	if best < 0 {
		return ""
	}
	name, named := an.docName(best)
	if named {
		return name
	}
	// "the poll": the one an earlier mention named
	j := best - 1
	for j >= 0 && pollSkipWords[an.toks[j].low] && an.toks[j].low != "this" && an.toks[j].low != "that" {
		j--
	}
	if j >= 0 && (an.toks[j].low == "the" || an.toks[j].low == "this" || an.toks[j].low == "that") {
		for k := best - 1; k >= 0; k-- {
			if an.pollNoun(k) && (singular(an.toks[k].low) == "study") == (singular(an.toks[best].low) == "study") {
				if n, ok := an.docName(k); ok {
					return n
				}
			}
		}
	}
	// an unnamed poll before the figures: the one a note on method right
	// after them names ("The Reuters/Ipsos poll was conducted online")
	for k := max(best, ot) + 1; k < len(an.toks) && an.toks[k].para <= s.para+1; k++ {
		if an.pollNoun(k) {
			if n, ok := an.docName(k); ok {
				return n
			}
		}
	}
	return name
}

// pollNoun: the token at k names a poll (not "at the polls", "pollsters
// said").
func (an *analysis) pollNoun(k int) bool {
	t := &an.toks[k]
	if t.kind != tkWord || t.quote >= 0 || !pollNouns[t.low] {
		return false
	}
	if t.low == "polls" && k >= 2 && an.toks[k-1].low == "the" && (an.toks[k-2].low == "to" || an.toks[k-2].low == "at") {
		return false // an election: "voters head to the polls"
	}
	return true
}

func singular(w string) string {
	switch w {
	case "pollsters", "polling":
		return "poll"
	case "study", "studies":
		return "study"
	}
	return strings.TrimSuffix(w, "s")
}

// docName names the document whose noun is the token at k: the
// capitalised words before it, past date and kind words ("a September
// 2015 Gallup poll" -> "Gallup poll", "a new Fox News national poll" ->
// "Fox News poll"), or after it ("a poll by the Kaiser Family Foundation"
// -> "Kaiser Family Foundation poll"); the bare noun when it has no name
// ("poll", "exit poll"). named reports whether a name was found.
func (an *analysis) docName(k int) (string, bool) {
	toks := an.toks
	noun := singular(toks[k].low)
	if noun == "poll" && toks[k].low == "pollsters" {
		noun = "poll"
	}
	lo, hi := -1, -1
	j := k - 1
	exit := false
	for ; j >= 0 && toks[j].para == toks[k].para; j-- {
		t := &toks[j]
		if t.quote >= 0 || t.kind == tkQuote {
			break
		}
		if t.low == "exit" && hi < 0 {
			exit = true
		}
		if hi < 0 && (pollSkipWords[t.low] || t.kind == tkNum || calendarWords[t.low] || strings.ContainsAny(t.low, "0123456789")) {
			continue
		}
		if hi >= 0 && (t.low == "/" || t.low == "-" || t.low == "&" || (t.low == "and" || t.low == "of") && j > 0 && toks[j-1].cap && !toks[j-1].poss) {
			continue
		}
		if t.kind == tkWord && t.cap && !calendarWords[t.low] && !capStopWords[t.low] && !(j == an.sents[t.sent].first && determiners[t.low]) {
			if t.poss && hi >= 0 {
				break // "University of Chicago's GenForward survey"
			}
			if hi < 0 {
				hi = j
			}
			lo = j
			if t.poss {
				break
			}
			continue
		}
		break
	}
	if lo >= 0 && an.midx[lo] < 0 || lo >= 0 && an.toks[lo].upper {
		name := an.text[toks[lo].s:toks[hi].e]
		if exit && noun == "poll" {
			noun = "exit poll" // "that Michigan exit poll"
		}
		return strings.Join(strings.Fields(name), " ") + " " + noun, true
	}
	// "a poll by the Kaiser Family Foundation", "a survey from YouGov"
	if k+2 < len(toks) && (toks[k+1].low == "by" || toks[k+1].low == "from" || toks[k+1].low == "for") {
		j := k + 2
		if toks[j].low == "the" {
			j++
		}
		for n := 0; n < 3 && j < len(toks) && toks[j].kind == tkWord && !toks[j].cap; n++ {
			j++ // "cybersecurity firm Carbon Black"
		}
		lo := j
		for j < len(toks) && toks[j].kind == tkWord && toks[j].cap && toks[j].quote < 0 {
			j++
		}
		if j > lo && (an.midx[lo] < 0 || toks[lo].upper) {
			name := an.text[toks[lo].s:toks[j-1].e]
			return strings.Join(strings.Fields(name), " ") + " " + noun, true
		}
	}
	if exit && noun == "poll" {
		return "exit poll", false
	}
	return noun, false
}

// cleanDocDescriptor drops the date, age and length words of a
// document's descriptor and a participle after its noun.
func cleanDocDescriptor(d string) string {
	f := strings.Fields(d)
	if len(f) < 2 {
		return d
	}
	if docTrailWords[strings.ToLower(f[len(f)-1])] && docSpeakerNouns[strings.ToLower(f[len(f)-2])] {
		f = f[:len(f)-1]
	}
	if !docSpeakerNouns[strings.ToLower(f[len(f)-1])] {
		return strings.Join(f, " ")
	}
	i := 0
	for i < len(f)-1 {
		w := strings.ToLower(f[i])
		if docDropWords[w] && f[i] == w || calendarWords[w] || strings.ContainsAny(w, "0123456789$") || w == "million" || w == "billion" {
			i++
			continue
		}
		break
	}
	return strings.Join(f[i:], " ")
}

// docSubject finds, in the sentence of a quote (marks at ot and ct), a
// document that is the subject of a reporting verb: right after the
// closing mark (`"...," the Pew study found`) or before the opening one
// (`the memorandum states that "..."`). It returns the document's
// descriptor or "".
func (an *analysis) docSubject(ot, ct int) string {
	toks := an.toks
	s := an.sents[toks[ot].sent]
	try := func(k int) string {
		// k is a document noun; a reporting verb follows, perhaps past
		// "also"
		if k < 0 || k >= len(toks) || toks[k].quote >= 0 || !docSpeakerNouns[toks[k].low] || toks[k].poss {
			return ""
		}
		v := k + 1
		if v < len(toks) && calendarWords[toks[v].low] {
			v++ // "A report Tuesday found"
		}
		if v < len(toks) && k < ot && docPhraseWords[toks[v].low] {
			// "A 300-page report from three other panels that investigated
			// Trump's dealings found that": a short phrase after the noun
			for n := 0; n < 10 && v < ot && toks[v].kind == tkWord && !docVerbs[toks[v].low]; n++ {
				v++
			}
		}
		if v < len(toks) && (toks[v].low == "also" || toks[v].low == "further" || toks[v].low == "then") {
			v++
		}
		if v >= len(toks) || !docVerbs[toks[v].low] || toks[v].sent != toks[k].sent {
			return ""
		}
		// the noun's phrase opens with an article or a demonstrative
		for j := k - 1; j >= s.first && j >= k-5; j-- {
			t := &toks[j]
			if t.low == "the" || t.low == "a" || t.low == "an" || t.low == "this" || t.low == "that" {
				name, _ := an.docName(k)
				return cleanDocDescriptor(name)
			}
			if t.kind == tkWord && t.poss && t.cap && an.midx[j] < 0 && t.quote < 0 {
				// "Facebook's official statement on the removal noted": the
				// organisation that put it out
				lo := j
				for lo > s.first && toks[lo-1].kind == tkWord && toks[lo-1].cap && !toks[lo-1].poss && an.midx[lo-1] < 0 && !(lo-1 == s.first && determiners[toks[lo-1].low]) {
					lo--
				}
				return strings.Join(strings.Fields(an.text[toks[lo].s:toks[j].e]), " ")
			}
			if t.kind != tkWord || t.quote >= 0 || an.midx[j] >= 0 && !t.poss {
				return ""
			}
			if t.low == "his" || t.low == "her" || t.low == "their" || t.low == "its" {
				return ""
			}
		}
		return ""
	}
	if ct >= 0 {
		k := ct + 1
		if k < len(toks) && toks[k].kind == tkPunct && toks[k].low == "," {
			k++
		}
		// `"...," the Pew study found`
		for n := 0; n < 6 && k+n < s.end; n++ {
			if d := try(k + n); d != "" {
				return d
			}
			if toks[k+n].kind != tkWord {
				break
			}
		}
	}
	// `The report also says X left officials "confused"`: the document
	// reports the clause holding the quote
	for k := s.first; k < ot; k++ {
		if d := try(k); d != "" {
			return d
		}
	}
	return ""
}

// authoredNouns are documents whose words are their author's: "the
// statement read" after "The Salvation Army issued a statement" is the
// Salvation Army speaking.
var authoredNouns = set("statement", "letter", "memo", "memorandum", "email", "release", "note")

// docIssueVerbs put a document out ("issued a statement", "sent a letter").
var docIssueVerbs = set("issued", "issues", "issue", "released", "releases", "sent", "sends", "posted", "posts",
	"published", "publishes", "wrote", "writes", "signed", "signs", "circulated", "circulates",
	"distributed", "emailed", "delivered", "out", "penned", "drafted", "authored")

// documentAuthor names who put out the document a bare descriptor
// ("statement", "letter", "memo") refers to: the nearest mention of that
// noun before the quote at token ot, within its paragraph and the two
// before, as the object of a verb of issuing ("The DNC issued a
// statement", "Trump sent a letter"), after "said in" ("the White House
// said in a statement") or followed by from/by and a name ("a memo from
// the Clinton campaign"). ok is false when no author is found.
func (an *analysis) documentAuthor(ot int, noun string) (int, string, bool) {
	toks := an.toks
	para := toks[ot].para
	for k := ot - 1; k >= 0 && toks[k].para >= para-2; k-- {
		t := &toks[k]
		if t.quote >= 0 || t.kind != tkWord || singular(t.low) != noun && t.low != noun {
			continue
		}
		// "a memo from the Clinton campaign", "a letter signed by X"
		j := k + 1
		if j < len(toks) && authorParticiples[toks[j].low] {
			j++ // "a memo circulated Monday by the DCCC"
			if j < len(toks) && calendarWords[toks[j].low] {
				j++
			}
		}
		if j+1 < len(toks) && (toks[j].low == "from" || toks[j].low == "by") {
			j++
			if mi := an.midx[j]; mi >= 0 {
				p := an.mentions[mi].person
				if an.toks[an.mentions[mi].end-1].poss {
					return -1, "", false // "written by Mr. Trump's doctor"
				}
				return p, an.people[p].name(), true
			}
			if toks[j].low == "the" {
				j++
			}
			lo := j
			for j < len(toks) && toks[j].kind == tkWord && (toks[j].cap || j > lo && toks[j].low == "of" && j+1 < len(toks) && toks[j+1].cap) && toks[j].quote < 0 && an.midx[j] < 0 {
				j++
			}
			if j > lo {
				d := an.text[toks[lo].s:toks[j-1].e]
				if j < len(toks) && collectiveNouns[toks[j].low] {
					d = an.text[toks[lo].s:toks[j].e]
				} else if j < len(toks) && qualifiedNouns[toks[j].low] {
					// "written by Democratic members of the committee",
					// "published by Iranian state media": the name only
					// qualifies the author
					j = lo
				}
				if j > lo {
					return -1, strings.Join(strings.Fields(d), " "), true
				}
			}
		}
		// back over the article and modifiers to the verb
		v := k - 1
		for n := 0; v >= 0 && n < 4 && toks[v].kind == tkWord && !docIssueVerbs[toks[v].low] && toks[v].low != "in" && toks[v].low != "through" && !toks[v].cap; n++ {
			v--
		}
		if v >= 0 && toks[v].sent == t.sent && (docIssueVerbs[toks[v].low] || (toks[v].low == "in" || toks[v].low == "through") && v > 0 && sayForms[toks[v-1].low]) {
			w := v
			if toks[v].low == "out" || toks[v].low == "in" || toks[v].low == "through" {
				w = v - 1 // "put out a statement", "said in a statement"
			}
			src := an.subjectOf(an.sents[t.sent].first, w)
			for _, c := range an.cues {
				if c.tok == w && !c.src.empty() {
					src = c.src // "X said in a statement": the cue's own source
				}
			}
			if src.empty() {
				// "The Harlow Trust issued a statement": a name the people
				// layer left out, opening the sentence
				lo := w
				if lo > an.sents[t.sent].first && collectiveNouns[toks[lo-1].low] {
					lo-- // "The Ruiz campaign sent a memo"
				}
				for lo > an.sents[t.sent].first && toks[lo-1].kind == tkWord && toks[lo-1].cap && toks[lo-1].quote < 0 {
					lo--
				}
				if lo < w && lo > an.sents[t.sent].first && toks[lo-1].low == "the" {
					lo--
				}
				if lo < w && lo == an.sents[t.sent].first && toks[lo].cap {
					src = an.makeDescriptor(source{person: -1, first: lo, end: w})
				}
			}
			for r := an.sents[t.sent].first; r < src.first && src.person >= 0; r++ {
				if rl := toks[r].low; rl == "where" || rl == "who" || rl == "whom" || rl == "which" || rl == "whose" {
					src = source{person: -1} // "The high school where Hastert worked released a statement"
				}
			}
			if !src.empty() && src.pronoun != "they" {
				if p, d := an.resolve(cue{tok: w, src: src}, -1); d != "" && (p >= 0 || firstCap(d)) {
					return p, d, true
				}
			}
		}
		if f := an.sents[t.sent].first; k-f <= 5 && toks[f].low == "in" {
			// "In an internal memo distributed to staffers, the Bush
			// campaign outlined": the main clause's subject after the comma
			c := k + 1
			for c < an.sents[t.sent].end && toks[c].low != "," && toks[c].quote < 0 {
				c++
			}
			for _, cu := range an.cues {
				// "In a statement, Mr. McCabe's attorney, Michael Bromwich,
				// said": the clause's speech cue names who put it out
				if toks[c].low == "," && cu.tok > c && cu.tok < an.sents[t.sent].end && toks[cu.tok].quote < 0 && !cu.src.empty() && cu.src.pronoun == "" && cu.src.first > c {
					if p, d := an.resolve(cu, -1); d != "" && (p >= 0 || firstCap(d)) {
						return p, d, true
					}
				}
			}
			if c+2 < an.sents[t.sent].end && toks[c].low == "," && toks[c+1].low == "the" && toks[c+2].cap {
				e := c + 2
				for e < an.sents[t.sent].end && toks[e].kind == tkWord && (toks[e].cap || collectiveNouns[toks[e].low]) {
					e++
				}
				if src := an.makeDescriptor(source{person: -1, first: c + 1, end: e}); !src.empty() {
					if p, d := an.resolve(cue{tok: e, src: src}, -1); d != "" {
						return p, d, true
					}
				}
			}
		}
		if k > 0 && (toks[k-1].low == "the" || toks[k-1].low == "this" || toks[k-1].low == "that") {
			continue // "the memo" refers back: look for where it was put out
		}
		return -1, "", false // the nearest mention names no author
	}
	return -1, "", false
}

// collectiveNouns end an organisation's name after its capitalised words
// ("the Clinton campaign", "Virginia's congressional delegation").
var collectiveNouns = set("campaign", "administration", "committee", "delegation", "office", "team",
	"board", "caucus", "department", "council", "staff", "lawyers", "attorneys", "family")

// qualifiedNouns after a capitalised word make it a qualifier, not the
// author ("Democratic members", "Iranian state media").
var qualifiedNouns = set("members", "member", "officials", "lawmakers", "leaders", "aides", "senators", "state",
	"media", "government", "authorities", "sources", "agents", "investigators", "prosecutors", "staffers")

// authorParticiples name the author in their by-phrase ("a memo
// circulated by the DCCC"; not "reviewed by POLITICO").
var authorParticiples = set("circulated", "sent", "issued", "signed", "written", "released", "published",
	"distributed", "prepared", "drafted", "authored", "posted", "filed", "penned")

func firstCap(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nickname reports whether quote qi, of the words given, is a nickname
// inside a name: one or two capitalised words between a capitalised word
// and one that follows the closing mark ("Rob "Rocky" Baker").
func (an *analysis) nickname(qi int, words []string) bool {
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	q := an.quotes[qi]
	before := strings.TrimRight(an.text[:q.open], " ")
	after := strings.TrimLeft(an.text[min(q.close, len(an.text)):], " ")
	if before == "" || after == "" || len(before) == q.open || len(after) == len(an.text)-q.close {
		return false // no space around the marks: no name around them
	}
	b, _ := utf8.DecodeLastRuneInString(before)
	a, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLetter(b) && unicode.IsUpper(a) && unicode.IsUpper(firstRuneOfLastWord(before))
}

// firstRuneOfLastWord is the first letter of the last word of s.
func firstRuneOfLastWord(s string) rune {
	i := strings.LastIndexAny(s, " \n\t")
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return r
}

// isLink reports whether w is a web address.
func isLink(w string) bool {
	w = strings.ToLower(w)
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

// notAQuote spots titles, scare quotes and nicknames: short spans with no
// speaker, or Title Case names of shows and books.
func (an *analysis) notAQuote(qi int, a *attribution) bool {
	q := an.quotes[qi]
	if inTag(an.text, q.open) || an.text[q.start] == '>' {
		// `<tweet author="@handle">`: markup, not speech; a span that opens
		// with ">" runs from a tag's attribute mark into its content
		return true
	}
	if an.headlineByline(qi) || asideOrFurniture(an.text[q.start:q.end]) || !q.unclosed && datedWork(an.text[q.close:]) {
		return true
	}
	if a.how == "subject" || a.how == "continue" || a.how == "prev" || a.how == "" {
		// `to win so-called "closed" primaries`: a term the writer
		// distances, no one's words unless a cue gives them
		before := strings.ToLower(strings.TrimRight(an.text[max(0, q.open-12):q.open], " "))
		if strings.HasSuffix(before, "so-called") || strings.HasSuffix(before, "so called") {
			return true
		}
	}
	if an.chanted(qi) {
		// `chanting "Dump Trump."`, `chants of "USA! USA!"`: words a
		// crowd calls out, no title or scare quote however they look
		return false
	}
	if an.knownAs(qi) {
		// `a tabloid practice known as "catch and kill."`, `Rockefeller,
		// known as "Rocky,"`: a term or a nickname, no one's words
		return true
	}
	if an.agentlessNaming(qi) {
		// `young adults, often referred to as “Dreamers”`, `what are often
		// called “sanctuary cities.”`: the name a term goes by
		return true
	}
	if an.unsaidWord(qi) {
		// `while he did not use the word "impeachment,"`, `never uttered
		// the word "Iran."`: a word named as not said is no one's words
		return true
	}
	if an.termModifier(qi) {
		// `a “zero tolerance” policy`, `“red flag” laws`, `the federal
		// “anti-deficiency” act`: the name of a policy, law or program
		return true
	}
	// the tests below read the words of a quote of at most 14 words and
	// only count those of a longer one
	n := fieldCount(an.text[q.start:q.end])
	var words []string
	if n <= 14 {
		words = strings.Fields(an.text[q.start:q.end])
	}
	if n == 1 && isLink(words[0]) {
		return true // `src="https://..."`: an address, not speech
	}
	if n <= 2 && an.nickname(qi, words) {
		return true // `director Rob "Rocky" Baker`
	}
	if a.speaker == "" && a.kind == "partial" && n <= 4 && a.how != "cue" {
		// a short fragment no one is found to say is a scare quote; one a
		// speech verb reports is speech whose source goes unnamed
		// (`they called the count "fraudulent"`)
		return true
	}
	titleCtx := false // `told CNN's "New Day"`, `the book "Trump Revealed"`
	if ot := an.openTok(qi); ot > 0 {
		p := &an.toks[ot-1]
		titleCtx = p.poss || titleBefore[p.low] || titleLead[p.low] && an.text[q.end-1] != '!'
		if p.low == "the" && ot > 1 && (an.toks[ot-2].low == "on" || an.toks[ot-2].low == "during") {
			titleCtx = true // `his first appearance on the "Late Show with David Letterman"`
		}
		if (p.low == "'" || p.low == "’") && ot > 1 && an.toks[ot-2].kind == tkWord && an.toks[ot-2].e == p.s && strings.HasSuffix(an.toks[ot-2].low, "s") {
			titleCtx = true // `on Fox News' "Sunday Morning Futures"`: a bare possessive apostrophe
		}
		if p.low == "," && ot > 1 {
			// `her memoir, "Tough Choices."`, `his show, "The Apprentice,"`
			titleCtx = titleBefore[an.toks[ot-2].low] && an.toks[ot-2].low != "on"
		}
	}
	if !titleCtx && !q.unclosed && an.workAfter(q.close) {
		// `"Chi-Raq," a movie about Chicago`, `''Trump Revealed,'' a
		// biography written by`: a work its apposition names
		titleCtx = true
	}
	if !titleCtx && !q.unclosed && unicode.IsLetter(rune(an.text[q.end-1])) && an.workNounAfter(q.close) {
		// `the “Avatar” star`, `the “Off Message” podcast`: a name that
		// modifies a work noun
		titleCtx = true
	}
	if !titleCtx && !q.unclosed && n >= 2 && n <= 6 && an.titleModifier(qi, words) {
		// `the “Access Hollywood” tape`, `a “Drain the Swamp” event`,
		// `his “America First” message`: a name of two or more Title Case
		// words that modifies the noun after it, however a cue reports it
		titleCtx = true
	}
	spoken := a.how == "cue" || a.how == "chant" // a crowd's chant is words too
	if !q.unclosed && n >= 3 && n <= 14 && (subtitled(words) || n > 6 && titleCtx && titleCaseWords(words)) && !shouted(words) {
		// `the Syfy movie "Sharknado 3: Oh Hell No!"`, `a faux thriller
		// titled "The Day of the Donald Comes to Town Again,"`: a name of a
		// work with a subtitle, or a long one a work word or "titled"
		// leads, however a cue reports it; not words in capitals (`warning
		// him to "NEVER, EVER THREATEN THE UNITED STATES AGAIN"`)
		return !an.spokenSentence(qi)
	}
	if n <= 6 && (!spoken || titleCtx) {
		title, capital := true, false
		for i, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			capital = capital || unicode.IsUpper(r)
			// a number of two or more characters stands in a title like a
			// capitalised word ("Apollo 13", "60 Minutes", "The
			// 40-Year-Old Virgin"); "Hispanics 4 Trump" is a slogan
			number := unicode.IsDigit(r) && len(strings.Trim(w, ".,:;!?")) >= 2
			if !unicode.IsUpper(r) && !number && !(i > 0 && smallTitleWords[strings.ToLower(w)]) {
				title = false
				break
			}
		}
		title = title && capital
		last := an.text[q.end-1]
		if title && (last != '.' && last != '?' && last != '!' && last != ',' || titleCtx || n >= 2 && !spoken) {
			return !an.spokenSentence(qi)
		}
	}
	return false
}

// spokenSentence reports whether quote qi is a whole sentence of speech
// going on from the quote before it in its paragraph, however Title Case
// its words (`"Here comes Big Daddy," she said, clapping. "The Donald.
// Big Daddy."`, `”...,” the president added. ”We're America.”`): the
// quote before has the speaker its cue gave and stands in the sentence
// before, and quote qi opens its own sentence and ends it.
func (an *analysis) spokenSentence(qi int) bool {
	if qi == 0 {
		return false
	}
	q, pq, pa := an.quotes[qi], an.quotes[qi-1], &an.attrib[qi-1]
	if pq.para != q.para || q.unclosed || pa.drop || pa.how != "cue" || pa.speaker == "" {
		return false
	}
	if last := an.text[q.end-1]; last != '.' && last != '?' && last != '!' {
		return false
	}
	ot, pot := an.openTok(qi), an.openTok(qi-1)
	if ot < 1 || pot < 0 {
		return false
	}
	toks := an.toks
	s := an.sents[toks[ot].sent]
	if s.first != ot || toks[pot].sent != toks[ot].sent-1 {
		return false
	}
	k := ot + 1
	for k < s.end && toks[k].s < q.close {
		k++
	}
	for ; k < s.end; k++ {
		if toks[k].kind == tkWord {
			return false // `"Non-paper" is a diplomatic term`
		}
	}
	return true
}

// workNounAfter reports whether the word right after a closing mark at
// text[close] is a work noun ("show", "podcast", "series") or "star".
func (an *analysis) workNounAfter(close int) bool {
	toks := an.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= close })
	if k >= len(toks) || toks[k].kind != tkWord || toks[k].cap {
		return false
	}
	w := toks[k].low
	return w == "star" || titleBefore[w] && w != "on" && w != "titled" && w != "entitled"
}

// titleModifier reports whether quote qi, of the words given, is a Title
// Case name (two words or more, not written in capitals) that modifies the
// word right after its closing mark: no punctuation inside the marks at
// its end or between, and a lower-case word after that is no function
// word, adverb, auxiliary or speech verb (`the “Access Hollywood” tape`,
// `a “Dear Colleague” letter`; not `called him "Lyin' Ted" again`).
func (an *analysis) titleModifier(qi int, words []string) bool {
	q := an.quotes[qi]
	if r, _ := utf8.DecodeLastRuneInString(an.text[q.start:q.end]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	if !titleCaseWords(words) || shouted(words) {
		return false
	}
	toks := an.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= q.close })
	if k >= len(toks) || toks[k].kind != tkWord || toks[k].cap || toks[k].s > q.close+1 {
		return false
	}
	ot := an.openTok(qi)
	if ot < 0 || toks[k].para != toks[ot].para {
		return false
	}
	if ot > 0 && !determiners[toks[ot-1].low] && !toks[ot-1].poss {
		// `called Rubio “Little Marco” multiple times`: a name a calling
		// verb gives someone is that speaker's words
		for j := ot - 1; j >= 0 && j >= ot-3; j-- {
			if callingVerbs[toks[j].low] {
				return false
			}
		}
	}
	w := toks[k].low
	if capStopWords[w] || auxWords[w] || strings.HasSuffix(w, "ly") && !lyNouns[w] || speechVerbs[w] != "" || !unicode.IsLetter(rune(w[0])) {
		return false
	}
	return true
}

// termModifier reports whether quote qi is a lower-case term that names
// the policy, law, program or group its head noun right after the closing
// mark stands for: two to four words, or one hyphenated term, opening in
// lower case, ending in a letter or digit, with no -ly adverb, no comma
// and no and/but/or/to (a speaker's judgement or words: `the "grossly
// unfair" tax`, `a "firm but fair" policy`, `"willing to pay more"
// taxes`, `a "robust, clandestine nuclear weapons" programme`), and not after a calling verb (`what critics call a
// "catch-and-release" policy` are the critics' words).
func (an *analysis) termModifier(qi int) bool {
	q := an.quotes[qi]
	if q.unclosed {
		return false
	}
	span := an.text[q.start:q.end]
	words := strings.Fields(span)
	if len(words) < 1 || len(words) > 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(span); !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(span); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,;:!?"))
		if lw == "and" || lw == "but" || lw == "or" || lw == "nor" || lw == "to" || lw == "never" || modalWords[lw] || strings.HasSuffix(lw, "ly") && !lyNouns[lw] || strings.HasSuffix(w, ",") {
			return false
		}
	}
	toks := an.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= q.close })
	if k >= len(toks) || toks[k].kind != tkWord || toks[k].s > q.close+1 || !termHeads[toks[k].low] && !tallyHeads[toks[k].low] {
		return false
	}
	if len(words) == 1 && !hyphenTerm(words[0]) {
		// `her "hurtful" remarks`: one word is a speaker's unless it names
		// a rating, a plea or a button, or is a vote's own word
		h, w := toks[k].low, strings.ToLower(words[0])
		if !tallyHeads[h] || (h == "vote" || h == "votes" || h == "voters") && !voteWords[w] {
			return false
		}
	}
	ot := an.openTok(qi)
	if ot < 0 || toks[k].para != toks[ot].para {
		return false
	}
	for j := ot - 1; j >= 0 && j >= ot-3; j-- {
		if callingVerbs[toks[j].low] {
			return false
		}
	}
	return true
}

// knownAs reports whether quote qi follows "known as", with "a", "an" or
// "the" after "as" or an -ly adverb before it ("known as the “Steele
// dossier,”", "known colloquially as the “Plunge Protection team,”"), not
// after a modal "be" (`said the league should be known as the "..."` is
// his coinage).
func (an *analysis) knownAs(qi int) bool {
	ot := an.openTok(qi)
	toks := an.toks
	k := ot - 1
	if k >= 0 && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") {
		k--
	}
	if k < 1 || toks[k].low != "as" {
		return false
	}
	k--
	if toks[k].low != "known" && k >= 1 && strings.HasSuffix(toks[k].low, "ly") {
		k--
	}
	if toks[k].low != "known" || an.chanted(qi) {
		return false
	}
	return !(k >= 2 && toks[k-1].low == "be" && modalWords[toks[k-2].low])
}

// agentlessNaming reports whether quote qi is the name a thing goes by:
// a naming verb of the passive right before its mark (called, dubbed,
// nicknamed, termed, labeled, branded, referred to as, described as,
// with "a", "an" or "the" between) after an adverb of habit (often,
// sometimes, commonly, also, widely, ...), and no speaker before the
// adverb (`which he often called "..."` is his).
func (an *analysis) agentlessNaming(qi int) bool {
	ot := an.openTok(qi)
	if ot < 3 || an.quotes[qi].unclosed {
		return false
	}
	toks := an.toks
	k := ot - 1
	if w := toks[k].low; w == "a" || w == "an" || w == "the" {
		k--
	}
	switch {
	case k >= 2 && toks[k].low == "as" && toks[k-1].low == "to" && toks[k-2].low == "referred":
		k -= 3
	case k >= 1 && toks[k].low == "as" && toks[k-1].low == "described":
		k -= 2
	case k >= 0 && namingParticiples[toks[k].low]:
		k--
	default:
		return false
	}
	if k < 1 || !habitAdverbs[toks[k].low] || toks[k].sent != toks[ot].sent {
		return false
	}
	p := toks[k-1]
	return !(p.kind == tkWord && (p.cap || subjectPronouns[p.low]))
}

// namingParticiples name a thing in the passive ("often called").
var namingParticiples = set("called", "dubbed", "nicknamed", "termed", "labeled", "labelled", "branded")

// habitAdverbs say a name is in common use ("often called").
var habitAdverbs = set("often", "sometimes", "commonly", "also", "widely", "generally", "frequently", "usually",
	"popularly", "colloquially", "affectionately", "informally", "derisively", "jokingly")

// subjectPronouns stand as the subject of a verb.
var subjectPronouns = set("he", "she", "they", "we", "i", "you", "it", "who")

// unsaidWord reports whether quote qi is a word or phrase named as one
// someone did not say: "the word", "the words", "the term" or "the
// phrase" before its mark and a negation at most four words before that
// ("did not use", "never uttered", "refused to say", "without using").
func (an *analysis) unsaidWord(qi int) bool {
	ot := an.openTok(qi)
	if ot < 2 || an.quotes[qi].unclosed {
		return false
	}
	toks := an.toks
	switch toks[ot-1].low {
	case "word", "words", "term", "phrase":
	default:
		return false
	}
	if toks[ot-2].low != "the" {
		return false
	}
	for j := ot - 3; j >= 0 && j >= ot-6 && toks[j].sent == toks[ot].sent; j-- {
		w := toks[j].low
		if w == "not" || w == "never" || w == "without" || strings.HasSuffix(w, "n't") || strings.HasPrefix(w, "refus") || strings.HasPrefix(w, "avoid") {
			return true
		}
	}
	return false
}

// callingVerbs give someone or something a name: the name after them is
// the caller's words.
var callingVerbs = set("call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "nickname",
	"nicknamed", "brand", "branded", "branding", "label", "labels", "labeled", "labelled", "labeling")

// hyphenTerm reports whether one quoted word is hyphenated as a term
// ("catch-and-release", "stop-and-frisk", "zero-tolerance"), not as a
// speaker's adjective ("common-sense", "thin-skinned", "no-nonsense").
func hyphenTerm(w string) bool {
	w = strings.ToLower(w)
	return strings.Count(w, "-") >= 2 || strings.HasPrefix(w, "zero-")
}

// termHeads are nouns a quoted term names a kind of: policies, laws,
// programs, plans and the groups and labels of politics.
var termHeads = set("policy", "policies", "program", "programs", "programme", "law", "laws", "act", "bill",
	"bills", "legislation", "rule", "rules", "clause", "provision", "provisions", "tax", "taxes", "plan", "plans",
	"strategy", "approach", "system", "doctrine", "theory", "movement", "campaign", "initiative", "operation",
	"scandal", "agenda", "label", "tag", "slogan", "list", "mode", "group", "groups", "wing", "faction",
	"caucus", "issues", "model", "technique", "techniques", "loophole", "exemption", "standard", "zone", "zones",
	"status", "visa", "visas", "category", "designation", "ban", "bans", "mandate", "brand", "package", "tour",
	"guidance", "tool", "tools", "technology", "controversy", "competition", "panel", "jurisdictions", "orders",
	"investigation", "hearing", "hearings", "hashtag", "loopholes", "fund", "exchange", "exchanges")

// tallyHeads are nouns whose kinds a quoted word names even alone: votes
// and voters counted by kind ("yes" votes, "very conservative" voters),
// delegates by status ("bound", "at large"), fact-check ratings ("mostly
// false"), pleas ("not guilty"), the columns and tabs of a table and the
// buttons of a machine ("pause", "reset").
var tallyHeads = set("vote", "votes", "voters", "delegates", "rating", "ratings", "plea", "column",
	"tab", "button")

// voteWords are the words a vote is cast with.
var voteWords = set("yes", "no", "yea", "yeas", "nay", "nays", "aye", "ayes", "present")

// lyNouns are nouns that end like an adverb in -ly.
var lyNouns = set("rally", "family", "assembly", "ally", "supply", "anomaly", "monopoly", "bully", "folly", "jelly", "belly")

// workAfter reports whether the words after a closing mark at text[close]
// are an apposition naming a work: ", a movie", ", the 2005 biography",
// "a documentary about".
func (an *analysis) workAfter(close int) bool {
	toks := an.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= close })
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k >= len(toks) || (toks[k].low != "a" && toks[k].low != "an" && toks[k].low != "the") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].kind == tkWord && toks[j].quote < 0; j++ {
		if titleBefore[toks[j].low] && toks[j].low != "on" {
			return true
		}
	}
	return false
}

// asideOrFurniture reports whether a quoted span is one letter (`for
// "R," or "D,"`), one bracketed aside ("(CROSSTALK.)", "[HuffPost.]": a
// transcript's stage direction or a source tag) or a follow-us line
// ("Follow Pam Key on Twitter @pamkeyNEN."): no speech.
func asideOrFurniture(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".,")
	if utf8.RuneCountInString(s) == 1 {
		return true // `for "R," or "D,"`: a letter names a party or a grade
	}
	if n := len(s); n >= 3 && (s[0] == '(' && s[n-1] == ')' || s[0] == '[' && s[n-1] == ']') {
		return !strings.ContainsAny(s[1:n-1], "()[]")
	}
	if rest, ok := strings.CutPrefix(s, "Follow "); ok && len(rest) < 60 {
		return strings.Contains(rest, " on Twitter") || strings.Contains(rest, " on Facebook") || strings.Contains(rest, " on Instagram")
	}
	return false
}

// datedWork reports whether the text after a closing mark opens with a
// year in brackets: `"No to Schengen" (2005)`, `"Chi-Raq" (2015)` name a
// poster, a film or a book by its date; speech is not dated so.
func datedWork(after string) bool {
	after = strings.TrimLeft(after, " ")
	if len(after) < 6 || after[0] != '(' || after[5] != ')' {
		return false
	}
	y := after[1:5]
	return (y[:2] == "18" || y[:2] == "19" || y[:2] == "20") && strings.Trim(y, "0123456789") == ""
}

// headlineByline reports whether quote qi is the headline of a story
// credited to its writer, as link lists and newsletters print them:
// `"Met accused of whitewashing baby Jesus," by Post's Kathianne
// Boniello:`, `according to "The Trumps" by Gwenda Blair`. The quote
// opens its sentence (or follows a dash, a colon or "according to") and
// "by" and a capitalised word follow its closing mark; inside a sentence
// the same shape is a passive's complement ("has been called "strategic
// ambiguity" by Joshua Hendrick") and stays a quote.
func (an *analysis) headlineByline(qi int) bool {
	q := an.quotes[qi]
	ot := an.openTok(qi)
	if ot < 0 || q.unclosed {
		return false
	}
	toks := an.toks
	// a headline cut off by its comma, or a work after "according to"
	// ("If there had not been that intervention" by the United States,
	// Clinton said: a sentence the quote opens, no headline)
	lead := an.text[q.end-1] == ',' && (ot == an.sents[toks[ot].sent].first || ot == 0 || toks[ot-1].para != toks[ot].para)
	if !lead && ot > 0 {
		switch toks[ot-1].low {
		case "—", "–", "-", "--", "―", ":":
			lead = an.text[q.end-1] == ','
		case "to":
			lead = ot > 1 && toks[ot-2].low == "according"
		}
	}
	if !lead {
		return false
	}
	k := ot + 1
	for k < len(toks) && toks[k].s < q.close {
		k++
	}
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k >= len(toks) || toks[k].low != "by" {
		return false
	}
	if k++; k < len(toks) && toks[k].low == "the" {
		k++ // "by the New York Post's Amy Spencer"
	}
	return k < len(toks) && toks[k].cap && toks[k].para == toks[ot].para
}

// titleBefore are words that introduce the title of a work.
var titleBefore = set("on", "book", "film", "movie", "show", "series", "program", "programme", "titled",
	"entitled", "song", "album", "novel", "play", "column", "headline", "article", "essay", "memoir", "documentary", "podcast", "segment",
	"biography", "autobiography", "chapter", "episode", "poem", "hymn", "anthem", "slogan", "motto", "speech",
	"sermon", "thriller", "drama", "comedy", "sitcom", "miniseries", "musical", "opera", "sequel", "painting", "exhibit",
	"exhibition")

// titleLead are words a quoted name of a work follows directly, where a
// speech quote rarely does: `told "Fox and Friends,"`, `an interview with
// "Fox News Sunday."`, `a site called "Cape Breton If Trump Wins"`, `the
// author of "Going Viral,"`. Only Title Case spans are dropped for it.
var titleLead = set("told", "with", "called", "named", "dubbed", "of", "in", "to", "author", "star", "stars", "starred", "including",
	"during")

// inTag reports whether the mark at text[open] opens an attribute value
// inside a markup tag left in the text: "=" before it and a "<" earlier on
// the line with no ">" after it.
func inTag(text string, open int) bool {
	if open < 1 || text[open-1] != '=' {
		return false
	}
	for k := open - 2; k >= 0 && k >= open-1000; k-- {
		switch text[k] {
		case '<':
			return true
		case '>', '\n':
			return false
		}
	}
	return false
}

// openTok finds the token of the opening mark of quote qi.
func (an *analysis) openTok(qi int) int {
	q := an.quotes[qi]
	lo, hi := 0, len(an.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if an.toks[m].s < q.open {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(an.toks) && an.toks[lo].s == q.open {
		return lo
	}
	return -1
}

var smallTitleWords = set("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "as", "&")

// titleCaseWords reports whether words are a Title Case name: every word
// capitalised, a number of two or more characters, or a small title word
// after the first, and one capital at least.
func titleCaseWords(words []string) bool {
	capital := false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		capital = capital || unicode.IsUpper(r)
		number := unicode.IsDigit(r) && len(strings.Trim(w, ".,:;!?")) >= 2
		if !unicode.IsUpper(r) && !number && !(i > 0 && smallTitleWords[strings.ToLower(w)]) {
			return false
		}
	}
	return capital
}

// subtitled reports whether words are a Title Case name with a subtitle
// after a colon ("Crippled America: How to Make America Great Again,",
// "Sharknado 3: Oh Hell No!"): a word ending in a colon, two words or more
// after it, every word a title word; a sequel's one-digit number may stand
// before the colon. A transcript label ("HALL: We will win.") goes on in
// lower case and is none.
func subtitled(words []string) bool {
	colon := -1
	for i, w := range words[:len(words)-2] {
		if strings.HasSuffix(w, ":") && len(w) > 1 {
			colon = i
			break
		}
	}
	if colon < 0 || colon == 0 && strings.ToUpper(words[0]) == words[0] {
		return false // "HALL: We Will Win!": a speaker's label
	}
	ws := append([]string(nil), words...)
	if r, _ := utf8.DecodeRuneInString(ws[colon]); colon > 0 && unicode.IsDigit(r) && len(ws[colon]) == 2 {
		ws[colon] = "N:" // "Sharknado 3:": a sequel's number
	}
	return titleCaseWords(ws[:colon+1]) && titleCaseWords(ws[colon+1:])
}

// shouted reports whether words are written all in capitals, as tweets
// and signs shout ("NEVER, EVER THREATEN US AGAIN").
func shouted(words []string) bool {
	s := strings.Join(words, " ")
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

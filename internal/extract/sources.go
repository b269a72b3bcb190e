package extract

import (
	"strings"
)

// sourceAfter reads the source phrase that starts at toks[k] (after an
// inverted verb or "according to").
func (an *analysis) sourceAfter(k, end int, midx []int32) source {
	toks := an.toks
	src := source{person: -1, first: k, end: k}
	if k >= end {
		return src
	}
	if c := an.quotedTitleBefore(k, end); c > k {
		// `said "Blue State" director Ann Hale`: the short quoted title
		// of the work a role belongs to is part of the phrase
		if r := an.sourceAfter(c, end, midx); r.person >= 0 {
			return r
		}
	}
	if p, ok := pronouns[toks[k].low]; ok && toks[k].quote < 0 {
		if p == "" || p == "it" {
			return src
		}
		src.pronoun, src.end = p, k+1
		return src
	}
	// a person named within the next few words, with only words before
	for j := k; j < end && j < k+8; j++ {
		t := &toks[j]
		if t.kind == tkQuote || t.quote >= 0 {
			break
		}
		if t.low == "." && j > k && j+1 < end && webDomains[toks[j+1].low] && toks[j-1].e == t.s && t.e == toks[j+1].s {
			j++ // "said MoveOn.org national spokeswoman Karine Jean-Pierre"
			continue
		}
		if t.low == "." && j > k && dottedPlace[toks[j-1].low] && toks[j-1].e == t.s {
			continue // "said former U.S. Mideast peace negotiator Aaron David Miller"
		}
		if mi := midx[j]; mi >= 0 {
			m := an.mentions[mi]
			if toks[m.end-1].poss {
				// "exhorted Clinton's introducer, actress Jamie Lee
				// Curtis": the name in apposition to the possessed noun
				if r := an.appositiveName(m.end, end, midx); r >= 0 {
					m = an.mentions[r]
					return source{person: m.person, first: m.tfirst, end: m.end}
				}
				if j == k+2 && toks[k].low == "one" && toks[k+1].low == "of" {
					// "said one of Obama's 2012 campaign alums": one of
					// the owner's people, not the owner
					s := m.end
					if s < end && toks[s].kind == tkNum {
						s++
					}
					e := s
					for e < end && e < s+4 && toks[e].kind == tkWord && !toks[e].cap && toks[e].quote < 0 && !descStop[toks[e].low] {
						e++
					}
					if e > s && e < end && midx[e] >= 0 && an.mentions[midx[e]].tfirst == e {
						// "one of Trump's pollsters Tony Fabrizio": the name
						a := an.mentions[midx[e]]
						return source{person: a.person, first: a.tfirst, end: a.end}
					}
					if h := toks[e-1].low; e > s && plainNoun(&toks[e-1]) && strings.HasSuffix(h, "s") && !documentNouns[h] && !documentNouns[strings.TrimSuffix(h, "s")] && h != "advertisements" && h != "commercials" {
						// not "read one of Biden's advertisements": his
						// own ads speak for him
						return source{person: -1, desc: an.text[toks[s].s:toks[e-1].e], first: k, end: e}
					}
				}
			}
			// "Sessions spokeswoman Sarah Isgur Flores": the later name
			if n := m.end; n+1 < end && toks[m.end-1].kind == tkWord && !toks[n].cap && toks[n].kind == tkWord {
				if toks[m.end-1].poss {
					// "Clinton's top foreign policy aide Jake Sullivan": modifiers
					// before the role noun
					for r := n; r < end-1 && r < n+4 && toks[r].kind == tkWord && !toks[r].cap && toks[r].quote < 0; r++ {
						if _, role := titleWords[toks[r].low]; role || sourceNouns[toks[r].low] {
							if midx[r+1] >= 0 {
								n = r
							}
							break
						}
					}
				}
				if _, role := titleWords[toks[n].low]; role || sourceNouns[toks[n].low] {
					for j2 := n + 1; j2 < end && j2 <= n+3; j2++ {
						if mj := midx[j2]; mj >= 0 {
							m = an.mentions[mj]
							break
						}
						if toks[j2].kind != tkWord {
							break
						}
					}
					if m.first < n {
						if r := an.andRoleName(n+1, end); r >= 0 {
							// "said longtime Hale ally and party operative
							// Paul Begala": one person, two roles
							m = an.mentions[r]
							return source{person: m.person, first: m.tfirst, end: m.end}
						}
						// no later name: "Trump's lawyers" is a descriptor
						return an.descriptorAfter(k, end)
					}
				}
			}
			if n := m.end; m.tfirst >= 2 && linkPreps[toks[m.tfirst-1].low] && sourceNouns[toks[m.tfirst-2].low] && n+1 < end && toks[n].low == "," {
				// `said another spokesman for Mr. Hall, Tom Ruiz,`: the
				// name in apposition to the phrase is the one who spoke
				if mj := midx[n+1]; mj >= 0 && an.mentions[mj].tfirst == n+1 && an.mentions[mj].person != m.person {
					a := an.mentions[mj]
					if a.end >= end || toks[a.end].low == "," || toks[a.end].low == "." {
						return source{person: a.person, first: a.tfirst, end: a.end}
					}
				}
			}
			src.person, src.first, src.end = m.person, j, m.end
			return src
		}
		if t.kind != tkWord && !(t.kind == tkNum && j > k) || t.low == "who" || t.low == "that" || t.low == "in" || t.low == "on" || t.low == "about" {
			break // a year may stand in the phrase: "a 2013 study by X"
		}
		if (t.low == "with" || t.low == "to") && j > k && linkWords[toks[j-1].low] {
			break // "a fundraiser aligned with Rubio": Rubio is not the source
		}
		if t.low == "of" && j > k && (toks[j-1].low == "republican" || toks[j-1].low == "democrat") {
			break // "said an Iowa Republican of Rubio": the topic
		}
	}
	d := an.descriptorAfter(k, end)
	// "said another leading advocate, Andrew J. Pincus of Mayer Brown":
	// the name after the phrase, whatever noun heads the phrase
	e := k
	for e < end && e < k+8 && toks[e].kind == tkWord && toks[e].quote < 0 && !descStop[toks[e].low] {
		e++
	}
	if e > k && e+1 < end && toks[e].low == "," {
		if mi := midx[e+1]; mi >= 0 && an.mentions[mi].tfirst == e+1 {
			m := an.mentions[mi]
			return source{person: m.person, first: m.tfirst, end: m.end}
		}
		if r := an.placeRoleName(k, e, end); r >= 0 {
			m := an.mentions[r]
			return source{person: m.person, first: m.tfirst, end: m.end}
		}
	}
	if e > k && e < end && toks[e].low == "and" {
		// "tweeted New York University journalism professor and media
		// critic Jay Rosen"
		if r := an.andRoleName(e, end); r >= 0 {
			m := an.mentions[r]
			return source{person: m.person, first: m.tfirst, end: m.end}
		}
	}
	return d
}

// commaClauseSubject returns the mention that opens, after a comma, the
// clause the "and" or "but" at toks[a] goes on ("..., President Hall took
// him aside and told him"): a name right before its verb, no object or
// possessive, with no comma, quote or other name between it and a; -1
// when none. The sentence's first clause is subjectOf's.
func (an *analysis) commaClauseSubject(first, a int) int {
	toks := an.toks
	for k := a - 1; k > first+1; k-- {
		t := &toks[k]
		if t.low == "," || t.kind == tkQuote || t.quote >= 0 || t.low == ";" || dashes[t.low] {
			return -1
		}
		mi := an.midx[k]
		if mi < 0 {
			continue
		}
		m := an.mentions[mi]
		if m.tfirst <= first+1 || toks[m.tfirst-1].low != "," || toks[m.end-1].poss || an.objectAt(m.tfirst) {
			return -1
		}
		j := m.end
		for j < a && auxWords[toks[j].low] {
			j++
		}
		if j >= a || toks[j].kind != tkWord || toks[j].cap || !verbLike(toks[j].low) {
			return -1
		}
		return int(mi)
	}
	return -1
}

// doubleGenitive reports whether the possessive name ending at toks[k]
// follows "of" and a plain noun ("a classmate of Kavanaugh's"): the
// phrase names someone of that person's, not the person.
func (an *analysis) doubleGenitive(k int) bool {
	toks := an.toks
	mi := an.midx[k]
	if k < 0 || !toks[k].poss || mi < 0 {
		return false
	}
	m := an.mentions[mi]
	return m.end == k+1 && m.tfirst >= 2 && toks[m.tfirst-1].low == "of" && plainNoun(&toks[m.tfirst-2])
}

// quotedTitleBefore returns where the source phrase goes on after a short
// quoted title of two to five capitalised words that opens it at toks[k]
// (`said "Blue State" director Ann Hale`), when a lower-case role or
// source noun follows the closing mark; k otherwise.
func (an *analysis) quotedTitleBefore(k, end int) int {
	toks := an.toks
	if k >= end || toks[k].kind != tkQuote || !toks[k].open {
		return k
	}
	c := k + 1
	for c < end && c <= k+6 && toks[c].kind == tkWord && toks[c].cap {
		c++
	}
	if c-k < 2 || c >= end-1 || toks[c].kind != tkQuote || toks[c].open {
		return k
	}
	n := &toks[c+1]
	if n.kind != tkWord || n.cap {
		return k
	}
	if _, role := titleWords[n.low]; !role && !sourceNouns[n.low] {
		return k
	}
	return c + 1
}

// andRoleName returns the mention that follows "and" at toks[k] and one
// to four words of a second role ("and Democratic operative Paul
// Begala", "and media critic Jay Rosen") when the name closes the clause
// (a comma, a full stop or the sentence's end after it), or -1. No
// article may stand in the second role: "and the mayor, Tom Hale" are two.
func (an *analysis) andRoleName(k, end int) int {
	toks := an.toks
	if k+2 >= end || toks[k].low != "and" {
		return -1
	}
	for n := k + 1; n < end && n <= k+5; n++ {
		if mi := an.midx[n]; mi >= 0 {
			m := an.mentions[mi]
			if n == k+1 || m.tfirst != n || toks[m.end-1].poss {
				return -1
			}
			if m.end < end && toks[m.end].kind == tkWord && toks[m.end].low != "said" && toks[m.end].low != "says" {
				return -1
			}
			return int(mi)
		}
		t := &toks[n]
		if t.kind != tkWord || t.quote >= 0 || determiners[t.low] || descStop[t.low] {
			return -1
		}
	}
	return -1
}

// placeRoleName returns the person after a town and its state before
// a role: "said Springfield, Illinois, attorney Terry Campo" (toks[k] the
// town, toks[c] the comma after it), or -1.
func (an *analysis) placeRoleName(k, c, end int) int {
	toks := an.toks
	if c-k > 2 || !toks[k].cap {
		return -1
	}
	n := c + 1
	for n < end && n <= c+2 && toks[n].kind == tkWord && toks[n].cap && an.midx[n] < 0 {
		n++
	}
	if n == c+1 || n >= end || toks[n].low != "," {
		return -1
	}
	for r := n + 1; r < end && r <= n+4; r++ {
		if mi := an.midx[r]; mi >= 0 {
			if r == n+1 || an.mentions[mi].tfirst != r {
				return -1
			}
			return int(mi)
		}
		if t := &toks[r]; t.kind != tkWord || t.cap || t.quote >= 0 || determiners[t.low] {
			return -1
		}
	}
	return -1
}

// appositiveName returns the mention that follows a short lower-case
// noun phrase at toks[k], a comma and at most three lower-case words
// ("introducer, actress Jamie Lee Curtis"), or -1.
func (an *analysis) appositiveName(k, end int, midx []int32) int {
	toks := an.toks
	j := k
	// "Obama's 2012 deputy campaign manager, Stephanie Cutter": a year
	// may stand among the modifiers
	for j < end && j < k+5 && (toks[j].kind == tkWord && !toks[j].cap || toks[j].kind == tkNum && j == k) && toks[j].quote < 0 {
		j++
	}
	if j == k || j+1 >= end || toks[j].low != "," {
		return -1
	}
	for n := j + 1; n < end && n <= j+4; n++ {
		if mi := midx[n]; mi >= 0 && an.mentions[mi].tfirst == n {
			return int(mi)
		}
		if toks[n].kind != tkWord || toks[n].cap || toks[n].quote >= 0 {
			return -1
		}
	}
	return -1
}

// opensClauseAt reports whether the name at toks[tf] may be a clause's
// subject: it opens the sentence or follows punctuation, a capitalised
// word or a clause word, not a verb or preposition whose object it is
// ("excoriated Newsom in a statement calling"); a role noun may stand
// before it ("press secretary Sarah Sanders in a statement said").
func (an *analysis) opensClauseAt(tf, first int) bool {
	if tf <= first {
		return true
	}
	p := &an.toks[tf-1]
	return p.kind != tkWord || p.cap || subjectOpeners[p.low] || sourceNouns[p.low] || titleWords[p.low] != "" || strings.HasSuffix(p.low, "founder")
}

// subjectOpeners may stand right before a clause's subject.
var subjectOpeners = set("that", "which", "what", "and", "but", "while", "when", "as", "after", "before", "because", "if", "though", "although", "then", "also")

// nonAppositiveOpeners open a phrase after a comma that is no appositive.
var nonAppositiveOpeners = set("according", "in", "on", "at", "for", "with", "by", "from", "to", "after", "before", "during", "as", "like", "including", "and", "but", "or")

// commaBetween reports whether a comma stands in toks[a:b].
func commaBetween(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		if toks[j].low == "," {
			return true
		}
	}
	return false
}

// descStop ends a descriptor phrase read forwards.
var descStop = set("who", "which", "that", "in", "on", "at", "to", "during", "after", "before",
	"when", "while", "because", "and", "but", "as", "by", "about", "said", "told", "says", "adding",
	"if", "since", "than", "from", "last", "this", "earlier", "later", "afterward", "recently",
	"yesterday", "today", "tonight", "thursday", "monday", "tuesday", "wednesday", "friday",
	"saturday", "sunday", "has", "have", "had", "was", "is", "were", "are", "would", "will",
	"released", "published", "conducted", "taken", "obtained", "seen", "posted", "sent", "issued")

func (an *analysis) descriptorAfter(k, end int) source {
	toks := an.toks
	src := source{person: -1, first: k, end: k}
	j := k
	for j < end && j < k+8 {
		t := &toks[j]
		if t.kind != tkWord && t.kind != tkNum || t.quote >= 0 {
			break
		}
		linked := j > k && (t.low == "with" && toks[j-1].low == "familiar" || t.low == "to" && toks[j-1].low == "close" || t.low == "in" && toks[j-1].low == "involved" || t.low == "as" && toks[j-1].low == "known")
		if descStop[t.low] && !linked {
			if j == k {
				return source{person: -1}
			}
			break
		}
		if linked {
			// "two sources familiar with the matter", "a source close to
			// the campaign", "the base chief known as Bob"
			j++
			for j < end && j < k+12 && toks[j].kind == tkWord && !descStop[toks[j].low] {
				j++
			}
			break
		}
		if t.low == "of" && j == k+1 && partitiveWords[toks[k].low] && j+1 < end && (toks[j+1].low == "the" || toks[j+1].low == "those") {
			j += 2 // "said one of the sources": the partitive's noun heads it
			continue
		}
		if (t.low == "of" || t.low == "for") && j > k {
			if e := an.orgNameOver(k, j, end); e > j {
				// "said Citizens for Open Space": the organisation's
				// whole name, not its first word
				src.end = e
				src.desc = strings.Join(strings.Fields(an.text[toks[k].s:toks[e-1].fe]), " ")
				if toks[k].low == "the" {
					src.desc = strings.Join(strings.Fields(an.text[toks[k+1].s:toks[e-1].fe]), " ")
				}
				return src
			}
			break
		}
		if t.low == "with" && j > k && linkHeads[toks[j-1].low] {
			break // "a Congressional aide with close ties to both men"
		}
		j++
		if t.poss && j < end && toks[j].kind != tkWord {
			break
		}
	}
	// "said one Republican senator shortly after the vote": no trailing
	// adverb ends the phrase
	if j-1 > k && toks[j-1].kind == tkWord && !toks[j-1].cap && strings.HasSuffix(toks[j-1].low, "ly") && !sourceNouns[toks[j-1].low] && sourceNouns[toks[j-2].low] {
		j--
	}
	src.end = j
	return an.makeDescriptor(src)
}

// orgNameOver reads an organisation's name that runs over "of" or "for"
// at toks[j] after a speech verb ("said Citizens for Open Space", "said
// the Union of Concerned Scientists"): the words from toks[k] (after an
// article) are all capitalised and no title ("said Secretary of State"
// names an office), and capitalised words follow, with inner "of",
// "for", "and" or "the" before another capital. It returns the end of
// the name, or j when the phrase is no such name.
func (an *analysis) orgNameOver(k, j, end int) int {
	toks := an.toks
	s := k
	if toks[s].low == "the" {
		s++
	}
	if s >= j || isTitleTok(&toks[s]) || roleNouns[toks[s].low] {
		return j
	}
	for c := s; c < j; c++ {
		if toks[c].kind != tkWord || !toks[c].cap || toks[c].poss || capStopWords[toks[c].low] || an.midx[c] >= 0 {
			return j
		}
	}
	e := j + 1
	if e < end && toks[e].low == "the" {
		e++
	}
	caps := 0
	for e < end && e < j+12 && toks[e].quote < 0 {
		t := &toks[e]
		if t.kind == tkWord && t.cap && !capStopWords[t.low] && !calendarWords[t.low] {
			caps++
			e++
			if t.poss {
				break
			}
			continue
		}
		if (t.low == "of" || t.low == "for" || t.low == "and" || t.low == "&") && e+1 < end && toks[e+1].kind == tkWord && toks[e+1].cap {
			e++
			continue
		}
		if (t.low == "of" || t.low == "for") && e+2 < end && toks[e+1].low == "the" && toks[e+2].kind == tkWord && toks[e+2].cap {
			e += 2
			continue
		}
		if t.low == "the" && e+1 < end && toks[e+1].cap && (toks[e-1].low == "of" || toks[e-1].low == "for") {
			e++
			continue
		}
		break
	}
	for e > j+1 && !toks[e-1].cap {
		e-- // a connector with nothing after it
	}
	if caps == 0 {
		return j
	}
	return e
}

// partitiveWords open "one of the sources", "two of the officials".
var partitiveWords = set("one", "two", "three", "four", "some", "several", "many", "most", "each", "another")

// descBackStop ends a descriptor phrase read backwards from the verb.
var descBackStop = set("that", "and", "but", "because", "when", "while", "as", "after", "before",
	"if", "since", "though", "although", "of", "for", "with", "in", "on", "at", "to", "by", "from",
	"about", "said", "says", "told", "where", "so", "than", "whom", "who", "which", "what", "also",
	"until", "unless")

// sourceBefore reads the subject of the verb at toks[v]: the nearest name,
// pronoun or noun phrase before it, skipping auxiliaries and an
// appositive between commas.
func (an *analysis) sourceBefore(v, first int, midx []int32) source {
	src := an.sourceBeforeVerb(v, first, midx)
	if g := an.groupOf(src, first); !g.empty() {
		return g
	}
	return src
}

// groupOf reads a source phrase that follows "of" after a plural noun
// of side-taking ("Critics of the administration accused", "Supporters
// of the mayor said", "allies of Ann Hale argued"): those people speak,
// not what they are for or against; an empty source otherwise.
func (an *analysis) groupOf(src source, first int) source {
	toks := an.toks
	k := src.first - 1
	if src.empty() || src.pronoun != "" || k-1 < first || toks[k].low != "of" || !sideNouns[toks[k-1].low] {
		return source{person: -1}
	}
	return source{person: -1, desc: an.text[toks[k-1].s:toks[k-1].e], first: k - 1, end: src.end}
}

// sideNouns are plural nouns for people by the side they take.
var sideNouns = set("critics", "supporters", "opponents", "detractors", "defenders", "backers", "allies", "foes", "enemies", "admirers", "fans", "skeptics", "proponents", "advocates")

// sourceBeforeVerb is sourceBefore before the "of" reading of groupOf.
func (an *analysis) sourceBeforeVerb(v, first int, midx []int32) source {
	toks := an.toks
	src := source{person: -1}
	k := v - 1
	if k >= first {
		if pi := an.bareSurname(k); pi >= 0 {
			// "Will described Trump as": a known person's surname that the
			// people layer keeps out of names as a common word
			return source{person: pi, first: k, end: k + 1}
		}
	}
	for n := 0; k >= first && n < 4 && auxWords[toks[k].low] && toks[k].kind == tkWord && !(toks[k].cap && midx[k] >= 0); n++ { // not the name "May" of Theresa May
		k--
	}
	// "The email goes on to say:", "he went on to write": the subject of
	// the verb before "to"
	if k-1 > first && toks[k].low == "to" && (toks[k-1].low == "on" && k-2 > first && onVerbs[toks[k-2].low]) {
		k -= 3
	}
	// "The study had this to say:": the subject of "had"
	if k-2 > first && toks[k].low == "to" && sayObjects[toks[k-1].low] && (toks[k-2].low == "had" || toks[k-2].low == "has" || toks[k-2].low == "have") {
		k -= 3
	}
	// "a reporter can be heard asking": the subject before a passive
	// verb group of perception
	if k-2 >= first && (toks[k].low == "heard" || toks[k].low == "seen") && (toks[k-1].low == "be" || toks[k-1].low == "been" || toks[k-1].low == "is" || toks[k-1].low == "was") {
		k -= 2
		for n := 0; k >= first && n < 3 && (auxWords[toks[k].low] || modalWords[toks[k].low]) && toks[k].kind == tkWord; n++ {
			k--
		}
	}
	if k < first {
		return src
	}
	// "Joel Arends, chairman of the group, in a statement said": the
	// subject before a prepositional phrase naming where the words went
	if k-3 >= first && toks[k-2].low == "in" && (determiners[toks[k-1].low] || toks[k-1].low == "his" || toks[k-1].low == "her" || toks[k-1].low == "their") && (documentNouns[toks[k].low] || toks[k].low == "interview" || toks[k].low == "release") && (toks[k-3].low == "," || an.midx[k-3] >= 0 && an.opensClauseAt(an.mentions[an.midx[k-3]].tfirst, first)) {
		k -= 3
	}
	// "Donald Trump Jr. said": the name before a suffix its mention
	// leaves out, when the person has that suffix ("Robert Bork III" is
	// not the "Robert Bork" the mention joined) and is no preposition's
	// object ("A lawyer for Trump Jr told")
	if e := skipSuffix(toks, k, first); e < k && e >= first {
		if mi := midx[e]; mi >= 0 && an.mentions[mi].end == e+1 && strings.EqualFold(strings.TrimSuffix(an.people[an.mentions[mi].person].suffix, "."), toks[e+1].low) && !an.objectAt(an.mentions[mi].tfirst) {
			k = e
		}
	}
	if k-2 >= first && webDomains[toks[k].low] && toks[k-1].low == "." && toks[k-2].kind == tkWord && toks[k-2].cap && toks[k-2].quote < 0 && toks[k-2].e == toks[k-1].s && toks[k-1].e == toks[k].s && (k-3 < first || !objectPreps[toks[k-3].low] && toks[k-3].low != "in") {
		// "fact-check website Snopes.com acknowledged:": a site named by
		// its address speaks (the period splits no phrase); not the
		// object of a preposition ("Greg McBride of Bankrate.com said")
		return source{person: -1, desc: an.text[toks[k-2].s:toks[k].e], first: k - 2, end: k + 1}
	}
	if ps := an.personOfOrg(k, first); ps.person >= 0 {
		return ps
	}
	// "X confirmed the meetings, but said": the clause's subject
	if toks[k].low == "and" || toks[k].low == "but" {
		if m := an.commaClauseSubject(first, k); m >= 0 {
			// "X testified that the day after, Hall took him aside and
			// told him": the clause the second verb goes on
			mm := an.mentions[m]
			return source{person: mm.person, first: mm.tfirst, end: mm.end}
		}
		return an.subjectOf(first, k)
	}
	if toks[k].low == "," {
		// X, who ..., said / X, R-Calif., said / A strategist, John Weaver, said:
		// walk back over up to four comma-separated segments to a name
		comma := k
		fallback := -1
		// "Sen. John McCain (R-Ariz.), said"; not a preposition's object,
		// which an appositive holds ("Ann Ruiz, the communications
		// director for Rep. Tom Hall (R-Tenn.), wrote")
		if p := comma - 1; p > first && toks[p].low == ")" {
			for p > first && p > comma-8 && toks[p].low != "(" {
				p--
			}
			if toks[p].low == "(" {
				if mi := midx[p-1]; mi >= 0 && an.mentions[mi].end == p && !an.objectAt(an.mentions[mi].tfirst) {
					m := an.mentions[mi]
					return source{person: m.person, first: m.tfirst, end: m.end}
				}
			}
		}
		for seg := 0; seg < 4; seg++ {
			j := comma - 1
			for j >= first && j > comma-30 && toks[j].low != "," && toks[j].kind != tkQuote && toks[j].quote < 0 {
				j--
				// `Hemsley, the co-author of "Going Viral," about ..., said`:
				// a short quoted title inside the appositive is part of it
				if j > first && j < comma-1 && toks[j].kind == tkQuote && !toks[j].open {
					o := j - 1
					for o > first && o > j-9 && !(toks[o].kind == tkQuote && toks[o].open) {
						o--
					}
					if toks[o].kind == tkQuote && toks[o].open && o > first {
						j = o - 1
					}
				}
			}
			// the segment itself is a name: "A top strategist, John Weaver, said"
			if comma-1 > j && seg == 0 {
				// and "the Senate minority leader, Mitch McConnell of
				// Kentucky, said": a name, "of" and a place
				e := comma
				for p := comma - 1; p > j+1 && p > comma-4 && toks[p].kind == tkWord && toks[p].cap && midx[p] < 0; p-- {
					if toks[p-1].low == "of" {
						e = p - 1
						break
					}
				}
				if mi := midx[e-1]; mi >= 0 && an.mentions[mi].end == e && an.mentions[mi].tfirst == j+1 {
					m := an.mentions[mi]
					return source{person: m.person, first: m.tfirst, end: m.end}
				}
				// "his oldest son, Peter Hall Jr., said": the name before a
				// suffix the mention leaves out
				if e := skipSuffix(toks, comma-1, first); e < comma-1 && e > j {
					if mi := midx[e]; mi >= 0 && an.mentions[mi].end == e+1 && an.mentions[mi].tfirst == j+1 {
						m := an.mentions[mi]
						return source{person: m.person, first: m.tfirst, end: m.end}
					}
				}
			}
			if j < first || toks[j].low != "," {
				break
			}
			b := j - 1
			if b >= first && toks[b].low == ")" {
				for b > first && toks[b].low != "(" {
					b--
				}
				b--
			}
			b = skipSuffix(toks, b, first)
			if b < first {
				break
			}
			if mi := midx[b]; mi >= 0 && an.mentions[mi].end == b+1 && !an.objectAt(an.mentions[mi].tfirst) && !an.conjObjectAt(an.mentions[mi].tfirst) {
				k = b
				fallback = -1
				break
			}
			if _, ok := pronouns[toks[b].low]; ok {
				k = b
				fallback = -1
				break
			}
			if fallback < 0 && (!an.openerComma(first, j) || toks[first].low == "as") {
				// ("On Fox News, Hall blasted the plan, claimed": the
				// phrase that opens the sentence is no subject; "As his
				// wife, Ann, put it" is)
				fallback = b
			}
			comma = j
		}
		if fallback >= 0 {
			k = fallback
		} else if toks[k].low == "," {
			return src
		}
	}
	// "Sen. Brian Schatz (D-Hawaii) called it"
	if toks[k].low == ")" && k > first {
		j := k - 1
		for j > first && j > k-8 && toks[j].low != "(" {
			j--
		}
		if toks[j].low == "(" && j > first {
			k = j - 1
		}
	}
	// "a White House official, who called it": the phrase before "who";
	// "Heidi Shierholz, an economist with the Economic Policy Institute,
	// who says": the name the appositive follows
	if toks[k].low == "who" && k-2 >= first && toks[k-1].low == "," {
		if r := an.sourceBeforeVerb(k, first, midx); midx[k-2] < 0 && r.person >= 0 && r.end+1 < k-1 && toks[r.end].low == "," && !nonAppositiveOpeners[toks[r.end+1].low] && !commaBetween(toks, r.end+1, k-1) {
			// one appositive noun phrase, no name right before "who"
			// ("Nikki Haley, who ..., and Rick Perry, who dubbed him"),
			// no preposition opening it ("Trump, according to legal
			// analysts, who said")
			return r
		}
		k -= 2
	}
	// "the Justice Department, which said it": the body before "which"
	// ("the shooting, which claimed 20 lives" claims no words)
	if toks[k].low == "which" && k-2 >= first && toks[k-1].low == "," && v < len(toks) && !strings.HasPrefix(toks[v].low, "claim") {
		k -= 2
		if toks[k].low == ")" {
			// "the Boravia Air Council (BAC), which called": the name
			// before its bracketed acronym
			j := k - 1
			for j > first && j > k-6 && toks[j].low != "(" {
				j--
			}
			if toks[j].low == "(" && j-1 >= first {
				k = j - 1
			}
		}
		// "Human Rights Watch, a leading rights group, which warned": the
		// name the appositive follows
		for c := k - 1; c > first+1 && c >= k-8; c-- {
			if toks[c].kind != tkWord || toks[c].quote >= 0 {
				if toks[c].low == "," && determiners[toks[c+1].low] && toks[c-1].cap && toks[c-1].quote < 0 {
					k = c - 1
				}
				break
			}
		}
	}
	t := &toks[k]
	if t.kind == tkQuote || t.quote >= 0 {
		return src
	}
	if mi := midx[k]; mi >= 0 && an.mentions[mi].end == k+1 {
		m := an.mentions[mi]
		if an.doubleGenitive(k) {
			// "a Yale classmate of Kavanaugh's said": the classmate
			// speaks, not the one the double genitive names
			j := m.tfirst - 2
			for j > first && j > m.tfirst-7 && toks[j-1].kind == tkWord && toks[j-1].quote < 0 && !determiners[toks[j].low] && !auxWords[toks[j-1].low] && !descStop[toks[j-1].low] {
				j--
			}
			if determiners[toks[j].low] {
				if d := an.makeDescriptor(source{person: -1, first: j, end: m.tfirst - 1}); !d.empty() {
					return d
				}
			}
		}
		if an.objectAt(m.tfirst) && m.tfirst > first && toks[m.tfirst-1].low != "of" && toks[m.tfirst-1].low != "with" {
			if toks[m.tfirst-1].low == "to" {
				// "A letter sent Tuesday to Mr. Fisher warned": the one a
				// document goes to reads it; the document speaks
				for d := m.tfirst - 2; d > first && d >= m.tfirst-5; d-- {
					if t := &toks[d]; t.kind != tkWord || t.quote >= 0 || an.midx[d] >= 0 {
						break
					}
					if documentNouns[toks[d].low] && !toks[d].cap {
						// (only a document that is the clause's subject: in
						// "wrote a letter to Hall urging" the writer speaks,
						// in "a statement attributed to Hall" Hall does)
						if r := an.sourceBeforeVerb(d+1, first, midx); !r.empty() && r.person < 0 && (r.first <= first || toks[r.first-1].kind == tkPunct || toks[r.first-1].kind == tkQuote) && toks[m.tfirst-2].low != "attributed" {
							return r
						}
						break
					}
				}
			}
			// "Gary Byrne, a former agent for President Bill Clinton has
			// written": the object of a preposition is no subject; the
			// person whose appositive holds it is ("with Hall noting", "of
			// Hall saying" make Hall the participle's subject)
			if sub := an.subjectOf(first, m.tfirst); sub.person >= 0 && sub.person != m.person && sub.end < m.tfirst && toks[sub.end].low == "," {
				return sub
			}
			// "one operative who worked for Hall said": the phrase the
			// relative clause holding the object describes
			for w := m.tfirst - 2; w > first && w >= m.tfirst-10; w-- {
				tw := &toks[w]
				if tw.kind != tkWord || tw.quote >= 0 {
					break
				}
				if tw.low == "who" {
					if r := an.sourceBefore(w, first, midx); r.person < 0 && r.desc != "" && !r.loose && r.end > r.first && (!toks[r.end-1].cap || linkHeads[toks[r.end-1].low]) {
						return r // a common noun's phrase, not "a professor at Harvard"
					}
					break
				}
			}
		}
		src.person, src.first, src.end = m.person, m.tfirst, m.end
		return src
	}
	if p, ok := pronouns[t.low]; ok {
		if p == "" || p == "it" {
			return src
		}
		src.pronoun, src.first, src.end = p, k, k+1
		return src
	}
	if t.kind != tkWord {
		return src
	}

	// "a White House official who spoke anonymously to discuss strategy
	// said": the phrase before a relative clause with no commas
	for w := k - 1; w > first && w >= k-12; w-- {
		tw := &toks[w]
		if tw.kind != tkWord || tw.quote >= 0 {
			break
		}
		if tw.low == "who" {
			if r := an.sourceBefore(w, first, midx); (r.person >= 0 || r.desc != "") && !r.loose {
				return r
			}
			break
		}
	}
	// a noun phrase ending at k
	j := k
	for j > first && j > k-7 {
		p := &toks[j-1]
		if p.low == "and" && j < k {
			// "the Florida senator and Republican presidential candidate
			// said": two roles of one source
			if b := an.roleBeforeAnd(j-1, first); b >= 0 {
				j = b
				break
			}
		}
		if p.low == "and" && an.orgAnd(j-1, first) {
			j-- // "the Department of Trade and Industry said": one name
			continue
		}
		if p.low == "." && j-2 > first && dottedPlace[toks[j-2].low] && toks[j-2].e == p.s && toks[j-2].quote < 0 {
			j-- // "the U.S. president said": the period of "U.S." ends no phrase
			continue
		}
		if p.kind != tkWord && p.kind != tkNum || p.quote >= 0 || descBackStop[p.low] {
			break
		}
		if _, verb := speechVerbs[p.low]; verb && !p.cap && !an.pressNoun(j-1) {
			break
		}
		j--
		if determiners[p.low] {
			break
		}
	}
	// "two sources familiar with the matter said", "a person close to the
	// campaign said": the phrase runs back over the link to its head
	if j-3 >= first && (toks[j-1].low == "with" && toks[j-2].low == "familiar" || toks[j-1].low == "to" && toks[j-2].low == "close" || toks[j-1].low == "in" && toks[j-2].low == "involved") {
		if h := &toks[j-3]; h.kind == tkWord && (!h.cap || j-3 == first) && (sourceNouns[h.low] || plainNoun(h) || j-3 == first) {
			b := j - 3
			for b > first && b > j-7 && toks[b-1].kind == tkWord && toks[b-1].quote < 0 && !descBackStop[toks[b-1].low] {
				b--
				if determiners[toks[b].low] {
					break
				}
			}
			if d := an.makeDescriptor(source{person: -1, first: b, end: k + 1}); !d.empty() {
				return d
			}
		}
	}
	// "a spokeswoman for Zenith said": the role, and the person the
	// article names with that role for that organisation ("Zenith
	// spokeswoman Dana Reyes"), wherever it does
	if j-2 >= first && (toks[j-1].low == "for" || toks[j-1].low == "of") && (toks[j].cap || determiners[toks[j].low]) && roleNouns[toks[j-2].low] || j-2 >= first && toks[j-1].low == "of" && (toks[j].cap || determiners[toks[j].low] || j == k) && officeHeads[toks[j-2].low] {
		org := strings.ToLower(an.text[toks[j].s:toks[k].e])
		for pi, p := range an.people {
			if p.mentions > 0 && strings.EqualFold(p.role, toks[j-2].low) && strings.ToLower(p.affil) == org {
				return source{person: pi, first: j - 2, end: k + 1}
			}
		}
		r := j - 2
		for r > first && r > j-5 && modifierWord(&toks[r-1]) && !determiners[toks[r-1].low] {
			r-- // "the former secretary of state"
		}
		if r > first && determiners[toks[r-1].low] {
			r--
		}
		src.first, src.end = r, k+1
		d := an.makeDescriptor(src)
		if d.empty() && roleNouns[toks[j-2].low] && toks[j-1].low == "for" && !an.capIn(j, k+1) {
			// "A spokesman for a smaller refiner said": the role alone
			// when the organisation is a lower-case phrase and no source
			// word
			return an.makeDescriptor(source{person: -1, first: r, end: j - 1})
		}
		return d
	}
	if d := an.headBeforeLink(j, first); !d.empty() {
		return d
	}
	// "Gov. Jeb Bush of Florida said", "Tom Cole of Oklahoma said"
	if j-2 >= first && toks[j-1].low == "of" && k-j < 4 {
		if mi := midx[j-2]; mi >= 0 && an.mentions[mi].end == j-1 && !toks[j-2].poss {
			place := true
			for b := j; b <= k; b++ {
				place = place && (toks[b].cap || toks[b].low == "the")
			}
			if place {
				m := an.mentions[mi]
				return source{person: m.person, first: m.tfirst, end: m.end}
			}
		}
	}
	// "Brent Bozell, PTC president and conservative activist said"
	for b := j - 1; b > first && b >= j-10; b-- {
		if toks[b].low == "," {
			if mi := midx[b-1]; mi >= 0 && an.mentions[mi].end == b && !an.openerComma(first, b) {
				m := an.mentions[mi]
				return source{person: m.person, first: m.tfirst, end: m.end}
			}
			break
		}
		if toks[b].kind != tkWord || descBackStop[toks[b].low] && toks[b].low != "and" && toks[b].low != "of" {
			break
		}
	}
	// "A letter from the American Legion obtained by The Associated Press
	// warns": the agent of a participle that follows the subject is no
	// subject; the phrase before the participle is
	if j-2 > first && toks[j-1].low == "by" && receivedParticiples[toks[j-2].low] && !toks[j-2].cap {
		return an.sourceBefore(j-2, first, midx)
	}
	// "the American Federation of Teachers calling": an organisation's
	// capitalised name runs back over "of"
	// ("The American Academy of Pediatrics noted", "Friends of the Earth
	// tweeted", "the Department for Transport said", "the Club for Growth
	// said": "the" after "of" and a plain "for" too, when the name's head
	// opens the sentence or its clause, or follows "the")
	ofThe := j-1 >= first && j+1 <= k && toks[j].low == "the" && toks[j+1].cap && !isTitleTok(&toks[j+1]) && toks[j-1].low == "of"
	if j-2 >= first && (toks[j-1].low == "of" || toks[j-1].low == "for") && (toks[j].cap || ofThe) && toks[j-2].cap && toks[j-2].kind == tkWord && an.midx[j-2] < 0 && toks[j-2].quote < 0 && !determiners[toks[j-2].low] {
		b := j - 2
		for b > first && b > j-6 && toks[b-1].cap && toks[b-1].kind == tkWord && an.midx[b-1] < 0 && toks[b-1].quote < 0 && !determiners[toks[b-1].low] {
			b--
		}
		if b > first && toks[b-1].low == "the" {
			j = b - 1
		} else if (b == first || toks[b-1].kind != tkWord && toks[b-1].kind != tkNum) && !roleNouns[toks[b].low] && !isTitleTok(&toks[b]) {
			j = b
		}
	}
	src.first, src.end = j, k+1
	d := an.makeDescriptor(src)
	if d.loose && j > first && phrasePreps[toks[j-1].low] {
		// "Protesters marching through the streets chanted": the object
		// of a preposition is no subject
		return source{person: -1}
	}
	if d.loose && j > first && toks[j-1].kind == tkWord && !toks[j-1].cap && len(toks[j-1].low) > 4 && strings.HasSuffix(toks[j-1].low, "ing") {
		// "Du Plessis in disclosing the new agreement said": nor is the
		// object of a participle
		return source{person: -1}
	}
	return d
}

// openerComma reports whether the comma at toks[c] closes a clause or
// phrase that opens the sentence at toks[first] ("As Hall attacked Ruiz,
// the crowd chanted"): the name before it is no appositive head.
func (an *analysis) openerComma(first, c int) bool {
	toks := an.toks
	k := first
	for k < c && (toks[k].kind == tkPunct && toks[k].kind != tkQuote || toks[k].low == "but" || toks[k].low == "and") {
		k++
	}
	if k >= c || !clauseOpeners[toks[k].low] && !introPreps[toks[k].low] {
		return false
	}
	for j := k + 1; j < c; j++ {
		if toks[j].low == "," || toks[j].kind == tkQuote {
			return false
		}
	}
	return true
}

// phrasePreps put a noun phrase after them out of subject position.
var phrasePreps = set("through", "into", "around", "across", "at", "in", "on", "of", "for", "with", "to", "from", "by", "about", "under", "over", "near", "outside", "inside", "behind", "along")

// officeHeads head a role phrase whose "of" phrase names the office ("the
// former secretary of state", "the chairman of the committee").
var officeHeads = set("minister", "ministers", "ambassador", "envoy", "commissioner", "secretary", "chairman", "chairwoman", "chair", "director", "head", "president", "leader", "leaders", "member", "members", "chief", "dean", "governor", "mayor", "official", "officials", "executive", "executives")

// roleBeforeAnd returns where the role phrase that ends right before the
// "and" at toks[a] starts, at its article ("the Florida senator and ..."),
// or -1 when no lower-case source noun ends there or no article opens it
// within four words.
func (an *analysis) roleBeforeAnd(a, first int) int {
	toks := an.toks
	if a-1 <= first || !sourceNouns[toks[a-1].low] || toks[a-1].cap {
		return -1
	}
	for b := a - 2; b >= first && b >= a-5; b-- {
		t := &toks[b]
		if t.kind != tkWord || t.quote >= 0 || an.midx[b] >= 0 {
			return -1
		}
		if t.low == "the" || t.low == "a" || t.low == "an" {
			return b
		}
		if descBackStop[t.low] {
			return -1
		}
	}
	return -1
}

// roleNouns name one person speaking for an organisation.
var roleNouns = set("spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "aide", "adviser", "advisor")

// linkWords tie a source phrase to a person it is not ("a donor aligned
// with Rubio", "an aide close to the senator").
var linkWords = set("aligned", "allied", "close", "familiar", "loyal", "tied", "linked", "connected", "friendly", "sympathetic", "opposed")

// sayForms end a clause ("some say"), never a source phrase.
var sayForms = set("say", "says", "said", "tell", "tells", "told", "argue", "argues", "argued")

// bareSurname returns the person whose full name ends in the capitalised
// word at toks[k] when no mention holds it, the word is a common word the
// people layer keeps out of names ("Will", "From", "Read") and a past
// tense or a speech verb follows it, or -1.
func (an *analysis) bareSurname(k int) int {
	toks := an.toks
	t := &toks[k]
	if t.kind != tkWord || !t.cap || t.upper || t.quote >= 0 || an.midx[k] >= 0 || !capStopWords[t.low] {
		return -1
	}
	if k+1 >= len(toks) || toks[k+1].kind != tkWord || toks[k+1].cap {
		return -1
	}
	if n := toks[k+1].low; !strings.HasSuffix(n, "ed") && !irregularPast[n] {
		if _, speech := speechVerbs[n]; !speech || auxWords[n] {
			return -1 // "Will voters turn out?": the modal
		}
	}
	found := -1
	for pi, p := range an.people {
		if len(p.lows) > 1 && p.last() == t.low {
			if found >= 0 {
				return -1
			}
			found = pi
		}
	}
	return found
}

// capIn reports whether a capitalised word stands in toks[a:b].
func (an *analysis) capIn(a, b int) bool {
	for k := a; k < b; k++ {
		if an.toks[k].cap && an.toks[k].kind == tkWord {
			return true
		}
	}
	return false
}

// personOfOrg reads "Brian Hale of the conservative-leaning Lakeside
// Institute told", "Capt. Ann Ruiz of the Dover police said", "Pastor Tom
// Dean of Grace Church in Dover, Delaware, told": a person named right
// before "of" whose organisation or place phrase runs to the verb is the
// subject, not the organisation. The phrase holds words, commas and a few
// prepositions only (no verb, relative word or quote) and at least one
// capital; a name that is a preposition's object ("a spokesman for Tom
// Hale of Ohio") is no subject.
func (an *analysis) personOfOrg(k, first int) source {
	toks := an.toks
	none := source{person: -1}
	e := k
	if e >= first && toks[e].low == "," {
		e--
	}
	caps := false
	for b := e; b > first && b >= e-14; b-- {
		t := &toks[b]
		if t.quote >= 0 || t.kind != tkWord && t.kind != tkNum && t.low != "," {
			return none
		}
		if t.low == "of" {
			if b == e || !caps {
				return none
			}
			mi := an.midx[b-1]
			if mi < 0 || an.mentions[mi].end != b || toks[b-1].poss {
				return none
			}
			m := an.mentions[mi]
			if an.objectAt(m.tfirst) {
				return none
			}
			return source{person: m.person, first: m.tfirst, end: m.end}
		}
		if an.midx[b] >= 0 || orgPhraseStop[t.low] && !(t.low == "and" && an.orgAnd(b, first)) {
			return none
		}
		if lem, verb := speechVerbs[t.low]; verb && !t.cap && t.low != lem {
			return none // "said", "tweeted"; a bare "state" is a noun here
		}
		if t.cap {
			caps = true
		}
	}
	return none
}

// orgPhraseStop are words that end an organisation or place phrase read
// back from a verb: clause links, relative words, pronouns.
var orgPhraseStop = set("that", "and", "but", "because", "when", "while", "as", "after", "before",
	"if", "since", "though", "although", "who", "whom", "which", "what", "where", "whose", "so",
	"than", "also", "is", "was", "are", "were", "has", "had", "have", "he", "she", "they", "it",
	"his", "her", "their", "its", "said", "says", "told", "by", "with", "to", "from", "about")

// headBeforeLink reads an unnamed source whose head noun a prepositional
// link follows, the noun phrase at toks[j] being the link's object: "a
// Republican close to the White House said", "one official not on the
// inquiry's team told", "one senior operative with ties to the Hale
// campaign said", "an aide to a senator (who ...) said". The source is
// the head's own phrase ("Republican", "one official"), not the
// organisation or person the link names. The stretch between holds words
// only: no name, quote, clause word or verb.
func (an *analysis) headBeforeLink(j, first int) source {
	toks := an.toks
	none := source{person: -1}
	linked := false
	for h := j - 1; h >= first && h >= j-12; h-- {
		t := &toks[h]
		if t.kind != tkWord || t.quote >= 0 || an.midx[h] >= 0 {
			return none
		}
		if t.low == "and" && !linked && h+1 < len(toks) && (toks[h+1].cap || determiners[toks[h+1].low]) && h > first && toks[h-1].cap && toks[h-1].kind == tkWord {
			// two objects of the link: "with close ties to leaders on
			// Capitol Hill and the White House said"
			continue
		}
		if linked && (linkHeads[t.low] && (sourceLinks[toks[h+1].low] || linkWords[toks[h+1].low] || toks[h+1].low == "not") ||
			placeLinkHeads[t.low] && h+2 <= j && toks[h+1].low == "in" && toks[h+2].cap && toks[h+2].kind == tkWord) {
			b := h
			for b > first && b > h-5 && toks[b-1].kind == tkWord && toks[b-1].quote < 0 && !descBackStop[toks[b-1].low] && an.midx[b-1] < 0 {
				b--
				if determiners[toks[b].low] {
					break
				}
			}
			if !determiners[toks[b].low] && !clauseStart(toks, b, first) || toks[b].low == "our" {
				return none // "our friends at Lakeside Radio report": the outlet
			}
			if b > first && objectPreps[toks[b-1].low] {
				return none // "blamed it on the wrong person in a bid to": an object
			}
			if b-1 > first && toks[b-1].low == "," && !determiners[toks[b].low] {
				if mi := an.midx[b-2]; mi >= 0 && an.mentions[mi].end == b-1 && !an.objectAt(an.mentions[mi].tfirst) {
					// "Tom Hale, chief adviser at Lakeside Bank, said": the
					// person the appositive describes
					m := an.mentions[mi]
					return source{person: m.person, first: m.tfirst, end: m.end}
				}
			}
			return an.makeDescriptor(source{person: -1, first: b, end: h + 1})
		}
		if sourceLinks[t.low] {
			linked = true
		} else if orgPhraseStop[t.low] || descBackStop[t.low] {
			return none
		}
		if lem, verb := speechVerbs[t.low]; verb && !t.cap && t.low != lem {
			return none
		}
	}
	return none
}

// sourceLinks are the prepositions that tie an unnamed source to what it
// is close to or part of; linkHeads are the nouns such a source has.
var sourceLinks = set("with", "to", "on", "in", "at", "from", "within", "inside", "near", "for")

// placeLinkHeads are bodies and callings a wire story places with "in"
// before the verb ("The Russian embassy in London said", "Police in
// Paris said", "the foreign ministry in Beijing said").
var placeLinkHeads = set("embassy", "consulate", "mission", "ministry", "police", "government", "authorities",
	"prosecutors", "spokesman", "spokeswoman", "spokesperson", "office", "army", "military", "investigators",
	"analysts", "traders", "dealers", "bankers", "economists", "witnesses", "residents", "observers")

var linkHeads = set("official", "officials", "source", "sources", "aide", "aides", "adviser", "advisers",
	"advisor", "advisors", "staffer", "staffers", "strategist", "strategists", "operative", "operatives",
	"insider", "insiders", "republican", "republicans", "democrat", "democrats", "person", "people",
	"lawmaker", "lawmakers", "member", "members", "donor", "donors", "ally", "allies", "diplomat",
	"diplomats", "executive", "executives", "lawyer", "lawyers", "attorney", "attorneys", "veteran",
	"veterans", "consultant", "consultants", "official's", "friend", "friends", "associate", "associates",
	// market and workplace people, as wire stories place them ("a dealer
	// at a major French bank said", "an economist with a Tokyo
	// securities house said")
	"dealer", "dealers", "trader", "traders", "analyst", "analysts", "economist", "economists", "banker",
	"bankers", "broker", "brokers", "manager", "managers", "employee", "employees", "worker", "workers")

// orgAnd reports whether the "and" at toks[a] joins two capitalised words
// inside one organisation's name that "of" or "for" opens before it
// ("Department of Trade and Industry", "Centers for Disease Control and
// Prevention", "Phillips and Drew" after "of"): a capital word after it,
// and capital words back to "of"/"for" with a capital word before that,
// or to "of" right after a name ("Carol Bell of Phillips and Drew").
func (an *analysis) orgAnd(a, first int) bool {
	toks := an.toks
	if a+1 >= len(toks) || a-1 < first || !toks[a+1].cap || toks[a+1].kind != tkWord || !toks[a-1].cap || toks[a-1].kind != tkWord {
		return false
	}
	for b := a - 1; b > first && b >= a-5; b-- {
		t := &toks[b]
		if t.low == "of" || t.low == "for" {
			return toks[b-1].cap && toks[b-1].kind == tkWord && b+1 < a
		}
		if t.kind != tkWord || !t.cap || t.quote >= 0 {
			return false
		}
	}
	return false
}

// andWithin reports an "and" in toks[j:k+1] ("Centers for Medicare and
// Medicaid Services": the noun phrase crossed it as one name).
func andWithin(toks []token, j, k int) bool {
	for b := j; b <= k && b < len(toks); b++ {
		if toks[b].low == "and" {
			return true
		}
	}
	return false
}

// webDomains end a site's name written as its address ("MoveOn.org").
var webDomains = set("com", "org", "net", "gov", "edu", "io", "co", "us", "uk")

// conjObjectAt reports whether the name at toks[k] is joined by "and" to
// a preposition's object before it: "a joint statement with Tom Lee and
// Rep. Ann Hall, a Democrat from Indiana," governs both names.
func (an *analysis) conjObjectAt(k int) bool {
	toks := an.toks
	if k < 3 || toks[k-1].low != "and" {
		return false
	}
	mi := an.midx[k-2]
	if mi < 0 || an.mentions[mi].end != k-1 {
		return false
	}
	m := an.mentions[mi]
	return an.objectAt(m.tfirst) && toks[m.tfirst-1].low != "of"
}

// dottedPlace are the dotted abbreviations of places and bodies ("U.S.",
// "U.K.", "U.N.") whose period the tokenizer splits off.
var dottedPlace = set("u.s", "u.k", "u.n")
